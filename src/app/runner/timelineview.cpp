#include "app/runner/timelineview.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QContextMenuEvent>
#include <QHelpEvent>
#include <QMenu>
#include <QScrollBar>
#include <QSettings>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextLayout>
#include <QTimer>
#include <QToolTip>

#include <optional>

namespace ad::app {

namespace {

const QString kWrapKey = QStringLiteral("runner/timelineWrapsLines");
const QChar kEllipsis(0x2026);

// Where a block is cut: its text keeps [0, head) and [tailStart, end), with an ellipsis between.
struct Cut {
    int position;  // the block's position in the document
    int head;
    int tailStart;
};

// A URL at the end of a line (a request line, a link, "redirected to …") keeps its end: the path
// tells requests apart, the host is in the runs list. Anything else keeps its start.
bool elideInMiddle(const QString &text)
{
    const QString last = text.trimmed().section(QLatin1Char(' '), -1);
    return last.contains(QLatin1String("://"));
}

// The cut that makes `block` fit `width`, measured on its text laid out in one line with its own
// formats; nullopt when it fits already.
std::optional<Cut> cutFor(const QTextBlock &block, const QFont &font, qreal width)
{
    const QString text = block.text();
    QTextLayout probe(text, font);
    probe.setFormats(block.textFormats());
    QTextOption one;
    one.setWrapMode(QTextOption::NoWrap);
    probe.setTextOption(one);
    probe.beginLayout();
    QTextLine line = probe.createLine();
    line.setLineWidth(1e6);
    probe.endLayout();
    const qsizetype n = text.size();
    const qreal total = line.cursorToX(int(n));
    if (total <= width || n < 4)
        return std::nullopt;
    const qreal budget = width - QFontMetricsF(font).horizontalAdvance(kEllipsis) - 2;
    if (!elideInMiddle(text)) {
        int head = 1;
        while (head < n && line.cursorToX(head + 1) <= budget)
            ++head;
        while (head > 1 && text.at(head - 1).isSpace())
            --head;
        return Cut{block.position(), head, int(n)};
    }
    int head = 1;
    while (head < n && line.cursorToX(head + 1) <= budget / 2)
        ++head;
    int tail = int(n) - 1;
    const qreal left = budget - line.cursorToX(head);
    while (tail > head + 1 && total - line.cursorToX(tail - 1) <= left)
        --tail;
    return Cut{block.position(), head, tail};
}

}  // namespace

TimelineView::TimelineView(QWidget *parent) : QTextBrowser(parent)
{
    document()->setUndoRedoEnabled(false);  // the elision's edits are no user's
    m_wrap = QSettings().value(kWrapKey, false).toBool();
    m_wrapAction = new QAction(tr("Wrap Long Lines"), this);
    m_wrapAction->setObjectName(QStringLiteral("runner.timelineWrap"));
    m_wrapAction->setCheckable(true);
    m_wrapAction->setChecked(m_wrap);
    connect(m_wrapAction, &QAction::toggled, this, &TimelineView::setWrapsLines);
    m_rerender = new QTimer(this);
    m_rerender->setSingleShot(true);
    m_rerender->setInterval(30);  // a splitter drag re-elides once it pauses
    connect(m_rerender, &QTimer::timeout, this, &TimelineView::render);
}

void TimelineView::setTimelineHtml(const QString &html)
{
    m_html = html;
    render();
}

void TimelineView::setWrapsLines(bool wrap)
{
    if (wrap == m_wrap)
        return;
    m_wrap = wrap;
    m_wrapAction->setChecked(wrap);
    QSettings().setValue(kWrapKey, wrap);
    render();
}

void TimelineView::render()
{
    m_rerender->stop();
    m_full.clear();
    if (m_html.isEmpty()) {
        clear();
        m_renderedWidth = -1;
        return;
    }
    QScrollBar *sb = verticalScrollBar();
    const bool atEnd = sb->value() > 0 && sb->value() >= sb->maximum() - 4;
    const int was = sb->value();
    setHtml(m_html);
    elideBlocks();
    // Follow live logs when the reader is at the end; otherwise keep their place.
    sb->setValue(atEnd ? sb->maximum() : was);
}

namespace {

// The width `b` may take on one line, and whether its text takes more: a paragraph wraps to a
// second line, a preformatted line (a header, a line of a body) runs past the view's right edge.
qreal lineRoom(const QTextBlock &b, bool *tooWide)
{
    const QTextLayout *tl = b.layout();
    *tooWide = false;
    if (!tl || tl->lineCount() == 0)
        return 0;
    if (!b.blockFormat().nonBreakableLines()) {
        *tooWide = tl->lineCount() > 1;
        return tl->lineAt(0).width();
    }
    const QTextDocument *doc = b.document();
    const QTextBlockFormat f = b.blockFormat();
    const qreal room = doc->textWidth() - 2 * doc->documentMargin() - f.leftMargin() - f.rightMargin() -
                       f.textIndent() - f.indent() * doc->indentWidth();
    *tooWide = tl->lineCount() == 1 && tl->lineAt(0).naturalTextWidth() > room;
    return room;
}

}  // namespace

void TimelineView::elideBlocks()
{
    // Hidden, the viewport has no width worth eliding to: shown, it is rendered again.
    m_renderedWidth = isVisible() && !m_wrap ? viewport()->width() : -1;
    if (m_renderedWidth < 0)
        return;
    QTextDocument *doc = document();
    QAbstractTextDocumentLayout *layout = doc->documentLayout();
    QList<Cut> cuts;
    QList<int> numbers;
    for (QTextBlock b = doc->begin(); b.isValid(); b = b.next()) {
        layout->blockBoundingRect(b);  // lays the block out
        bool tooWide = false;
        const qreal room = lineRoom(b, &tooWide);
        if (!tooWide)
            continue;
        if (const std::optional<Cut> cut = cutFor(b, doc->defaultFont(), room)) {
            cuts << *cut;
            numbers << b.blockNumber();
            m_full.insert(b.blockNumber(), b.text());
        }
    }
    // One edit for all, from the last block up, so the positions found stay true.
    const auto apply = [doc](const QList<Cut> &list) {
        QTextCursor c(doc);
        c.beginEditBlock();
        for (qsizetype i = list.size() - 1; i >= 0; --i) {
            c.setPosition(list.at(i).position + list.at(i).head);
            c.setPosition(list.at(i).position + list.at(i).tailStart, QTextCursor::KeepAnchor);
            c.insertText(QString(kEllipsis));
        }
        c.endEditBlock();
    };
    apply(cuts);
    // The probe's measure may differ from the document's by a pixel or two (kerning, a bold run):
    // a line still too wide gives up two more characters, a few times at most.
    for (int round = 0; round < 6; ++round) {
        QList<Cut> more;
        for (qsizetype i = 0; i < cuts.size(); ++i) {
            const QTextBlock b = doc->findBlockByNumber(numbers.at(i));
            layout->blockBoundingRect(b);
            bool tooWide = false;
            lineRoom(b, &tooWide);
            if (!tooWide || cuts.at(i).head <= 2)
                continue;
            Cut &c = cuts[i];
            const bool middle = c.head + 1 < b.text().size();  // text after the ellipsis
            more << Cut{b.position(), c.head - (middle ? 1 : 2), c.head + 1 + (middle ? 1 : 0)};
            c.head -= middle ? 1 : 2;
        }
        if (more.isEmpty())
            break;
        apply(more);
    }
}

QString TimelineView::wholeText() const
{
    QStringList lines;
    for (QTextBlock b = document()->begin(); b.isValid(); b = b.next())
        lines << (m_full.contains(b.blockNumber()) ? m_full.value(b.blockNumber()) : b.text());
    return lines.join(QLatin1Char('\n'));
}

bool TimelineView::viewportEvent(QEvent *e)
{
    if (e->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(e);
        const QTextBlock b = cursorForPosition(help->pos()).block();
        const QRectF box = document()->documentLayout()->blockBoundingRect(b).translated(
            -horizontalScrollBar()->value(), -verticalScrollBar()->value());
        const QString full = fullText(b);
        if (!full.isEmpty() && box.top() <= help->pos().y() && help->pos().y() <= box.bottom())
            QToolTip::showText(help->globalPos(), full, viewport());
        else
            QToolTip::hideText();
        return true;
    }
    return QTextBrowser::viewportEvent(e);
}

void TimelineView::rerenderIfWidthChanged()
{
    if (!m_wrap && !m_html.isEmpty() && viewport()->width() != m_renderedWidth)
        m_rerender->start();
}

void TimelineView::resizeEvent(QResizeEvent *e)
{
    QTextBrowser::resizeEvent(e);
    rerenderIfWidthChanged();
}

void TimelineView::showEvent(QShowEvent *e)
{
    QTextBrowser::showEvent(e);
    rerenderIfWidthChanged();
}

void TimelineView::contextMenuEvent(QContextMenuEvent *e)
{
    QMenu *menu = createStandardContextMenu(e->pos());
    menu->addSeparator();
    menu->addAction(m_wrapAction);
    menu->exec(e->globalPos());
    delete menu;
}

}  // namespace ad::app
