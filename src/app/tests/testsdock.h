#pragma once
// The Tests dock: every scenario of the open action (or of every action in a folder) rendered off the UI
// thread and compared with its expectation, the same way `action-designer test` does
// (scenariotest/scenariotest.h). A table of results with the differences of the selected one, and a matrix of
// every template against every scenario (which scenario makes which value). Re-runs, debounced, when the
// action or its scenarios change.

#include "scenariotest/scenariotest.h"

#include <QHash>
#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableWidget;
class QTimer;

namespace ad {
class BackgroundRenderer;
}

namespace ad::app {

class MainWindow;
class PreviewDock;

class TestsDock : public QWidget {
    Q_OBJECT
public:
    TestsDock(MainWindow *window, PreviewDock *preview, QWidget *parent = nullptr);
    ~TestsDock() override;

    void setWorkerBinary(const QString &path);

    // Every scenario of the open action as edited (unsaved edits included).
    void runOpenAction();
    // Every action with a scenario sidecar under `folder`, as saved on disk.
    void runFolder(const QString &folder);
    bool isRunning() const { return !m_jobs.isEmpty(); }
    int runCount() const { return m_runCount; }

    const QList<ActionTestResult> &results() const { return m_results; }
    TestTally tallied() const { return tally(m_results); }
    QTableWidget *resultTable() const { return m_table; }
    QPlainTextEdit *diffView() const { return m_diff; }
    QTableWidget *matrixTable() const { return m_matrix; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *summaryLabel() const { return m_summary; }

signals:
    void runFinished();

private:
    struct Job {
        int action = 0;  // index into m_results
        Scenario scenario;
    };
    void start(const QList<TestableAction> &actions, const QList<ActionTestResult> &unloadable);
    void finished(quint64 id, const InvocationPreview &p);
    void schedule();
    void showResults();
    void showSelection();
    void showMatrix(int action);

    MainWindow *m_window;
    PreviewDock *m_preview;
    BackgroundRenderer *m_renderer;
    QTimer *m_debounce;
    bool m_folderMode = false;
    int m_runCount = 0;
    QHash<quint64, Job> m_jobs;
    QList<ActionTestResult> m_results;
    QList<QPair<int, int>> m_rows;  // table row -> (action, scenario); scenario -1 = the file's error

    QLabel *m_summary;
    QPushButton *m_runButton;
    QPushButton *m_folderButton;
    QTabWidget *m_tabs;
    QTableWidget *m_table;
    QPlainTextEdit *m_diff;
    QTableWidget *m_matrix;
};

// Adds the Tests dock to the window, next to Problems.
TestsDock *installTestsDock(MainWindow *window);

}  // namespace ad::app
