// How the forms use space: at 1920 px a form's fields stop at a readable width (left-aligned, the
// rest of the pane stays empty) instead of stretching a line edit to 1000 px; an embedded JSON
// editor (body, payload, workflow inputs) grows with its lines up to the pane's height, then
// scrolls, and shrinks back. With AD_SCREENSHOT_DIR set, json-capped-<key>.png shows a capped editor.

#include "formtest.h"

#include "app/editorarea.h"
#include "app/forms/backendeditor.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/jsonfield.h"
#include "app/mainwindow.h"
#include "app/parteditor.h"
#include "backend/backends.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QLineEdit>
#include <QScrollArea>
#include <QStandardPaths>
#include <QUndoStack>

#include <Qsci/qsciscintilla.h>

using namespace ad;
using namespace ad::app;

namespace {

// Every visible control of `part` (line edits, choice lists, JSON editors, tables) ends within the
// readable width from the part's left edge.
void verifyFieldsWithinCap(FormPart *part)
{
    const int cap = part->readableWidth();
    int lineEdits = 0, checked = 0;
    const auto widgets = part->findChildren<QWidget *>();
    for (QWidget *w : widgets) {
        const bool control = qobject_cast<QLineEdit *>(w) || qobject_cast<QComboBox *>(w) ||
                             (qobject_cast<QAbstractScrollArea *>(w) && !qobject_cast<QScrollArea *>(w));
        if (!control || !w->isVisibleTo(part) || qobject_cast<QComboBox *>(w->parentWidget()))
            continue;
        const int right = w->mapTo(part, QPoint(w->width(), 0)).x();
        if (w->width() > cap || right > cap)
            QFAIL(
                qPrintable(QStringLiteral("%1 in %2: %3 px wide, right edge at %4, cap %5")
                               .arg(QString::fromLatin1(w->metaObject()->className()), w->parentWidget()->objectName())
                               .arg(w->width())
                               .arg(right)
                               .arg(cap)));
        lineEdits += qobject_cast<QLineEdit *>(w) ? 1 : 0;
        ++checked;
    }
    QVERIFY(lineEdits >= 1);
    QVERIFY(checked >= 4);
}

QString lines(int n)
{
    QStringList l;
    for (int i = 0; i < n; ++i)
        l << QStringLiteral("  \"k%1\": %1").arg(i);
    return QStringLiteral("{\n") + l.join(QStringLiteral(",\n")) + QStringLiteral("\n}");
}

}  // namespace

class TstFormLayout : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void lineEditsStopAtTheReadableWidth();
    void lineEditsCappedInA1920Window();
    void filledFieldsShowTheirStart();
    void jsonEditorGrowsToThePaneThenScrolls_data();
    void jsonEditorGrowsToThePaneThenScrolls();
};

void TstFormLayout::lineEditsStopAtTheReadableWidth()
{
    Document doc;
    doc.loadBytes(formtest::actionWith(findBackend(QStringLiteral("WEBHOOK"))->newActionJson),
                  QStringLiteral("t.json"));
    BackendEditor e;
    e.setDocument(&doc);
    e.resize(1920, 1000);
    e.show();
    QVERIFY(QTest::qWaitForWindowExposed(&e));
    // The cap is a readable measure of the font (about 120 characters), far below 1920 px.
    QVERIFY(e.readableWidth() < 1200);
    QVERIFY(e.readableWidth() > 60 * e.fontMetrics().averageCharWidth());
    verifyFieldsWithinCap(&e);
    // The URL field is as wide as the cap allows (it does not shrink to its hint either).
    auto *url = e.findChild<QWidget *>(QStringLiteral("url"));
    QVERIFY(url);
    QVERIFY(url->width() > e.readableWidth() / 2);
}

void TstFormLayout::lineEditsCappedInA1920Window()
{
    MainWindow w;
    w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    QVERIFY(w.importText(formtest::actionWith(findBackend(QStringLiteral("WEBHOOK"))->newActionJson)));
    w.resize(1920, 1080);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.editorArea()->showPart(QStringLiteral("backend"));
    auto *part = qobject_cast<FormPart *>(w.editorArea()->partEditor(QStringLiteral("backend")));
    QVERIFY(part);
    QTRY_VERIFY(part->isVisible());
    verifyFieldsWithinCap(part);
    w.document()->undoStack()->setClean();
}

void TstFormLayout::jsonEditorGrowsToThePaneThenScrolls_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("key");
    QTest::newRow("webhook body") << QStringLiteral("WEBHOOK") << QStringLiteral("body");
    QTest::newRow("kafka payload") << QStringLiteral("KAFKA") << QStringLiteral("payload");
    QTest::newRow("github workflow inputs") << QStringLiteral("GITHUB") << QStringLiteral("workflowInputs");
}

void TstFormLayout::jsonEditorGrowsToThePaneThenScrolls()
{
    QFETCH(QString, type);
    QFETCH(QString, key);
    Document doc;
    doc.loadBytes(formtest::actionWith(findBackend(type)->newActionJson), QStringLiteral("t.json"));
    BackendEditor e;
    e.setDocument(&doc);
    e.resize(800, 700);
    e.show();
    QVERIFY(QTest::qWaitForWindowExposed(&e));
    auto *field = e.findChild<JsonField *>(key);
    QVERIFY(field);
    field->setTableMode(false);
    QsciScintilla *ed = field->editor();
    auto *pane = e.findChild<QScrollArea *>();
    QVERIFY(pane);

    field->setText(QStringLiteral("{}"));
    const int small = ed->height();
    const int lineH = int(ed->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, 0));
    QVERIFY(small >= JsonField::kMinLines * lineH);  // a few lines even when empty

    field->setText(lines(10));
    const int ten = ed->height();
    QVERIFY2(ten > small, qPrintable(QStringLiteral("%1 vs %2").arg(ten).arg(small)));
    field->setText(lines(20));
    QVERIFY(ed->height() > ten);
    QCOMPARE(ed->height() - ten, 10 * lineH);  // one line of height per line of text

    // Far more than fits: stops at the pane, then scrolls.
    field->setText(lines(300));
    const int capped = ed->height();
    QCOMPARE(capped, field->maxEditorHeight());
    QVERIFY(capped <= pane->viewport()->height());
    QVERIFY(capped > pane->viewport()->height() / 2);
    field->setText(lines(600));
    QCOMPARE(ed->height(), capped);
    if (const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(50);  // the form's layout catches up with the editor's new height
        pane->ensureWidgetVisible(field, 0, 0);
        QTest::qWait(50);
        QVERIFY(e.grab().save(dir + QStringLiteral("/json-capped-%1.png").arg(key)));
    }
    QVERIFY(ed->SendScintilla(QsciScintilla::SCI_GETVSCROLLBAR) != 0);

    // A taller pane lets it grow; a shorter one shrinks it.
    e.resize(800, 1000);
    QTRY_VERIFY(ed->height() > capped);
    QVERIFY(ed->height() <= pane->viewport()->height());
    e.resize(800, 500);
    QTRY_VERIFY(ed->height() < capped);

    // Back to a few lines: back to the small editor, no scroll bar.
    field->setText(QStringLiteral("{\n  \"a\": 1\n}"));
    QCOMPARE(ed->height(), small);
    QCOMPARE(int(ed->SendScintilla(QsciScintilla::SCI_GETVSCROLLBAR)), 0);
}

void TstFormLayout::filledFieldsShowTheirStart()
{
    QLineEdit edit;
    edit.resize(120, edit.sizeHint().height());
    const QString url = QStringLiteral("https://deploy.example.com/hooks/{{ .entity.identifier }}");
    setTextKeepingCursor(&edit, url);
    QCOMPARE(edit.cursorPosition(), 0);  // unfocused: the start is what a reader needs
}

QTEST_MAIN(TstFormLayout)
#include "tst_formlayout.moc"
