// "Scenario from a Run…" in the Organization dock against a fake Port on 127.0.0.1: the dialog lists
// the org's runs of the selected action (newest first), taking one (Enter) or a pasted id makes the
// scenario whose Preview line says our render equals Port's payload, failures show in the dialog
// naming the profile, and a slow list can be stopped while the UI keeps working. Set
// AD_SCREENSHOT_DIR to also write org-run-picker.png.
#include "orgfixture.h"

#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/org/orgdock.h"
#include "app/org/orginstall.h"
#include "app/org/runpickerdialog.h"
#include "app/preview/previewdock.h"
#include "context/scenariofile.h"
#include "runner/port/portprofiles.h"
#include "runner/secretstore.h"
#include "json/jsonparser.h"

#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeWidget>
#include <QtTest>

using namespace ad;
using namespace ad::app;

namespace {
constexpr int kWait = 60000;  // generous: the machine running the suite may be busy
const char *kDeploy =
    R"({"identifier":"deploy","title":"Deploy","trigger":{"type":"self-service","operation":"DAY-2","blueprintIdentifier":"service","userInputs":{"properties":{"env":{"type":"string","enum":["dev","prod"]}},"required":["env"]}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/deploy","body":{"env":"{{ .inputs.env }}","service":"{{ .entity.identifier }}","run":"{{ .run.id }}"}}})";
const char *kScaffold =
    R"({"identifier":"scaffold","title":"Scaffold","trigger":{"type":"self-service","operation":"CREATE","blueprintIdentifier":"service","userInputs":{"properties":{"name":{"type":"string"}}}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/scaffold"}})";
}  // namespace

class TestRunPicker : public QObject, private OrgFixture {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        isolateFromUser();
        PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
    }
    void init();
    void cleanup()
    {
        if (m_window) {
            m_window->close();
            delete m_window;
        }
    }

    void listsTheActionsRunsAndTakesOne();
    void pastedIdAndFailuresStayInTheDialog();
    void stopASlowListUiStaysResponsive();
    void screenshot();

private:
    OrgDock *openWindow();
    RunPickerDialog *pickerFor(OrgDock *dock, const QString &action);
    // The dialog the action opened (one closed earlier may still await its deferred delete).
    static RunPickerDialog *shownPicker(OrgDock *dock)
    {
        for (RunPickerDialog *d : dock->findChildren<RunPickerDialog *>())
            if (d->isVisible())
                return d;
        return nullptr;
    }
    static QStringList column(QTreeWidget *tree, int c)
    {
        QStringList out;
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            out << tree->topLevelItem(i)->text(c);
        return out;
    }

    QPointer<MainWindow> m_window;
};

void TestRunPicker::init()
{
    resetOrg();
    m_port->seed(kDeploy);
    m_port->seed(kScaffold);
    m_port->addRun("r_abc", "deploy", "2026-01-05T10:00:00.000Z", "SUCCESS", "svc-a", R"({"env":"prod"})",
                   R"({"env":"prod","service":"svc-a","run":"r_abc"})");
    m_port->addRun("r_bad", "deploy", "2026-01-04T09:30:00.000Z", "FAILURE", "svc-a", R"({"env":"dev"})",
                   R"({"env":"prod","service":"svc-a","run":"r_bad"})");
    m_port->addRun("r_wait", "deploy", "2026-01-06T16:45:00.000Z", "WAITING_FOR_APPROVAL", "svc-b", R"({"env":"prod"})",
                   R"({"env":"prod","service":"svc-b","run":"r_wait"})");
    m_port->addRun("r_scaf", "scaffold", "2026-01-07T08:00:00.000Z", "IN_PROGRESS", {}, R"({"name":"x"})");
}

OrgDock *TestRunPicker::openWindow()
{
    m_window = new MainWindow;
    m_window->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    OrgDock *dock = installOrgDock(m_window, m_profiles.get());
    dock->setFolder(m_dir->path());
    dock->setConfirmer([](const QString &, const QString &) { return true; });
    [&] { QVERIFY(dock->selectProfile("staging")); }();
    dock->refresh();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(!dock->session()->isBusy() && dock->session()->hasOrgCopy(), kWait); }();
    dock->pullSelected();
    return dock;
}

RunPickerDialog *TestRunPicker::pickerFor(OrgDock *dock, const QString &action)
{
    dock->select({action});
    [&] { QVERIFY(dock->action("runScenario")->isEnabled()); }();
    dock->action("runScenario")->trigger();
    RunPickerDialog *dlg = shownPicker(dock);
    [&] {
        QVERIFY(dlg);
        QVERIFY(dlg->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!dlg->isLoading(), kWait);
    }();
    return dlg;
}

void TestRunPicker::listsTheActionsRunsAndTakesOne()
{
    OrgDock *dock = openWindow();
    m_window->resize(1200, 800);
    m_window->show();
    QPointer<RunPickerDialog> dlg = pickerFor(dock, "deploy");
    QVERIFY(dlg->errorLabel()->isHidden());
    QVERIFY(m_port->hitsOf("GET", "/v1/actions/runs").last().query.contains("action=deploy"));
    // deploy's runs only, newest first: status, local time, user, entity, id.
    QTreeWidget *list = dlg->runList();
    QCOMPARE(column(list, 4), (QStringList{"r_wait", "r_abc", "r_bad"}));
    QCOMPARE(column(list, 0), (QStringList{"WAITING_FOR_APPROVAL", "SUCCESS", "FAILURE"}));
    QCOMPARE(column(list, 2), (QStringList{"auth0|u1", "auth0|u1", "auth0|u1"}));
    QCOMPARE(column(list, 3), (QStringList{"svc-b", "svc-a", "svc-a"}));
    const QDateTime at = QDateTime::fromString("2026-01-05T10:00:00.000Z", Qt::ISODateWithMs);
    QCOMPARE(list->topLevelItem(1)->text(1), QLocale().toString(at.toLocalTime(), QLocale::ShortFormat));
    QVERIFY(!list->topLevelItem(1)->icon(0).isNull());
    QVERIFY(dlg->statusLabel()->text().startsWith("3 run(s), newest first"));

    // Keyboard only: down to r_abc, Enter takes it.
    list->setFocus();
    list->setCurrentItem(list->topLevelItem(0));
    QTest::keyClick(list, Qt::Key_Down);
    QCOMPARE(dlg->runIdEdit()->text(), QStringLiteral("r_abc"));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(
        !dlg || !dlg->isVisible(),
        qPrintable(dlg ? dlg->errorLabel()->text() + " | " + dlg->statusLabel()->text() : QString()), kWait);
    QCOMPARE(m_port->hitsOf("GET", "/v1/actions/runs/r_abc").size(), 1);  // fetched once, Enter or not

    // The scenario is in the sidecar, open in the window, and the Preview compares with Port's payload.
    ScenarioFile sidecar;
    QString error;
    QVERIFY2(ScenarioFile::load(ScenarioFile::sidecarPath(m_dir->filePath("deploy.json")), &sidecar, nullptr, &error),
             qPrintable(error));
    QVERIFY(sidecar.find("run r_abc"));
    QVERIFY(m_window->showsFile(m_dir->filePath("deploy.json")));
    auto *preview = qobject_cast<PreviewDock *>(m_window->previewDock()->widget());
    QCOMPARE(preview->activeScenario(), QStringLiteral("run r_abc"));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && preview->requestText().contains("r_abc"), kWait);
    QTRY_COMPARE_WITH_TIMEOUT(preview->portPayloadLabel()->text(),
                              QStringLiteral("✓ equals Port's payload for run r_abc"), kWait);
    QVERIFY2(dock->messageLabel()->text().contains("Scenario \"run r_abc\" added to deploy.scenarios.json"),
             qPrintable(dock->messageLabel()->text()));

    // With the file open (no unsaved edits), a second run lands beside it: double-click on r_bad.
    dlg = pickerFor(dock, "deploy");
    QTreeWidgetItem *bad = dlg->runList()->topLevelItem(2);
    // A real double click: press, release, double-click, release (QTest::mouseDClick leaves out the
    // first release, and an item view then ignores the double click).
    QWidget *viewport = dlg->runList()->viewport();
    const QPoint where = dlg->runList()->visualItemRect(bad).center();
    QTest::mouseClick(viewport, Qt::LeftButton, {}, where);
    QMouseEvent dbl(QEvent::MouseButtonDblClick, where, viewport->mapToGlobal(where), Qt::LeftButton, Qt::LeftButton,
                    Qt::NoModifier);
    QApplication::sendEvent(viewport, &dbl);
    if (dlg)
        QTest::mouseRelease(viewport, Qt::LeftButton, {}, where);
    QTRY_VERIFY2_WITH_TIMEOUT(!dlg || !dlg->isVisible(),
                              qPrintable(dlg ? dlg->errorLabel()->text() + " | " + dlg->statusLabel()->text() + " | " +
                                                   dlg->runIdEdit()->text()
                                             : QString()),
                              kWait);
    QCOMPARE(preview->activeScenario(), QStringLiteral("run r_bad"));
    QVERIFY(preview->scenarios().find("run r_abc"));
    QTRY_VERIFY_WITH_TIMEOUT(preview->portPayloadLabel()->text().startsWith("✗ 1 difference(s)"), kWait);
    QVERIFY(preview->portPayloadLabel()->toolTip().contains("/body/env: expected \"prod\", got \"dev\""));
    QVERIFY(!m_window->document()->isModified());
}

void TestRunPicker::pastedIdAndFailuresStayInTheDialog()
{
    OrgDock *dock = openWindow();
    QPointer<RunPickerDialog> dlg = pickerFor(dock, "deploy");
    // Enter in the count lists again (not taking a run).
    dlg->limitBox()->setFocus();
    dlg->limitBox()->selectAll();
    QTest::keyClicks(dlg->limitBox(), "1");
    QTest::keyClick(dlg->limitBox(), Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!dlg->isLoading() && dlg->runList()->topLevelItemCount() == 1, kWait);
    QVERIFY(m_port->hitsOf("GET", "/v1/actions/runs").last().query.endsWith("&limit=1"));
    QVERIFY(!dlg->isFetching());
    QVERIFY(dlg->isVisible());
    // Escape closes without a request.
    QTest::keyClick(dlg, Qt::Key_Escape);
    QTRY_VERIFY(!dlg);  // WA_DeleteOnClose

    // A pasted run page address of another action's run: no file holds it until it is pulled.
    m_port->seed(
        R"({"identifier":"rotate","title":"Rotate","trigger":{"type":"self-service","operation":"CREATE","blueprintIdentifier":"service","userInputs":{"properties":{}}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/r"}})");
    m_port->addRun("r_rot", "rotate", "2026-01-08T08:00:00.000Z");
    dlg = pickerFor(dock, "deploy");
    dlg->runIdEdit()->setFocus();
    dlg->runIdEdit()->setText("https://app.getport.io/organization/run?runId=r_rot");
    QTest::keyClick(dlg->runIdEdit(), Qt::Key_Return);
    QTRY_VERIFY2_WITH_TIMEOUT(!dlg->isFetching() && dlg->errorLabel()->isVisible(),
                              qPrintable(dlg->statusLabel()->text()), kWait);
    QCOMPARE(m_port->hitsOf("GET", "/v1/actions/runs/r_rot").size(), 1);
    QVERIFY2(dlg->errorLabel()->text().contains("Run r_rot is of the action \"rotate\", and no file in"),
             qPrintable(dlg->errorLabel()->text()));
    QVERIFY(dlg->errorLabel()->text().contains("pull it first (Pull in the Organization dock)"));
    QVERIFY(dlg->isVisible());

    // Port's 404 for an unknown id, verbatim, naming the profile.
    dlg->runIdEdit()->setText("r_none");
    dlg->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg->isFetching(), kWait);
    QCOMPARE(
        dlg->errorLabel()->text(),
        QStringLiteral(
            "Could not fetch run r_none from \"staging\": HTTP 404 not_found: Run with id \"r_none\" was not found"));

    // Unsaved edits in the window: the sidecar is not written under them.
    QVERIFY(m_window->openFile(m_dir->filePath("deploy.json")));
    m_window->document()->setValue("/title", JsonValue::fromString("Typed, not saved"));
    dlg->runIdEdit()->setText("r_abc");
    dlg->okButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg->isFetching(), kWait);
    QCOMPARE(dlg->errorLabel()->text(), QStringLiteral("Save or close deploy.json first; it has unsaved edits."));
    QVERIFY(!QFile::exists(ScenarioFile::sidecarPath(m_dir->filePath("deploy.json"))));
    dlg->reject();

    // A profile whose secret the org refuses: the list's error line names the profile.
    QVERIFY(m_profiles->storeSecret("staging", "wrong"));
    QVERIFY(dock->selectProfile("staging"));
    dlg = pickerFor(dock, "deploy");
    QVERIFY(dlg->errorLabel()->isVisible());
    QVERIFY2(dlg->errorLabel()->text().startsWith("Could not list the runs of deploy from \"staging\": HTTP 401"),
             qPrintable(dlg->errorLabel()->text()));
    QVERIFY(dlg->errorLabel()->text().contains("Invalid client id or client secret"));
    QVERIFY(!dlg->errorLabel()->text().contains("wrong"));
    QCOMPARE(dlg->runList()->topLevelItemCount(), 0);
    dlg->reject();
}

void TestRunPicker::stopASlowListUiStaysResponsive()
{
    OrgDock *dock = openWindow();
    m_port->stall = true;
    dock->select({"deploy"});
    dock->action("runScenario")->trigger();
    QPointer<RunPickerDialog> dlg = shownPicker(dock);
    QVERIFY(dlg);
    QVERIFY(dlg->isLoading());
    const auto before = m_port->hitsOf("GET", "/v1/actions/runs").size();
    QTRY_COMPARE_WITH_TIMEOUT(m_port->hitsOf("GET", "/v1/actions/runs").size(), before + 1, kWait);  // Port holds it
    // While Port holds the list the event loop runs: timers fire, the id field takes typing, the
    // dock's own work is not blocked.
    bool ticked = false;
    QTimer::singleShot(0, this, [&ticked] { ticked = true; });
    QTRY_VERIFY(ticked);
    QVERIFY(dlg->isLoading());
    QTest::keyClicks(dlg->runIdEdit(), "r_typed");
    QCOMPARE(dlg->runIdEdit()->text(), QStringLiteral("r_typed"));
    QVERIFY(dlg->stopButton()->isEnabled());
    QVERIFY(dock->action("refresh")->isEnabled());
    QVERIFY(!dock->session()->isBusy());
    // Stop: the list ends at once, the dialog stays with the typed id.
    dlg->stopButton()->click();
    QTRY_VERIFY_WITH_TIMEOUT(!dlg->isLoading(), kWait);
    QVERIFY(dlg->statusLabel()->text().startsWith("Stopped"));
    QVERIFY(dlg->errorLabel()->isHidden());
    QVERIFY(!dlg->stopButton()->isEnabled());
    QVERIFY(dlg->okButton()->isEnabled());
    QCOMPARE(dlg->runIdEdit()->text(), QStringLiteral("r_typed"));
    // Escape while a list hangs again closes the dialog and drops the request.
    dlg->reload();
    QVERIFY(dlg->isLoading());
    QTest::keyClick(dlg, Qt::Key_Escape);
    QTRY_VERIFY_WITH_TIMEOUT(!dlg, kWait);
    QVERIFY(!dock->session()->isBusy());
}

void TestRunPicker::screenshot()
{
    const QString out = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set AD_SCREENSHOT_DIR to write docs/screenshots/org-run-picker.png");
    m_port->addRun("r_7f3k2", "deploy", "2026-01-06T17:20:00.000Z", "IN_PROGRESS", "checkout", R"({"env":"prod"})");
    m_port->addRun("r_1x9q8", "deploy", "2026-01-03T11:05:00.000Z", "DECLINED", "billing", R"({"env":"prod"})");
    // Who triggered them, as an org shows it.
    const QStringList users{"ann.lee@example.com", "ci-bot@example.com", "ann.lee@example.com", "raj.patel@example.com",
                            "ops@example.com"};
    int i = 0;
    for (const char *id : {"r_7f3k2", "r_wait", "r_abc", "r_bad", "r_1x9q8"})
        m_port->runs[id].set("createdBy", JsonValue::fromString(users.at(i++)));
    OrgDock *dock = openWindow();
    QPointer<RunPickerDialog> dlg = pickerFor(dock, "deploy");
    dlg->runList()->setCurrentItem(dlg->runList()->topLevelItem(2));
    dlg->runList()->setFocus();
    QVERIFY(QTest::qWaitForWindowExposed(dlg));
    QTest::qWait(100);
    QDir().mkpath(out);
    QVERIFY(dlg->grab().save(out + "/org-run-picker.png"));
    dlg->reject();
}

QTEST_MAIN(TestRunPicker)
#include "tst_runpicker.moc"
