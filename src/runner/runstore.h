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
        int maxLogsPerRun = 2000;          // later logs are dropped with one notice
    };

    explicit RunStore(QObject *parent = nullptr);
    ~RunStore() override;

    // <AppDataLocation>/history.sqlite
    static QString defaultPath();
    // Opens (creating the directory and schema). Runs left IN_PROGRESS by a previous process are
    // ended as FAILURE ("interrupted"), since nothing can report on them any more.
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
    // Newest first, without bodies, logs and events (for the runs list).
    QList<Run> runs(int limit = -1) const;

    void setRequest(const QString &id, const RunRequest &request);
    void setResponse(const QString &id, const RunResponse &response);
    void setReportedResponse(const QString &id, const QByteArray &json);
    void addWarning(const QString &id, const QString &warning);
    RunLog appendLog(const QString &id, const QString &message, const QString &createdBy);
    // Applies the patch; a status other than IN_PROGRESS ends the run (endedAt = now).
    void applyPatch(const QString &id, const RunPatch &patch, const QString &by);
    // Ends the run unless it already ended: status SUCCESS/FAILURE, summary, and a log line.
    void finish(const QString &id, const QString &status, const QString &summary, const QString &by = QStringLiteral("runner"));
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
    bool save(const Run &r);  // the runs row (not logs/events)
    std::optional<Run> loadRow(const QString &id, bool withBodies) const;
    void addEvent(const QString &id, const QString &what, const QString &by);
    void prune();
    QSqlDatabase db() const;

    QString m_connection;
    QString m_path;
    Limits m_limits;
    QStringList m_globalSecrets;
    QHash<QString, QStringList> m_runSecrets;
};

}  // namespace ad
