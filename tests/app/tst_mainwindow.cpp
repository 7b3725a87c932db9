// The designer window driven like a user: JSON typing, form edits, undo from anywhere, broken
// text, multi-action files, problems, the close prompt's decisions. Set AD_SCREENSHOT_DIR to
// also write PNGs of the window.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/files/closeguard.h"
#include "app/files/templates.h"
#include "app/jsonview/findbar.h"
#include "app/jsonview/jsoneditor.h"
#include "app/jsonview/jsonview.h"
#include "app/mainwindow.h"
#include "app/outline/outlineview.h"
#include "app/parteditor.h"
#include "app/problems/problemsdock.h"
#include "app/settings/appsettings.h"

#include "../common/guifixture.h"

#include <QAction>
#include <QApplication>
#include <QDockWidget>
#include <QFile>
#include <Qsci/qscilexer.h>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {
const QString kExample = QStringLiteral(AD_EXAMPLES_DIR "/webhook-day2-secrets-sync-servicenow.json");

using guifixture::shoot;
}  // namespace

class TstMainWindow : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void startsWithTheSampleAsUntitledCopy();
    void jsonTypingUpdatesModel();
    void formEditUpdatesJsonTextInPlace();
    void undoRedoFromAnywhere();
    void brokenJsonKeepsTextAndLocksForms();
    void multiActionSwitching();
    void problemActivationJumps();
    void jsonFollowsThePart();
    void validationProblemJumpsToItsPart();
    void settingsPersistAndApply();
    void templateRegionsAreFoundInBytes();
    void templateIndicatorsFollowEdits();
    void largeFileTypingAndProblems();
    void closeDecision();
    void closePromptInWindow();
    void newFromTemplates();
    void exportForPort();
    void screenshots();
};

void TstMainWindow::startsWithTheSampleAsUntitledCopy()
{
    MainWindow w;
    w.openSample();
    QVERIFY(w.document()->path().isEmpty());
    QVERIFY(!w.document()->isModified());
    QCOMPARE(w.document()->value(QStringLiteral("/identifier"))->toString(), QStringLiteral("deploy_service"));
    QCOMPARE(w.jsonView()->editor()->text(), w.document()->text());
    QVERIFY(w.isReplaceable());
}

static int lineOf(const QString &text, const QString &needle)
{
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (int i = 0; i < lines.size(); ++i)
        if (lines.at(i).contains(needle))
            return i + 1;
    return -1;
}

void TstMainWindow::jsonFollowsThePart()
{
    MainWindow w;
    w.openSample();
    // Opening a file selects its first part.
    QCOMPARE(w.outline()->partsList()->currentRow(), 0);
    QCOMPARE(w.editorArea()->currentPart(), parts::Details);

    const QString text = w.document()->text();
    const int backendLine = lineOf(text, QStringLiteral("\"invocationMethod\""));
    const int triggerLine = lineOf(text, QStringLiteral("\"trigger\""));
    QVERIFY(backendLine > 1 && triggerLine > 1);

    // Ctrl+J from the Backend form lands on the backend's JSON.
    w.outline()->setCurrentPart(parts::Backend);
    QCOMPARE(w.editorArea()->currentPart(), parts::Backend);
    auto *toggle = w.findChild<QAction *>(QStringLiteral("view.toggleJson"));
    QVERIFY(toggle);
    toggle->trigger();
    QVERIFY(w.editorArea()->isJsonShown());
    QCOMPARE(w.jsonView()->editor()->caretLine(), backendLine);

    // The outline, clicked while the JSON shows, moves the text there and keeps the JSON page.
    w.outline()->setCurrentPart(parts::Trigger);
    QVERIFY(w.editorArea()->isJsonShown());
    QCOMPARE(w.jsonView()->editor()->caretLine(), triggerLine);

    // A caret the user put inside the part stays where it was across a round trip to the form.
    w.jsonView()->goTo(triggerLine + 2);
    toggle->trigger();
    QVERIFY(!w.editorArea()->isJsonShown());
    toggle->trigger();
    QCOMPARE(w.jsonView()->editor()->caretLine(), triggerLine + 2);
}

void TstMainWindow::jsonTypingUpdatesModel()
{
    MainWindow w;
    QVERIFY(w.openFile(kExample));
    w.show();
    w.editorArea()->showJson();
    JsonEditor *ed = w.jsonView()->editor();
    const int line = w.document()->text().left(w.document()->text().indexOf(QStringLiteral("\"PATCH\""))).count(QLatin1Char('\n'));
    const int index = ed->text(line).indexOf(QStringLiteral("PATCH"));
    ed->setCursorPosition(line, index);
    ed->setSelection(line, index, line, index + 5);
    ed->setFocus();
    QTest::keyClicks(ed, QStringLiteral("PUT"));
    QCOMPARE(w.document()->value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("PUT"));
    QCOMPARE(w.document()->text(), ed->text());
    QCOMPARE(w.document()->undoStack()->count(), 1);  // one burst, one step
    QVERIFY(w.isWindowModified());
}

void TstMainWindow::formEditUpdatesJsonTextInPlace()
{
    MainWindow w;
    QVERIFY(w.openFile(kExample));
    JsonEditor *ed = w.jsonView()->editor();
    ed->setCursorPosition(40, 3);
    const QString before = ed->text();
    w.document()->setValue(QStringLiteral("/invocationMethod/url"), JsonValue::fromString(QStringLiteral("https://x.example/{{ .run.id }}")));
    QCOMPARE(ed->text(), w.document()->text());
    QVERIFY(ed->text() != before);
    int l = 0, i = 0;
    ed->getCursorPosition(&l, &i);
    QCOMPARE(l, 40);  // the caret stays where it was
    QCOMPARE(i, 3);
    QCOMPARE(ed->text().count(QLatin1Char('\n')), before.count(QLatin1Char('\n')));
}

void TstMainWindow::undoRedoFromAnywhere()
{
    MainWindow w;
    QVERIFY(w.openFile(kExample));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.document()->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("One")));
    QString t = w.document()->text();
    w.document()->setText(t.replace(QStringLiteral("\"PATCH\""), QStringLiteral("\"GET\"")));

    // From a line edit that has its own undo (the find field).
    w.editorArea()->showJson();
    w.jsonView()->showFind();
    QLineEdit *find = w.jsonView()->findBar()->findEdit();
    QTRY_VERIFY(find->hasFocus());
    QTest::keyClick(find, Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.document()->value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("PATCH"));
    // From the JSON editor.
    w.jsonView()->editor()->setFocus();
    QTest::keyClick(w.jsonView()->editor(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.document()->value(QStringLiteral("/title"))->toString(), QStringLiteral("Update ServiceNow Record"));
    QCOMPARE(w.jsonView()->editor()->text(), w.document()->text());
    // Redo with Ctrl+Shift+Z from the outline.
    w.outline()->partsList()->setFocus();
    QTest::keyClick(w.outline()->partsList(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.document()->value(QStringLiteral("/title"))->toString(), QStringLiteral("One"));
    QTest::keyClick(w.jsonView()->editor(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(w.document()->value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("GET"));
}

void TstMainWindow::brokenJsonKeepsTextAndLocksForms()
{
    MainWindow w;
    QVERIFY(w.openFile(kExample));
    w.show();
    w.editorArea()->showJson();
    JsonEditor *ed = w.jsonView()->editor();
    ed->setCursorPosition(2, 0);
    ed->setFocus();
    QTest::keyClicks(ed, QStringLiteral("oops "));
    QVERIFY(w.document()->hasPendingText());
    QCOMPARE(w.document()->text(), ed->text());
    QVERIFY(ed->text().contains(QStringLiteral("oops ")));
    QVERIFY(w.editorArea()->formsReadOnly());
    w.refreshProblems();
    const QList<Problem> &ps = w.problemsView()->problems();
    QCOMPARE(ps.size(), 1);
    QVERIFY(ps.at(0).parseError);
    QCOMPARE(ps.at(0).diagnostic.pos.line, 3);
    QCOMPARE(w.problemsView()->tree()->topLevelItem(0)->text(1), QStringLiteral("3:%1").arg(ps.at(0).diagnostic.pos.column));
    // Fix it by typing: the forms come back.
    ed->setSelection(2, 0, 2, 5);
    QTest::keyClick(ed, Qt::Key_Delete);
    QVERIFY(!w.document()->hasPendingText());
    QVERIFY(!w.editorArea()->formsReadOnly());
}

void TstMainWindow::multiActionSwitching()
{
    MainWindow w;
    QVERIFY(w.openFile(QStringLiteral(AD_TEST_DATA_DIR "/two-actions.json")));
    w.show();
    QListWidget *actions = w.outline()->actionsList();
    QVERIFY(actions->isVisible());
    QCOMPARE(actions->count(), 2);
    QCOMPARE(actions->item(0)->text(), QStringLiteral("Create GitHub Secret"));
    actions->setCurrentRow(1);
    QCOMPARE(w.document()->currentAction(), 1);
    // Keyboard: Up moves back to the first action.
    actions->setFocus();
    QTest::keyClick(actions, Qt::Key_Up);
    QCOMPARE(w.document()->currentAction(), 0);
    // A title edit shows in the list.
    w.document()->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Renamed")));
    QCOMPARE(actions->item(0)->text(), QStringLiteral("Renamed"));

    MainWindow single;
    QVERIFY(single.openFile(kExample));
    single.show();
    QVERIFY(!single.outline()->actionsList()->isVisible());
}

void TstMainWindow::problemActivationJumps()
{
    MainWindow w;
    QVERIFY(w.openFile(kExample));
    w.show();
    Problem p;
    p.diagnostic.pointer = QStringLiteral("/invocationMethod/method");
    p.diagnostic.pos = w.document()->value(QStringLiteral("/invocationMethod/method"))->pos();
    p.diagnostic.message = QStringLiteral("test");
    w.showProblem(p);
    // Either a form took it, or the JSON view shows the exact place.
    if (w.editorArea()->isJsonShown()) {
        QCOMPARE(w.jsonView()->editor()->caretLine(), p.diagnostic.pos.line);
        QCOMPARE(w.jsonView()->editor()->caretColumn(), p.diagnostic.pos.column);
    } else {
        QCOMPARE(w.outline()->currentPart(), QStringLiteral("backend"));
    }
}

void TstMainWindow::validationProblemJumpsToItsPart()
{
    MainWindow w;
    QVERIFY(w.openFile(QStringLiteral(AD_TEST_DATA_DIR "/two-actions.json")));
    w.show();
    w.document()->setCurrentAction(1);
    w.document()->removeValue(QStringLiteral("/invocationMethod/url"));
    w.document()->setCurrentAction(0);
    w.refreshProblems();
    Problem found;
    for (const Problem &p : w.problemsView()->problems())
        if (p.diagnostic.pointer.startsWith(QStringLiteral("/1/invocationMethod")) && p.diagnostic.isError())
            found = p;
    QVERIFY2(!found.diagnostic.message.isEmpty(), "a missing url is an error on the second action");
    QVERIFY(found.diagnostic.pos.isValid());
    QCOMPARE(w.problemsView()->summary().contains(QStringLiteral("error")), true);
    // Activating it from the dock switches to that action and its Backend part.
    QTreeWidget *tree = w.problemsView()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        if (tree->topLevelItem(i)->text(2) == found.diagnostic.pointer) {
            tree->setCurrentItem(tree->topLevelItem(i));
            tree->setFocus();
            QTest::keyClick(tree, Qt::Key_Return);
            break;
        }
    }
    QCOMPARE(w.document()->currentAction(), 1);
    QCOMPARE(w.outline()->currentPart(), QStringLiteral("backend"));
    if (w.editorArea()->isJsonShown())
        QCOMPARE(w.jsonView()->editor()->caretLine(), found.diagnostic.pos.line);
    else
        QVERIFY(w.editorArea()->partEditor(QStringLiteral("backend"))->isVisible());
}

void TstMainWindow::settingsPersistAndApply()
{
    AppSettings &s = AppSettings::instance();
    QFont f(QStringLiteral("DejaVu Sans Mono"));
    f.setPointSize(13);
    s.setEditorFont(f);
    QCOMPARE(s.editorFont().pointSize(), 13);
    MainWindow w;
    QCOMPARE(w.jsonView()->editor()->lexer()->font(0).pointSize(), 13);
    f.setPointSize(11);
    s.setEditorFont(f);  // open windows follow
    QCOMPARE(w.jsonView()->editor()->lexer()->font(2).pointSize(), 11);

    s.setTheme(AppSettings::Theme::Dark);
    QCOMPARE(s.theme(), AppSettings::Theme::Dark);
    QVERIFY(QApplication::palette().color(QPalette::Base).lightness() < 128);
    s.setTheme(AppSettings::Theme::System);
    QCOMPARE(s.theme(), AppSettings::Theme::System);

    QTemporaryDir dir;
    s.addRecentFile(dir.filePath(QStringLiteral("a.json")));
    s.addRecentFile(dir.filePath(QStringLiteral("b.json")));
    s.addRecentFile(dir.filePath(QStringLiteral("a.json")));
    const QStringList recent = s.recentFiles();
    QCOMPARE(recent.value(0), dir.filePath(QStringLiteral("a.json")));
    QCOMPARE(recent.value(1), dir.filePath(QStringLiteral("b.json")));
    QCOMPARE(recent.count(dir.filePath(QStringLiteral("a.json"))), 1);
    QVERIFY(recent.size() <= AppSettings::kMaxRecent);
}

void TstMainWindow::templateRegionsAreFoundInBytes()
{
    JsonEditor ed;
    // "é" is two bytes: the region after it starts one byte later than its QString index.
    ed.setText(QStringLiteral("{\"é\": \"{{ .run.id }}\"}"));
    const auto ranges = ed.templateRanges();
    QCOMPARE(ranges.size(), 1);
    const QByteArray bytes = ed.text().toUtf8();
    QCOMPARE(bytes.mid(ranges.at(0).first, ranges.at(0).second - ranges.at(0).first), QByteArray("{{ .run.id }}"));
}

namespace {
bool templateIndicatorAt(JsonEditor &ed, int pos)
{
    constexpr int kTemplateIndicator = 8;
    return ed.SendScintilla(QsciScintillaBase::SCI_INDICATORVALUEAT, kTemplateIndicator, pos) != 0;
}
}  // namespace

void TstMainWindow::templateIndicatorsFollowEdits()
{
    JsonEditor ed;
    ed.setText(QStringLiteral("{\n  \"a\": \"{{ .x }}\",\n  \"b\": \"plain\"\n}\n"));
    const QByteArray first = ed.text().toUtf8();
    const int x = int(first.indexOf("{{ .x"));
    QVERIFY(templateIndicatorAt(ed, x + 3));
    QVERIFY(!templateIndicatorAt(ed, int(first.indexOf("plain"))));
    // Typing a template into another line marks it; the first one stays marked.
    const int plain = int(first.indexOf("plain"));
    ed.SendScintilla(QsciScintillaBase::SCI_INSERTTEXT, plain, "{{ .y }} ");
    QVERIFY(templateIndicatorAt(ed, plain + 3));
    QVERIFY(templateIndicatorAt(ed, x + 3));
    QVERIFY(!templateIndicatorAt(ed, plain + 10));  // "plain" itself
    // Removing its "}}" leaves an unclosed region up to the line's end, not beyond.
    const QByteArray now = ed.text().toUtf8();
    const int close = int(now.indexOf("}} plain"));
    ed.SendScintilla(QsciScintillaBase::SCI_DELETERANGE, close, 2);
    const QByteArray after = ed.text().toUtf8();
    QVERIFY(templateIndicatorAt(ed, int(after.indexOf("plain"))));
    QVERIFY(!templateIndicatorAt(ed, int(after.lastIndexOf('}'))));
    QCOMPARE(ed.templateRanges().size(), 2);
    // Deleting a line joins two lines: the join is re-scanned too.
    ed.SendScintilla(QsciScintillaBase::SCI_DELETERANGE, 0, x);
    QVERIFY(templateIndicatorAt(ed, 3));
}

void TstMainWindow::largeFileTypingAndProblems()
{
    // An array of copies of the example, one of them broken for the validator, big enough that
    // the document is parsed and validated off the UI thread.
    Document one;
    QVERIFY(one.load(kExample));
    const QString action = one.text().trimmed();
    QString big = QStringLiteral("[\n");
    for (int i = 0; big.size() < Document::kLargeTextChars + 1000; ++i) {
        QString a = action;
        a.replace(QStringLiteral("\"identifier\": \""), QStringLiteral("\"identifier\": \"n%1_").arg(i));
        if (i == 3)
            a.replace(QStringLiteral("\"method\": \"PATCH\""), QStringLiteral("\"method\": 5"));
        big += (i ? QStringLiteral(",\n") : QString()) + a;
    }
    big += QStringLiteral("\n]\n");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(big.toUtf8());
    f.close();

    MainWindow w;
    w.show();
    QVERIFY(w.openFile(path));
    auto hasMethodError = [&w] {
        for (const Problem &p : w.problemsView()->problems())
            if (p.diagnostic.pointer == QLatin1String("/3/invocationMethod/method"))
                return true;
        return false;
    };
    QTRY_VERIFY(hasMethodError());

    // Type the fix in the JSON view: the model and the problems follow without a re-parse per key
    // on the UI thread.
    w.editorArea()->showJson();
    JsonEditor *ed = w.jsonView()->editor();
    const int at = int(ed->text().indexOf(QStringLiteral("\"method\": 5")) + 10);
    int line = 0, index = 0;
    ed->lineIndexFromPosition(int(ed->text().left(at).toUtf8().size()), &line, &index);
    ed->setSelection(line, index, line, index + 1);
    ed->setFocus();
    QTest::keyClicks(ed, QStringLiteral("\"PATCH\""));
    QCOMPARE(w.document()->text(), ed->text());
    QTRY_VERIFY(!w.document()->isParsing());
    QCOMPARE(w.document()->file().action(3)->value(QStringLiteral("invocationMethod")).value(QStringLiteral("method")).toString(),
             QStringLiteral("PATCH"));
    QTRY_VERIFY(!hasMethodError());
    QCOMPARE(w.document()->undoStack()->count(), 1);
    // Undo brings the text, the model and the problem back.
    w.document()->undoStack()->undo();
    QTRY_VERIFY(hasMethodError());
    QCOMPARE(ed->text(), big);
}

void TstMainWindow::closeDecision()
{
    QVERIFY(!closeNeedsAnswer(false));
    QVERIFY(closeNeedsAnswer(true));
    QCOMPARE(decideClose(false, false, CloseAnswer::Cancel), CloseStep::Close);
    QCOMPARE(decideClose(true, true, CloseAnswer::Save), CloseStep::SaveThenClose);
    QCOMPARE(decideClose(true, false, CloseAnswer::Save), CloseStep::SaveAsThenClose);
    QCOMPARE(decideClose(true, true, CloseAnswer::Discard), CloseStep::Close);
    QCOMPARE(decideClose(true, true, CloseAnswer::Cancel), CloseStep::Stay);
}

void TstMainWindow::closePromptInWindow()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.json"));
    QFile::copy(kExample, path);
    auto *w = new MainWindow;
    QPointer<MainWindow> guard(w);
    QVERIFY(w->openFile(path));
    w->show();
    int asked = 0;
    CloseAnswer answer = CloseAnswer::Cancel;
    w->setCloseAsker([&](const QString &q) {
        ++asked;
        [&] { QVERIFY(q.contains(QStringLiteral("a.json"))); }();
        return answer;
    });
    QVERIFY(w->close());  // unmodified: no question
    QCOMPARE(asked, 0);
    QTRY_VERIFY(!guard);  // WA_DeleteOnClose

    w = new MainWindow;
    guard = w;
    QVERIFY(w->openFile(path));
    w->setCloseAsker([&](const QString &) {
        ++asked;
        return answer;
    });
    w->show();
    w->document()->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Saved on close")));
    answer = CloseAnswer::Cancel;
    QVERIFY(!w->close());
    QCOMPARE(asked, 1);
    answer = CloseAnswer::Save;
    QVERIFY(w->close());
    QCOMPARE(asked, 2);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("Saved on close"));
}

void TstMainWindow::newFromTemplates()
{
    const QList<ActionTemplate> templates = actionTemplates();
    QVERIFY(templates.size() >= 7);
    int automations = 0;
    for (const ActionTemplate &t : templates) {
        MainWindow w;
        QVERIFY(w.newFromTemplate(t.id));
        QVERIFY2(!w.document()->hasPendingText(), qPrintable(t.id));
        QCOMPARE(w.document()->actionCount(), 1);
        const QString trigger = w.document()->value(QStringLiteral("/trigger/type"))->toString();
        QCOMPARE(trigger, t.automation ? QStringLiteral("automation") : QStringLiteral("self-service"));
        automations += t.automation;
        QVERIFY(w.document()->value(QStringLiteral("/invocationMethod/type")));
    }
    QVERIFY(automations >= 3);
}

void TstMainWindow::exportForPort()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.openFile(kExample));
    const QString out = dir.filePath(QStringLiteral("port.json"));
    QString error;
    QVERIFY2(w.exportForPort(out, &error), qPrintable(error));
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"update_service_now_record\""));
}

void TstMainWindow::screenshots()
{
    if (qEnvironmentVariableIsEmpty("AD_SCREENSHOT_DIR"))
        QSKIP("set AD_SCREENSHOT_DIR to write screenshots");
    MainWindow w;
    w.resize(1400, 860);
    QVERIFY(w.openFile(kExample));
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.outline()->setCurrentPart(QStringLiteral("backend"));
    shoot(&w, QStringLiteral("designer-webhook-form.png"));
    w.editorArea()->showJson();
    shoot(&w, QStringLiteral("designer-webhook-json.png"));
    QVERIFY(w.openFile(QStringLiteral(AD_EXAMPLES_DIR "/github-create-secret-input.json")));
    w.outline()->setCurrentPart(QStringLiteral("backend"));
    shoot(&w, QStringLiteral("designer-github-form.png"));
    QVERIFY(w.openFile(QStringLiteral(AD_TEST_DATA_DIR "/two-actions.json")));
    w.editorArea()->showJson();
    QString t = w.document()->text();
    w.document()->setText(t.replace(QStringLiteral("\"CREATE\","), QStringLiteral("\"CREATE\" oops,")));
    w.refreshProblems();
    shoot(&w, QStringLiteral("designer-broken-json.png"));
    w.document()->undoStack()->undo();
    w.editorArea()->showForm();
    w.outline()->setCurrentPart(QStringLiteral("userInputs"));
    AppSettings::instance().setTheme(AppSettings::Theme::Dark);
    w.refreshProblems();
    shoot(&w, QStringLiteral("designer-dark-multi-action.png"));
    AppSettings::instance().setTheme(AppSettings::Theme::System);
    w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
}

QTEST_MAIN(TstMainWindow)
#include "tst_mainwindow.moc"
