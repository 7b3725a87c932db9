#include "cli/cmdfile.h"

#include "cli/report.h"

#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

#ifdef Q_OS_UNIX
#include <sys/stat.h>
#endif

namespace ad::cli {

namespace {

enum class OutputKind { Stdout, WriteThrough, Atomic, Refused };

// Follows symlinks: a link is judged by what it points to.
OutputKind outputKind(const QString &outPath, QString *why)
{
    if (outPath.isEmpty() || outPath == QLatin1String("-"))
        return OutputKind::Stdout;
#ifdef Q_OS_UNIX
    struct stat st {};
    if (::stat(QFile::encodeName(outPath).constData(), &st) != 0)
        return OutputKind::Atomic;  // a new path; QSaveFile says why when it cannot be made
    if (S_ISREG(st.st_mode))
        return OutputKind::Atomic;
    // Replacing /dev/null or a pipe with a regular file would break whoever uses it.
    if (S_ISCHR(st.st_mode) || S_ISFIFO(st.st_mode))
        return OutputKind::WriteThrough;
    *why = S_ISDIR(st.st_mode) ? QStringLiteral("is a directory, not a file")
                               : QStringLiteral("is not a regular file, a character device or a pipe; not written");
    return OutputKind::Refused;
#else
    const QFileInfo info(outPath);
    if (info.isDir()) {
        *why = QStringLiteral("is a directory, not a file");
        return OutputKind::Refused;
    }
    return OutputKind::Atomic;
#endif
}

bool writeStdout(const QByteArray &bytes, Context &ctx)
{
    // Bytes straight to stdout: the text stream would re-encode them.
    ctx.out.flush();
    const size_t n = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    if (std::fflush(stdout) != 0 || n != size_t(bytes.size())) {
        reportUsage(ctx, QStringLiteral("writing to standard output failed"));
        return false;
    }
    return true;
}

}  // namespace

int parseOptions(QCommandLineParser &parser, Context &ctx, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(help);
    // QCommandLineParser wants the program name first.
    if (!parser.parse(QStringList{QStringLiteral("action-designer")} + ctx.args))
        return usageError(ctx, parser.errorText(), usage);
    if (parser.isSet(help)) {
        ctx.out << usage;
        return Ok;
    }
    return -1;
}

QCommandLineOption outputOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("o"), QStringLiteral("output")}, QString(), QStringLiteral("OUT"));
}

int parseOneFile(QCommandLineParser &parser, Context &ctx, const QString &usage, ActionFile *file)
{
    if (const int rc = parseOptions(parser, ctx, usage); rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1)
        return usageError(ctx, QStringLiteral("give exactly one FILE"), usage);
    return loadActionFile(files.first(), ctx, file) ? -1 : BadInput;
}

QString displayName(const QString &path)
{
    return path == QLatin1String("-") ? QStringLiteral("<stdin>") : path;
}

bool loadActionFile(const QString &path, Context &ctx, ActionFile *file)
{
    *file = ActionFile::fromFile(path);
    if (file->ok())
        return true;
    report(ctx, {path, file->parseError().pos, file->parseError().message});
    return false;
}

bool checkOutput(const QString &outPath, Context &ctx)
{
    QString why;
    if (outputKind(outPath, &why) != OutputKind::Refused)
        return true;
    report(ctx, {outPath, {}, why});
    return false;
}

int writeOutput(const QByteArray &bytes, const QString &outPath, Context &ctx)
{
    QString why;
    switch (outputKind(outPath, &why)) {
    case OutputKind::Stdout:
        return writeStdout(bytes, ctx) ? Ok : Failed;
    case OutputKind::Refused:
        report(ctx, {outPath, {}, why});
        return BadInput;
    case OutputKind::WriteThrough: {
        QFile f(outPath);
        if (!f.open(QIODevice::WriteOnly | QIODevice::Unbuffered) || f.write(bytes) != bytes.size() || !f.flush()) {
            report(ctx, {outPath, {}, QStringLiteral("cannot write: %1").arg(f.errorString())});
            return Failed;
        }
        return Ok;
    }
    case OutputKind::Atomic:
        break;
    }
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        report(ctx, {outPath, {}, QStringLiteral("cannot write: %1").arg(f.errorString())});
        return Failed;
    }
    return Ok;
}

bool readSecretFile(Context &ctx, const QString &path, QString *out)
{
    QByteArray bytes;
    QString error;
    if (!ActionFile::readInput(path, &bytes, &error)) {
        report(ctx, {path, {}, error});
        return false;
    }
    if (bytes.endsWith('\n'))
        bytes.chop(1);
    if (bytes.endsWith('\r'))
        bytes.chop(1);
    if (bytes.isEmpty()) {
        report(ctx, {path, {}, QStringLiteral("the client secret is empty")});
        return false;
    }
    *out = QString::fromUtf8(bytes);
    return true;
}

}  // namespace ad::cli
