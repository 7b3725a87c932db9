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

// How a status banner or table cell reads: passed, needs a look, failed, or no verdict.
enum class Tone { Success, Warning, Error, Neutral };
// A tone's background (a light tint in the light theme, a dark one in the dark theme) and the text
// that keeps its contrast on it.
QColor toneBackground(const QPalette &p, Tone tone);
QColor toneText(const QPalette &p, Tone tone);

// Shows a label's text in the error colour (error) or the palette's own text
// colour.
void setErrorText(QWidget *label, bool error);
// Secondary text (notes, hints): the text colour mixed towards the window
// colour.
void setMuted(QWidget *label);
// Shows a label as a banner of `tone` (filled background, matching text), recoloured when the theme
// changes. Through the palette: a style sheet set on the label would override it.
void setBanner(QWidget *label, Tone tone);

}  // namespace ad::app
