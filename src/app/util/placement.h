#pragma once
// Where windows go, as pure rectangle arithmetic (unit-tested without a
// screen): a restored geometry is pulled back onto the screen's available area
// (saved on a larger or a detached monitor), and new windows cascade from the
// current one, starting again at the area's top-left corner when the next step
// would leave it.

#include <QRect>

namespace ad::app {

// The geometry shrunk to fit `available` and moved inside it; unchanged when it
// already fits. An empty geometry is returned as is.
QRect clampToAvailable(const QRect &geometry, const QRect &available);

// A new window's geometry: `current` moved by (step, step), or placed at
// available's top-left when that would cross available's right or bottom edge;
// always within `available`.
QRect cascadeFrom(const QRect &current, const QRect &available, int step = 30);

}  // namespace ad::app
