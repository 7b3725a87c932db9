#include "app/journal.h"

#include "app/document/document.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sys/file.h>
#include <unistd.h>
#endif

namespace ad::app {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    if (!(::kill(pid_t(pid), 0) == 0 || errno == EPERM))
        return false;
    // A killed process its parent has not reaped yet still answers kill(0): a zombie is dead.
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (stat.open(QIODevice::ReadOnly)) {
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        if (close >= 0 && close + 2 < line.size() && (line.at(close + 2) == 'Z' || line.at(close + 2) == 'X'))
            return false;
    }
    return true;
#else
    return false;
#endif
}

// The entry in `path`, or an empty object when the file cannot be read or is not an entry.
QJsonObject readEntry(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
    if (!o.value(QStringLiteral("session")).isString() || !o.value(QStringLiteral("text")).isString())
        return {};
    return o;
}

// Locks live in a folder of their own: the journal folder holds entries only.
QString lockDir(const QString &dir)
{
    return dir + QStringLiteral("/locks");
}

QString lockPath(const QString &dir, const QString &session)
{
    return QStringLiteral("%1/%2.lock").arg(lockDir(dir), session);
}

}  // namespace

Journal::Journal(const QString &directory, QObject *parent)
    : QObject(parent),
      m_dir(directory.isEmpty() ? defaultDirectory() : directory),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // Journals hold unsaved documents (which may hold tokens): only for this user.
    if (!QFileInfo::exists(m_dir) && QDir().mkpath(m_dir))
        QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#ifdef Q_OS_UNIX
    QDir().mkpath(lockDir(m_dir));
    // The session's lock: held while this process runs, released by the kernel when it ends in
    // any way (kill -9 included), so the next start knows at once that the session is gone.
    m_lockFd = ::open(QFile::encodeName(lockPath(m_dir, m_session)).constData(), O_RDWR | O_CREAT | O_CLOEXEC, 0600);
    if (m_lockFd >= 0 && ::flock(m_lockFd, LOCK_EX | LOCK_NB) != 0) {
        ::close(m_lockFd);
        m_lockFd = -1;
    }
    // Locks of ended sessions that left no unsaved work behind are litter: remove them.
    const QDir dir(m_dir);
    const QDir locks(lockDir(m_dir));
    for (const QString &lock : locks.entryList({QStringLiteral("*.lock")}, QDir::Files)) {
        const QString session = lock.chopped(5);
        if (session != m_session && dir.entryList({session + QStringLiteral("-*.json")}, QDir::Files).isEmpty()
            && !sessionAlive(session, 0))
            QFile::remove(locks.filePath(lock));
    }
#endif
    m_timer = new QTimer(this);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Journal::flush);
    m_timer->start();
}

Journal::~Journal()
{
    flush();
#ifdef Q_OS_UNIX
    if (m_lockFd >= 0) {
        QFile::remove(lockPath(m_dir, m_session));
        ::close(m_lockFd);
    }
#endif
}

bool Journal::sessionAlive(const QString &session, qint64 pid) const
{
#ifdef Q_OS_UNIX
    const QByteArray lock = QFile::encodeName(lockPath(m_dir, session));
    const int fd = ::open(lock.constData(), O_RDWR | O_CLOEXEC);
    if (fd >= 0) {
        const bool held = ::flock(fd, LOCK_EX | LOCK_NB) != 0 && errno == EWOULDBLOCK;
        ::close(fd);
        return held;
    }
#endif
    // No lock file (an entry from an older version): fall back to the process id.
    return pid != QCoreApplication::applicationPid() && processAlive(pid);
}

QString Journal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal");
}

void Journal::track(Document *doc, std::function<QString()> scenarios)
{
    for (const Tracked &t : std::as_const(m_tracked))
        if (t.doc == doc)
            return;
    Tracked t;
    t.doc = doc;
    t.scenarios = std::move(scenarios);
    t.file = QStringLiteral("%1/%2-%3.json").arg(m_dir, m_session).arg(++m_counter);
    m_tracked.append(t);
    connect(doc, &QObject::destroyed, this, [this, file = t.file] {
        // Destroyed without untrack(): keep nothing stale in the list, keep the file on disk only
        // if it holds unsaved work (the owner decided not to untrack, e.g. a crash-like exit).
        m_tracked.erase(std::remove_if(m_tracked.begin(), m_tracked.end(),
                                       [&](const Tracked &x) { return x.file == file; }),
                        m_tracked.end());
    });
}

void Journal::untrack(Document *doc)
{
    for (int i = 0; i < m_tracked.size(); ++i) {
        if (m_tracked[i].doc == doc) {
            remove(m_tracked[i]);
            m_tracked.removeAt(i);
            return;
        }
    }
}

void Journal::flush()
{
    for (Tracked &t : m_tracked) {
        if (!t.doc)
            continue;
        if (!t.doc->isModified()) {
            remove(t);
            continue;
        }
        if (!t.written || t.lastText != t.doc->text() || (t.scenarios && t.lastScenarios != t.scenarios()))
            write(t);
    }
}

void Journal::write(Tracked &t)
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("session"), m_session);
    o.insert(QStringLiteral("pid"), QCoreApplication::applicationPid());
    o.insert(QStringLiteral("path"), t.doc->path());
    o.insert(QStringLiteral("displayName"), t.doc->displayName());
    o.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    o.insert(QStringLiteral("text"), t.doc->text());
    const QString scenarios = t.scenarios ? t.scenarios() : QString();
    if (!scenarios.isEmpty())
        o.insert(QStringLiteral("scenarios"), scenarios);
    QSaveFile f(t.file);
    if (!f.open(QIODevice::WriteOnly))
        return;
    // QSaveFile gives a new file the umask's mode (usually 0644); the rename keeps this one.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (f.commit()) {
        t.lastText = t.doc->text();
        t.lastScenarios = scenarios;
        t.written = true;
    }
}

void Journal::remove(Tracked &t)
{
    if (t.written || QFile::exists(t.file))
        QFile::remove(t.file);
    t.written = false;
    t.lastText.clear();
    t.lastScenarios.clear();
}

QList<Journal::Entry> Journal::recoverable() const
{
    QList<Entry> out;
    const QDir dir(m_dir);
    const QFileInfoList files = dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Time);
    for (const QFileInfo &fi : files) {
        const QJsonObject o = readEntry(fi.absoluteFilePath());
        if (o.isEmpty() || o.value(QStringLiteral("session")).toString() == m_session)
            continue;
        const qint64 pid = o.value(QStringLiteral("pid")).toInteger();
        // Another live instance's journal is not ours to offer; one from this very process but
        // another session (a Journal that went away without cleaning up) is.
        if (sessionAlive(o.value(QStringLiteral("session")).toString(), pid))
            continue;
        Entry e;
        e.journalFile = fi.absoluteFilePath();
        e.path = o.value(QStringLiteral("path")).toString();
        e.displayName = o.value(QStringLiteral("displayName")).toString();
        e.text = o.value(QStringLiteral("text")).toString();
        e.scenarios = o.value(QStringLiteral("scenarios")).toString();
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        out.append(e);
    }
    return out;
}

QList<Journal::Entry> Journal::recoverableFor(const QString &path) const
{
    QList<Entry> out;
    const QString abs = QFileInfo(path).absoluteFilePath();
    for (const Entry &e : recoverable())
        if (!e.path.isEmpty() && QFileInfo(e.path).absoluteFilePath() == abs)
            out << e;
    return out;
}

void Journal::discard(const Entry &e)
{
    QFile::remove(e.journalFile);
    // The dead session's lock goes with its last entry.
    const QString session = QFileInfo(e.journalFile).completeBaseName().section(QLatin1Char('-'), 0, 4);
    const QDir dir = QFileInfo(e.journalFile).absoluteDir();
    if (dir.entryList({session + QStringLiteral("-*.json")}, QDir::Files).isEmpty())
        QFile::remove(lockPath(dir.absolutePath(), session));
}

QString Journal::damagedDirectory() const
{
    return m_dir + QStringLiteral("/damaged");
}

QStringList Journal::setAsideUnreadable()
{
    QStringList moved;
    const QDir dir(m_dir);
    for (const QFileInfo &fi : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (!readEntry(fi.absoluteFilePath()).isEmpty())
            continue;
        QDir().mkpath(damagedDirectory());
        const QString target = QDir(damagedDirectory()).filePath(fi.fileName());
        QFile::remove(target);  // an older copy of the same name: the newer one is what to keep
        // Kept rather than deleted: a person may still get text out of it by hand. If it cannot
        // be moved it is removed, or it would be reported at every start.
        if (QFile::rename(fi.absoluteFilePath(), target) || QFile::remove(fi.absoluteFilePath()))
            moved << fi.fileName();
    }
    return moved;
}

}  // namespace ad::app
