#pragma once
// Toolbar icons drawn from monochrome SVGs (resources/icons,
// fill="currentColor") in the current palette's button text colour, looked up
// at paint time: they read in the light and the dark theme and follow a theme
// switch without being re-created.

#include <QColor>
#include <QIcon>
#include <QString>

class QPalette;

namespace ad::app {

// name: the file under :/icons without ".svg" (run, stop, rerun, delete).
QIcon themedIcon(const QString &name);

// The colour themedIcon paints with for a palette and mode (exposed for tests).
QColor themedIconColor(const QPalette &palette, QIcon::Mode mode);

}  // namespace ad::app
