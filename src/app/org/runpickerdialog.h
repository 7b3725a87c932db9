#pragma once
// "Scenario from a Run…": the org's recent runs of one action (status, time, user, entity, run id),
// loaded asynchronously with progress and Stop, or a run id pasted by hand. OK (Enter, or a
// double-click on a run) fetches the whole run and hands it to the creator, which makes the scenario
// (org::addRunScenario); the dialog closes when that succeeded and shows why when it did not. Every
// failure names the profile.

#include "org/runlist.h"
#include "runner/port/portclient.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class QTreeWidget;

namespace ad::app {

class RunPickerDialog : public QDialog {
    Q_OBJECT
public:
    // Makes the scenario of a fetched run; false with *error keeps the dialog open, showing it.
    using Creator = std::function<bool(const JsonValue &run, QString *error)>;

    // client: not owned (the Organization dock's). An empty actionIdentifier lists every action's runs.
    RunPickerDialog(PortClient *client, const QString &profile, const QString &actionIdentifier, Creator create,
                    QWidget *parent = nullptr);
    ~RunPickerDialog() override;

    static constexpr int kDefaultLimit = 50;

    // Lists the runs again (what Reload does).
    void reload();
    // Stops the list while it loads (Stop); the run id field stays usable.
    void stopLoading();
    bool isLoading() const { return m_list != nullptr; }
    bool isFetching() const { return m_fetch != nullptr; }
    const QList<org::RunSummary> &runs() const { return m_runs; }

    QTreeWidget *runList() const { return m_tree; }
    QLineEdit *runIdEdit() const { return m_runId; }
    QLabel *errorLabel() const { return m_error; }
    QLabel *statusLabel() const { return m_status; }
    QSpinBox *limitBox() const { return m_limit; }
    QPushButton *okButton() const;
    QPushButton *stopButton() const { return m_stop; }

public slots:
    // Fetches the run in the id field and creates its scenario; closes on success.
    void accept() override;
    // Closes, stopping whatever is in flight.
    void reject() override;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showRuns();
    void showError(const QString &text);
    void updateButtons();

    QPointer<PortClient> m_client;
    QString m_profile;
    QString m_action;
    Creator m_create;
    QList<org::RunSummary> m_runs;
    QPointer<PortReply> m_list;
    QPointer<PortReply> m_fetch;

    QSpinBox *m_limit;
    QPushButton *m_reload;
    QPushButton *m_stop;
    QTreeWidget *m_tree;
    QProgressBar *m_busy;
    QLabel *m_status;
    QLabel *m_error;
    QLineEdit *m_runId;
    QDialogButtonBox *m_buttons;
};

}  // namespace ad::app
