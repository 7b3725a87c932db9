// RunStore's reads and deletions (see runstore.h); writes are in runstore.cpp.
#include "runner/runstore.h"

#include "runner/runstoredb.h"

#include <QRandomGenerator>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QVariant>

namespace ad {

using namespace historydb;

qint64 Run::durationMs() const
{
    if (!startedAt.isValid() || !endedAt.isValid())
        return -1;
    return startedAt.msecsTo(endedAt);
}

QString RunStore::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/history.sqlite");
}

QString RunStore::newRunId()
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QStringLiteral("r_");
    for (int i = 0; i < 16; ++i)
        id += QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof alphabet - 1))]);
    return id;
}

std::optional<Run> RunStore::loadRow(const QString &id, bool withBodies) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT %1%2 FROM runs WHERE id = :id")
                  .arg(QLatin1String(kRowColumns), withBodies ? QLatin1String(kBodyColumns) : QLatin1String()));
    q.bindValue(QStringLiteral(":id"), id);
    if (!exec(q) || !q.next())
        return std::nullopt;
    return rowToRun(q, withBodies);
}

bool RunStore::contains(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT 1 FROM runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return exec(q) && q.next();
}

QString RunStore::status(const QString &id) const
{
    QSqlQuery q(db());
    q.prepare(QStringLiteral("SELECT status FROM runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    return (exec(q) && q.next()) ? q.value(0).toString() : QString();
}

std::optional<Run> RunStore::header(const QString &id, bool withBodies) const { return loadRow(id, withBodies); }

std::optional<Run> RunStore::run(const QString &id) const
{
    auto r = loadRow(id, true);
    if (!r)
        return r;
    r->logs = logs(id);
    QSqlQuery e(db());
    e.setForwardOnly(true);
    e.prepare(QStringLiteral("SELECT at, what, by FROM events WHERE run_id = :id ORDER BY seq"));
    e.bindValue(QStringLiteral(":id"), id);
    if (exec(e))
        while (e.next())
            r->events.append({fromIso(e.value(0).toString()), e.value(1).toString(), e.value(2).toString()});
    return r;
}

QList<RunLog> RunStore::logs(const QString &id, int offset, int limit) const
{
    QList<RunLog> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id, message, created_by, created_at FROM "
                             "logs WHERE run_id = :id ORDER BY seq"
                             " LIMIT :n OFFSET :o"));
    q.bindValue(QStringLiteral(":id"), id);
    q.bindValue(QStringLiteral(":n"), limit < 0 ? -1 : limit);
    q.bindValue(QStringLiteral(":o"), offset);
    if (exec(q))
        while (q.next())
            out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), fromIso(q.value(3).toString())});
    m_logRowsRead += out.size();
    return out;
}

QList<Run> RunStore::runs(int limit) const
{
    QList<Run> out;
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT %1 FROM runs ORDER BY seq DESC LIMIT :n").arg(QLatin1String(kRowColumns)));
    q.bindValue(QStringLiteral(":n"), limit < 0 ? -1 : limit);
    if (!exec(q))
        return out;
    while (q.next())
        out.append(rowToRun(q, false));
    return out;
}

bool RunStore::remove(const QString &id)
{
    QSqlQuery q(db());
    bool ok = true;
    for (const QString &table : {QStringLiteral("logs"), QStringLiteral("events")}) {
        q.prepare(QStringLiteral("DELETE FROM %1 WHERE run_id = :id").arg(table));
        q.bindValue(QStringLiteral(":id"), id);
        ok = exec(q) && ok;
    }
    q.prepare(QStringLiteral("DELETE FROM runs WHERE id = :id"));
    q.bindValue(QStringLiteral(":id"), id);
    ok = exec(q) && ok;
    m_runSecrets.remove(id);
    emit runRemoved(id);
    return ok;
}

bool RunStore::removeAll()
{
    QSqlQuery q(db());
    bool ok = exec(q, QStringLiteral("DELETE FROM logs"));
    ok = exec(q, QStringLiteral("DELETE FROM events")) && ok;
    ok = exec(q, QStringLiteral("DELETE FROM runs")) && ok;
    exec(q, QStringLiteral("VACUUM"));
    m_runSecrets.clear();
    emit cleared();
    return ok;
}

void RunStore::prune()
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    q.prepare(QStringLiteral("SELECT id FROM runs ORDER BY seq DESC LIMIT -1 OFFSET :n"));
    q.bindValue(QStringLiteral(":n"), m_limits.maxRuns);
    if (!exec(q))
        return;
    QStringList old;
    while (q.next())
        old.append(q.value(0).toString());
    q.finish();
    for (const QString &id : old)
        remove(id);
}

}  // namespace ad
