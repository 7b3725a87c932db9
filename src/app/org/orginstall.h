#pragma once
// Puts the Organization dock into a designer window (View > Organization), tabbed with the outline.

namespace ad {
class PortProfiles;
}

namespace ad::app {

class MainWindow;
class OrgDock;

// profiles: shared by the application's windows, not owned.
OrgDock *installOrgDock(MainWindow *window, PortProfiles *profiles);

}  // namespace ad::app
