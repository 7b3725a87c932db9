#include "app/org/orginstall.h"

#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/org/orgdock.h"

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
    dock->setActionProvider([window] {
        window->document()->settle();
        return window->document()->action();
    });
    dock->setUnsavedFiles([window] {
        const Document *doc = window->document();
        return doc->isModified() && !doc->path().isEmpty() ? QStringList{doc->path()} : QStringList();
    });
    return dock;
}

}  // namespace ad::app
