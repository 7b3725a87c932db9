// RunStore's opening, ownership and writes (see runstore.h); reads are in runstore_queries.cpp, the
// database underneath in runstoredb.cpp. Every write changes only its own columns, so two processes
// never overwrite each other's changes, and a status change is guarded in SQL so a finished run is
// never rewritten.
#include "runner/runstore.h"

#include "runner/runowner.h"
#include "runner/runstoredb.h"
#include "secret/secretmask.h"

#include <QSqlQuery>
#include <QVariant>

namespace ad {

using namespace historydb;

namespace {
QString isoNow() { return iso(QDateTime::currentDateTimeUtc()); }
}  // namespace

RunStore::RunStore(QObject *parent) : QObject(parent)
{
    m_connection = QStringLiteral("adrunstore-%1").arg(quintptr(this), 0, 16);
    m_ownerToken = runowner::registerStore();
}

RunStore::~RunStore()
{
    runowner::unregisterStore(m_ownerToken);
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isValid())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QSqlDatabase RunStore::db() const { return QSqlDatabase::database(m_connection, false); }

bool RunStore::isOpen() const { return db().isOpen(); }

bool RunStore::open(const QString &path, QString *error)
{
    QSqlDatabase d = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                          : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    if (!historydb::open(d, path, error))
        return false;
    m_path = path;
    endOrphans();
    return true;
}

void RunStore::endOrphans()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!exec(q,
              QStringLiteral("SELECT id, owner_pid, owner_started, owner_store "
                             "FROM runs WHERE status = 'IN_PROGRESS'")))
        return;
    QStringList orphans;
    while (q.next()) {
        const runowner::Owner owner{q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toString()};
        if (!runowner::isAlive(owner))
            orphans.append(q.value(0).toString());
    }
    q.finish();  // no read transaction left open across the writes below
    for (const QString &id : std::as_const(orphans))
        finish(id, runstatus::Failure, QStringLiteral("Interrupted: the designer stopped before the run ended."));
}

void RunStore::addGlobalSecrets(const QStringList &values)
{
    for (const QString &v : values)
        if (!v.isEmpty() && !m_globalSecrets.contains(v))
            m_globalSecrets.append(v);
}

void RunStore::addRunSecrets(const QString &id, const QStringList &values)
{
    QStringList &l = m_runSecrets[id];
    for (const QString &v : values)
        if (!v.isEmpty() && !l.contains(v))
            l.append(v);
}

QStringList RunStore::secretsFor(const QString &id) const { return m_globalSecrets + m_runSecrets.value(id); }
QString RunStore::mask(const QString &id, const QString &s) const { return maskSecrets(s, secretsFor(id)); }
QByteArray RunStore::mask(const QString &id, const QByteArray &b) const { return maskSecrets(b, secretsFor(id)); }

QString RunStore::create(const Run &header, const QStringList &secretValues)
{
    Run r = header;
    if (r.id.isEmpty())
        r.id = newRunId();
    addRunSecrets(r.id, secretValues);
    r.status = runstatus::InProgress;
    r.startedAt = QDateTime::currentDateTimeUtc();
    r.endedAt = {};
    r.action = mask(r.id, r.action);
    r.scenario = mask(r.id, r.scenario);
    if (!insert(r))
        return {};
    addEvent(r.id, QStringLiteral("created (IN_PROGRESS)"), QStringLiteral("runner"));
    prune();
    emit runAdded(r.id);
    return r.id;
}

bool RunStore::insert(const Run &r)
{
    const runowner::Owner self = runowner::currentProcess();
    QSqlQuery q(db());
    // seq is computed inside the INSERT, under SQLite's write lock: unique across processes.
    q.prepare(QStringLiteral("INSERT INTO runs (id, seq, action, backend, scenario, status, "
                             "status_label, links, link_is_list, summary,"
                             " external_run_id, started_at, ended_at, terminated, warnings, request, "
                             "request_body, response, response_body,"
                             " reported_response, owner_pid, owner_started, owner_store)"
                             " VALUES (:id, (SELECT IFNULL(MAX(seq), 0) + 1 FROM runs), :action, "
                             ":backend, :scenario, :status, :label,"
                             " :links, :lil, :summary, :ext, :started, :ended, :term, :warnings, "
                             ":request, :rbody, :response, :sbody,"
                             " :reported, :opid, :ostarted, :ostore)"));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":action"), r.action);
    q.bindValue(QStringLiteral(":backend"), r.backend);
    q.bindValue(QStringLiteral(":scenario"), r.scenario);
    q.bindValue(QStringLiteral(":status"), r.status);
    q.bindValue(QStringLiteral(":label"), r.statusLabel);
    q.bindValue(QStringLiteral(":links"), listToText(r.links));
    q.bindValue(QStringLiteral(":lil"), r.linkIsList ? 1 : 0);
    q.bindValue(QStringLiteral(":summary"), r.summary);
    q.bindValue(QStringLiteral(":ext"), r.externalRunId);
    q.bindValue(QStringLiteral(":started"), iso(r.startedAt));
    q.bindValue(QStringLiteral(":ended"), iso(r.endedAt));
    q.bindValue(QStringLiteral(":term"), r.terminated ? 1 : 0);
    q.bindValue(QStringLiteral(":warnings"), listToText(r.warnings));
    q.bindValue(QStringLiteral(":request"), requestToText(r.request));
    q.bindValue(QStringLiteral(":rbody"), r.request.body);
    q.bindValue(QStringLiteral(":response"), responseToText(r.response));
    q.bindValue(QStringLiteral(":sbody"), r.response.body);
    q.bindValue(QStringLiteral(":reported"), r.reportedResponse);
    q.bindValue(QStringLiteral(":opid"), self.pid);
    q.bindValue(QStringLiteral(":ostarted"), self.started);
    q.bindValue(QStringLiteral(":ostore"), m_ownerToken);
    return exec(q);
}

void RunStore::setRequest(const QString &id, const RunRequest &request)
{
    RunRequest m = request;
    m.url = mask(id, m.url);
    for (auto &h : m.headers)
        h.second = mask(id, h.second);
    m.body = mask(id, m.body);
    if (m.body.size() > m_limits.maxBodyBytes)
        m.body.truncate(m_limits.maxBodyBytes);
    m.key = mask(id, m.key);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET request = :r, request_body = :b WHERE id = :id"));
    q.bindValue(QStringLiteral(":r"), requestToText(m));
    q.bindValue(QStringLiteral(":b"), m.body);
    q.bindValue(QStringLiteral(":id"), id);
    if (exec(q) && q.numRowsAffected() > 0)
        emit runChanged(id);
}

void RunStore::setResponse(const QString &id, const RunResponse &response)
{
    RunResponse m = response;
    for (auto &h : m.headers)
        h.second = mask(id, h.second);
    for (auto &u : m.redirects)
        u = mask(id, u);
    m.error = mask(id, m.error);
    m.body = mask(id, m.body);
    if (m.body.size() > m_limits.maxBodyBytes) {
        m.body.truncate(m_limits.maxBodyBytes);
        m.truncated = true;
    }
    if (!m.at.isValid())
        m.at = QDateTime::currentDateTimeUtc();
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET response = :r, response_body = :b WHERE id = :id"));
    q.bindValue(QStringLiteral(":r"), responseToText(m));
    q.bindValue(QStringLiteral(":b"), m.body);
    q.bindValue(QStringLiteral(":id"), id);
    if (exec(q) && q.numRowsAffected() > 0)
        emit runChanged(id);
}

void RunStore::setReportedResponse(const QString &id, const QByteArray &json)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET reported_response = :r WHERE id = "
                             ":id AND status = 'IN_PROGRESS'"));
    q.bindValue(QStringLiteral(":r"), mask(id, json).left(m_limits.maxBodyBytes));
    q.bindValue(QStringLiteral(":id"), id);
    if (!exec(q) || q.numRowsAffected() == 0)
        return;
    addEvent(id, QStringLiteral("response reported"), QString());
    emit runChanged(id);
}

void RunStore::setSource(const QString &id, const QByteArray &source)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET source = :s WHERE id = :id"));
    q.bindValue(QStringLiteral(":s"), mask(id, source));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

void RunStore::addWarning(const QString &id, const QString &warning)
{
    auto r = loadRow(id, false);
    if (!r)
        return;
    // Warnings come from the run's owner only, one at a time: no other writer to race with.
    r->warnings.append(mask(id, warning));
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET warnings = :w WHERE id = :id"));
    q.bindValue(QStringLiteral(":w"), listToText(r->warnings));
    q.bindValue(QStringLiteral(":id"), id);
    if (exec(q))
        emit runChanged(id);
}

std::optional<RunLog> RunStore::tryAppendLog(const QString &id, const QString &message, const QString &createdBy,
                                             LogRefusal *refusal)
{
    RunLog log;
    log.id = QStringLiteral("rl_") + newRunId().mid(2);
    log.message = mask(id, message);
    log.createdBy = createdBy;
    log.createdAt = QDateTime::currentDateTimeUtc();
    const qint64 bytes = log.message.toUtf8().size();
    auto refuse = [&](LogRefusal why) -> std::optional<RunLog> {
        if (refusal)
            *refusal = why;
        return std::nullopt;
    };
    // The counters live in the runs row: checking the limits reads no stored log.
    QSqlQuery c(db());
    c.prepare(QStringLiteral("UPDATE runs SET log_count = log_count + 1, log_bytes = log_bytes + :n"
                             " WHERE id = :id AND log_count < :maxc AND log_bytes + :n2 <= :maxb"));
    c.bindValue(QStringLiteral(":n"), bytes);
    c.bindValue(QStringLiteral(":n2"), bytes);
    c.bindValue(QStringLiteral(":id"), id);
    c.bindValue(QStringLiteral(":maxc"), m_limits.maxLogsPerRun);
    c.bindValue(QStringLiteral(":maxb"), m_limits.maxLogBytesPerRun);
    if (!exec(c))
        return refuse(LogRefusal::UnknownRun);
    if (c.numRowsAffected() == 0) {
        const auto h = header(id);
        if (!h)
            return refuse(LogRefusal::UnknownRun);
        QSqlQuery n(db());
        n.prepare(QStringLiteral("SELECT log_count FROM runs WHERE id = :id"));
        n.bindValue(QStringLiteral(":id"), id);
        const bool tooMany = exec(n) && n.next() && n.value(0).toInt() >= m_limits.maxLogsPerRun;
        return refuse(tooMany ? LogRefusal::TooMany : LogRefusal::TooLarge);
    }
    insertLog(id, log);
    if (refusal)
        *refusal = LogRefusal::None;
    emit logAppended(id, log);
    return log;
}

RunLog RunStore::appendLog(const QString &id, const QString &message, const QString &createdBy)
{
    LogRefusal why = LogRefusal::None;
    if (auto log = tryAppendLog(id, message, createdBy, &why))
        return *log;
    RunLog notice;
    if (why == LogRefusal::UnknownRun)
        return notice;
    // The first refused line leaves one notice (outside the limits), later ones nothing.
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET logs_capped = 1 WHERE id = :id AND logs_capped = 0"));
    q.bindValue(QStringLiteral(":id"), id);
    if (!exec(q) || q.numRowsAffected() == 0)
        return notice;
    notice.id = QStringLiteral("rl_") + newRunId().mid(2);
    notice.message = QStringLiteral("(more logs were dropped: the history keeps %1 logs or %2 MiB per run)")
                         .arg(m_limits.maxLogsPerRun)
                         .arg(m_limits.maxLogBytesPerRun / (1024 * 1024));
    notice.createdBy = QStringLiteral("runner");
    notice.createdAt = QDateTime::currentDateTimeUtc();
    insertLog(id, notice);
    emit logAppended(id, notice);
    return notice;
}

void RunStore::insertLog(const QString &id, const RunLog &log)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO logs (run_id, id, message, created_by, created_at) VALUES (:r, :i, :m, :b, :a)"));
    q.bindValue(QStringLiteral(":r"), id);
    q.bindValue(QStringLiteral(":i"), log.id);
    q.bindValue(QStringLiteral(":m"), log.message);
    q.bindValue(QStringLiteral(":b"), log.createdBy);
    q.bindValue(QStringLiteral(":a"), iso(log.createdAt));
    exec(q);
}

void RunStore::addEvent(const QString &id, const QString &what, const QString &by)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO events (run_id, at, what, by) VALUES (:r, :a, :w, :b)"));
    q.bindValue(QStringLiteral(":r"), id);
    q.bindValue(QStringLiteral(":a"), isoNow());
    q.bindValue(QStringLiteral(":w"), mask(id, what));
    q.bindValue(QStringLiteral(":b"), by);
    exec(q);
}

bool RunStore::applyPatch(const QString &id, const RunPatch &p, const QString &by)
{
    const auto r = loadRow(id, false);
    if (!r || r->isFinished())
        return false;
    QStringList sets;
    QList<QPair<QString, QVariant>> values;
    QStringList changes;
    auto set = [&](const char *column, const QVariant &v) {
        const QString ph = QStringLiteral(":v%1").arg(values.size());
        sets << QStringLiteral("%1 = %2").arg(QLatin1String(column), ph);
        values.append({ph, v});
    };
    if (p.statusLabel) {
        const QString label = mask(id, *p.statusLabel);
        set("status_label", label);
        changes << QStringLiteral("statusLabel: %1").arg(label);
    }
    if (p.links) {
        QStringList links;
        for (const QString &l : *p.links)
            links.append(mask(id, l));
        set("links", listToText(links));
        set("link_is_list", p.linkIsList ? 1 : 0);
        changes << QStringLiteral("link: %1").arg(links.join(QStringLiteral(", ")));
    }
    if (p.summary) {
        const QString summary = mask(id, *p.summary);
        set("summary", summary);
        changes << QStringLiteral("summary: %1").arg(summary);
    }
    if (p.externalRunId) {
        const QString ext = mask(id, *p.externalRunId);
        set("external_run_id", ext);
        changes << QStringLiteral("externalRunId: %1").arg(ext);
    }
    const bool ends = p.status && *p.status != runstatus::InProgress;
    if (ends) {
        set("status", *p.status);
        set("ended_at", isoNow());
        changes << QStringLiteral("status %1 -> %2").arg(runstatus::InProgress, *p.status);
    }
    if (sets.isEmpty())
        return true;
    QSqlQuery q(db());
    // The guard makes "ended" final even against another process that read the run before.
    q.prepare(
        QStringLiteral("UPDATE runs SET %1 WHERE id = :id AND status = 'IN_PROGRESS'").arg(sets.join(QStringLiteral(", "))));
    for (const auto &v : std::as_const(values))
        q.bindValue(v.first, v.second);
    q.bindValue(QStringLiteral(":id"), id);
    if (!exec(q) || q.numRowsAffected() == 0)
        return false;
    for (const QString &c : std::as_const(changes))
        addEvent(id, c, by);
    emit runChanged(id);
    if (ends)
        emit runEnded(id, *p.status);
    return true;
}

bool RunStore::finish(const QString &id, const QString &status, const QString &summary, const QString &by)
{
    const auto r = loadRow(id, false);
    if (!r || r->isFinished())
        return false;
    RunPatch p;
    p.status = status;
    if (!summary.isEmpty() && r->summary.isEmpty())
        p.summary = summary;
    if (!applyPatch(id, p, by))
        return false;  // someone else ended it first
    if (!summary.isEmpty())
        appendLog(id, summary, by);
    return true;
}

void RunStore::markTerminated(const QString &id)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("UPDATE runs SET terminated = 1 WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    exec(q);
}

}  // namespace ad
