#pragma once
// The Organization dock: a folder of action files tied to a Port org profile. Profile picker,
// the org's actions grouped by blueprint / automation with their status (same, changed locally,
// changed in the org, ...) as icons, a filter, and Open / Diff / Pull / Push / Refresh with progress
// and Cancel. Network runs through OrgSession (asynchronous); nothing is sent until asked.

#include "runner/port/orgsession.h"

#include <QHash>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTreeWidget;

namespace ad {
class PortProfiles;
}

namespace ad::app {

class RunPickerDialog;

class OrgDock : public QWidget {
    Q_OBJECT
public:
    // Yes/no questions (a message box by default; tests put a function here).
    using Confirmer = std::function<bool(const QString &title, const QString &text)>;
    using FileOpener = std::function<void(const QString &path)>;
    // The window's current action (for the org checks) and the files open with unsaved edits.
    using ActionProvider = std::function<JsonValue()>;
    using UnsavedFiles = std::function<QStringList()>;
    // Shows a scenario just written to the sidecar of `path` (opens the file, makes it active).
    using ScenarioOpener = std::function<void(const QString &path, const QString &scenario)>;

    // profiles: not owned.
    explicit OrgDock(PortProfiles *profiles, QWidget *parent = nullptr);

    void setConfirmer(Confirmer c) { m_confirm = std::move(c); }
    void setFileOpener(FileOpener f) { m_open = std::move(f); }
    void setActionProvider(ActionProvider p) { m_currentAction = std::move(p); }
    void setUnsavedFiles(UnsavedFiles u) { m_unsaved = std::move(u); }
    void setScenarioOpener(ScenarioOpener o) { m_openScenario = std::move(o); }
    // Where Profiles… leads: the Settings dialog's Organization page in the window (a dialog of the
    // dock's own without it, as in tests).
    void setProfilesOpener(std::function<void()> open) { m_profilesOpener = std::move(open); }
    OrgSession *session() const { return m_session; }

    // Named actions: "refresh", "pull", "push", "diff", "open", "cancel", "profiles", "folder",
    // "checkSecrets", "runScenario".
    QAction *action(const QString &id) const { return m_actions.value(id); }
    QTreeWidget *tree() const { return m_tree; }
    QComboBox *profileBox() const { return m_profileBox; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *statusFilter() const { return m_statusFilter; }
    QLabel *messageLabel() const { return m_message; }

    void setFolder(const QString &dir);
    // Connects with the profile (environment overrides apply); false with the reason shown.
    bool selectProfile(const QString &name);
    void reloadProfiles();
    // Identifiers of the selected actions (groups expand to their actions).
    QStringList selectedIdentifiers() const;
    void select(const QStringList &identifiers);

    void refresh();
    void pullSelected();   // nothing selected: everything
    void pushSelected();   // nothing selected: every local change
    void showDiff();
    void openSelected();
    void openProfiles();
    // The window's action's {{ .secrets.NAME }} names against the org's (names only).
    void checkSecrets();
    // "Scenario from a Run…": the org's recent runs of the selected action (else the window's) in a
    // dialog (shown, not waited for); the run taken becomes a scenario through createRunScenario().
    RunPickerDialog *pickRun();
    // scenario-from-run for the dock: the run's action file in the folder gets the scenario "run ID"
    // (org::addRunScenario), which is then opened. False with *error (the file is missing or has
    // unsaved edits, the sidecar cannot be written).
    bool createRunScenario(const JsonValue &run, QString *error);
    void cancel();

private:
    void rebuildTree();
    void applyFilter();
    void updateActions();
    void showMessage(const QString &text, bool error = false);
    QAction *addAction(const QString &id, const QString &text, const QString &tip);

    PortProfiles *m_profiles;
    OrgSession *m_session;
    QHash<QString, QAction *> m_actions;
    QComboBox *m_profileBox;
    QLabel *m_folderLabel;
    QLineEdit *m_filter;
    QComboBox *m_statusFilter;
    QTreeWidget *m_tree;
    QProgressBar *m_busy;
    QLabel *m_message;
    Confirmer m_confirm;
    FileOpener m_open;
    ActionProvider m_currentAction;
    UnsavedFiles m_unsaved;
    ScenarioOpener m_openScenario;
    std::function<void()> m_profilesOpener;
};

}  // namespace ad::app
