// Crash recovery on the very next start (issue 13, point 6), with real processes: the designer is
// started (offscreen) holding unsaved work, killed with SIGKILL and left unreaped (a zombie, as a
// launcher that has not waited yet leaves it), and started again at once: the new process must
// take over the unsaved work. And opening the same file offers the journal's version.
#include "app/document/document.h"
#include "app/journal.h"
#include "app/mainwindow.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <csignal>
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

using namespace ad;
using namespace ad::app;

namespace {

constexpr int kWait = 90000;  // the machine running the suite may be busy

// A journal entry of a session that is gone.
void seed(const QString &dir, const QString &path, const QString &text)
{
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    const QString session = QUuid::createUuid().toString(QUuid::WithoutBraces);
    o.insert(QStringLiteral("session"), session);
    o.insert(QStringLiteral("pid"), 0);
    o.insert(QStringLiteral("path"), path);
    o.insert(QStringLiteral("displayName"), QStringLiteral("deploy.json"));
    o.insert(QStringLiteral("savedAt"), QStringLiteral("2026-01-01T00:00:00.000Z"));
    o.insert(QStringLiteral("text"), text);
    QDir().mkpath(dir);
    QFile f(dir + QLatin1Char('/') + session + QStringLiteral("-1.json"));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(QJsonDocument(o).toJson());
}

// The pid of the journal entry holding `text`, or 0.
qint64 journalPidWith(const QString &dir, const QString &text)
{
    for (const QFileInfo &fi : QDir(dir).entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile f(fi.absoluteFilePath());
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        if (o.value(QStringLiteral("text")).toString() == text)
            return o.value(QStringLiteral("pid")).toInteger();
    }
    return 0;
}

// Starts the designer with `--restore` in `home` without ever reaping it (posix_spawn, no wait).
pid_t startDesigner(const QString &home)
{
    QList<QByteArray> env;
    for (char **e = environ; *e; ++e) {
        const QByteArray kv(*e);
        if (!kv.startsWith("HOME=") && !kv.startsWith("XDG_"))
            env << kv;
    }
    env << "HOME=" + home.toLocal8Bit() << "XDG_DATA_HOME=" + (home + QStringLiteral("/data")).toLocal8Bit()
        << "XDG_CONFIG_HOME=" + (home + QStringLiteral("/config")).toLocal8Bit()
        << "XDG_RUNTIME_DIR=" + home.toLocal8Bit() << QByteArray("QT_QPA_PLATFORM=offscreen");
    std::vector<char *> envp;
    for (QByteArray &kv : env)
        envp.push_back(kv.data());
    envp.push_back(nullptr);
    QByteArray bin(AD_BINARY);
    QByteArray restore("--restore");
    char *argv[] = {bin.data(), restore.data(), nullptr};
    pid_t pid = 0;
    if (posix_spawn(&pid, bin.constData(), nullptr, nullptr, argv, envp.data()) != 0)
        return 0;
    return pid;
}

}  // namespace

class TstCrashRestart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void restartRightAfterKillOffersTheWork();
    void openingTheSameFileOffersTheJournal();
};

void TstCrashRestart::restartRightAfterKillOffersTheWork()
{
    QTemporaryDir home;
    const QString journalDir = home.path() + QStringLiteral("/data/action-designer/action-designer/journal");
    const QString path = home.filePath(QStringLiteral("deploy.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"identifier\": \"deploy\"}\n");
    }
    const QString unsaved = QStringLiteral("{\"identifier\": \"deploy\", \"title\": \"unsaved edit\"}\n");
    seed(journalDir, path, unsaved);

    // First run: takes the work over (modified, journaled under its own pid), then is killed.
    const pid_t first = startDesigner(home.path());
    QVERIFY(first > 0);
    QTRY_COMPARE_WITH_TIMEOUT(journalPidWith(journalDir, unsaved), qint64(first), kWait);
    QCOMPARE(::kill(first, SIGKILL), 0);
    // Not reaped: the killed process is a zombie now, its pid still answers kill(pid, 0).
    QTest::qWait(200);
    QCOMPARE(::kill(first, 0), 0);

    // What the next start sees, at once.
    Journal same(journalDir);
    QCOMPARE(same.recoverable().size(), 1);

    // Second run, right away: it restores the work (and journals it under its own pid).
    const pid_t second = startDesigner(home.path());
    QVERIFY(second > 0);
    QTRY_COMPARE_WITH_TIMEOUT(journalPidWith(journalDir, unsaved), qint64(second), kWait);
    ::kill(second, SIGKILL);
    ::waitpid(second, nullptr, 0);
    ::waitpid(first, nullptr, 0);
}

void TstCrashRestart::openingTheSameFileOffersTheJournal()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deploy.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"identifier\": \"deploy\"}\n");
    }
    const QString unsaved = QStringLiteral("{\"identifier\": \"deploy\", \"title\": \"from the journal\"}\n");
    seed(dir.filePath(QStringLiteral("journal")), path, unsaved);
    Journal journal(dir.filePath(QStringLiteral("journal")));
    auto *w = new MainWindow(&journal);
    QStringList asked;
    w->setAsker([&asked](const Question &q) {
        asked << q.intro;
        return 0;  // Restore
    });
    w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    QVERIFY(w->openFile(path));
    QCOMPARE(asked.size(), 1);
    QCOMPARE(w->document()->text(), unsaved);
    QVERIFY(w->document()->isModified());
    QCOMPARE(w->document()->path(), QFileInfo(path).absoluteFilePath());
    delete w;
}

QTEST_MAIN(TstCrashRestart)
#include "tst_crashrestart.moc"
