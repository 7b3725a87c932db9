// MainWindow's menus and shortcuts: standard keys (QKeySequence::StandardKey) wherever one exists.
#include "app/mainwindow.h"

#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/files/templates.h"
#include "app/helpdialogs.h"
#include "app/jsonview/jsonview.h"
#include "app/outline/outlineview.h"
#include "app/parteditor.h"
#include "app/problems/problemsdock.h"
#include "app/settings/appsettings.h"
#include "app/settings/settingsdialog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDockWidget>
#include <QFileInfo>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QUndoStack>

namespace ad::app {

namespace {

// `key` first (what the menu shows), then the platform's bindings: some platform themes bind
// nothing to Save As or Preferences, and the menu would show no shortcut at all.
QList<QKeySequence> keysWith(const QKeySequence &key, QKeySequence::StandardKey standard)
{
    QList<QKeySequence> keys = {key};
    for (const QKeySequence &k : QKeySequence::keyBindings(standard))
        if (!keys.contains(k))
            keys << k;
    return keys;
}

}  // namespace

QList<QAction *> MainWindow::globalActions() const
{
    // Keys that must work whatever has the focus (an editor claiming them through
    // ShortcutOverride, a floating dock being a window of its own): the window's own actions
    // (Run) and these.
    QList<QAction *> list = actions();
    for (const char *id : {"file.save", "file.saveAs", "file.settings"})
        if (QAction *a = action(QLatin1String(id)))
            list << a;
    return list;
}

QAction *MainWindow::addAction(const QString &id, const QString &text, const QKeySequence &key)
{
    auto *a = new QAction(text, this);
    a->setObjectName(id);
    if (!key.isEmpty())
        a->setShortcut(key);
    m_actions.insert(id, a);
    return a;
}

void MainWindow::openSettings(const QString &page)
{
    auto *dlg = qobject_cast<SettingsDialog *>(m_settings.data());
    if (!dlg) {
        dlg = new SettingsDialog(this, page.isEmpty() ? SettingsDialog::General : page);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        m_settings = dlg;
    } else if (!page.isEmpty()) {
        dlg->showPage(page);
    }
    dlg->show();
    dlg->raise();
    dlg->activateWindow();
}

void MainWindow::createMenus()
{
    // --- File ---
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QMenu *newMenu = file->addMenu(tr("&New"));
    newMenu->addSection(tr("Self-service action"));
    bool firstTemplate = true;
    bool automationSection = false;
    for (const ActionTemplate &t : actionTemplates()) {
        if (t.automation && !automationSection) {
            newMenu->addSection(tr("Automation"));
            automationSection = true;
        }
        QAction *a = addAction(QStringLiteral("file.new.") + t.id, t.menuText,
                               firstTemplate ? QKeySequence(QKeySequence::New) : QKeySequence());
        firstTemplate = false;
        connect(a, &QAction::triggered, this, [this, id = t.id] { targetWindow(QString())->newFromTemplate(id); });
        newMenu->addAction(a);
    }
    QAction *open = addAction(QStringLiteral("file.open"), tr("&Open…"), QKeySequence::Open);
    connect(open, &QAction::triggered, this, [this] { openFile(QString()); });
    file->addAction(open);
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    connect(&AppSettings::instance(), &AppSettings::recentFilesChanged, this, &MainWindow::updateRecentMenu);
    updateRecentMenu();
    QAction *importClip = addAction(QStringLiteral("file.importClipboard"), tr("&Import from Clipboard"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_V));
    connect(importClip, &QAction::triggered, this, [this] {
        QString error;
        if (!targetWindow(QString())->importText(QApplication::clipboard()->text().toUtf8(), &error))
            QMessageBox::warning(this, tr("Import from Clipboard"), error);
    });
    file->addAction(importClip);
    file->addSeparator();
    QAction *save = addAction(QStringLiteral("file.save"), tr("&Save"), QKeySequence::Save);
    connect(save, &QAction::triggered, this, &MainWindow::save);
    file->addAction(save);
    QAction *saveAs = addAction(QStringLiteral("file.saveAs"), tr("Save &As…"));
    saveAs->setShortcuts(keysWith(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), QKeySequence::SaveAs));
    connect(saveAs, &QAction::triggered, this, [this] { this->saveAs(); });
    file->addAction(saveAs);
    QAction *exportPort = addAction(QStringLiteral("file.exportForPort"), tr("&Export for Port…"),
                                    QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_E));
    exportPort->setStatusTip(tr("Write what POST /v1/actions accepts: API wrappers and server fields removed"));
    connect(exportPort, &QAction::triggered, this, [this] {
        QString error;
        if (!exportForPort(QString(), &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Export for Port"), error);
    });
    file->addAction(exportPort);
    QMenu *exportMenu = file->addMenu(tr("E&xport"));
    QAction *exportTf = addAction(QStringLiteral("file.export.terraform"), tr("&Terraform…"));
    exportTf->setStatusTip(tr("Write the actions as port_action resources for Port's Terraform provider"));
    connect(exportTf, &QAction::triggered, this, [this] {
        QString error;
        if (!exportTerraform(QString(), &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Export to Terraform"), error);
    });
    exportMenu->addAction(exportTf);
    QMenu *importMenu = file->addMenu(tr("I&mport"));
    QAction *importTf = addAction(QStringLiteral("file.import.terraformJson"), tr("&Terraform JSON…"));
    importTf->setStatusTip(tr("Open the port_action resources of 'terraform show -json' output or a state file"));
    connect(importTf, &QAction::triggered, this, [this] {
        QString error;
        if (!targetWindow(QString())->importTerraformJson(QString(), &error) && !error.isEmpty())
            QMessageBox::warning(this, tr("Import Terraform JSON"), error);
    });
    importMenu->addAction(importTf);
    file->addSeparator();
    QAction *prefs = addAction(QStringLiteral("file.settings"), tr("Se&ttings…"));
    prefs->setShortcuts(keysWith(QKeySequence(Qt::CTRL | Qt::Key_Comma), QKeySequence::Preferences));
    prefs->setMenuRole(QAction::PreferencesRole);
    connect(prefs, &QAction::triggered, this, [this] { openSettings(); });
    file->addAction(prefs);
    file->addSeparator();
    QAction *close = addAction(QStringLiteral("file.close"), tr("&Close"), QKeySequence::Close);
    connect(close, &QAction::triggered, this, &QWidget::close);
    file->addAction(close);
    QAction *quit = addAction(QStringLiteral("file.quit"), tr("&Quit"), QKeySequence::Quit);
    quit->setMenuRole(QAction::QuitRole);
    connect(quit, &QAction::triggered, qApp, &QApplication::closeAllWindows, Qt::QueuedConnection);
    file->addAction(quit);

    // --- Edit ---
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_doc->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    m_actions.insert(QStringLiteral("edit.undo"), undo);
    QAction *redo = m_doc->undoStack()->createRedoAction(this, tr("&Redo"));
    // Ctrl+Shift+Z everywhere, plus the platform's own (Ctrl+Y on Windows); a key listed twice
    // would make the shortcut ambiguous and dead.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    if (!redoKeys.contains(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)))
        redoKeys << QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z);
    redo->setShortcuts(redoKeys);
    m_actions.insert(QStringLiteral("edit.redo"), redo);
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    auto jsonAction = [this, edit](const QString &id, const QString &text, const QKeySequence &key,
                                   std::function<void(JsonView *)> fn) {
        QAction *a = addAction(id, text, key);
        connect(a, &QAction::triggered, this, [this, fn] {
            m_editors->showJson();
            fn(jsonView());
        });
        edit->addAction(a);
    };
    QAction *migrateAction = addAction(QStringLiteral("edit.migrate"), tr("&Migrate to Current Format…"));
    migrateAction->setStatusTip(tr("Convert legacy v1 actions and flat INTEGRATION_ACTION workflows to the format "
                                   "Port's API accepts (one undo step)"));
    connect(migrateAction, &QAction::triggered, this, &MainWindow::migrate);
    edit->addAction(migrateAction);
    edit->addSeparator();
    jsonAction(QStringLiteral("edit.find"), tr("&Find…"), QKeySequence::Find, [](JsonView *v) { v->showFind(); });
    jsonAction(QStringLiteral("edit.replace"), tr("R&eplace…"), QKeySequence(Qt::CTRL | Qt::Key_H),
               [](JsonView *v) { v->showReplace(); });
    jsonAction(QStringLiteral("edit.findNext"), tr("Find &Next"), QKeySequence::FindNext,
               [](JsonView *v) { v->findNext(); });
    jsonAction(QStringLiteral("edit.findPrevious"), tr("Find Pre&vious"), QKeySequence::FindPrevious,
               [](JsonView *v) { v->findPrevious(); });
    jsonAction(QStringLiteral("edit.goToLine"), tr("&Go to Line…"), QKeySequence(Qt::CTRL | Qt::Key_L),
               [](JsonView *v) { v->goToLineDialog(); });

    // --- View ---
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *toggle = addAction(QStringLiteral("view.toggleJson"), tr("Toggle &Form / JSON"),
                                QKeySequence(Qt::CTRL | Qt::Key_J));
    connect(toggle, &QAction::triggered, m_editors, &EditorArea::toggleJson);
    m_viewMenu->addAction(toggle);
    QAction *nextPart = addAction(QStringLiteral("view.nextPart"), tr("&Next Part"), QKeySequence(Qt::ALT | Qt::Key_Down));
    QAction *prevPart = addAction(QStringLiteral("view.previousPart"), tr("&Previous Part"), QKeySequence(Qt::ALT | Qt::Key_Up));
    auto stepPart = [this](int delta) {
        QListWidget *list = m_outline->partsList();
        const int row = qBound(0, list->currentRow() + delta, list->count() - 1);
        list->setCurrentRow(row);
    };
    connect(nextPart, &QAction::triggered, this, [stepPart] { stepPart(1); });
    connect(prevPart, &QAction::triggered, this, [stepPart] { stepPart(-1); });
    m_viewMenu->addAction(nextPart);
    m_viewMenu->addAction(prevPart);
    QAction *focusOutline = addAction(QStringLiteral("view.focusOutline"), tr("Focus &Outline"),
                                      QKeySequence(Qt::ALT | Qt::Key_0));
    connect(focusOutline, &QAction::triggered, this, [this] {
        m_outlineDock->show();
        m_outline->partsList()->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(focusOutline);
    QAction *focusProblems = addAction(QStringLiteral("view.focusProblems"), tr("Focus P&roblems"),
                                       QKeySequence(Qt::ALT | Qt::Key_6));
    connect(focusProblems, &QAction::triggered, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_problems->setFocus(Qt::ShortcutFocusReason);
    });
    m_viewMenu->addAction(focusProblems);
    m_viewMenu->addSeparator();
    for (QDockWidget *d : {m_outlineDock, m_problemsDock, m_previewDock, m_runnerDock})
        m_viewMenu->addAction(d->toggleViewAction());
    m_viewDocksEnd = m_viewMenu->addSeparator();
    QAction *reset = addAction(QStringLiteral("view.resetLayout"), tr("Reset &Layout"));
    reset->setStatusTip(tr("Put every pane back where it was at first start, sized for this window"));
    connect(reset, &QAction::triggered, this, &MainWindow::resetLayout);
    m_viewMenu->addAction(reset);

    // --- Help ---
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *keys = addAction(QStringLiteral("help.shortcuts"), tr("&Keyboard Shortcuts"),
                              QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(keys, &QAction::triggered, this, [this] {
        QDialog *dlg = createShortcutsDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
    });
    help->addAction(keys);
    QAction *docs = addAction(QStringLiteral("help.documentation"), tr("&Documentation"), QKeySequence::HelpContents);
    connect(docs, &QAction::triggered, this, [this] { openDocumentation(this); });
    help->addAction(docs);
    help->addSeparator();
    QAction *about = addAction(QStringLiteral("help.about"), tr("&About Action Designer"));
    about->setMenuRole(QAction::AboutRole);
    connect(about, &QAction::triggered, this, [this] {
        QDialog *dlg = createAboutDialog(this);
        dlg->setAttribute(Qt::WA_DeleteOnClose);
        dlg->show();
    });
    help->addAction(about);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    const QStringList files = AppSettings::instance().recentFiles();
    int n = 0;
    for (const QString &f : files) {
        ++n;
        QAction *a = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n % 10).arg(QFileInfo(f).fileName()));
        a->setToolTip(f);
        a->setStatusTip(f);
        connect(a, &QAction::triggered, this, [this, f] {
            QString error;
            if (!targetWindow(f)->openFile(f, &error))
                QMessageBox::warning(this, tr("Open Recent"), error);
        });
    }
    if (files.isEmpty())
        m_recentMenu->addAction(tr("(none)"))->setEnabled(false);
    m_recentMenu->addSeparator();
    QAction *clear = m_recentMenu->addAction(tr("&Clear List"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { AppSettings::instance().clearRecentFiles(); });
}

}  // namespace ad::app
