#pragma once
// The run history: every run, its request, response, logs and status changes, in SQLite (QtSql) in
// the app data directory. Survives restarts, bounded in size, and never holds a secret value: every
// text is masked with the run's secret values (and the store-wide ones) before it is written.

#include "runner/run.h"

#include <QObject>
#include <QSqlDatabase>

#include <optional>

namespace ad {

// Changes a backend (or the runner) reports for a run; unset fields stay as they are.
struct RunPatch {
    std::optional<QString> status;
    std::optional<QString> statusLabel;
    std::optional<QStringList> links;
    bool linkIsList = false;
    std::optional<QString> summary;
    std::optional<QString> externalRunId;
};

class RunStore : public QObject {
    Q_OBJECT
public:
    struct Limits {
        int maxRuns = 500;                 // oldest runs beyond this are deleted
        qint64 maxBodyBytes = 1024 * 1024;  // request/response bodies are cut here (and flagged)
        int maxLogsPerRun = 2000;          // later logs are refused (the runner's own: dropped with one notice)
        qint64 maxLogBytesPerRun = 8 * 1024 * 1024;
    };

    // Why a log was not stored.
    enum class LogRefusal { None, UnknownRun, TooMany, TooLarge };

    explicit RunStore(QObject *parent = nullptr);
    ~RunStore() override;

    // <AppDataLocation>/history.sqlite
    static QString defaultPath();
    // Opens (creating the directory and schema, both private to the user). Runs left IN_PROGRESS by
    // an owner that is gone (a process that ended, a store closed in this one) are ended as FAILURE
    // ("interrupted"), since nothing can report on them any more; runs of live processes (another
    // `run`, the GUI) are theirs and left alone.
    bool open(const QString &path = defaultPath(), QString *error = nullptr);
    bool isOpen() const;
    QString path() const { return m_path; }
    void setLimits(const Limits &l) { m_limits = l; }
    const Limits &limits() const { return m_limits; }

    // "r_" + 16 random alphanumerics (Port's ids look like r_QWERTYasdf123456).
    static QString newRunId();

    // Values masked in everything stored for any run (client secret, tokens).
    void addGlobalSecrets(const QStringList &values);
    // Values masked in everything stored for this run (the invocation's secretValues).
    void addRunSecrets(const QString &id, const QStringList &values);

    // Creates an IN_PROGRESS run started now. An empty id makes one. Returns the id.
    QString create(const Run &header, const QStringList &secretValues = {});
    bool contains(const QString &id) const;
    // The run's status, or empty when unknown.
    QString status(const QString &id) const;
    // The whole run with logs and events; nullopt when unknown.
    std::optional<Run> run(const QString &id) const;
    // The run without logs and events (and without bodies unless asked): cheap, for checks.
    std::optional<Run> header(const QString &id, bool withBodies = false) const;
    // Logs in order, a page of them (limit -1: all).
    QList<RunLog> logs(const QString &id, int offset = 0, int limit = -1) const;
    // Newest first, without bodies, logs and events (for the runs list).
    QList<Run> runs(int limit = -1) const;
    // Log rows read back so far: what a path costs in stored logs, without timing it (a log POST
    // must read none, or logging a long run turns quadratic).
    qint64 logRowsRead() const { return m_logRowsRead; }

    void setRequest(const QString &id, const RunRequest &request);
    void setResponse(const QString &id, const RunResponse &response);
    void setReportedResponse(const QString &id, const QByteArray &json);
    // What the run was made from (opaque to the store; masked like everything else).
    void setSource(const QString &id, const QByteArray &source);
    void addWarning(const QString &id, const QString &warning);
    // A runner line: beyond the per-run limits it is dropped (one notice says so).
    RunLog appendLog(const QString &id, const QString &message, const QString &createdBy);
    // A backend's log: beyond the per-run limits it is refused (nothing stored, `refusal` says
    // why).
    std::optional<RunLog> tryAppendLog(
        const QString &id, const QString &message, const QString &createdBy, LogRefusal *refusal = nullptr);
    // Applies the patch to a run still IN_PROGRESS (a finished run is never rewritten: false); a
    // status other than IN_PROGRESS ends the run (endedAt = now).
    bool applyPatch(const QString &id, const RunPatch &patch, const QString &by);
    // Ends the run unless it already ended (false then): status SUCCESS/FAILURE, summary, a log
    // line.
    bool finish(const QString &id, const QString &status, const QString &summary, const QString &by = QStringLiteral("runner"));
    void markTerminated(const QString &id);

    bool remove(const QString &id);
    bool removeAll();

signals:
    void runAdded(const QString &id);
    void runChanged(const QString &id);
    void logAppended(const QString &id, const ad::RunLog &log);
    void runEnded(const QString &id, const QString &status);
    void runRemoved(const QString &id);
    void cleared();

private:
    QStringList secretsFor(const QString &id) const;
    QString mask(const QString &id, const QString &s) const;
    QByteArray mask(const QString &id, const QByteArray &b) const;
    bool insert(const Run &r);
    std::optional<Run> loadRow(const QString &id, bool withBodies) const;
    void addEvent(const QString &id, const QString &what, const QString &by);
    void insertLog(const QString &id, const RunLog &log);
    void prune();
    void endOrphans();
    QSqlDatabase db() const;

    QString m_connection;
    QString m_ownerToken;  // this instance, for runowner::isAlive()
    QString m_path;
    Limits m_limits;
    QStringList m_globalSecrets;
    QHash<QString, QStringList> m_runSecrets;
    mutable qint64 m_logRowsRead = 0;
};

}  // namespace ad
