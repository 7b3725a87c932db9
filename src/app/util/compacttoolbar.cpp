#include "app/util/compacttoolbar.h"

#include <QAction>
#include <QEvent>
#include <QHelpEvent>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>

namespace ad::app {

ToolBarCompactor::ToolBarCompactor(QToolBar *bar, const QList<QAction *> &order)
    : QObject(bar),
      m_bar(bar),
      m_order(order)
{
    bar->installEventFilter(this);
    for (QAction *a : order)
        if (QWidget *b = bar->widgetForAction(a))
            b->installEventFilter(this);
}

bool ToolBarCompactor::eventFilter(QObject *watched, QEvent *e)
{
    // A button showing only its icon names its action above the description.
    if (e->type() == QEvent::ToolTip && watched != m_bar) {
        auto *b = qobject_cast<QToolButton *>(watched);
        if (b && b->toolButtonStyle() == Qt::ToolButtonIconOnly && b->defaultAction()) {
            QString name = b->defaultAction()->iconText();
            const QString tip = b->defaultAction()->toolTip();
            if (!tip.isEmpty() && tip != name)
                name += QLatin1Char('\n') + tip;
            QToolTip::showText(static_cast<QHelpEvent *>(e)->globalPos(), name, b);
            return true;
        }
    }
    if (watched == m_bar) {
        switch (e->type()) {
        case QEvent::Resize:
        case QEvent::Show:
        case QEvent::FontChange:
        case QEvent::StyleChange:
        case QEvent::LanguageChange:
            fit();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, e);
}

void ToolBarCompactor::apply(int compacted)
{
    for (qsizetype i = 0; i < m_order.size(); ++i)
        if (auto *b = qobject_cast<QToolButton *>(m_bar->widgetForAction(m_order.at(i))))
            b->setToolButtonStyle(i < compacted ? Qt::ToolButtonIconOnly : m_bar->toolButtonStyle());
    m_compacted = compacted;
}

void ToolBarCompactor::fit()
{
    if (m_fitting || m_bar->width() <= 0)
        return;
    m_fitting = true;
    // The bar's size hint is the width of all its items in a row: take texts away until it fits.
    // Measured, not estimated: a style's button margins and a language's label lengths vary.
    int k = 0;
    apply(0);
    while (k < m_order.size() && m_bar->sizeHint().width() > m_bar->width())
        apply(++k);
    m_fitting = false;
}

}  // namespace ad::app
