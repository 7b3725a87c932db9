#include "app/jsonview/jsonstyle.h"

#include "app/util/themecolors.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#include <QFont>
#include <QPalette>

namespace ad::app {

void applyJsonStyle(QsciScintilla *editor, QsciLexerJSON *lexer, const QFont &font)
{
    const QPalette pal = editor->palette();
    const bool dark = isDarkPalette(pal);
    const QColor paper = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);

    lexer->setDefaultFont(font);
    lexer->setFont(font, -1);  // every style: one monospace font
    lexer->setDefaultPaper(paper);
    lexer->setPaper(paper, -1);
    lexer->setDefaultColor(ink);
    lexer->setColor(ink, -1);
    struct StyleColour {
        int style;
        QColor light, dark;
    };
    const StyleColour colours[] = {
        {QsciLexerJSON::Property, QColor(0x00, 0x55, 0xaa), QColor(0x9c, 0xdc, 0xfe)},
        {QsciLexerJSON::String, QColor(0xa3, 0x15, 0x15), QColor(0xce, 0x91, 0x78)},
        {QsciLexerJSON::UnclosedString, QColor(0xc0, 0x00, 0x00), QColor(0xff, 0x60, 0x60)},
        {QsciLexerJSON::Number, QColor(0x09, 0x86, 0x58), QColor(0xb5, 0xce, 0xa8)},
        {QsciLexerJSON::Keyword, QColor(0x00, 0x00, 0xff), QColor(0x56, 0x9c, 0xd6)},
        {QsciLexerJSON::EscapeSequence, QColor(0xee, 0x00, 0x00), QColor(0xd7, 0xba, 0x7d)},
        {QsciLexerJSON::Operator, ink, ink},
        {QsciLexerJSON::IRI, QColor(0x00, 0x66, 0x99), QColor(0x4e, 0xc9, 0xb0)},
        {QsciLexerJSON::Error, QColor(0xc0, 0x00, 0x00), QColor(0xff, 0x60, 0x60)},
    };
    for (const StyleColour &c : colours)
        lexer->setColor(dark ? c.dark : c.light, c.style);
    lexer->setPaper(dark ? QColor(0x5a, 0x1d, 0x1d) : QColor(0xff, 0xe0, 0xe0), QsciLexerJSON::Error);
    editor->setLexer(lexer);  // re-applies the lexer's styles

    const QColor margin = pal.color(QPalette::Window);
    editor->setMarginsBackgroundColor(margin);
    editor->setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    editor->setMarginsFont(font);
    editor->setFoldMarginColors(margin, margin);
    editor->setCaretForegroundColor(ink);
    editor->setCaretLineBackgroundColor(dark ? paper.lighter(130) : paper.darker(104));
    editor->setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    editor->setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    editor->setMatchedBraceBackgroundColor(dark ? QColor(0x3a, 0x5a, 0x3a) : QColor(0xc8, 0xf0, 0xc8));
    editor->setMatchedBraceForegroundColor(ink);
    editor->setUnmatchedBraceForegroundColor(QColor(0xe0, 0x30, 0x30));
}

}  // namespace ad::app
