#include "app/jsonview/jsoneditor.h"

#include "app/jsonview/jsonstyle.h"
#include "app/util/themecolors.h"

#include <Qsci/qscicommand.h>
#include <Qsci/qscicommandset.h>
#include <Qsci/qscilexerjson.h>
#include <Qsci/qscistyle.h>

#include <QApplication>
#include <QFontDatabase>
#include <QToolTip>

#include <utility>

namespace ad::app {

namespace {

enum Marker { ErrorMarker = 1, WarningMarker = 2 };
enum Indicator { TemplateIndicator = 8, ProblemIndicator = 9 };
constexpr int kProblemMarginMask = (1 << ErrorMarker) | (1 << WarningMarker);

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
    connect(this, &QsciScintillaBase::SCN_MODIFIED, this,
            [this](int position, int type, const char *text, int length, int linesAdded, int, int, int, int, int) {
                textModified(position, type, text, length, linesAdded);
            });

    applyAppearance(QFontDatabase::systemFont(QFontDatabase::FixedFont));
}

void JsonEditor::applyAppearance(const QFont &font)
{
    m_font = font;
    const QPalette pal = palette();
    const bool dark = isDarkPalette(pal);
    const QColor paper = pal.color(QPalette::Base);
    applyJsonStyle(this, m_lexer, font);
    setMarginWidth(0, QStringLiteral("00000"));

    setMarkerBackgroundColor(QColor(0xd0, 0x30, 0x30), ErrorMarker);
    setMarkerForegroundColor(QColor(0xd0, 0x30, 0x30), ErrorMarker);
    setMarkerBackgroundColor(QColor(0xe0, 0xa0, 0x20), WarningMarker);
    setMarkerForegroundColor(QColor(0xe0, 0xa0, 0x20), WarningMarker);
    SendScintilla(SCI_INDICSETFORE, TemplateIndicator, dark ? QColor(0xc5, 0x86, 0xc0) : QColor(0x80, 0x40, 0xc0));
    SendScintilla(SCI_INDICSETFORE, ProblemIndicator, QColor(0xe0, 0x30, 0x30));
    // Annotation styles depend on the font and palette.
    QsciStyle errorStyle(m_errorStyle, QStringLiteral("problem"), errorTextColor(pal),
                         paper, font);
    QsciStyle warnStyle(m_warnStyle, QStringLiteral("warning"), warningTextColor(pal),
                        paper, font);
    errorStyle.apply(this);
    warnStyle.apply(this);
    m_errorStyle = errorStyle.style();
    m_warnStyle = warnStyle.style();
    const QList<EditorProblem> problems = std::exchange(m_problems, {});
    setProblems(problems);
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

namespace {
// Calls found(start, end) for each `{{ ... }}` region in bytes [0, size) (offsets relative to
// `bytes`). An unclosed region, or one whose `}}` is on a later line, stops at the end of its line
// rather than painting the whole file.
template <typename Found>
void scanTemplateRegions(const char *bytes, qsizetype size, Found found)
{
    const QByteArrayView all(bytes, size);
    qsizetype from = 0;
    while (true) {
        const qsizetype open = all.indexOf("{{", from);
        if (open < 0)
            break;
        const qsizetype close = all.indexOf("}}", open + 2);
        const qsizetype newline = all.indexOf('\n', open);
        qsizetype end = close < 0 ? (newline < 0 ? size : newline) : close + 2;
        if (close >= 0 && newline >= 0 && newline < close)
            end = newline;
        found(open, end);
        from = end;
    }
}
}  // namespace

void JsonEditor::textModified(int position, int modificationType, const char *, int length, int)
{
    if (!(modificationType & (SC_MOD_INSERTTEXT | SC_MOD_DELETETEXT)))
        return;
    const int first = int(SendScintilla(SCI_LINEFROMPOSITION, position));
    const int last = modificationType & SC_MOD_INSERTTEXT
                         ? int(SendScintilla(SCI_LINEFROMPOSITION, position + length))
                         : first;
    updateTemplateIndicators(first, last);
}

void JsonEditor::updateTemplateIndicators(int firstLine, int lastLine)
{
    const int start = int(SendScintilla(SCI_POSITIONFROMLINE, firstLine));
    const int end = int(SendScintilla(SCI_GETLINEENDPOSITION, lastLine));
    if (start < 0 || end < start)
        return;
    SendScintilla(SCI_SETINDICATORCURRENT, TemplateIndicator);
    SendScintilla(SCI_INDICATORCLEARRANGE, start, end - start);
    // Scintilla positions are byte offsets into its UTF-8 buffer; read it in place.
    const auto *bytes = reinterpret_cast<const char *>(SendScintilla(SCI_GETRANGEPOINTER, start, end - start));
    if (!bytes)
        return;
    scanTemplateRegions(bytes, end - start, [this, start](qsizetype open, qsizetype close) {
        SendScintilla(SCI_INDICATORFILLRANGE, int(start + open), int(close - open));
    });
}

QList<QPair<int, int>> JsonEditor::templateRanges() const
{
    const int length = int(SendScintilla(SCI_GETLENGTH));
    const auto *bytes = reinterpret_cast<const char *>(SendScintilla(SCI_GETRANGEPOINTER, 0, length));
    QList<QPair<int, int>> ranges;
    if (bytes)
        scanTemplateRegions(bytes, length, [&ranges](qsizetype open, qsizetype close) {
            ranges.append({int(open), int(close)});
        });
    return ranges;
}

void JsonEditor::setProblems(const QList<EditorProblem> &problems)
{
    if (problems == m_problems)
        return;  // typing mostly leaves them as they were; redoing markers is not free in a big file
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
    for (auto it = perLine.cbegin(); it != perLine.cend(); ++it)
        annotate(it.key(), it.value().join(QLatin1Char('\n')), lineIsError.value(it.key()) ? m_errorStyle : m_warnStyle);
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
