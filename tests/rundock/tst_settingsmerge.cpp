// One settings place and honest secrets (issue 13, points 4 and 5): File ▸ Settings, Ctrl+, from
// anywhere (a floating dock included) and the Runner dock's Settings button open the same dialog
// with General, Backends and secrets, and Runner pages; without a keychain a secret is never
// reported stored: the user is told and chooses this session only or the named environment variable.
// Set AD_SCREENSHOT_DIR to also write docs/screenshots/settings-merged.png, secrets-no-keychain.png.
#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/runner/runnerdock.h"
#include "app/runner/runnerinstall.h"
#include "app/runner/runnerservice.h"
#include "app/runner/runnersettingspages.h"
#include "app/settings/settingsdialog.h"
#include "runner/secretstore.h"

#include "../common/guifixture.h"
#include "servicefixture.h"

#include <QAction>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

// A secret store like a session without a reachable keychain: nothing can be written.
class NoKeychain : public SecretStore {
public:
    std::optional<QString> read(const QString &) override { return std::nullopt; }
    bool write(const QString &, const QString &) override
    {
        m_lastError = QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files");
        return false;
    }
    bool remove(const QString &) override { return true; }
};

}  // namespace

class TstSettingsMerge : public QObject, private ServiceFixture<NoKeychain> {
    Q_OBJECT
private slots:
    void initTestCase() { startService(); }
    void cleanupTestCase() { stopService(); }
    void oneDialogWithPages();
    void ctrlCommaFromAFloatingDock();
    void runnerDockOpensRunnerPage();
    void noKeychainIsSaidPlainly();
    void hintsNameExistingPages();
};

void TstSettingsMerge::oneDialogWithPages()
{
    MainWindow w;
    installRunnerDock(&w, m_service.get());
    SettingsDialog d(&w);
    QCOMPARE(d.pageIds(), (QStringList{SettingsDialog::General, SettingsDialog::Backends, SettingsDialog::Runner}));
    QVERIFY(d.page(SettingsDialog::Backends)->findChild<QLineEdit *>(secretkeys::GitHubToken));
    QVERIFY(d.page(SettingsDialog::Runner)->findChild<QLineEdit *>(QStringLiteral("kafkaBootstrap")));
    d.showPage(SettingsDialog::Backends);
    guifixture::shootShown(&d, QStringLiteral("settings-merged.png"));
}

void TstSettingsMerge::ctrlCommaFromAFloatingDock()
{
    MainWindow w;
    installRunnerDock(&w, m_service.get());
    w.show();
    QDockWidget *dock = w.previewDock();
    dock->setFloating(true);
    dock->show();
    auto *edit = dock->findChild<QLineEdit *>(QStringLiteral("userEmail"));
    QVERIFY(edit);
    edit->activateWindow();
    edit->setFocus();
    QTest::keyClick(edit, Qt::Key_Comma, Qt::ControlModifier);
    auto *d = w.findChild<SettingsDialog *>();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    QCOMPARE(d->currentPage(), SettingsDialog::General);
    // The File menu command opens the same dialog, not a second one.
    w.action(QStringLiteral("file.settings"))->trigger();
    QCOMPARE(w.findChildren<SettingsDialog *>().size(), 1);
    d->close();
}

void TstSettingsMerge::runnerDockOpensRunnerPage()
{
    MainWindow w;
    RunnerDock *dock = installRunnerDock(&w, m_service.get());
    dock->action(QStringLiteral("settings"))->trigger();
    auto *d = w.findChild<SettingsDialog *>();
    QVERIFY(d);
    QVERIFY(d->isVisible());
    QCOMPARE(d->currentPage(), SettingsDialog::Runner);
    d->close();
}

void TstSettingsMerge::noKeychainIsSaidPlainly()
{
    QWidget host;
    RunnerSettingsPages pages(m_service.get(), &host);
    QList<Question> asked;
    QString answer;
    pages.setAsker([&](const Question &q) {
        asked << q;
        return int(q.buttons.indexOf(answer));
    });
    QLineEdit *token = pages.secretField(secretkeys::GitHubToken);

    // Cancel: not stored, and the page says so (no "stored").
    answer = QStringLiteral("Cancel");
    token->setText(QStringLiteral("ghp_abc"));
    QVERIFY(!pages.apply());
    QCOMPARE(asked.size(), 1);
    QVERIFY2(asked.first().intro.contains(QStringLiteral("No keychain is available")), qPrintable(asked.first().intro));
    QVERIFY2(asked.first().intro.contains(QStringLiteral("GITHUB_TOKEN")), qPrintable(asked.first().intro));
    QVERIFY(asked.first().buttons.contains(RunnerSettingsPages::keepForSessionText()));
    QVERIFY(asked.first().buttons.contains(RunnerSettingsPages::useEnvironmentText()));
    QVERIFY(pages.messageLabel()->text().contains(QStringLiteral("not stored")));
    QVERIFY(!m_service->secrets()->read(secretkeys::GitHubToken).has_value());
    QVERIFY(!token->placeholderText().startsWith(QStringLiteral("stored")));
    if (!qEnvironmentVariableIsEmpty("AD_SCREENSHOT_DIR")) {
        ReportDialog d(asked.first());
        guifixture::shootShown(&d, QStringLiteral("secrets-no-keychain.png"));
    }

    // The environment variable: not stored, and the message names it.
    answer = RunnerSettingsPages::useEnvironmentText();
    token->setText(QStringLiteral("ghp_abc"));
    QVERIFY(!pages.apply());
    QVERIFY(pages.messageLabel()->text().contains(QStringLiteral("GITHUB_TOKEN")));

    // This session only: the runner reads it, and the field says where it lives.
    answer = RunnerSettingsPages::keepForSessionText();
    token->setText(QStringLiteral("ghp_abc"));
    QVERIFY(pages.apply());
    QCOMPARE(m_service->secrets()->read(secretkeys::GitHubToken).value_or(QString()), QStringLiteral("ghp_abc"));
    QVERIFY(token->placeholderText().contains(QStringLiteral("session only")));
    QVERIFY(pages.messageLabel()->text().contains(QStringLiteral("session only")));
}

void TstSettingsMerge::hintsNameExistingPages()
{
    // The runner's "no token" messages send the user to Settings > Backends and secrets.
    MainWindow w;
    installRunnerDock(&w, m_service.get());
    SettingsDialog d(&w);
    QStringList titles;
    for (int i = 0; i < d.findChild<QListWidget *>(QStringLiteral("settingsPages"))->count(); ++i)
        titles << d.findChild<QListWidget *>(QStringLiteral("settingsPages"))->item(i)->text();
    QVERIFY(titles.contains(QStringLiteral("Backends and secrets")));
    QVERIFY(titles.contains(QStringLiteral("Runner")));
    for (const char *file : {"githubjob.cpp", "gitlabjob.cpp", "upsertjob.cpp"}) {
        QFile f(QStringLiteral(AD_SOURCE_DIR "/src/runner/") + QLatin1String(file));
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray src = f.readAll();
        QVERIFY2(src.contains("Settings > Backends and secrets"), file);
        QVERIFY2(!src.contains("Settings > Secrets"), file);
    }
}

QTEST_MAIN(TstSettingsMerge)
#include "tst_settingsmerge.moc"
