#pragma once
// The JSON colours and font of every QScintilla in the app (the main JSON view
// and the JSON fields of the forms), taken from the widget's palette so both
// themes read the same way. One place, so an embedded editor never keeps
// Scintilla's light defaults in the dark theme.

class QFont;
class QsciLexerJSON;
class QsciScintilla;

namespace ad::app {

// Applies font, lexer colours, margins, caret, selection and brace colours from
// editor->palette(). The lexer must be the editor's lexer.
void applyJsonStyle(QsciScintilla *editor, QsciLexerJSON *lexer, const QFont &font);

}  // namespace ad::app
