#include "cli/cmdfile.h"

#include <QSaveFile>

#include <cstdio>

namespace ad::cli {

int parseOptions(QCommandLineParser &parser, Context &ctx, const QString &usage)
{
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption help(QStringList{QStringLiteral("h"), QStringLiteral("help")});
    parser.addOption(help);
    // QCommandLineParser wants the program name first.
    if (!parser.parse(QStringList{QStringLiteral("action-designer")} + ctx.args)) {
        ctx.err << "action-designer: " << parser.errorText() << "\n\n" << usage;
        return BadInput;
    }
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

int parseOneFile(QCommandLineParser &parser, Context &ctx, const char *command, const QString &usage, ActionFile *file)
{
    if (const int rc = parseOptions(parser, ctx, usage); rc >= 0)
        return rc;
    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        ctx.err << "action-designer " << command << ": give exactly one FILE\n\n" << usage;
        return BadInput;
    }
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
    const JsonParseError &e = file->parseError();
    ctx.err << displayName(path);
    if (e.pos.isValid())
        ctx.err << ':' << e.pos.line << ':' << e.pos.column;
    ctx.err << ": error: " << e.message << '\n';
    return false;
}

bool writeOutput(const QByteArray &bytes, const QString &outPath, Context &ctx)
{
    if (outPath.isEmpty() || outPath == QLatin1String("-")) {
        // Bytes straight to stdout: the text stream would re-encode them.
        ctx.out.flush();
        const size_t n = std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
        if (std::fflush(stdout) != 0 || n != size_t(bytes.size())) {
            ctx.err << "action-designer: error: writing to standard output failed\n";
            return false;
        }
        return true;
    }
    QSaveFile f(outPath);
    if (!f.open(QIODevice::WriteOnly)) {
        ctx.err << outPath << ": error: cannot write: " << f.errorString() << '\n';
        return false;
    }
    if (f.write(bytes) != bytes.size() || !f.commit()) {
        ctx.err << outPath << ": error: cannot write: " << f.errorString() << '\n';
        return false;
    }
    return true;
}

}  // namespace ad::cli
