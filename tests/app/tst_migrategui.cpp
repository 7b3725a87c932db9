// Legacy and flat shapes never look empty (issue 13, points 1 and 2): a legacy v1 action and a flat
// INTEGRATION_ACTION make the forms read-only under a banner that says why and offers Migrate;
// Migrate (banner, Edit menu, Problems quick fix) is one undo step with its report shown; Export
// for Port asks when Port would reject the file and shows what it stripped; problem texts in the
// window name menu commands, never CLI flags.
// Set AD_SCREENSHOT_DIR to also write docs/screenshots/migrate-banner.png, export-errors.png,
// export-stripped.png, migrate-report.png.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/files/reportdialog.h"
#include "app/mainwindow.h"
#include "app/problems/problemsdock.h"

#include "../common/guifixture.h"

#include <QAction>
#include <QFile>
#include <QLabel>
#include <QMenu>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

const QString kLegacy = QStringLiteral(AD_EXAMPLES_DIR "/legacy-v1-gitlab-agent-crossplane.json");
const QString kFlat = QStringLiteral(AD_EXAMPLES_DIR "/integration-action-github-ocean-report-bug.json");

using guifixture::readFile;

// A window whose questions are recorded and answered with `answer` (a button's text; absent: last).
struct Window {
    MainWindow w;
    QList<Question> questions;
    QString answer;
    Window()
    {
        w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
        w.setAsker([this](const Question &q) {
            questions << q;
            const int i = int(q.buttons.indexOf(answer));
            return i >= 0 ? i : int(q.buttons.size()) - 1;
        });
        w.resize(1200, 800);
        w.show();
    }
};

}  // namespace

class TstMigrateGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void legacyMakesFormsReadOnlyWithBanner();
    void migrateFromBannerIsOneUndoStep();
    void flatIntegrationActionMigrates();
    void migrateFromMenuAndProblemsQuickFix();
    void problemTextsNameNoCliFlags();
    void exportAsksWithErrorsAndOffersMigrate();
    void exportShowsWhatItStripped();
};

void TstMigrateGui::legacyMakesFormsReadOnlyWithBanner()
{
    Window win;
    QVERIFY(win.w.openFile(kLegacy));
    EditorArea *area = win.w.editorArea();
    QVERIFY(area->formsReadOnly());
    QVERIFY(area->bannerLabel()->isVisible());
    QVERIFY2(area->bannerLabel()->text().contains(QStringLiteral("legacy v1")), qPrintable(area->bannerLabel()->text()));
    QVERIFY(area->migrateButton()->isVisible());
    guifixture::shootShown(&win.w, QStringLiteral("migrate-banner.png"));
}

void TstMigrateGui::migrateFromBannerIsOneUndoStep()
{
    Window win;
    QVERIFY(win.w.openFile(kLegacy));
    Document *doc = win.w.document();
    const QString original = doc->text();
    win.w.editorArea()->migrateButton()->click();
    QCOMPARE(win.questions.size(), 1);
    const Question report = win.questions.first();
    QVERIFY(report.lines.join(QLatin1Char('\n')).contains(QStringLiteral("trigger")));
    for (const QString &l : report.lines)
        QVERIFY2(!l.contains(QStringLiteral("--")), qPrintable(l));
    QVERIFY(doc->action().value(u"trigger").isObject());
    QVERIFY(doc->action().value(u"trigger").value(u"userInputs").value(u"properties").contains(u"bucket_name"));
    QVERIFY(!doc->action().contains(u"userInputs"));
    QVERIFY(!win.w.editorArea()->formsReadOnly());
    QVERIFY(!win.w.editorArea()->bannerLabel()->isVisible());
    QCOMPARE(doc->undoStack()->count(), 1);
    doc->undoStack()->undo();
    QCOMPARE(doc->text(), original);
    QVERIFY(win.w.editorArea()->formsReadOnly());
    if (!qEnvironmentVariableIsEmpty("AD_SCREENSHOT_DIR")) {
        ReportDialog d(report, &win.w);
        guifixture::shootShown(&d, QStringLiteral("migrate-report.png"));
    }
}

void TstMigrateGui::flatIntegrationActionMigrates()
{
    Window win;
    QVERIFY(win.w.openFile(kFlat));
    QVERIFY(win.w.editorArea()->formsReadOnly());
    QVERIFY(win.w.editorArea()->bannerLabel()->text().contains(QStringLiteral("integrationActionExecutionProperties")));
    QVERIFY(win.w.migrate());
    const JsonValue &im = win.w.document()->action().value(u"invocationMethod");
    QCOMPARE(im.value(u"integrationActionExecutionProperties").value(u"org").toString(), QStringLiteral("<GITHUB_ORG>"));
    QCOMPARE(im.value(u"integrationActionExecutionProperties").value(u"workflow").toString(),
             QStringLiteral("report-a-bug.yml"));
    QVERIFY(!im.contains(u"org"));
    QVERIFY(!win.w.editorArea()->formsReadOnly());
}

void TstMigrateGui::migrateFromMenuAndProblemsQuickFix()
{
    {
        Window win;
        QVERIFY(win.w.openFile(kLegacy));
        QAction *menu = win.w.action(QStringLiteral("edit.migrate"));
        QVERIFY(menu);
        menu->trigger();
        QVERIFY(win.w.document()->action().value(u"trigger").isObject());
    }
    Window win;
    QVERIFY(win.w.openFile(kLegacy));
    win.w.refreshProblems();
    ProblemsView *pv = win.w.problemsView();
    int row = -1;
    for (int i = 0; i < pv->tree()->topLevelItemCount(); ++i)
        if (pv->tree()->topLevelItem(i)->text(3) == QLatin1String("legacy-v1"))
            row = i;
    QVERIFY(row >= 0);
    QMenu *m = pv->contextMenuFor(row);
    QVERIFY(m);
    auto *fix = m->findChild<QAction *>(QStringLiteral("quickfix.migrate"));
    QVERIFY(fix);
    fix->trigger();
    delete m;
    QVERIFY(win.w.document()->action().value(u"trigger").isObject());
}

void TstMigrateGui::problemTextsNameNoCliFlags()
{
    // A legacy action and a v2 one with v1 leftovers and server fields.
    const QByteArray leftovers = R"({"identifier": "a", "title": "A", "id": "action_1", "createdAt": "x",
        "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "s", "userInputs": {"properties": {}}},
        "userInputs": {"properties": {}},
        "invocationMethod": {"type": "WEBHOOK", "url": "https://x", "omitPayload": true}})";
    for (const QByteArray &text : {readFile(kLegacy), leftovers}) {
        Window win;
        QVERIFY(win.w.importText(text));
        win.w.refreshProblems();
        const QList<Problem> &ps = win.w.problemsView()->problems();
        QVERIFY(!ps.isEmpty());
        for (const Problem &p : ps) {
            QVERIFY2(!p.diagnostic.message.contains(QStringLiteral("--")), qPrintable(p.diagnostic.message));
            QVERIFY2(!p.diagnostic.message.contains(QStringLiteral("action-designer ")), qPrintable(p.diagnostic.message));
        }
    }
}

void TstMigrateGui::exportAsksWithErrorsAndOffersMigrate()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("port.json"));
    {
        Window win;
        QVERIFY(win.w.openFile(kLegacy));
        win.answer = QStringLiteral("Cancel");
        QString error;
        QVERIFY(!win.w.exportForPort(out, &error));
        QVERIFY(!QFile::exists(out));
        QCOMPARE(win.questions.size(), 1);
        const Question q = win.questions.first();
        QVERIFY(q.buttons.contains(QStringLiteral("Migrate First")));
        QVERIFY(q.buttons.contains(QStringLiteral("Export Anyway")));
        QVERIFY(!q.lines.isEmpty());
        QVERIFY(q.lines.join(QLatin1Char('\n')).contains(QStringLiteral("legacy v1")));
        if (!qEnvironmentVariableIsEmpty("AD_SCREENSHOT_DIR")) {
            ReportDialog d(q, &win.w);
            guifixture::shootShown(&d, QStringLiteral("export-errors.png"));
        }
    }
    {
        // Migrate First: the export writes the migrated action.
        Window win;
        QVERIFY(win.w.openFile(kLegacy));
        win.answer = QStringLiteral("Migrate First");
        QString error;
        win.w.exportForPort(out, &error);
        QVERIFY(win.w.document()->action().value(u"trigger").isObject());
    }
    {
        Window win;
        QVERIFY(win.w.openFile(kLegacy));
        win.answer = QStringLiteral("Export Anyway");
        QString error;
        QVERIFY2(win.w.exportForPort(out, &error), qPrintable(error));
        QVERIFY(QFile::exists(out));
    }
}

void TstMigrateGui::exportShowsWhatItStripped()
{
    QTemporaryDir dir;
    Window win;
    const QByteArray withServerFields = R"({"identifier": "a", "title": "A", "id": "action_1", "createdAt": "2024-01-01T00:00:00Z",
        "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "s", "userInputs": {"properties": {}}},
        "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com"}})";
    QVERIFY(win.w.importText(withServerFields));
    win.answer = QStringLiteral("Export Anyway");
    const QString out = dir.filePath(QStringLiteral("port.json"));
    QString error;
    QVERIFY2(win.w.exportForPort(out, &error), qPrintable(error));
    QVERIFY(!win.questions.isEmpty());
    const Question q = win.questions.last();
    QCOMPARE(q.buttons, QStringList{QStringLiteral("Close")});
    const QString all = q.lines.join(QLatin1Char('\n'));
    QVERIFY2(all.contains(QStringLiteral("/id")) && all.contains(QStringLiteral("/createdAt")), qPrintable(all));
    QVERIFY(!readFile(out).contains("createdAt"));
    if (!qEnvironmentVariableIsEmpty("AD_SCREENSHOT_DIR")) {
        ReportDialog d(q, &win.w);
        guifixture::shootShown(&d, QStringLiteral("export-stripped.png"));
    }
}

QTEST_MAIN(TstMigrateGui)
#include "tst_migrategui.moc"
