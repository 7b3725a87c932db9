#pragma once
// The history database underneath RunStore: opening with the pragmas and file modes it needs, the
// schema and its migrations, statements retried while another process holds the write lock, and the
// conversion between a runs row and a Run.

#include "runner/run.h"

#include <QSqlDatabase>
#include <QSqlQuery>

namespace ad::historydb {

// Opens `path` on connection `d`: the file (and a directory it creates) only for this user, WAL, a
// busy timeout, and the current schema. False with a message on failure.
bool open(QSqlDatabase &d, const QString &path, QString *error);

// Executes a prepared or plain statement, retrying while another process holds the lock. Every
// failure is logged once as a warning ("run history: ...").
bool exec(QSqlQuery &q);
bool exec(QSqlQuery &q, const QString &statement);

QString iso(const QDateTime &d);
QDateTime fromIso(const QString &s);
QString listToText(const QStringList &l);
QString requestToText(const RunRequest &r);
QString responseToText(const RunResponse &r);

// The columns rowToRun() reads, in its order (then optionally the body columns).
extern const char kRowColumns[];
extern const char kBodyColumns[];
Run rowToRun(const QSqlQuery &q, bool withBodies);

}  // namespace ad::historydb
