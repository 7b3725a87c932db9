#pragma once
// Brings a named widget into view however deep it sits: the tab pages and docks around it are
// made current and shown, and the keyboard focus goes to its first field. Serves the GUI's
// --show option, which scripts/screenshots uses to open a tab without knowing where the layout
// puts it.

#include <QString>

class QWidget;

namespace ad::app {

// The descendant of `root` whose object name is `objectName`, brought forward and focused;
// nullptr (and nothing changed) when there is none.
QWidget *bringForward(QWidget *root, const QString &objectName);

}  // namespace ad::app
