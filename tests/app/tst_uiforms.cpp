// Qt Designer forms (issue 16 point 8): every ui/*.ui file is built into the app and its widgets
// exist by object name in the dialog or panel that uses it; the Find bar (point 1) has room for a
// typical search and opening it does not reflow the docks.
// Set AD_SCREENSHOT_DIR to also write the converted dialogs as <form>.png and the window with the
// Find bar as find-bar.png; with AD_TEST_LANG=de in German (<name>-de.png).
#include "app/designerapp.h"
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/files/gapdialog.h"
#include "app/firststartguide.h"
#include "app/helpdialogs.h"
#include "app/i18n/language.h"
#include "app/jsonview/findbar.h"
#include "app/jsonview/jsoneditor.h"
#include "app/jsonview/jsonview.h"
#include "app/mainwindow.h"
#include "app/org/orgprofilespage.h"
#include "app/preview/previewdock.h"
#include "app/runner/runnerservice.h"
#include "app/runner/runnersettingspages.h"
#include "app/settings/settingsdialog.h"
#include "runner/port/portprofiles.h"
#include "runner/secretstore.h"

#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <functional>
#include <memory>

using namespace ad;
using namespace ad::app;

namespace {

// The object names a form gives its widgets (the root's first).
QStringList widgetNames(const QString &uiFile)
{
    QFile f(uiFile);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QStringList names;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("widget"))
            names << xml.attributes().value(QLatin1String("name")).toString();
    return names;
}

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QTest::qWait(100);
    const QString lang = qEnvironmentVariable("AD_TEST_LANG");
    QVERIFY(w->grab().save(dir + QLatin1Char('/') +
                           (lang.isEmpty() ? name
                                           : QString(name).replace(QLatin1String(".png"),
                                                                   QLatin1Char('-') + lang + QLatin1String(".png")))));
}

}  // namespace

class TstUiForms : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    MemorySecretStore m_store;
    std::unique_ptr<RunnerService> m_service;
    std::unique_ptr<QSettings> m_orgSettings;
    std::unique_ptr<PortProfiles> m_profiles;

    // What builds the widget a form is for; `renamed` maps a form's object name to the one the code
    // gives the widget (the runner's secret fields carry their keychain key).
    struct Use {
        std::function<QWidget *(QWidget *host)> build;
        QHash<QString, QString> renamed;
        bool rootNamed = true;  // false: the form's root is only a container
    };
    QHash<QString, Use> uses();

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (qEnvironmentVariableIsSet("AD_TEST_LANG"))
            QVERIFY(installTranslators(qEnvironmentVariable("AD_TEST_LANG")));
        PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
        QSettings().remove(QStringLiteral("firstStart/guideDismissed"));
        m_service = std::make_unique<RunnerService>(m_dir.filePath(QStringLiteral("history.sqlite")), &m_store);
        m_orgSettings = std::make_unique<QSettings>(m_dir.filePath(QStringLiteral("org.ini")), QSettings::IniFormat);
        m_profiles = std::make_unique<PortProfiles>(m_orgSettings.get(), &m_store);
    }
    void cleanupTestCase()
    {
        m_profiles.reset();
        m_service.reset();
    }
    void everyFormIsUsed_data();
    void everyFormIsUsed();
    void findBarFieldFitsATypicalSearch();
    void findBarDoesNotReflowTheDocks();
};

QHash<QString, TstUiForms::Use> TstUiForms::uses()
{
    QHash<QString, Use> u;
    u[QStringLiteral("findbar")] = {[](QWidget *host) -> QWidget * {
                                        auto *editor = new JsonEditor(host);
                                        auto *bar = new FindBar(
                                            editor, [](const QString &) {}, host);
                                        bar->showReplace();
                                        return bar;
                                    },
                                    {}};
    u[QStringLiteral("settingsgeneralpage")] = {[](QWidget *host) -> QWidget * {
                                                    auto *d = new SettingsDialog(host);
                                                    return d->page(SettingsDialog::General);
                                                },
                                                {}};
    u[QStringLiteral("runnersettingspages")] = {[this](QWidget *host) -> QWidget * {
                                                    auto *pages = new RunnerSettingsPages(m_service.get(), host);
                                                    pages->backendsPage()->show();
                                                    pages->runnerPage()->show();
                                                    return host;
                                                },
                                                {{QStringLiteral("portClientId"), secretkeys::PortClientId},
                                                 {QStringLiteral("portClientSecret"), secretkeys::PortClientSecret},
                                                 {QStringLiteral("githubToken"), secretkeys::GitHubToken},
                                                 {QStringLiteral("gitlabToken"), secretkeys::GitLabToken},
                                                 {QStringLiteral("gitlabTriggerToken"), secretkeys::GitLabTriggerToken},
                                                 {QStringLiteral("kafkaPassword"), secretkeys::KafkaPassword}},
                                                false};
    u[QStringLiteral("orgprofilespage")] = {
        [this](QWidget *host) -> QWidget * { return new OrgProfilesPage(m_profiles.get(), host); }, {}};
    u[QStringLiteral("aboutdialog")] = {[](QWidget *host) -> QWidget * { return createAboutDialog(host); }, {}};
    u[QStringLiteral("shortcutsdialog")] = {
        [](QWidget *host) -> QWidget * { return createShortcutsDialog(qobject_cast<QMainWindow *>(host->window())); },
        {}};
    u[QStringLiteral("gapdialog")] = {[](QWidget *host) -> QWidget * {
                                          return new GapDialog(QStringLiteral("Terraform"),
                                                               {{QStringLiteral("/trigger/x"), QStringLiteral("why")}},
                                                               host);
                                      },
                                      {}};
    u[QStringLiteral("firststartguide")] = {[](QWidget *host) -> QWidget * {
                                                auto *w = qobject_cast<MainWindow *>(host->window());
                                                return FirstStartGuide::showIn(w);
                                            },
                                            {}};
    return u;
}

void TstUiForms::everyFormIsUsed_data()
{
    QTest::addColumn<QString>("form");
    const QStringList files =
        QDir(QStringLiteral(AD_UI_DIR)).entryList({QStringLiteral("*.ui")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 8);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << f;
}

void TstUiForms::everyFormIsUsed()
{
    QFETCH(QString, form);
    const QString base = form.chopped(3);
    const QHash<QString, Use> all = uses();
    QVERIFY2(all.contains(base), qPrintable(form + QLatin1String(" is used by nothing this test knows: add it here")));
    const Use use = all.value(base);

    MainWindow window;
    QWidget *built = use.build(window.centralWidget());
    QVERIFY(built);
    const QStringList names = widgetNames(QStringLiteral(AD_UI_DIR "/") + form);
    QVERIFY(names.size() > 1);
    if (use.rootNamed)
        QCOMPARE(built->objectName(), names.first());
    for (const QString &name : names.mid(1)) {
        const QString expected = use.renamed.value(name, name);
        QVERIFY2(built->findChild<QWidget *>(expected), qPrintable(expected + QLatin1String(" missing")));
    }
    if (built->isWindow()) {
        shoot(built, base + QStringLiteral(".png"));
        delete built;
    }
}

void TstUiForms::findBarFieldFitsATypicalSearch()
{
    MainWindow w;
    w.resize(1280, 800);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.editorArea()->showJson();
    w.jsonView()->showFind();
    QLineEdit *find = w.jsonView()->findBar()->findEdit();
    QTRY_VERIFY(find->isVisible());
    const int thirtyChars = find->fontMetrics().horizontalAdvance(QString(30, QLatin1Char('x')));
    QVERIFY2(find->width() >= thirtyChars, qPrintable(QStringLiteral("%1 < %2").arg(find->width()).arg(thirtyChars)));
}

void TstUiForms::findBarDoesNotReflowTheDocks()
{
    QSettings().setValue(QStringLiteral("firstStart/guideDismissed"), true);  // not over the bar
    QTemporaryDir journal;
    DesignerApp app(journal.path());
    app.start({}, false);
    MainWindow *w = app.windows().constFirst();
    w->resize(1280, 800);
    QVERIFY(QTest::qWaitForWindowExposed(w));
    w->editorArea()->showJson();
    QTest::qWait(50);
    const auto dockGeometries = [w] {
        QList<QPair<QString, QRect>> out;
        for (QDockWidget *d : w->findChildren<QDockWidget *>())
            if (d->isVisible())
                out.append({d->objectName(), d->geometry()});
        return out;
    };
    const QSize minBefore = w->minimumSizeHint();
    const auto before = dockGeometries();
    QVERIFY(!before.isEmpty());
    for (bool replace : {false, true}) {
        if (replace)
            w->jsonView()->findBar()->showReplace();
        else
            w->jsonView()->showFind();
        QTRY_VERIFY(w->jsonView()->findBar()->isVisible());
        QTest::qWait(50);
        QCOMPARE(w->minimumSizeHint(), minBefore);
        QCOMPARE(dockGeometries(), before);
    }
    if (auto *preview = qobject_cast<PreviewDock *>(w->previewDock()->widget()))
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && preview->renderCount() > 0, 20000);
    shoot(w, QStringLiteral("find-bar.png"));
}

QTEST_MAIN(TstUiForms)
#include "tst_uiforms.moc"
