#include "app/jsonview/jsoneditor.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscistyle.h>

#include <QApplication>
#include <QFontDatabase>
#include <QToolTip>

namespace ad::app {

namespace {

enum Marker { ErrorMarker = 1, WarningMarker = 2 };
enum Indicator { TemplateIndicator = 8, ProblemIndicator = 9 };
constexpr int kProblemMarginMask = (1 << ErrorMarker) | (1 << WarningMarker);

bool isDark(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

// Scintilla byte position of a 1-based line and code-point column.
int positionOf(const QsciScintilla *e, int line, int column)
{
    const int lineStart = int(e->SendScintilla(QsciScintillaBase::SCI_POSITIONFROMLINE, qMax(0, line - 1)));
    if (lineStart < 0)
        return 0;
    const int lineEnd = int(e->SendScintilla(QsciScintillaBase::SCI_GETLINEENDPOSITION, qMax(0, line - 1)));
    int pos = lineStart;
    for (int c = 1; c < column && pos < lineEnd; ++c)
        pos = int(e->SendScintilla(QsciScintillaBase::SCI_POSITIONAFTER, pos));
    return pos;
}

// Byte length in UTF-8 of s[from, to).
int utf8Length(QStringView s)
{
    int n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (c < 0x80)
            n += 1;
        else if (c < 0x800)
            n += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < s.size() && QChar::isLowSurrogate(s.at(i + 1).unicode())) {
            n += 4;
            ++i;
        } else
            n += 3;
    }
    return n;
}

}  // namespace

JsonEditor::JsonEditor(QWidget *parent) : QsciScintilla(parent)
{
    setUtf8(true);
    m_lexer = new QsciLexerJSON(this);
    m_lexer->setFoldCompact(false);
    setLexer(m_lexer);

    setMarginLineNumbers(0, true);
    setMarginType(1, SymbolMargin);
    setMarginMarkerMask(1, kProblemMarginMask);
    setMarginWidth(1, 14);
    setMarginSensitivity(1, true);
    setFolding(BoxedTreeFoldStyle, 2);
    setBraceMatching(SloppyBraceMatch);
    setAutoIndent(true);
    setIndentationsUseTabs(false);
    setIndentationWidth(2);
    setTabWidth(2);
    setCaretLineVisible(true);
    setWrapMode(WrapNone);
    setAnnotationDisplay(AnnotationBoxed);

    markerDefine(Circle, ErrorMarker);
    markerDefine(Circle, WarningMarker);

    SendScintilla(SCI_INDICSETSTYLE, TemplateIndicator, INDIC_STRAIGHTBOX);
    SendScintilla(SCI_INDICSETUNDER, TemplateIndicator, true);
    SendScintilla(SCI_INDICSETALPHA, TemplateIndicator, 70);
    SendScintilla(SCI_INDICSETOUTLINEALPHA, TemplateIndicator, 160);
    SendScintilla(SCI_INDICSETSTYLE, ProblemIndicator, INDIC_SQUIGGLE);

    // The Document owns undo: Scintilla keeps no history and leaves the keys to the window.
    SendScintilla(SCI_SETUNDOCOLLECTION, false);
    for (auto cmd : {QsciCommand::Undo, QsciCommand::Redo}) {
        if (QsciCommand *c = standardCommands()->find(cmd)) {
            c->setKey(0);
            c->setAlternateKey(0);
        }
    }
    // Ctrl+L is "go to line" in this app, not Scintilla's "cut line".
    if (QsciCommand *c = standardCommands()->boundTo((Qt::CTRL | Qt::Key_L).toCombined()))
        c->setKey(0);

    SendScintilla(SCI_SETMOUSEDWELLTIME, 400);
    connect(this, &QsciScintillaBase::SCN_DWELLSTART, this, &JsonEditor::showDwellTip);
    connect(this, &QsciScintillaBase::SCN_DWELLEND, this, [] { QToolTip::hideText(); });
    connect(this, &QsciScintilla::textChanged, this, &JsonEditor::updateTemplateIndicators);

    applyAppearance(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void JsonEditor::applyAppearance(const QFont &font)
{
    m_font = font;
    const QPalette pal = palette();
    const bool dark = isDark(pal);
    const QColor paper = pal.color(QPalette::Base);
    const QColor ink = pal.color(QPalette::Text);

    m_lexer->setDefaultFont(font);
    m_lexer->setFont(font, -1);  // every style: one monospace font
    m_lexer->setDefaultPaper(paper);
    m_lexer->setPaper(paper, -1);
    m_lexer->setDefaultColor(ink);
    m_lexer->setColor(ink, -1);
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
        m_lexer->setColor(dark ? c.dark : c.light, c.style);
    m_lexer->setPaper(dark ? QColor(0x5a, 0x1d, 0x1d) : QColor(0xff, 0xe0, 0xe0), QsciLexerJSON::Error);
    setLexer(m_lexer);  // re-applies the lexer's styles

    const QColor margin = pal.color(QPalette::Window);
    setMarginsBackgroundColor(margin);
    setMarginsForegroundColor(pal.color(QPalette::PlaceholderText));
    setMarginsFont(font);
    setMarginWidth(0, QStringLiteral("00000"));
    setFoldMarginColors(margin, margin);
    setCaretForegroundColor(ink);
    setCaretLineBackgroundColor(dark ? paper.lighter(130) : paper.darker(104));
    setSelectionBackgroundColor(pal.color(QPalette::Highlight));
    setSelectionForegroundColor(pal.color(QPalette::HighlightedText));
    setMatchedBraceBackgroundColor(dark ? QColor(0x3a, 0x5a, 0x3a) : QColor(0xc8, 0xf0, 0xc8));
    setMatchedBraceForegroundColor(ink);
    setUnmatchedBraceForegroundColor(QColor(0xe0, 0x30, 0x30));

    setMarkerBackgroundColor(QColor(0xd0, 0x30, 0x30), ErrorMarker);
    setMarkerForegroundColor(QColor(0xd0, 0x30, 0x30), ErrorMarker);
    setMarkerBackgroundColor(QColor(0xe0, 0xa0, 0x20), WarningMarker);
    setMarkerForegroundColor(QColor(0xe0, 0xa0, 0x20), WarningMarker);
    SendScintilla(SCI_INDICSETFORE, TemplateIndicator, dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x80, 0x40, 0xc0));
    SendScintilla(SCI_INDICSETFORE, ProblemIndicator, QColor(0xe0, 0x30, 0x30));
    setProblems(m_problems);  // annotation styles depend on the font
}

void JsonEditor::changeEvent(QEvent *e)
{
    QsciScintilla::changeEvent(e);
    if (e->type() == QEvent::PaletteChange)
        applyAppearance(m_font);
}

void JsonEditor::replaceTextMinimally(const QString &text)
{
    const QString old = QsciScintilla::text();
    if (old == text)
        return;
    qsizetype prefix = 0;
    const qsizetype maxPrefix = qMin(old.size(), text.size());
    while (prefix < maxPrefix && old.at(prefix) == text.at(prefix))
        ++prefix;
    if (prefix > 0 && old.at(prefix - 1).isHighSurrogate())
        --prefix;
    qsizetype suffix = 0;
    const qsizetype maxSuffix = qMin(old.size(), text.size()) - prefix;
    while (suffix < maxSuffix && old.at(old.size() - 1 - suffix) == text.at(text.size() - 1 - suffix))
        ++suffix;
    if (suffix > 0 && old.at(old.size() - suffix).isLowSurrogate())
        --suffix;

    const int start = utf8Length(QStringView(old).left(prefix));
    const int oldLen = utf8Length(QStringView(old).mid(prefix, old.size() - prefix - suffix));
    const QByteArray repl = QStringView(text).mid(prefix, text.size() - prefix - suffix).toUtf8();
    const int firstVisible = firstVisibleLine();
    SendScintilla(SCI_SETTARGETRANGE, start, start + oldLen);
    SendScintilla(SCI_REPLACETARGET, repl.size(), repl.constData());
    setFirstVisibleLine(firstVisible);
}

void JsonEditor::updateTemplateIndicators()
{
    const int length = int(SendScintilla(SCI_GETLENGTH));
    SendScintilla(SCI_SETINDICATORCURRENT, TemplateIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);
    m_templateRanges.clear();
    // Scan the UTF-8 bytes: Scintilla positions are byte offsets.
    const QByteArray bytes = QsciScintilla::text().toUtf8();
    qsizetype from = 0;
    while (true) {
        const qsizetype open = bytes.indexOf("{{", from);
        if (open < 0)
            break;
        const qsizetype close = bytes.indexOf("}}", open + 2);
        const qsizetype newline = bytes.indexOf('\n', open);
        // An unclosed region stops at the end of its line rather than painting the whole file.
        qsizetype end = close < 0 ? (newline < 0 ? bytes.size() : newline) : close + 2;
        if (close >= 0 && newline >= 0 && newline < close)
            end = newline;
        SendScintilla(SCI_INDICATORFILLRANGE, int(open), int(end - open));
        m_templateRanges.append({int(open), int(end)});
        from = end;
    }
}

void JsonEditor::setProblems(const QList<EditorProblem> &problems)
{
    m_problems = problems;
    markerDeleteAll(ErrorMarker);
    markerDeleteAll(WarningMarker);
    clearAnnotations();
    const int length = int(SendScintilla(SCI_GETLENGTH));
    SendScintilla(SCI_SETINDICATORCURRENT, ProblemIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, 0, length);

    QMap<int, QStringList> perLine;
    QMap<int, bool> lineIsError;
    for (const EditorProblem &p : problems) {
        if (p.line <= 0 || p.line > lines())
            continue;
        markerAdd(p.line - 1, p.error ? ErrorMarker : WarningMarker);
        perLine[p.line - 1].append(p.message);
        lineIsError[p.line - 1] = lineIsError.value(p.line - 1) || p.error;
        const int pos = positionOf(this, p.line, qMax(1, p.column));
        const int wordEnd = int(SendScintilla(SCI_WORDENDPOSITION, pos, false));
        const int lineEnd = int(SendScintilla(SCI_GETLINEENDPOSITION, p.line - 1));
        int end = qMax(pos + 1, wordEnd);
        end = qMin(end, qMax(pos + 1, lineEnd));
        SendScintilla(SCI_INDICATORFILLRANGE, pos, end - pos);
    }
    QsciStyle errorStyle(-1, QStringLiteral("problem"), QColor(0xb0, 0x20, 0x20),
                         palette().color(QPalette::Base), m_font);
    QsciStyle warnStyle(-1, QStringLiteral("warning"), QColor(0x90, 0x60, 0x00),
                        palette().color(QPalette::Base), m_font);
    if (isDark(palette())) {
        errorStyle.setColor(QColor(0xff, 0x80, 0x80));
        warnStyle.setColor(QColor(0xff, 0xc0, 0x60));
    }
    for (auto it = perLine.cbegin(); it != perLine.cend(); ++it)
        annotate(it.key(), it.value().join(QLatin1Char('\n')), lineIsError.value(it.key()) ? errorStyle : warnStyle);
}

void JsonEditor::showDwellTip(int position, int x, int y)
{
    if (position < 0)
        return;
    const int line = int(SendScintilla(SCI_LINEFROMPOSITION, position)) + 1;
    QStringList texts;
    for (const EditorProblem &p : std::as_const(m_problems))
        if (p.line == line)
            texts << p.message;
    if (texts.isEmpty())
        return;
    QToolTip::showText(viewport()->mapToGlobal(QPoint(x, y)), texts.join(QLatin1Char('\n')), this);
}

void JsonEditor::goTo(int line, int column)
{
    line = qBound(1, line, qMax(1, lines()));
    const int pos = positionOf(this, line, qMax(1, column));
    SendScintilla(SCI_GOTOPOS, pos);
    SendScintilla(SCI_SCROLLCARET);
    const int visible = int(SendScintilla(SCI_LINESONSCREEN));
    setFirstVisibleLine(qMax(0, line - 1 - visible / 2));
    setFocus(Qt::OtherFocusReason);
}

int JsonEditor::caretLine() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);
    return line + 1;
}

int JsonEditor::caretColumn() const
{
    int line = 0, index = 0;
    getCursorPosition(&line, &index);  // QScintilla's index counts characters
    return index + 1;
}

}  // namespace ad::app
