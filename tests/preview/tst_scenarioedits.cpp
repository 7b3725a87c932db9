// Scenario edits are edits (issue 13, point 3): changing a scenario in the preview marks the window
// modified, is one undo step on the document's stack in order with action edits, and Close asks
// before discarding it; adding a scenario asks for its name; a scenario save that fails is not
// reported as "Saved" and leaves the window modified.
#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/preview/scenarioeditor.h"
#include "context/scenariofile.h"

#include "../common/guifixture.h"
#include "../context/refusingresolver.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QInputDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

using guifixture::readFile;

struct Window {
    MainWindow *window;
    PreviewDock *dock;
    QString path;
    QStringList asked;
    QStringList informed;
    CloseAnswer answer = CloseAnswer::Cancel;

    explicit Window(const QString &dir)
    {
        path = dir + QStringLiteral("/deploy.json");
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(readFile(QStringLiteral(AD_TEST_DATA_DIR "/deploy.json")));
        f.close();
        window = new MainWindow(nullptr);
        window->setCloseAsker([this](const QString &q) {
            asked << q;
            return answer;
        });
        window->setAsker([this](const Question &q) {
            informed << q.title + QLatin1Char(':') + q.intro + q.lines.join(QLatin1Char(' '));
            return int(q.buttons.size()) - 1;
        });
        dock = window->findChild<PreviewDock *>();
        window->openFile(path);
        window->show();
    }
    ~Window()
    {
        window->document()->undoStack()->setClean();
        delete window;
    }
    QLineEdit *email() const { return dock->scenarioEditor()->findChild<QLineEdit *>(QStringLiteral("userEmail")); }
    QString activeEmail() const { return dock->scenarios().activeScenario()->user.email; }
};

}  // namespace

class TstScenarioEdits : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void editMarksModifiedAndUndoes();
    void undoInOrderWithActionEdits();
    void closeAsksAboutScenarioEdits();
    void addAsksForName();
    void renameAndRemoveAreUndoable();
    void saveWritesSidecarAndCleans();
    void failedScenarioSaveIsNotSaved();
};

void TstScenarioEdits::editMarksModifiedAndUndoes()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QVERIFY(!w.window->isWindowModified());
    const QString before = w.activeEmail();
    w.email()->setFocus();
    w.email()->selectAll();
    QTest::keyClicks(w.email(), QStringLiteral("ops@example.com"));
    QCOMPARE(w.activeEmail(), QStringLiteral("ops@example.com"));
    QVERIFY(w.window->document()->isModified());
    QVERIFY(w.window->isWindowModified());
    QVERIFY(w.window->windowTitle().contains(QStringLiteral("[*]")));
    // Typing in one field is one undo step; Ctrl+Z from the scenario field undoes it.
    QTest::keyClick(w.email(), Qt::Key_Z, Qt::ControlModifier);
    QCOMPARE(w.activeEmail(), before);
    QCOMPARE(w.email()->text(), before);
    QVERIFY(!w.window->document()->isModified());
    QVERIFY(!w.window->isWindowModified());
    w.window->document()->undoStack()->redo();
    QCOMPARE(w.activeEmail(), QStringLiteral("ops@example.com"));
    QCOMPARE(w.email()->text(), QStringLiteral("ops@example.com"));
}

void TstScenarioEdits::undoInOrderWithActionEdits()
{
    QTemporaryDir dir;
    Window w(dir.path());
    Document *doc = w.window->document();
    const QString oldTitle = doc->action().value(u"title").toString();
    doc->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("First")));
    Scenario s = *w.dock->scenarios().activeScenario();
    s.orgId = QStringLiteral("org_second");
    w.dock->updateActiveScenario(s);
    doc->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Third")));
    QCOMPARE(doc->undoStack()->count(), 3);
    doc->undoStack()->undo();
    QCOMPARE(doc->action().value(u"title").toString(), QStringLiteral("First"));
    QCOMPARE(w.dock->scenarios().activeScenario()->orgId, QStringLiteral("org_second"));
    doc->undoStack()->undo();
    QVERIFY(w.dock->scenarios().activeScenario()->orgId != QStringLiteral("org_second"));
    QCOMPARE(doc->action().value(u"title").toString(), QStringLiteral("First"));
    doc->undoStack()->undo();
    QCOMPARE(doc->action().value(u"title").toString(), oldTitle);
    QVERIFY(!doc->isModified());
}

void TstScenarioEdits::closeAsksAboutScenarioEdits()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QVERIFY(w.window->maybeClose());
    QVERIFY(w.asked.isEmpty());
    w.dock->addScenario(QStringLiteral("staging"));
    w.answer = CloseAnswer::Cancel;
    QVERIFY(!w.window->maybeClose());
    QCOMPARE(w.asked.size(), 1);
    // Opening another file over it asks too, and Cancel keeps the scenario. (Opening the same
    // path only brings this window to the front: issue 12.17.)
    const QString other = QDir(dir.path()).filePath(QStringLiteral("other.json"));
    QVERIFY(QFile::copy(w.path, other));
    QVERIFY(!w.window->openFile(other));
    QCOMPARE(w.asked.size(), 2);
    QVERIFY(w.dock->scenarios().find(QStringLiteral("staging")));
    QVERIFY(!w.window->isReplaceable());
}

void TstScenarioEdits::addAsksForName()
{
    QTemporaryDir dir;
    Window w(dir.path());
    QToolButton *add = nullptr;
    for (QToolButton *b : w.dock->findChildren<QToolButton *>())
        if (b->text() == QLatin1String("Add"))
            add = b;
    QVERIFY(add);
    bool dialogSeen = false;
    QTimer::singleShot(0, this, [&dialogSeen]() {
        auto *dlg = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
        if (!dlg)
            return;
        dialogSeen = true;
        dlg->setTextValue(QStringLiteral("prod deploy"));
        dlg->accept();
    });
    add->click();
    QVERIFY(dialogSeen);
    QCOMPARE(w.dock->activeScenario(), QStringLiteral("prod deploy"));
    QVERIFY(w.window->document()->isModified());
    w.window->document()->undoStack()->undo();
    QVERIFY(!w.dock->scenarios().find(QStringLiteral("prod deploy")));
}

void TstScenarioEdits::renameAndRemoveAreUndoable()
{
    QTemporaryDir dir;
    Window w(dir.path());
    const QString first = w.dock->activeScenario();
    QVERIFY(w.dock->renameScenario(QStringLiteral("renamed")));
    QVERIFY(w.window->document()->isModified());
    w.window->document()->undoStack()->undo();
    QCOMPARE(w.dock->activeScenario(), first);
    QVERIFY(!w.window->document()->isModified());
    w.dock->addScenario(QStringLiteral("two"));
    w.dock->removeScenario();
    QVERIFY(!w.dock->scenarios().find(QStringLiteral("two")));
    w.window->document()->undoStack()->undo();
    QVERIFY(w.dock->scenarios().find(QStringLiteral("two")));
}

void TstScenarioEdits::saveWritesSidecarAndCleans()
{
    QTemporaryDir dir;
    Window w(dir.path());
    w.dock->addScenario(QStringLiteral("staging"));
    QVERIFY(w.window->save());
    QVERIFY(!w.window->document()->isModified());
    ScenarioFile f;
    QString error;
    QVERIFY(ScenarioFile::load(ScenarioFile::sidecarPath(w.path), &f, nullptr, &error));
    QVERIFY(f.find(QStringLiteral("staging")));
    QVERIFY(w.informed.isEmpty());
}

void TstScenarioEdits::failedScenarioSaveIsNotSaved()
{
    QTemporaryDir dir;
    Window w(dir.path());
    testjson::RefusingResolver store(QStringLiteral("no keychain"));  // a session without a reachable keychain
    w.dock->setSecretResolver(&store);
    Scenario s = *w.dock->scenarios().activeScenario();
    s.secrets.append(ScenarioSecret{QStringLiteral("API_TOKEN"), QStringLiteral("abc"), QString()});
    w.dock->updateActiveScenario(s);
    QVERIFY(!w.window->save());
    QVERIFY(w.window->document()->isModified());
    // Asked plainly first (no keychain; keep for this session only?), declined, then told.
    QCOMPARE(w.informed.size(), 2);
    QVERIFY2(w.informed.first().contains(QStringLiteral("no keychain is available")), qPrintable(w.informed.first()));
    QVERIFY2(w.informed.last().contains(QStringLiteral("not saved")), qPrintable(w.informed.last()));
    QVERIFY(!QFile::exists(ScenarioFile::sidecarPath(w.path)));

    // Keeping them for this session: the save completes, the sidecar holds a reference only.
    InMemorySecretResolver session;
    w.dock->setSessionResolver(&session);
    w.window->setAsker([](const Question &) { return 0; });
    QVERIFY(w.window->save());
    QVERIFY(!w.window->document()->isModified());
    const QByteArray sidecar = readFile(ScenarioFile::sidecarPath(w.path));
    QVERIFY(sidecar.contains("secretRef"));
    QVERIFY(!sidecar.contains("\"abc\""));
    w.dock->setSecretResolver(nullptr);
    w.dock->setSessionResolver(nullptr);
}

QTEST_MAIN(TstScenarioEdits)
#include "tst_scenarioedits.moc"
