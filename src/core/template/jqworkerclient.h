#pragma once
// Blocking client of the jq worker process (jqworker.h). Lives in one thread (its QProcess does).
// Kills and respawns the worker when a program runs past its timeout or crashes it, blames that
// program only, and carries on with the others.

#include "template/templatetypes.h"

#include <QByteArray>
#include <QDeadlineTimer>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <atomic>
#include <memory>

class QProcess;

namespace ad {

class JqWorkerClient {
public:
    explicit JqWorkerClient(const QString &binary = {});
    ~JqWorkerClient();
    JqWorkerClient(const JqWorkerClient &) = delete;
    JqWorkerClient &operator=(const JqWorkerClient &) = delete;

    // The executable run as `<binary> --jq-worker` (default: this application's own binary).
    void setBinary(const QString &binary) { m_binary = binary; }
    QString binary() const;
    // How many compiled programs (and registered program sets) the worker keeps; 0 = its default.
    // Takes effect when the next worker starts.
    void setWorkerCacheSize(int programs) { m_workerCacheSize = programs; }
    // Compiling a big batch may take longer than a preview's run budget.
    void setCompileTimeoutMs(int ms) { m_compileTimeoutMs = ms; }

    // Runs every program (full jq text) on the input; one result per program, in order.
    // timeoutMs bounds each program's run (and each compile, at least compileTimeoutMs). `deadline`
    // bounds the runs of all of them together (compiling, starting and reaping workers do not
    // count): a program still running when it passes times out, and the programs not run yet fail
    // at once, also timed out.
    QList<JqResult> run(const QStringList &programs, const QByteArray &inputJson, int timeoutMs,
                        QDeadlineTimer deadline = QDeadlineTimer(QDeadlineTimer::Forever));

    int respawnCount() const { return m_respawns; }
    qint64 workerPid() const;
    // Worker compile-cache counters, as of the last reply.
    quint64 cacheHits() const { return m_hits; }
    quint64 cacheMisses() const { return m_misses; }
    // Drops the worker (the next run starts a fresh one).
    void stopWorker();
    // A flag another thread may set to stop the run in progress: within ~50 ms the worker is killed
    // and the programs not done yet fail with "cancelled"; runs fail at once while it stays set.
    void setInterruptFlag(std::shared_ptr<const std::atomic<bool>> flag) { m_interrupt = std::move(flag); }

private:
    struct Group {
        QStringList programs;
    };
    // One request to the worker: a batch and which of its programs to run.
    struct Work {
        int group = 0;
        QStringList programs;
        QList<QPair<int, qsizetype>> entries;  // (index in the group, position in the call), by index
        QList<int> run;                        // the indexes alone
    };
    // How a call's programs map onto batches.
    struct Plan {
        QStringList programs;
        quint64 layout = ~quint64(0);
        QList<Work> work;
        QList<QPair<qsizetype, qsizetype>> repeats;  // (position, position of its first occurrence)
    };
    Plan plan(const QStringList &programs);
    bool ensureStarted(QString *error);
    void discardWorker();
    enum class ReadEnd { Line, TimedOut, Died, Interrupted };
    ReadEnd readLine(QByteArray *line, int budgetMs);
    bool interrupted() const { return m_interrupt && m_interrupt->load(); }
    QHash<int, JqResult> runJob(int group, const QStringList &programs, const QList<int> &run, const QByteArray &input,
                                int timeoutMs, QDeadlineTimer &deadline);

    QString m_binary;
    std::shared_ptr<const std::atomic<bool>> m_interrupt;
    std::unique_ptr<QProcess> m_proc;
    QByteArray m_buffer;
    qsizetype m_bufferPos = 0;  // start of the unread part of m_buffer
    qint64 m_nextId = 0;
    int m_compileTimeoutMs = 15000;
    int m_workerCacheSize = 0;
    int m_respawns = 0;
    quint64 m_hits = 0, m_misses = 0;
    // Which batch each program was last compiled in, so unchanged templates reuse that batch and
    // an edited one costs one small compile. Cleared with the worker (its cache dies with it).
    QHash<QString, QPair<int, int>> m_where;  // program -> (group id, index in group)
    QHash<int, Group> m_groups;
    QList<int> m_groupOrder;  // least recently used first
    int m_nextGroup = 0;
    QSet<int> m_workerHas;  // groups the worker has the texts of (registered under the group's id)
    quint64 m_layout = 0;   // counts changes of m_where / m_groups: a plan made before one is stale
    Plan m_last;
};

}  // namespace ad
