// `action-designer export FILE [-o OUT] [--for-port] [--compact]`: canonical (or Port-ready) JSON.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/report.h"

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer export FILE [-o OUT] [--for-port] [--compact]\n"
    "\n"
    "Writes FILE in canonical form (2-space indent; key order, unknown keys, number texts and string\n"
    "escapes kept) to stdout, or atomically to OUT. The shape is kept: an action, an array, an API\n"
    "response. '-' reads standard input.\n"
    "\n"
    "Options:\n"
    "  -o, --output OUT  write to OUT instead of stdout: a file is replaced atomically (a symlink's\n"
    "                    target; the link stays), a device or pipe is written to, '-' is stdout\n"
    "  --for-port        what POST /v1/actions accepts: strips the server fields id, createdAt,\n"
    "                    createdBy, updatedAt, updatedBy and unwraps API responses; says on\n"
    "                    stderr what it removed\n"
    "  --compact         one line, no spaces (still keeps number texts and escapes)\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 written, 1 OUT cannot be written, 2 FILE cannot be read or is not JSON, or OUT is\n"
    "a directory.\n";

}  // namespace

int cmdExport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption();
    const QCommandLineOption forPort(QStringLiteral("for-port"));
    const QCommandLineOption compact(QStringLiteral("compact"));
    parser.addOptions({output, forPort, compact});
    ActionFile file;
    if (const int rc = parseOneFile(parser, ctx, QString::fromLatin1(kUsage), &file); rc >= 0)
        return rc;
    if (!checkOutput(parser.value(output), ctx))
        return BadInput;
    const QString name = displayName(file.path());

    JsonWriteOptions opt;
    if (parser.isSet(compact))
        opt.style = JsonWriteOptions::Style::Compact;
    QByteArray bytes;
    if (parser.isSet(forPort)) {
        if (file.shape() == ActionFile::Shape::Unknown)
            report(ctx, {file.path(), {}, ActionFile::shapeName(file.shape()) + QStringLiteral("; exported as it is")},
                   Diagnostic::Severity::Warning);
        for (const QString &p : file.legacyActionPointers())
            report(ctx,
                   {file.path(), {},
                    QStringLiteral("the action at %1 is in the legacy v1 format, which Port's API rejects; run "
                                   "'action-designer migrate' first")
                        .arg(p.isEmpty() ? QStringLiteral("/") : p)},
                   Diagnostic::Severity::Warning);
        QStringList notes;
        bytes = writeJson(file.forPort(&notes), opt);
        for (const QString &n : notes)
            ctx.err << name << ": " << n << '\n';
        if (notes.isEmpty())
            ctx.err << name << ": no server fields to strip\n";
    } else {
        bytes = file.toBytes(opt);
    }
    // A text file ends with a newline; the pretty writer adds it, compact output gets it here.
    if (opt.style == JsonWriteOptions::Style::Compact)
        bytes += '\n';
    return writeOutput(bytes, parser.value(output), ctx);
}

}  // namespace ad::cli
