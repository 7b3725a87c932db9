// The Organization dock against a fake Port on 127.0.0.1: profiles, refresh, the tree with statuses
// and filter, diff, pull (asking before overwriting local edits), push with its confirmation and the
// org's refusal shown, cancel, the profiles page. Screenshots when AD_SCREENSHOT_DIR is set.
#include "orgfixture.h"

#include "app/mainwindow.h"
#include "app/org/orgdiffview.h"
#include "app/org/orgdock.h"
#include "app/org/orginstall.h"
#include "app/org/orgprofilespage.h"
#include "app/preview/previewdock.h"
#include "app/document/document.h"
#include "json/jsonparser.h"
#include "runner/port/portprofiles.h"
#include "runner/secretstore.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTreeWidget>
#include <QtTest>

using namespace ad;
using namespace ad::app;

namespace {
const char *kDeploy = R"({"identifier":"deploy","title":"Deploy","trigger":{"type":"self-service","operation":"DAY-2","blueprintIdentifier":"service","userInputs":{"properties":{"env":{"type":"string","enum":["dev","prod"]}},"required":["env"]}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/deploy","body":{"env":"{{ .inputs.env }}"}}})";
const char *kScaffold = R"({"identifier":"scaffold","title":"Scaffold","trigger":{"type":"self-service","operation":"CREATE","blueprintIdentifier":"service","userInputs":{"properties":{"name":{"type":"string"}}}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/scaffold"}})";
const char *kScale = R"({"identifier":"scale_cluster","title":"Scale cluster","trigger":{"type":"self-service","operation":"DAY-2","blueprintIdentifier":"cluster","userInputs":{"properties":{"nodes":{"type":"number"}}}},"invocationMethod":{"type":"GITHUB","org":"acme","repo":"infra","workflow":"scale.yml"}})";
const char *kNotify = R"({"identifier":"notify_on_create","title":"Notify on create","trigger":{"type":"automation","event":{"type":"ENTITY_CREATED","blueprintIdentifier":"service"}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/notify"}})";
}  // namespace

class TestOrgDock : public QObject, private OrgFixture {
    Q_OBJECT
private slots:
    void initTestCase() { isolateFromUser(); }
    void init()
    {
        resetOrg();
        for (const char *a : {kDeploy, kScaffold, kScale, kNotify})
            m_port->seed(a);
    }

    void refreshPullDiffPush();
    void pushRefusedShowsMessage();
    void cancelRefresh();
    void profilesPage();
    void windowChecks();
    void screenshots();

private:
    OrgDock *makeDock(QWidget *parent = nullptr)
    {
        auto *dock = new OrgDock(m_profiles.get(), parent);
        dock->setFolder(m_dir->path());
        dock->setConfirmer([this](const QString &, const QString &text) {
            m_asked << text;
            return m_answer;
        });
        [&] { QVERIFY(dock->selectProfile("staging")); }();
        return dock;
    }
    void refreshed(OrgDock *dock)
    {
        dock->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(!dock->session()->isBusy(), 20000);
        QVERIFY(dock->session()->hasOrgCopy());
    }
    QString statusOf(OrgDock *dock, const QString &id)
    {
        for (QTreeWidgetItemIterator it(dock->tree()); *it; ++it)
            if ((*it)->data(0, Qt::UserRole).toString() == id)
                return (*it)->text(1);
        return {};
    }
    void editFile(const QString &name, const QString &from, const QString &to)
    {
        QFile f(m_dir->filePath(name));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        text.replace(from, to);
        QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
        f.write(text.toUtf8());
    }

    QStringList m_asked;
    bool m_answer = true;
};

void TestOrgDock::refreshPullDiffPush()
{
    std::unique_ptr<OrgDock> dock(makeDock());
    QVERIFY(!dock->action("pull")->isEnabled());  // nothing fetched yet
    refreshed(dock.get());
    QCOMPARE(statusOf(dock.get(), "deploy"), QStringLiteral("only in the org"));
    // Grouped by blueprint / automation.
    QStringList groups;
    for (int i = 0; i < dock->tree()->topLevelItemCount(); ++i)
        groups << dock->tree()->topLevelItem(i)->text(0);
    QCOMPARE(groups, (QStringList{"Automations", "Blueprint: cluster", "Blueprint: service"}));

    dock->pullSelected();
    QCOMPARE(QDir(m_dir->path()).entryList({"*.json"}, QDir::Files).size(), 4);
    QCOMPARE(statusOf(dock.get(), "deploy"), QStringLiteral("same"));

    editFile("deploy.json", "\"Deploy\"", "\"Deploy now\"");
    m_port->editInOrg("scaffold", "description", JsonValue::fromString("Creates a service"));
    refreshed(dock.get());
    QCOMPARE(statusOf(dock.get(), "deploy"), QStringLiteral("changed locally"));
    QCOMPARE(statusOf(dock.get(), "scaffold"), QStringLiteral("changed in the org"));
    QCOMPARE(statusOf(dock.get(), "scale_cluster"), QStringLiteral("same"));

    // Filter: differences only.
    dock->statusFilter()->setCurrentIndex(dock->statusFilter()->findData(-2));
    int visible = 0;
    for (QTreeWidgetItemIterator it(dock->tree()); *it; ++it)
        if (!(*it)->isHidden() && !(*it)->data(0, Qt::UserRole).toString().isEmpty())
            ++visible;
    QCOMPARE(visible, 2);
    dock->statusFilter()->setCurrentIndex(0);
    dock->filterEdit()->setText("scale");
    visible = 0;
    for (QTreeWidgetItemIterator it(dock->tree()); *it; ++it)
        if (!(*it)->isHidden() && !(*it)->data(0, Qt::UserRole).toString().isEmpty())
            ++visible;
    QCOMPARE(visible, 1);
    dock->filterEdit()->clear();

    // Diff of the local change.
    dock->select({"deploy"});
    QVERIFY(dock->action("diff")->isEnabled());
    OrgDiffView view;
    view.setItem(*dock->session()->item("deploy"), "Local", "Org");
    QCOMPARE(view.table()->rowCount(), 1);
    QCOMPARE(view.table()->item(0, 0)->text(), QStringLiteral("/title"));
    QCOMPARE(view.table()->item(0, 1)->text(), QStringLiteral("\"Deploy now\""));
    QCOMPARE(view.table()->item(0, 2)->text(), QStringLiteral("\"Deploy\""));

    // Push everything: the confirmation lists what changes; the org's change is skipped.
    dock->select({});
    m_asked.clear();
    dock->pushSelected();
    QCOMPARE(m_asked.size(), 1);
    QVERIFY2(m_asked.first().contains("update deploy"), qPrintable(m_asked.first()));
    QVERIFY(m_asked.first().contains("/title: \"Deploy\" → \"Deploy now\""));
    QVERIFY(m_asked.first().contains("skip scaffold"));
    QTRY_VERIFY_WITH_TIMEOUT(!dock->session()->isBusy(), 20000);
    QCOMPARE(m_port->action("deploy")->value(u"title").toString(), QStringLiteral("Deploy now"));
    QCOMPARE(statusOf(dock.get(), "deploy"), QStringLiteral("same"));
    QVERIFY(dock->messageLabel()->text().contains("Pushed 1 action(s)"));

    // Pull asks before overwriting a local edit; "no" keeps it.
    editFile("scaffold.json", "\"Scaffold\"", "\"Mine\"");
    refreshed(dock.get());
    QCOMPARE(statusOf(dock.get(), "scaffold"), QStringLiteral("changed on both sides"));
    m_asked.clear();
    m_answer = false;
    dock->pullSelected();
    QCOMPARE(m_asked.size(), 1);
    QVERIFY(m_asked.first().contains("scaffold"));
    QVERIFY(dock->messageLabel()->text().contains("kept local edits in: scaffold"));
    QFile f(m_dir->filePath("scaffold.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(f.readAll().contains("\"Mine\""));
    m_answer = true;
    dock->pullSelected();
    QCOMPARE(statusOf(dock.get(), "scaffold"), QStringLiteral("same"));
}

void TestOrgDock::pushRefusedShowsMessage()
{
    std::unique_ptr<OrgDock> dock(makeDock());
    refreshed(dock.get());
    dock->pullSelected();
    editFile("deploy.json", "\"service\"", "\"nope\"");
    refreshed(dock.get());
    dock->select({"deploy"});
    dock->pushSelected();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->session()->isBusy(), 20000);
    QVERIFY2(dock->messageLabel()->text().contains(
                 "deploy: HTTP 422 invalid_request: body/trigger/blueprintIdentifier must be an existing blueprint (\"nope\" is not)"),
             qPrintable(dock->messageLabel()->text()));
    QCOMPARE(statusOf(dock.get(), "deploy"), QStringLiteral("changed locally"));
    // A file that does not validate is not sent at all.
    editFile("deploy.json", "\"DAY-2\"", "\"SOMETIMES\"");
    refreshed(dock.get());
    const int puts = m_port->hitsOf("PUT", "/v1/actions/").size();
    m_asked.clear();
    dock->pushSelected();
    QVERIFY(m_asked.isEmpty());
    QVERIFY(dock->messageLabel()->text().startsWith("Nothing pushed"));
    QCOMPARE(m_port->hitsOf("PUT", "/v1/actions/").size(), puts);
}

void TestOrgDock::cancelRefresh()
{
    std::unique_ptr<OrgDock> dock(makeDock());
    refreshed(dock.get());
    m_port->stall = true;
    dock->refresh();
    QVERIFY(dock->session()->isBusy());
    QVERIFY(dock->action("cancel")->isEnabled());
    QVERIFY(!dock->action("refresh")->isEnabled());
    QTRY_COMPARE_WITH_TIMEOUT(m_port->hitsOf("GET", "/v1/actions").size(), 2, 20000);
    dock->action("cancel")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->session()->isBusy(), 20000);
    QVERIFY(dock->messageLabel()->text().contains("Cancelled"));
    QVERIFY(dock->action("refresh")->isEnabled());
}

void TestOrgDock::profilesPage()
{
    OrgProfilesPage page(m_profiles.get());
    page.selectProfile("staging");
    QCOMPARE(page.currentProfile(), QStringLiteral("staging"));
    auto *name = page.findChildren<QLineEdit *>().at(0);
    QCOMPARE(name->text(), QStringLiteral("staging"));
    page.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(page.statusLabel()->text().startsWith("Connected"), 20000);
    QVERIFY(page.statusLabel()->text().contains("4 action(s)"));
    // A new profile with a bad secret: the test says why, and the secret lands in the store only.
    name->setText("prod");
    auto edits = page.findChildren<QLineEdit *>();
    edits.at(3)->setText("wrong-secret");  // client secret
    QVERIFY(page.saveCurrent());
    QCOMPARE(m_profiles->names(), QStringList{"prod"});  // renamed
    QCOMPARE(*m_secrets->read(PortProfiles::secretKey("prod")), QStringLiteral("wrong-secret"));
    for (const QString &k : m_settings->allKeys())
        QVERIFY(m_settings->value(k).toString() != QLatin1String("wrong-secret"));
    page.testConnection();
    QTRY_VERIFY_WITH_TIMEOUT(page.statusLabel()->text().startsWith("Connection failed"), 20000);
    QVERIFY(page.statusLabel()->text().contains("Invalid client id or client secret"));
}

void TestOrgDock::windowChecks()
{
    auto *w = new MainWindow;
    w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    OrgDock *dock = installOrgDock(w, m_profiles.get());
    dock->setFolder(m_dir->path());
    dock->setConfirmer([](const QString &, const QString &) { return true; });
    QVERIFY(dock->selectProfile("staging"));
    QVERIFY(w->findChild<QDockWidget *>("orgDock"));
    refreshed(dock);
    dock->pullSelected();
    QVERIFY(w->openFile(m_dir->filePath("deploy.json")));
    // Unsaved edits in the window: pull refuses to write under the editor.
    w->document()->setValue("/title", JsonValue::fromString("Typed, not saved"));
    QVERIFY(w->document()->isModified());
    m_port->editInOrg("deploy", "title", JsonValue::fromString("From the org"));
    refreshed(dock);
    dock->pullSelected();
    QVERIFY2(dock->messageLabel()->text().contains("unsaved edits: deploy.json"), qPrintable(dock->messageLabel()->text()));
    QFile f(m_dir->filePath("deploy.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    QVERIFY(!f.readAll().contains("From the org"));
    // The org check of the window's action: names only, on request.
    const int before = m_port->hitsOf("GET", "/v1/organization/secrets").size();
    QCOMPARE(before, 0);
    w->document()->setValue("/invocationMethod/headers",
                            parseJson(QByteArray(R"({"A":"{{ .secrets.GITHUB_TOKEN }}","B":"{{ .secrets.NOT_THERE }}"})")).value);
    dock->action("checkSecrets")->trigger();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->session()->isBusy(), 20000);
    QCOMPARE(m_port->hitsOf("GET", "/v1/organization/secrets").size(), 1);
    QVERIFY2(dock->messageLabel()->text().contains("The org has no secret named: NOT_THERE"), qPrintable(dock->messageLabel()->text()));
    w->close();
    delete w;
}

void TestOrgDock::screenshots()
{
    const QString out = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (out.isEmpty())
        QSKIP("set AD_SCREENSHOT_DIR to write docs/screenshots/org-dock.png and org-diff.png");
    m_profiles->save({"prod", "eu", {}, "prod-client"});
    auto *w = new MainWindow;
    auto *preview = qobject_cast<PreviewDock *>(w->previewDock()->widget());
    QVERIFY(preview);
    preview->setWorkerBinary(QStringLiteral(AD_BINARY));
    w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    OrgDock *dock = installOrgDock(w, m_profiles.get());
    dock->setFolder(m_dir->path());
    dock->setConfirmer([](const QString &, const QString &) { return true; });
    QVERIFY(dock->selectProfile("staging"));
    refreshed(dock);
    dock->pullSelected();
    editFile("deploy.json", "\"Deploy\"", "\"Deploy now\"");
    editFile("deploy.json", "\"prod\"", "\"prod\", \"staging\"");
    m_port->editInOrg("scaffold", "description", JsonValue::fromString("Creates a service"));
    m_port->seed(R"({"identifier":"rotate_keys","title":"Rotate keys","trigger":{"type":"self-service","operation":"DAY-2","blueprintIdentifier":"cluster","userInputs":{"properties":{}}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/rotate"}})");
    QFile local(m_dir->filePath("restart.json"));
    QVERIFY(local.open(QIODevice::WriteOnly));
    local.write(QByteArray(kScaffold).replace("scaffold", "restart").replace("Scaffold", "Restart").replace("CREATE", "DAY-2"));
    local.close();
    refreshed(dock);
    QVERIFY(w->openFile(m_dir->filePath("deploy.json")));
    w->resize(1400, 860);
    w->show();
    QVERIFY(QTest::qWaitForWindowExposed(w));
    auto *host = w->findChild<QDockWidget *>("orgDock");
    host->show();
    host->raise();
    w->resizeDocks({host}, {520}, Qt::Horizontal);
    dock->select({"deploy"});
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && preview->renderCount() > 0, 20000);
    QTest::qWait(200);
    QDir().mkpath(out);
    QVERIFY(w->grab().save(out + "/org-dock.png"));
    OrgDiffDialog dlg(*dock->session()->item("deploy"), "Local", "Org (staging)");
    dlg.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dlg));
    QTest::qWait(100);
    QVERIFY(dlg.grab().save(out + "/org-diff.png"));
    OrgProfilesPage page(m_profiles.get());
    page.selectProfile("staging");
    page.resize(640, 340);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.grab().save(out + "/org-profiles.png"));
    w->close();
    delete w;
}

QTEST_MAIN(TestOrgDock)
#include "tst_orgdock.moc"
