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
#endif

namespace ad::app {

namespace {

bool processAlive(qint64 pid)
{
    if (pid <= 0)
        return false;
#ifdef Q_OS_UNIX
    return ::kill(pid_t(pid), 0) == 0 || errno == EPERM;
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

}  // namespace

Journal::Journal(const QString &directory, QObject *parent)
    : QObject(parent),
      m_dir(directory.isEmpty() ? defaultDirectory() : directory),
      m_session(QUuid::createUuid().toString(QUuid::WithoutBraces))
{
    // Journals hold unsaved documents (which may hold tokens): only for this user.
    if (!QFileInfo::exists(m_dir) && QDir().mkpath(m_dir))
        QFile::setPermissions(m_dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    m_timer = new QTimer(this);
    m_timer->setInterval(kIntervalMs);
    connect(m_timer, &QTimer::timeout, this, &Journal::flush);
    m_timer->start();
}

Journal::~Journal()
{
    flush();
}

QString Journal::defaultDirectory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/journal");
}

void Journal::track(Document *doc)
{
    for (const Tracked &t : std::as_const(m_tracked))
        if (t.doc == doc)
            return;
    Tracked t;
    t.doc = doc;
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
        if (!t.written || t.lastText != t.doc->text())
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
    QSaveFile f(t.file);
    if (!f.open(QIODevice::WriteOnly))
        return;
    // QSaveFile gives a new file the umask's mode (usually 0644); the rename keeps this one.
    f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    f.write(QJsonDocument(o).toJson(QJsonDocument::Compact));
    if (f.commit()) {
        t.lastText = t.doc->text();
        t.written = true;
    }
}

void Journal::remove(Tracked &t)
{
    if (t.written || QFile::exists(t.file))
        QFile::remove(t.file);
    t.written = false;
    t.lastText.clear();
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
        if (pid != QCoreApplication::applicationPid() && processAlive(pid))
            continue;
        Entry e;
        e.journalFile = fi.absoluteFilePath();
        e.path = o.value(QStringLiteral("path")).toString();
        e.displayName = o.value(QStringLiteral("displayName")).toString();
        e.text = o.value(QStringLiteral("text")).toString();
        e.savedAt = QDateTime::fromString(o.value(QStringLiteral("savedAt")).toString(), Qt::ISODateWithMs);
        out.append(e);
    }
    return out;
}

void Journal::discard(const Entry &e)
{
    QFile::remove(e.journalFile);
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
