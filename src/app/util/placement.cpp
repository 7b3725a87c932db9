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

}  // namespace ad::app
