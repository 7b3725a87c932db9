#pragma once
// The Runner dock's timeline: a run's rich text with every paragraph on one line by default, its
// long part elided (the middle of a URL, the end of anything else) and the whole text in the
// line's tooltip; "Wrap Long Lines" in its context menu shows every line in full instead (kept in
// the settings). A narrow dock then still shows a dozen entries without scrolling. Preformatted
// lines (headers, bodies) never wrap: those too wide for the view are cut at its edge the same way.

#include <QHash>
#include <QTextBlock>
#include <QTextBrowser>

class QAction;
class QTimer;

namespace ad::app {

class TimelineView : public QTextBrowser {
    Q_OBJECT
public:
    explicit TimelineView(QWidget *parent = nullptr);

    // Shows `html` (empty: the placeholder), keeping the reading position.
    void setTimelineHtml(const QString &html);
    QString timelineHtml() const { return m_html; }
    bool wrapsLines() const { return m_wrap; }
    void setWrapsLines(bool wrap);
    // The context menu's checkable "Wrap Long Lines".
    QAction *wrapAction() const { return m_wrapAction; }
    // The whole text of a block that is shown elided; "" when it is shown whole.
    QString fullText(const QTextBlock &block) const { return m_full.value(block.blockNumber()); }
    int elidedCount() const { return int(m_full.size()); }
    // The lines are elided for the view's current width (or need no elision).
    bool isUpToDate() const { return m_wrap || m_html.isEmpty() || m_renderedWidth == viewport()->width(); }
    // The plain text with every elided line whole (what Wrap Long Lines shows).
    QString wholeText() const;

protected:
    bool viewportEvent(QEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;
    void showEvent(QShowEvent *e) override;
    void contextMenuEvent(QContextMenuEvent *e) override;

private:
    void render();
    void elideBlocks();
    // After a resize or show: elide again for the new width, once it settles.
    void rerenderIfWidthChanged();

    QString m_html;
    bool m_wrap = false;
    int m_renderedWidth = -1;  // the viewport width the elision was made for
    QHash<int, QString> m_full;
    QAction *m_wrapAction;
    QTimer *m_rerender;
};

}  // namespace ad::app
