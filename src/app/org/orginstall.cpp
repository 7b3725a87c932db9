#include "app/org/orginstall.h"

#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/org/orgdock.h"
#include "app/org/orgprofilespage.h"
#include "app/preview/previewdock.h"
#include "app/settings/settingsdialog.h"

#include <QDockWidget>
#include <QStatusBar>

namespace ad::app {

OrgDock *installOrgDock(MainWindow *window, PortProfiles *profiles)
{
    auto *dock = new OrgDock(profiles, window);
    QDockWidget *host = window->addDock(QStringLiteral("orgDock"), QObject::tr("Organization"), dock, Qt::LeftDockWidgetArea);
    window->tabifyDockWidget(window->outlineDock(), host);
    window->outlineDock()->raise();
    dock->setFileOpener([window](const QString &path) {
        QString error;
        if (!window->openFile(path, &error))
            window->statusBar()->showMessage(error, 8000);
    });
    // A scenario made from a run: the file opened (or, when open without unsaved edits, its
    // scenarios read again), the scenario active so the Preview compares with Port's payload.
    dock->setScenarioOpener([window](const QString &path, const QString &scenario) {
        auto *preview = qobject_cast<PreviewDock *>(window->previewDock()->widget());
        QString error;
        if (window->showsFile(path)) {
            if (preview && !preview->loadScenarios(path, &error))
                window->statusBar()->showMessage(error, 8000);
        } else if (!window->openFile(path, &error)) {
            window->statusBar()->showMessage(error, 8000);
            return;
        }
        if (preview && window->showsFile(path))
            preview->setActiveScenario(scenario);
    });
    dock->setActionProvider([window] {
        window->document()->settle();
        return window->document()->action();
    });
    dock->setUnsavedFiles([window] {
        const Document *doc = window->document();
        return doc->isModified() && !doc->path().isEmpty() ? QStringList{doc->path()} : QStringList();
    });
    // Org profiles are a page of the one Settings dialog (Ctrl+,), beside the runner's secrets.
    SettingsDialog::registerPage({QStringLiteral("organization"), QObject::tr("Organization"),
                                  [profiles](QWidget *parent, std::function<bool()> *) -> QWidget * {
                                      return new OrgProfilesPage(profiles, parent);
                                  }});
    dock->setProfilesOpener([window] { window->openSettings(QStringLiteral("organization")); });
    return dock;
}

}  // namespace ad::app
