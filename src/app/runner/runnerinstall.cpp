#include "app/runner/runnerinstall.h"

#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/runner/runnerdock.h"
#include "app/runner/runnerservice.h"
#include "app/runner/runnersettingspages.h"
#include "app/settings/settingsdialog.h"

#include <QAction>
#include <QDockWidget>
#include <QPointer>
#include <QStatusBar>
#include <QMenu>
#include <QMenuBar>
#include <QToolBar>

namespace ad::app {

RunnerDock *installRunnerDock(MainWindow *window, RunnerService *service)
{
    auto *dock = new RunnerDock(service, window);
    QDockWidget *host = window->runnerDock();
    delete host->widget();
    host->setWidget(dock);

    QPointer<Document> doc = window->document();
    QPointer<PreviewDock> preview = qobject_cast<PreviewDock *>(window->previewDock()->widget());
    // Scenario secrets typed in the preview live where the runner reads tokens: the keychain.
    if (preview) {
        preview->setSecretResolver(service->secretResolver());
        preview->setSessionResolver(service->sessionResolver());
    }
    // The runner's pages of the one Settings dialog.
    QPointer<RunnerService> svc = service;
    SettingsDialog::registerPage({SettingsDialog::Backends, QObject::tr("Backends and secrets"),
                                  [svc](QWidget *parent, std::function<bool()> *apply) -> QWidget * {
                                      if (!svc)
                                          return nullptr;
                                      auto *pages = new RunnerSettingsPages(svc, parent);
                                      *apply = [pages] { return pages->apply(); };
                                      return pages->backendsPage();
                                  }});
    SettingsDialog::registerPage({SettingsDialog::Runner, QObject::tr("Runner"),
                                  [](QWidget *parent, std::function<bool()> *) -> QWidget * {
                                      auto *pages = parent->findChild<RunnerSettingsPages *>();
                                      return pages ? pages->runnerPage() : nullptr;
                                  }});
    QObject::connect(dock, &RunnerDock::settingsRequested, window,
                     [window] { window->openSettings(SettingsDialog::Runner); });
    dock->setSourceProvider([doc, preview](QString *error) -> std::optional<RunSource> {
        if (doc)
            doc->settle();  // run exactly the text on screen, even mid-parse
        if (!doc || !doc->action().isObject()) {
            *error = QObject::tr("There is no action to run: open or create one first.");
            return std::nullopt;
        }
        RunSource s;
        s.action = doc->action();
        s.actionPath = doc->path();
        // The preview's active scenario, as edited (also unsaved); else the sidecar's on disk.
        if (preview)
            if (const Scenario *active = preview->scenarios().activeScenario())
                s.scenario = *active;
        return s;
    });

    auto *bar = window->addToolBar(QObject::tr("Run"));
    bar->setObjectName(QStringLiteral("runToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->setIconSize(QSize(16, 16));
    QAction *run = dock->action(QStringLiteral("run"));
    bar->addAction(run);
    bar->addAction(dock->action(QStringLiteral("cancel")));
    // Ctrl+R works anywhere in the window, and running shows the dock.
    static_cast<QWidget *>(window)->addAction(run);
    // The Run menu, before Help: where menu users (and the Keyboard Shortcuts list) find Run.
    auto *runMenu = new QMenu(QObject::tr("&Run"), window);
    runMenu->setObjectName(QStringLiteral("runMenu"));
    runMenu->addAction(run);
    QAction *local = dock->action(QStringLiteral("runLocalBackend"));
    runMenu->addAction(local);
    runMenu->addAction(dock->action(QStringLiteral("cancel")));
    // Greyed out for actions it cannot stand in for, with the reason where the pointer is.
    QObject::connect(runMenu, &QMenu::aboutToShow, local, [local, doc, svc, tip = local->toolTip()] {
        const QString why = doc && svc ? svc->localBackendUnavailable(doc->action()) : QString();
        local->setEnabled(why.isEmpty());
        local->setToolTip(why.isEmpty() ? tip : why);
        local->setStatusTip(why.isEmpty() ? tip : why);
    });
    runMenu->setToolTipsVisible(true);
    QObject::connect(local, &QAction::triggered, host, [host] {
        host->show();
        host->raise();
    });
    QMenu *help = window->menuBar()->findChild<QMenu *>(QStringLiteral("helpMenu"));
    if (help)
        window->menuBar()->insertMenu(help->menuAction(), runMenu);
    else
        window->menuBar()->addMenu(runMenu);
    QObject::connect(run, &QAction::triggered, host, [host] {
        host->show();
        host->raise();
    });
    QObject::connect(dock, &RunnerDock::message, window, [window](const QString &m) { window->statusBar()->showMessage(m, 5000); });
    return dock;
}

}  // namespace ad::app
