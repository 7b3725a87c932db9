#pragma once
// Puts the Runner dock into a designer window: the dock content, a Run toolbar (Run = Ctrl+R,
// Cancel) and the window's current action as what Run sends.

namespace ad::app {

class MainWindow;
class RunnerDock;
class RunnerService;

RunnerDock *installRunnerDock(MainWindow *window, RunnerService *service);

}  // namespace ad::app
