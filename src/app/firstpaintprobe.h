#pragma once
// Start-up measurement for bench/: with AD_QUIT_AFTER_FIRST_PAINT=1 in the environment, the app
// prints "first-paint-ms=N max-rss-kb=N" on stderr when the main window has painted once, and quits.

namespace ad::app {
void installFirstPaintProbe();
}
