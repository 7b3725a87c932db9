#include "runner/runowner.h"

#include <QCoreApplication>
#include <QFile>
#include <QMutex>
#include <QRandomGenerator>
#include <QSet>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <sys/types.h>
#endif

namespace ad::runowner {

namespace {
QMutex &storesMutex()
{
    static QMutex m;
    return m;
}
QSet<QString> &liveStores()
{
    static QSet<QString> s;
    return s;
}

bool pidExists(qint64 pid)
{
#ifdef Q_OS_UNIX
    // EPERM: the process exists but belongs to someone else.
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
#else
    Q_UNUSED(pid);
    return true;  // cannot tell: never take another process's run
#endif
}
}  // namespace

QString processStartTime(qint64 pid)
{
    QFile f(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QByteArray stat = f.readAll();
    // The command name (field 2) is in parentheses and may hold spaces or ')': fields 3.. follow the
    // last ')'.
    const int close = stat.lastIndexOf(')');
    if (close < 0)
        return {};
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    constexpr int kStartTime = 22 - 3;
    return fields.size() > kStartTime ? QString::fromLatin1(fields.at(kStartTime)) : QString();
}

Owner currentProcess()
{
    static const Owner self = [] {
        Owner o;
        o.pid = QCoreApplication::applicationPid();
        o.started = processStartTime(o.pid);
        return o;
    }();
    return self;
}

bool isAlive(const Owner &owner)
{
    if (owner.pid <= 0)
        return false;  // written before runs had owners: whoever wrote it has long
                       // gone
    const Owner self = currentProcess();
    if (owner.pid == self.pid && owner.started == self.started) {
        QMutexLocker lock(&storesMutex());
        return liveStores().contains(owner.store);
    }
    if (!owner.started.isEmpty()) {
        const QString now = processStartTime(owner.pid);
        if (!now.isEmpty())
            return now == owner.started;  // a different start time: the pid was reused
    }
    // No /proc: the pid alone decides (a reused pid keeps a dead owner's run open, never the
    // reverse).
    return pidExists(owner.pid);
}

QString registerStore()
{
    const QString token = QString::number(QRandomGenerator::system()->generate64(), 36);
    QMutexLocker lock(&storesMutex());
    liveStores().insert(token);
    return token;
}

void unregisterStore(const QString &token)
{
    QMutexLocker lock(&storesMutex());
    liveStores().remove(token);
}

}  // namespace ad::runowner
