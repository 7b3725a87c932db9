#pragma once
// Autosave journal: every ~2 s each modified open document's path and text (and its window's edited
// scenarios, secret values left out) go to one file in
// <AppDataLocation>/journal/, removed again when the document is saved or closed. After a crash or
// kill, the next start lists what is left (recoverable()) and offers to restore it.

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>

#include <functional>

class QTimer;

namespace ad::app {

class Document;

class Journal : public QObject {
    Q_OBJECT
public:
    struct Entry {
        QString journalFile;  // where the entry is stored
        QString path;         // the document's file, empty for an untitled one
        QString displayName;
        QString text;
        QString scenarios;  // the window's edited scenarios (PreviewDock::journalText()), or empty
        QDateTime savedAt;
    };

    // `directory` empty = defaultDirectory().
    explicit Journal(const QString &directory = {}, QObject *parent = nullptr);
    ~Journal() override;  // keeps the files of still-modified documents: that is the point

    static QString defaultDirectory();
    QString directory() const { return m_dir; }

    // Starts journaling `doc` (until it is destroyed or untracked). `scenarios`, when given, returns
    // the scenario edits that belong to the document's window: they are kept with its text.
    void track(Document *doc, std::function<QString()> scenarios = {});
    // Stops journaling and removes the document's entry (a normal close).
    void untrack(Document *doc);
    // Writes every modified tracked document whose text changed since the last write now.
    void flush();

    // Entries left by other sessions that are not running any more (crashed or killed).
    QList<Entry> recoverable() const;
    // Deletes an entry's file (after restoring it or when the user declines).
    static void discard(const Entry &e);
    // Moves the journal files that cannot be read or are not journal entries (damaged, or written by
    // something else) into damagedDirectory(), so they are reported once and never scanned again.
    // Returns their file names.
    QStringList setAsideUnreadable();
    QString damagedDirectory() const;

    // Entries recoverable() offers for the file at `path` (the same file opened again).
    QList<Entry> recoverableFor(const QString &path) const;
    // Whether the session that wrote an entry is still running: its lock is held. A killed process
    // releases the lock at once, even while it lingers as a zombie its parent has not reaped (a
    // process id check alone took such a session for a live one until the zombie was gone).
    bool sessionAlive(const QString &session, qint64 pid) const;

    static constexpr int kIntervalMs = 2000;

private:
    struct Tracked {
        QPointer<Document> doc;
        QString file;
        QString lastText;
        QString lastScenarios;
        std::function<QString()> scenarios;
        bool written = false;
    };
    void write(Tracked &t);
    void remove(Tracked &t);

    QString m_dir;
    QString m_session;
    int m_lockFd = -1;  // held (flock) for the session's lifetime
    int m_counter = 0;
    QList<Tracked> m_tracked;
    QTimer *m_timer = nullptr;
};

}  // namespace ad::app
