#pragma once
// The Runner dock: Run (Ctrl+R) the current action against its real endpoint with progress and
// Cancel, the runs list from the history, the selected run's timeline (live while the backend
// reports through the local runs API), Copy as curl, Re-run (the exact request again, or the
// current action), Delete, a filter by action and text, and the runs API base URL.

#include "app/runner/runnerservice.h"
#include "app/runner/timelineview.h"
#include "runner/run.h"

#include <QHash>
#include <QSet>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QTimer;
class QToolButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace ad::app {

class AdaptiveSplitter;

class RunnerDock : public QWidget {
    Q_OBJECT
public:
    // What Run sends: the window's current action (and its scenario); nullopt + *error when none.
    using SourceProvider = std::function<std::optional<RunSource>(QString *error)>;
    // Answers yes/no questions (a message box by default; tests put a function here).
    using Confirmer = std::function<bool(const QString &question)>;

    explicit RunnerDock(RunnerService *service, QWidget *parent = nullptr);
    ~RunnerDock() override;

    void setSourceProvider(SourceProvider p) { m_source = std::move(p); }
    void setConfirmer(Confirmer c) { m_confirm = std::move(c); }

    // Named actions: "run", "runLocalBackend", "cancel", "rerun" (the menu of "rerunExact" and
    // "rerunCurrent"), "copyCurl", "delete", "deleteAll", "skipTls", "settings".
    QAction *action(const QString &id) const { return m_actions.value(id); }
    QTreeWidget *runsList() const { return m_list; }
    TimelineView *timeline() const { return m_timeline; }
    QLabel *runsApiLabel() const { return m_apiLabel; }
    QLineEdit *filterEdit() const { return m_filter; }
    QComboBox *actionFilter() const { return m_actionFilter; }

    // The run shown in the timeline ("" when none).
    QString selectedRun() const;
    void selectRun(const QString &id);
    // Starts a run of the provider's source; returns its id ("" when nothing could be started).
    QString run();
    // The same, with the webhook sent to the local test backend instead of the action's URL (this run
    // only; the document is not changed). "" and a message for actions that are not webhooks.
    QString runAgainstLocalBackend();
    // "Send this exact request again": the selected run's own action version and scenario, as a new
    // run. Empty (and a message) when the history has no source for it.
    QString rerunExact();
    // "Run the current action": the window's action as it is now, with the selected run's scenario
    // when it is the same action.
    QString rerunCurrent();
    void cancel();
    // The selected HTTP run as a curl command (secrets masked), also put on the clipboard.
    QString copyAsCurl();
    bool deleteSelected();
    bool deleteAll();

    // What the dock should show without dragging (issue 16): runs in the list, lines of the timeline.
    static constexpr int kComfortRuns = 8;
    static constexpr int kComfortLines = 12;
    // Room for kComfortRuns runs beside kComfortLines timeline lines (the default layout asks).
    QSize sizeHint() const override;
    // One run's row in the list (measured when there is a run, else from the font).
    int runRowHeight() const;
    AdaptiveSplitter *splitter() const { return m_split; }

    // Columns of the runs list.
    enum Column { StatusCol, ActionCol, BackendCol, ScenarioCol, HttpCol, UrlCol, StartedCol, DurationCol, ColumnCount };

signals:
    void message(const QString &text);  // for a status bar
    // The Settings button: the window opens the one Settings dialog on its Runner page.
    void settingsRequested();

private:
    QAction *makeAction(const QString &id, const QString &text, const QIcon &icon, const QString &tip);
    void reloadRuns();
    QTreeWidgetItem *itemFor(const QString &id) const;
    void fillItem(QTreeWidgetItem *item, const Run &run);
    void markDirty(const QString &id);
    void flushDirty();
    void tickDurations();
    void showTimeline();
    void updateActions();
    void updateRunsApi();
    void applyFilter();
    bool matchesFilter(const QTreeWidgetItem *item) const;
    void updateActionFilter();
    QString startRerun(std::optional<RunSource> source, const QString &error);
    QString startCurrent(bool localBackend);
    void setBusyText(const QString &text);
    bool confirm(const QString &question);

    RunnerService *m_service;
    SourceProvider m_source;
    Confirmer m_confirm;
    QHash<QString, QAction *> m_actions;
    QTreeWidget *m_list;
    AdaptiveSplitter *m_split;
    TimelineView *m_timeline;
    QLabel *m_apiLabel;
    QLineEdit *m_filter;
    QComboBox *m_actionFilter;
    QToolButton *m_copyApi;
    QLabel *m_tlsWarning;
    QProgressBar *m_progress;
    QLabel *m_progressText;
    QTimer *m_flushTimer;
    QTimer *m_tickTimer;
    QSet<QString> m_dirty;
};

}  // namespace ad::app
