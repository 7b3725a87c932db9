#include "runner/runstoredb.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QThread>
#include <QVariant>

namespace ad::historydb {

namespace {
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
QStringList listFromText(const QString &s)
{
    QStringList out;
    for (const auto &v : QJsonDocument::fromJson(s.toUtf8()).array())
        out.append(v.toString());
    return out;
}

const char *kSchema[] = {
    "CREATE TABLE IF NOT EXISTS runs (id TEXT PRIMARY KEY, seq INTEGER NOT "
    "NULL, action TEXT, backend TEXT,"
    " scenario TEXT, status TEXT, status_label TEXT, links TEXT, link_is_list "
    "INTEGER, summary TEXT,"
    " external_run_id TEXT, started_at TEXT, ended_at TEXT, terminated "
    "INTEGER, warnings TEXT,"
    " request TEXT, request_body BLOB, response TEXT, response_body BLOB, "
    "reported_response BLOB)",
    "CREATE TABLE IF NOT EXISTS logs (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "run_id TEXT NOT NULL, id TEXT,"
    " message TEXT, created_by TEXT, created_at TEXT)",
    "CREATE TABLE IF NOT EXISTS events (seq INTEGER PRIMARY KEY AUTOINCREMENT, "
    "run_id TEXT NOT NULL, at TEXT,"
    " what TEXT, by TEXT)",
    "CREATE INDEX IF NOT EXISTS logs_run ON logs(run_id)",
    "CREATE INDEX IF NOT EXISTS events_run ON events(run_id)",
};

// Columns added after the first release, added to older files on open.
const struct {
    const char *name;
    const char *type;
} kAddedColumns[] = {
    {"owner_pid", "INTEGER"},  // who can still end the run (see runowner.h)
    {"owner_started", "TEXT"},
    {"owner_store", "TEXT"},
    {"log_count", "INTEGER NOT NULL DEFAULT 0"},  // kept with the run so a log
                                                  // POST reads no logs
    {"log_bytes", "INTEGER NOT NULL DEFAULT 0"},
    {"logs_capped", "INTEGER NOT NULL DEFAULT 0"},
    {"source", "BLOB"},  // what the run was made from (RunnerService), for "send
                         // this exact request again"
};

bool isBusy(const QSqlError &e)
{
    // SQLITE_BUSY (5, and its extended codes such as BUSY_SNAPSHOT 517), SQLITE_LOCKED (6).
    const int code = e.nativeErrorCode().toInt();
    return (code & 0xff) == 5 || (code & 0xff) == 6;
}

// Restricts a file this user creates to this user (the history holds requests and responses).
void restrict(const QString &path)
{
    if (QFile::exists(path))
        QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}
}  // namespace

const char kRowColumns[] = "id, action, backend, scenario, status, "
                           "status_label, links, link_is_list, summary,"
                           " external_run_id, started_at, ended_at, "
                           "terminated, warnings, request, response";
const char kBodyColumns[] = ", request_body, response_body, reported_response, source";

bool exec(QSqlQuery &q, const QString &statement)
{
    // Another process's write transaction is short (one statement); SQLite's busy handler waits for
    // it, but a reader that must upgrade to a writer fails at once (BUSY_SNAPSHOT): retry.
    for (int attempt = 0;; ++attempt) {
        const bool ok = statement.isEmpty() ? q.exec() : q.exec(statement);
        if (ok)
            return true;
        if (!isBusy(q.lastError()) || attempt == 50) {
            qWarning("run history: %s", qPrintable(q.lastError().text()));
            return false;
        }
        q.finish();
        QThread::msleep(10 + 5 * attempt);
    }
}

bool exec(QSqlQuery &q) { return exec(q, QString()); }

bool open(QSqlDatabase &d, const QString &path, QString *error)
{
    const bool memory = path == QLatin1String(":memory:");
    if (!memory) {
        const QString dir = QFileInfo(path).absolutePath();
        if (!QFileInfo::exists(dir)) {
            if (!QDir().mkpath(dir)) {
                if (error)
                    *error = QStringLiteral("cannot create %1").arg(dir);
                return false;
            }
            QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        }
        // SQLite creates the file with the process umask (usually 0644): create it 0600 first.
        if (!QFileInfo::exists(path)) {
            QFile f(path);
            if (f.open(QIODevice::WriteOnly | QIODevice::NewOnly))
                f.close();
        }
        restrict(path);
    }
    d.close();
    d.setDatabaseName(path);
    // The busy handler waits this long for another process's write (GUI and CLI share the file).
    d.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    if (!d.open()) {
        if (error)
            *error = d.lastError().text();
        return false;
    }
    QSqlQuery q(d);
    // secure_delete: deleted runs are overwritten, not left in free pages of the file.
    exec(q, QStringLiteral("PRAGMA secure_delete=ON"));
    exec(q, QStringLiteral("PRAGMA journal_mode=WAL"));
    // With WAL, NORMAL never corrupts the file; a power cut may lose the last updates of a test run.
    // FULL costs an fsync per log line (about 10 ms each here).
    exec(q, QStringLiteral("PRAGMA synchronous=NORMAL"));
    for (const char *stmt : kSchema) {
        if (!exec(q, QString::fromLatin1(stmt))) {
            if (error)
                *error = q.lastError().text();
            return false;
        }
    }
    QStringList have;
    if (exec(q, QStringLiteral("PRAGMA table_info(runs)")))
        while (q.next())
            have << q.value(1).toString();
    q.finish();
    for (const auto &c : kAddedColumns) {
        if (have.contains(QLatin1String(c.name)))
            continue;
        // Two processes may migrate at once: the loser sees "duplicate column", which is fine.
        QSqlQuery add(d);
        if (!add.exec(QStringLiteral("ALTER TABLE runs ADD COLUMN %1 %2").arg(QLatin1String(c.name), QLatin1String(c.type)))
            && !add.lastError().text().contains(QLatin1String("duplicate column"))) {
            if (error)
                *error = add.lastError().text();
            return false;
        }
    }
    if (!memory) {
        // The WAL and shared-memory files appear with the first write; keep them private too.
        restrict(path + QStringLiteral("-wal"));
        restrict(path + QStringLiteral("-shm"));
    }
    return true;
}

QString iso(const QDateTime &d) { return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString(); }

QDateTime fromIso(const QString &s)
{
    if (s.isEmpty())
        return {};
    QDateTime d = QDateTime::fromString(s, Qt::ISODateWithMs);
    d.setTimeSpec(Qt::UTC);
    return d;
}

QString listToText(const QStringList &l)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(l)).toJson(QJsonDocument::Compact));
}

QString requestToText(const RunRequest &r)
{
    return toText({{QStringLiteral("method"), r.method},
                   {QStringLiteral("url"), r.url},
                   {QStringLiteral("headers"), headersToJson(r.headers)},
                   {QStringLiteral("topic"), r.topic},
                   {QStringLiteral("key"), QString::fromUtf8(r.key)}});
}

QString responseToText(const RunResponse &s)
{
    return toText({{QStringLiteral("httpStatus"), s.httpStatus},
                   {QStringLiteral("headers"), headersToJson(s.headers)},
                   {QStringLiteral("bodySize"), double(s.bodySize)},
                   {QStringLiteral("truncated"), s.truncated},
                   {QStringLiteral("elapsedMs"), double(s.elapsedMs)},
                   {QStringLiteral("redirects"), QJsonArray::fromStringList(s.redirects)},
                   {QStringLiteral("error"), s.error},
                   {QStringLiteral("at"), iso(s.at)}});
}

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
        r.source = q.value(19).toByteArray();
    }
    return r;
}

}  // namespace ad::historydb
