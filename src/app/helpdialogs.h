#pragma once
// The Help menu's dialogs: Keyboard Shortcuts (generated from the window's
// menus and actions, so it cannot drift from what the keys do), About (version,
// jq engine, licences) and where the documentation is.

#include <QList>
#include <QString>
#include <QStringList>

class QDialog;
class QMainWindow;
class QWidget;

namespace ad::app {

struct ShortcutEntry {
    QString menu;    // "File", "File > New"; "Window" for actions outside the menus
    QString command; // the action's text without its mnemonic
    QString keys;    // every shortcut, native text, ", "-separated
};

// Every action of the window's menu bar (and the window's own actions) that has
// a shortcut, in menu order.
QList<ShortcutEntry> shortcutEntries(const QMainWindow *window);
QDialog *createShortcutsDialog(QMainWindow *window);

// The About text (rich text): version, engine, Qt, licences.
QString aboutHtml();
QDialog *createAboutDialog(QWidget *parent);

// Where the documentation is: the repository's docs/ when run from a build,
// else the installed /usr/share/doc/action-designer; empty when neither exists.
// `searched` gets the places looked at.
QString documentationDir(QStringList *searched = nullptr);
// Opens it with the desktop's file manager, or says where it looked.
void openDocumentation(QWidget *parent);

} // namespace ad::app
