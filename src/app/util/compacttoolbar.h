#pragma once
// Keeps every action of a toolbar on the bar as it narrows, rather than pushed into its » extension
// menu: the texts of the given actions give way to their icons, one after the other in the given
// order, until the bar fits its width; a wider bar gets them back. A button showing only its icon
// names its action in its tooltip, above the action's own tooltip. Measured, not estimated, so the
// longer German labels fit as well as the English ones.

#include <QList>
#include <QObject>

class QAction;
class QToolBar;

namespace ad::app {

class ToolBarCompactor : public QObject {
    Q_OBJECT
public:
    // `order`: the actions whose text goes first, first; each needs an icon.
    ToolBarCompactor(QToolBar *bar, const QList<QAction *> &order);
    // How many of them show only their icon now.
    int compacted() const { return m_compacted; }
    // Picks the fewest icon-only actions the bar's width allows (on resize, font or language change).
    void fit();

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void apply(int compacted);

    QToolBar *m_bar;
    QList<QAction *> m_order;
    int m_compacted = 0;
    bool m_fitting = false;
};

}  // namespace ad::app
