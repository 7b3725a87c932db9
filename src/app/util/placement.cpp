#include "app/util/placement.h"

#include <QtGlobal>

namespace ad::app {

QRect clampToAvailable(const QRect &geometry, const QRect &available)
{
    if (geometry.isEmpty() || available.isEmpty())
        return geometry;
    QRect r = geometry;
    r.setSize(r.size().boundedTo(available.size()));
    r.moveLeft(qBound(available.left(), r.left(), available.right() - r.width() + 1));
    r.moveTop(qBound(available.top(), r.top(), available.bottom() - r.height() + 1));
    return r;
}

QRect cascadeFrom(const QRect &current, const QRect &available, int step)
{
    QRect next = current.translated(step, step);
    if (!available.isEmpty() &&
        (next.right() > available.right() || next.bottom() > available.bottom() || !available.contains(next.topLeft())))
        next.moveTopLeft(available.topLeft());
    return clampToAvailable(next, available);
}

QRect firstWindowGeometry(const QRect &available)
{
    if (available.isEmpty())
        return {};
    QRect r(QPoint(0, 0), available.size().boundedTo(QSize(2200, 1400)));
    r.moveCenter(available.center());
    return clampToAvailable(r, available);
}

DockPlan defaultDockPlan(const QSize &window, int em, int bottomWanted, int sideBySide)
{
    em = qMax(em, 4);
    const int w = window.width();
    const int h = window.height();
    DockPlan p;
    p.left = qBound(24 * em, w * 15 / 100, 36 * em);
    // A form (label and capped field) reads well at about 110 average characters; a narrower
    // window gives it its share of the width.
    const int central = qMin(w * 42 / 100, 110 * em);
    p.right = qMax(w - p.left - central, 36 * em);
    // A preview just short of side by side (a language's longer labels, a wide scenario form) takes
    // the difference from the form while the form keeps a working width of 80 characters.
    if (p.right < sideBySide && w - p.left - sideBySide >= 80 * em)
        p.right = sideBySide;
    p.bottom = qBound(h / 4, bottomWanted, h * 45 / 100);
    p.bottomFullWidth = p.right >= sideBySide;
    return p;
}

namespace {

int turnMargin(const QSize &minPane) { return qMax(minPane.width() / 8, 8); }

}  // namespace

int sideBySideWidth(const QSize &minPane) { return 2 * minPane.width() + turnMargin(minPane); }

Qt::Orientation splitOrientation(const QSize &size, Qt::Orientation current, const QSize &minPane)
{
    const bool tooShortToStack = size.height() < 2 * minPane.height();
    if (current == Qt::Horizontal)
        return size.width() >= 2 * minPane.width() - turnMargin(minPane) || tooShortToStack ? Qt::Horizontal
                                                                                            : Qt::Vertical;
    return size.width() >= sideBySideWidth(minPane) || tooShortToStack ? Qt::Horizontal : Qt::Vertical;
}

}  // namespace ad::app
