#include "runner/runstore.h"

#include "secret/secretmask.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace ad {

qint64 Run::durationMs() const
{
    if (!startedAt.isValid() || !endedAt.isValid())
        return -1;
    return startedAt.msecsTo(endedAt);
}

namespace {
QString isoNow() { return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs); }
QString iso(const QDateTime &d) { return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString(); }
QDateTime fromIso(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
    d.setTimeSpec(Qt::UTC);
    return d;
}

QJsonArray headersToJson(const HeaderList &h)
{
    QJsonArray a;
    for (const auto &p : h)
        a.append(QJsonArray{p.first, p.second});
    return a;
}
HeaderList headersFromJson(const QJsonArray &a)
{
    HeaderList h;
    for (const auto &v : a) {
        const QJsonArray p = v.toArray();
        h.append({p.at(0).toString(), p.at(1).toString()});
    }
    return h;
}
QString toText(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }
QJsonObject objFromText(const QString &s) { return QJsonDocument::fromJson(s.toUtf8()).object(); }
QString listToText(const QStringList &l) { return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact)); }
QStringList listFromText(const QString &s)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(s.toUtf8()).array())
        out.append(v.toString());
    return out;
}

const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, seq INTEGER NOT NULL, action TEXT, backend TEXT,"
    " scenario TEXT, status TEXT, status_label TEXT, links TEXT, link_is_list INTEGER, summary TEXT,"
    " external_run_id TEXT, started_at TEXT, ended_at TEXT, terminated INTEGER, warnings TEXT,"
    " request TEXT, request_body BLOB, response TEXT, response_body BLOB, reported_response BLOB)",
    "CREATE TABLE IF NOT EXISTS logs (seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, id TEXT,"
    " message TEXT, created_by TEXT, created_at TEXT)",
    "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, run_id TEXT NOT NULL, at TEXT,"
    " what TEXT, by TEXT)",
    "CREATE INDEX IF NOT EXISTS logs_run ON logs(run_id)",
    "CREATE INDEX IF NOT EXISTS events_run ON events(run_id)",
};
}  // namespace

RunStore::RunStore(QObject *parent) : QObject(parent)
{
    m_connection = QStringLiteral("adrunstore-%1").arg(quintptr(this), 0, 16);
}

RunStore::~RunStore()
{
    {
        QSqlDatabase d = QSqlDatabase::database(m_connection, false);
        if (d.isValid())
            d.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

QString RunStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

QSqlDatabase RunStore::db() const { return QSqlDatabase::database(m_connection, false); }

bool RunStore::isOpen() const { return db().isOpen(); }

bool RunStore::open(const QString &path, QString *error)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QSqlDatabase d = QSqlDatabase::contains(m_connection) ? QSqlDatabase::database(m_connection, false)
                                                         : QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    d.close();
    d.setDatabaseName(path);
    if (!d.open()) {
        if (error)
            *error = d.lastError().text();
        return false;
    }
    m_path = path;
    QSqlQuery q(d);
    // secure_delete: deleted runs are overwritten, not left in free pages of the file.
    q.exec(QStringLiteral("PRAGMA secure_delete=ON"));
    q.exec(QStringLiteral("PRAGMA journal_mode=WAL"));
    // With WAL, NORMAL never corrupts the file; a power cut may lose the last updates of a test run.
    // FULL costs an fsync per log line (about 10 ms each here).
    q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
    for (const char *stmt : kSchema) {
        if (!q.exec(QString::fromLatin1(stmt))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    // Nothing can report on a run a previous process left behind.
    QSqlQuery stale(d);
    stale.exec(QStringLiteral("SELECT id FROM runs WHERE status = 'IN_PROGRESS'"));
    QStringList ids;
    while (stale.next())
        ids.append(stale.value(0).toString());
    for (const QString &id : ids)
        finish(id, runstatus::Failure, QStringLiteral("Interrupted: the designer stopped before the run ended."));
    return true;
}

QString RunStore::newRunId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QStringLiteral("r_");
    for (int i = 0; i < 16; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return id;
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
    if (!save(r))
        return {};
    addEvent(r.id, QStringLiteral("created (IN_PROGRESS)"), QStringLiteral("runner"));
    prune();
    emit runAdded(r.id);
    return r.id;
}

bool RunStore::save(const Run &r)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral(
        "INSERT INTO runs (id, seq, action, backend, scenario, status, status_label, links, link_is_list, summary,"
        " external_run_id, started_at, ended_at, terminated, warnings, request, request_body, response, response_body,"
        " reported_response) VALUES (:id, COALESCE((SELECT seq FROM runs WHERE id = :id2), (SELECT IFNULL(MAX(seq), 0) + 1 FROM runs)),"
        " :action, :backend, :scenario, :status, :label, :links, :lil, :summary, :ext, :started, :ended, :term, :warnings,"
        " :request, :rbody, :response, :sbody, :reported)"
        " ON CONFLICT(id) DO UPDATE SET action=excluded.action, backend=excluded.backend, scenario=excluded.scenario,"
        " status=excluded.status, status_label=excluded.status_label, links=excluded.links, link_is_list=excluded.link_is_list,"
        " summary=excluded.summary, external_run_id=excluded.external_run_id, started_at=excluded.started_at,"
        " ended_at=excluded.ended_at, terminated=excluded.terminated, warnings=excluded.warnings, request=excluded.request,"
        " request_body=excluded.request_body, response=excluded.response, response_body=excluded.response_body,"
        " reported_response=excluded.reported_response"));
    q.bindValue(QStringLiteral(":id"), r.id);
    q.bindValue(QStringLiteral(":id2"), r.id);
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
    QJsonObject req{{QStringLiteral("method"), r.request.method}, {QStringLiteral("url"), r.request.url},
                    {QStringLiteral("headers"), headersToJson(r.request.headers)},
                    {QStringLiteral("topic"), r.request.topic}, {QStringLiteral("key"), QString::fromUtf8(r.request.key)}};
    q.bindValue(QStringLiteral(":request"), toText(req));
    q.bindValue(QStringLiteral(":rbody"), r.request.body);
    const RunResponse &s = r.response;
    QJsonObject resp{{QStringLiteral("httpStatus"), s.httpStatus}, {QStringLiteral("headers"), headersToJson(s.headers)},
                     {QStringLiteral("bodySize"), double(s.bodySize)}, {QStringLiteral("truncated"), s.truncated},
                     {QStringLiteral("elapsedMs"), double(s.elapsedMs)},
                     {QStringLiteral("redirects"), QJsonArray::fromStringList(s.redirects)},
                     {QStringLiteral("error"), s.error}, {QStringLiteral("at"), iso(s.at)}};
    q.bindValue(QStringLiteral(":response"), toText(resp));
    q.bindValue(QStringLiteral(":sbody"), s.body);
    q.bindValue(QStringLiteral(":reported"), r.reportedResponse);
    if (!q.exec()) {
        qWarning("run history: %s", qPrintable(q.lastError().text()));
        return false;
    }
    return true;
}

namespace {
const char kRowColumns[] = "id, action, backend, scenario, status, status_label, links, link_is_list, summary,"
                           " external_run_id, started_at, ended_at, terminated, warnings, request, response";

// One runs row (selected with kRowColumns, then optionally the three body columns).
Run rowToRun(const QSqlQuery &q, bool withBodies)
{
    Run r;
    r.id = q.value(0).toString();
    r.action = q.value(1).toString();
    r.backend = q.value(2).toString();
    r.scenario = q.value(3).toString();
    r.status = q.value(4).toString();
    r.statusLabel = q.value(5).toString();
    r.links = listFromText(q.value(6).toString());
    r.linkIsList = q.value(7).toInt() != 0;
    r.summary = q.value(8).toString();
    r.externalRunId = q.value(9).toString();
    r.startedAt = fromIso(q.value(10).toString());
    r.endedAt = fromIso(q.value(11).toString());
    r.terminated = q.value(12).toInt() != 0;
    r.warnings = listFromText(q.value(13).toString());
    const QJsonObject req = objFromText(q.value(14).toString());
    r.request.method = req.value(QStringLiteral("method")).toString();
    r.request.url = req.value(QStringLiteral("url")).toString();
    r.request.headers = headersFromJson(req.value(QStringLiteral("headers")).toArray());
    r.request.topic = req.value(QStringLiteral("topic")).toString();
    r.request.key = req.value(QStringLiteral("key")).toString().toUtf8();
    const QJsonObject resp = objFromText(q.value(15).toString());
    r.response.httpStatus = resp.value(QStringLiteral("httpStatus")).toInt();
    r.response.headers = headersFromJson(resp.value(QStringLiteral("headers")).toArray());
    r.response.bodySize = qint64(resp.value(QStringLiteral("bodySize")).toDouble());
    r.response.truncated = resp.value(QStringLiteral("truncated")).toBool();
    r.response.elapsedMs = qint64(resp.value(QStringLiteral("elapsedMs")).toDouble(-1));
    for (const auto &v : resp.value(QStringLiteral("redirects")).toArray())
        r.response.redirects.append(v.toString());
    r.response.error = resp.value(QStringLiteral("error")).toString();
    r.response.at = fromIso(resp.value(QStringLiteral("at")).toString());
    if (withBodies) {
        r.request.body = q.value(16).toByteArray();
        r.response.body = q.value(17).toByteArray();
        r.reportedResponse = q.value(18).toByteArray();
    }
    return r;
}
}  // namespace

std::optional<Run> RunStore::loadRow(const QString &id, bool withBodies) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1%2 FROM runs WHERE id = :id")
                  .arg(QLatin1String(kRowColumns),
                       withBodies ? QStringLiteral(", request_body, response_body, reported_response") : QString()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return rowToRun(q, withBodies);
}

bool RunStore::contains(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return q.exec() && q.next();
}

QString RunStore::status(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT status FROM runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return (q.exec() && q.next()) ? q.value(0).toString() : QString();
}

std::optional<Run> RunStore::run(const QString &id) const
{
    auto r = loadRow(id, true);
    if (!r)
        return r;
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id, message, created_by, created_at FROM logs WHERE run_id = :id ORDER BY seq"));
    q.bindValue(QStringLiteral(":id"), id);
    if (q.exec())
        while (q.next())
            r->logs.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), fromIso(q.value(3).toString())});
    QSqlQuery e(db());
    e.prepare(QStringLiteral("SELECT at, what, by FROM events WHERE run_id = :id ORDER BY seq"));
    e.bindValue(QStringLiteral(":id"), id);
    if (e.exec())
        while (e.next())
            r->events.append({fromIso(e.value(0).toString()), e.value(1).toString(), e.value(2).toString()});
    return r;
}

QList<Run> RunStore::runs(int limit) const
{
    QList<Run> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM runs ORDER BY seq DESC LIMIT :n").arg(QLatin1String(kRowColumns)));
    q.bindValue(QStringLiteral(":n"), limit < 0 ? -1 : limit);
    if (!q.exec())
        return out;
    while (q.next())
        out.append(rowToRun(q, false));
    return out;
}

void RunStore::setRequest(const QString &id, const RunRequest &request)
{
    auto r = loadRow(id, true);
    if (!r)
        return;
    RunRequest m = request;
    m.url = mask(id, m.url);
    for (auto &h : m.headers)
        h.second = mask(id, h.second);
    m.body = mask(id, m.body);
    if (m.body.size() > m_limits.maxBodyBytes)
        m.body.truncate(m_limits.maxBodyBytes);
    m.key = mask(id, m.key);
    r->request = m;
    save(*r);
    emit runChanged(id);
}

void RunStore::setResponse(const QString &id, const RunResponse &response)
{
    auto r = loadRow(id, true);
    if (!r)
        return;
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
    r->response = m;
    save(*r);
    emit runChanged(id);
}

void RunStore::setReportedResponse(const QString &id, const QByteArray &json)
{
    auto r = loadRow(id, true);
    if (!r)
        return;
    r->reportedResponse = mask(id, json).left(m_limits.maxBodyBytes);
    save(*r);
    addEvent(id, QStringLiteral("response reported"), QString());
    emit runChanged(id);
}

void RunStore::addWarning(const QString &id, const QString &warning)
{
    auto r = loadRow(id, true);
    if (!r)
        return;
    r->warnings.append(mask(id, warning));
    save(*r);
    emit runChanged(id);
}

RunLog RunStore::appendLog(const QString &id, const QString &message, const QString &createdBy)
{
    RunLog log;
    log.id = QStringLiteral("rl_") + newRunId().mid(2);
    log.message = mask(id, message);
    log.createdBy = createdBy;
    log.createdAt = QDateTime::currentDateTimeUtc();
    QSqlQuery c(db());
    c.prepare(QStringLiteral("SELECT COUNT(*) FROM logs WHERE run_id = :id"));
    c.bindValue(QStringLiteral(":id"), id);
    const int count = (c.exec() && c.next()) ? c.value(0).toInt() : 0;
    if (count > m_limits.maxLogsPerRun)
        return log;  // already noted below
    if (count == m_limits.maxLogsPerRun)
        log.message = QStringLiteral("(more logs were dropped: the history keeps %1 per run)").arg(m_limits.maxLogsPerRun);
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO logs (run_id, id, message, created_by, created_at) VALUES (:r, :i, :m, :b, :a)"));
    q.bindValue(QStringLiteral(":r"), id);
    q.bindValue(QStringLiteral(":i"), log.id);
    q.bindValue(QStringLiteral(":m"), log.message);
    q.bindValue(QStringLiteral(":b"), log.createdBy);
    q.bindValue(QStringLiteral(":a"), iso(log.createdAt));
    if (!q.exec())
        qWarning("run history: %s", qPrintable(q.lastError().text()));
    emit logAppended(id, log);
    return log;
}

void RunStore::addEvent(const QString &id, const QString &what, const QString &by)
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("INSERT INTO events (run_id, at, what, by) VALUES (:r, :a, :w, :b)"));
    q.bindValue(QStringLiteral(":r"), id);
    q.bindValue(QStringLiteral(":a"), isoNow());
    q.bindValue(QStringLiteral(":w"), mask(id, what));
    q.bindValue(QStringLiteral(":b"), by);
    q.exec();
}

void RunStore::applyPatch(const QString &id, const RunPatch &p, const QString &by)
{
    auto r = loadRow(id, true);
    if (!r)
        return;
    QStringList changes;
    if (p.statusLabel) {
        r->statusLabel = mask(id, *p.statusLabel);
        changes << QStringLiteral("statusLabel: %1").arg(r->statusLabel);
    }
    if (p.links) {
        r->links.clear();
        for (const QString &l : *p.links)
            r->links.append(mask(id, l));
        r->linkIsList = p.linkIsList;
        changes << QStringLiteral("link: %1").arg(r->links.join(QStringLiteral(", ")));
    }
    if (p.summary) {
        r->summary = mask(id, *p.summary);
        changes << QStringLiteral("summary: %1").arg(r->summary);
    }
    if (p.externalRunId) {
        r->externalRunId = mask(id, *p.externalRunId);
        changes << QStringLiteral("externalRunId: %1").arg(r->externalRunId);
    }
    bool ended = false;
    if (p.status && *p.status != r->status) {
        changes << QStringLiteral("status %1 -> %2").arg(r->status, *p.status);
        r->status = *p.status;
        if (r->isFinished() && !r->endedAt.isValid()) {
            r->endedAt = QDateTime::currentDateTimeUtc();
            ended = true;
        }
    }
    save(*r);
    for (const QString &c : changes)
        addEvent(id, c, by);
    emit runChanged(id);
    if (ended)
        emit runEnded(id, r->status);
}

void RunStore::finish(const QString &id, const QString &status, const QString &summary, const QString &by)
{
    auto r = loadRow(id, false);
    if (!r || r->isFinished())
        return;
    if (!summary.isEmpty())
        appendLog(id, summary, by);
    RunPatch p;
    p.status = status;
    if (!summary.isEmpty() && r->summary.isEmpty())
        p.summary = summary;
    applyPatch(id, p, by);
}

void RunStore::markTerminated(const QString &id)
{
    auto r = loadRow(id, true);
    if (!r)
        return;
    r->terminated = true;
    save(*r);
}

bool RunStore::remove(const QString &id)
{
    QSqlQuery q(db());
    bool ok = true;
    for (const QString &table : {QStringLiteral("logs"), QStringLiteral("events")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE run_id = :id").arg(table));
        q.bindValue(QStringLiteral(":id"), id);
        ok = q.exec() && ok;
    }
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    ok = q.exec() && ok;
    m_runSecrets.remove(id);
    emit runRemoved(id);
    return ok;
}

bool RunStore::removeAll()
{
    QSqlQuery q(db());
    bool ok = q.exec(QStringLiteral("DELETE FROM logs"));
    ok = q.exec(QStringLiteral("DELETE FROM events")) && ok;
    ok = q.exec(QStringLiteral("DELETE FROM runs")) && ok;
    q.exec(QStringLiteral("VACUUM"));
    m_runSecrets.clear();
    emit cleared();
    return ok;
}

void RunStore::prune()
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT id FROM runs ORDER BY seq DESC LIMIT -1 OFFSET :n"));
    q.bindValue(QStringLiteral(":n"), m_limits.maxRuns);
    if (!q.exec())
        return;
    QStringList old;
    while (q.next())
        old.append(q.value(0).toString());
    for (const QString &id : old)
        remove(id);
}

}  // namespace ad
