#pragma once
// Where windows go, as pure rectangle arithmetic (unit-tested without a
// screen): a restored geometry is pulled back onto the screen's available area
// (saved on a larger or a detached monitor), and new windows cascade from the
// current one, starting again at the area's top-left corner when the next step
// would leave it. Also the default dock arrangement for a window size, and when a
// two-pane splitter should put its panes side by side.

#include <QRect>
#include <QSize>

namespace ad::app {

// The geometry shrunk to fit `available` and moved inside it; unchanged when it
// already fits. An empty geometry is returned as is.
QRect clampToAvailable(const QRect &geometry, const QRect &available);

// A new window's geometry: `current` moved by (step, step), or placed at
// available's top-left when that would cross available's right or bottom edge;
// always within `available`.
QRect cascadeFrom(const QRect &current, const QRect &available, int step = 30);

// A first window's geometry on a screen whose available area is `available`: all of it on a
// laptop or a 1080p screen (the docks need the room), centred and capped on very large screens.
QRect firstWindowGeometry(const QRect &available);

// The default dock sizes of a designer window: the outline on the left, the preview on the right
// (full height), the runner/problems tabs at the bottom. The central form gets a readable width
// and no more: what a wider window adds goes to the preview (and so the runner below the form
// keeps its width too). `em` is the font's average character width; `bottomWanted` the bottom
// dock's comfortable height (the runner's sizeHint), granted within a share of the height.
// `sideBySide`: the preview width from which it shows scenario and request side by side; from
// there on the preview needs no full height and the bottom dock spans the whole width instead. A
// preview a little short of it gets it when the form keeps 80 characters.
struct DockPlan {
    int left = 0;
    int right = 0;
    int bottom = 0;
    bool bottomFullWidth = false;
};
DockPlan defaultDockPlan(const QSize &window, int em, int bottomWanted, int sideBySide);

// The orientation of a two-pane splitter of `size`: side by side (Horizontal) when both panes get
// at least `minPane` width, stacked (Vertical) otherwise, unless stacking would leave a pane
// shorter than `minPane`'s height. `current` gives hysteresis: the orientation only changes once
// the size is clearly past the threshold, so a dock resized around it does not flip back and forth.
Qt::Orientation splitOrientation(const QSize &size, Qt::Orientation current, const QSize &minPane);
// The width from which stacked panes of `minPane` turn side by side (the threshold plus the margin).
int sideBySideWidth(const QSize &minPane);

}  // namespace ad::app
