#pragma once
// Status colours that keep their contrast in the light and the dark theme:
// error and warning text chosen from the palette's Base. Item views draw
// selected rows in HighlightedText whatever the item's foreground, so these
// never end up as red on the selection blue.

#include <QColor>

class QPalette;
class QWidget;

namespace ad::app {

bool isDarkPalette(const QPalette &p);
QColor errorTextColor(const QPalette &p);
QColor warningTextColor(const QPalette &p);

// Shows a label's text in the error colour (error) or the palette's own text
// colour.
void setErrorText(QWidget *label, bool error);
// Secondary text (notes, hints): the text colour mixed towards the window
// colour.
void setMuted(QWidget *label);

}  // namespace ad::app
