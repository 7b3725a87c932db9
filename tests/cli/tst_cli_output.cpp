// Where `export -o` / `migrate -o` write: atomically to files, through to devices and pipes,
// never into a directory; the device or pipe is never replaced by a regular file.
#include "clirun.h"
#include "../model/modeltestutil.h"

#include <QDir>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QtTest>

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/sysmacros.h>
#include <unistd.h>

using namespace ad::test;

namespace {

mode_t fileType(const QString &path)
{
    struct stat st {};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return st.st_mode & S_IFMT;
}

ino_t inode(const QString &path)
{
    struct stat st {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// What every command with -o takes, and the bytes it writes there.
struct Writer {
    QStringList args;  // without -o OUT
    QByteArray expected;
};

QList<Writer> writers()
{
    const QString plain = example("github-create-secret-input.json");
    const QString legacy = example("legacy-v1-gitlab-agent-crossplane.json");
    return {{{QStringLiteral("export"), plain}, runCli({QStringLiteral("export"), plain}).out},
            {{QStringLiteral("migrate"), legacy}, runCli({QStringLiteral("migrate"), legacy}).out}};
}

}  // namespace

class TestCliOutput : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void characterDeviceIsWrittenThrough();
    void fifoGetsTheBytes();
    void directoryIsRefused();
    void regularFileReplacedAtomically();
    void symlinkKeptTargetReplaced();
    void dashIsStdout();

private:
    QTemporaryDir m_dir;
    QList<Writer> m_writers;
};

void TestCliOutput::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_writers = writers();
    for (const Writer &w : std::as_const(m_writers))
        QVERIFY(!w.expected.isEmpty());
}

void TestCliOutput::characterDeviceIsWrittenThrough()
{
    // A private twin of /dev/null (same device numbers) where root may make one, so a broken build
    // run as root replaces only the twin; /dev/null itself otherwise.
    QString devNull = m_dir.filePath(QStringLiteral("null"));
    if (::mknod(QFile::encodeName(devNull).constData(), S_IFCHR | 0666, makedev(1, 3)) != 0)
        devNull = QStringLiteral("/dev/null");
    for (const Writer &w : std::as_const(m_writers)) {
        const CliRun r = runCli(w.args + QStringList{QStringLiteral("-o"), devNull});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fileType(devNull), mode_t(S_IFCHR));
        QVERIFY(r.out.isEmpty());
    }
    QCOMPARE(fileType(QStringLiteral("/dev/null")), mode_t(S_IFCHR));
}

void TestCliOutput::fifoGetsTheBytes()
{
    const QString fifo = m_dir.filePath(QStringLiteral("pipe"));
    QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
    for (const Writer &w : std::as_const(m_writers)) {
        // Read and write ends held here: the CLI's open never blocks and its bytes wait in the pipe
        // (the outputs are far below the pipe's buffer).
        const int fd = ::open(QFile::encodeName(fifo).constData(), O_RDWR | O_NONBLOCK);
        QVERIFY(fd >= 0);
        const CliRun r = runCli(w.args + QStringList{QStringLiteral("--output"), fifo});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QByteArray got;
        char buf[4096];
        for (ssize_t n; (n = ::read(fd, buf, sizeof buf)) > 0;)
            got.append(buf, n);
        ::close(fd);
        QCOMPARE(fileType(fifo), mode_t(S_IFIFO));
        QCOMPARE(got, w.expected);
    }
}

void TestCliOutput::directoryIsRefused()
{
    const QString dir = m_dir.filePath(QStringLiteral("outdir"));
    QVERIFY(QDir().mkpath(dir));
    for (const Writer &w : std::as_const(m_writers)) {
        const CliRun r = runCli(w.args + QStringList{QStringLiteral("-o"), dir});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray(dir.toUtf8() + ": error: is a directory, not a file\n"));
        QVERIFY(r.out.isEmpty());
        QCOMPARE(fileType(dir), mode_t(S_IFDIR));
        QVERIFY(QDir(dir).isEmpty());
    }
}

void TestCliOutput::regularFileReplacedAtomically()
{
    for (const Writer &w : std::as_const(m_writers)) {
        const QString out = writeTextFile(m_dir.filePath(QStringLiteral("old.json")), "old\n");
        const ino_t before = inode(out);
        const CliRun r = runCli(w.args + QStringList{QStringLiteral("-o"), out});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(readAll(out), w.expected);
        // Renamed over the old file, not rewritten in place: a reader never sees half of it.
        QVERIFY(inode(out) != before);
        QCOMPARE(QDir(m_dir.path()).entryList({QStringLiteral("old.json*")}, QDir::Files | QDir::Hidden).size(), 1);
    }
}

void TestCliOutput::symlinkKeptTargetReplaced()
{
    for (const Writer &w : std::as_const(m_writers)) {
        const QString target = writeTextFile(m_dir.filePath(QStringLiteral("target.json")), "old\n");
        const QString link = m_dir.filePath(QStringLiteral("link.json"));
        QFile::remove(link);
        QVERIFY(QFile::link(target, link));
        const CliRun r = runCli(w.args + QStringList{QStringLiteral("-o"), link});
        QVERIFY2(r.exitCode == 0, r.err.constData());
        QCOMPARE(fileType(link), mode_t(S_IFLNK));
        QCOMPARE(QFileInfo(link).symLinkTarget(), target);
        QCOMPARE(readAll(target), w.expected);
    }
}

void TestCliOutput::dashIsStdout()
{
    for (const Writer &w : std::as_const(m_writers)) {
        const CliRun r = runCli(w.args + QStringList{QStringLiteral("-o"), QStringLiteral("-")});
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(r.out, w.expected);
        QVERIFY(!QFile::exists(QStringLiteral("-")));
    }
}

QTEST_GUILESS_MAIN(TestCliOutput)
#include "tst_cli_output.moc"
