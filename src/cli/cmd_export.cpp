// `action-designer export FILE [-o OUT] [--for-port] [--compact]`: canonical (or Port-ready) JSON;
// `export --terraform [--accept-gaps] FILE|DIR`: port_action resources for Terraform.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/report.h"
#include "format/terraformformat.h"

#include <QDir>
#include <QFileInfo>

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer export FILE [-o OUT] [--for-port] [--compact]\n"
    "       action-designer export --terraform [-o OUT] [--accept-gaps] FILE|DIR\n"
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
    "  --terraform       write port_action resources (port-labs Terraform provider) for the actions\n"
    "                    of FILE, or of every action file in DIR; payloads as jsonencode(...)\n"
    "  --accept-gaps     write even when parts of an action cannot be expressed in Terraform or\n"
    "                    change when Terraform reads them back (listed on stderr either way)\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 written, 1 OUT cannot be written or (--terraform) gaps exist and were not\n"
    "accepted, 2 FILE cannot be read or is not JSON, or OUT is a directory.\n";

// The gap list, one "FILE: /pointer: reason" line each.
void printGaps(const FormatGaps &gaps, const QString &name, Context &ctx)
{
    for (const FormatGap &g : gaps) {
        const qsizetype hash = g.pointer.indexOf(QLatin1Char('#'));
        if (hash >= 0)
            ctx.err << g.pointer.left(hash) << ": " << formatGapLine({g.pointer.mid(hash + 1), g.reason}) << '\n';
        else
            ctx.err << name << ": " << formatGapLine(g) << '\n';
    }
}

int exportTerraform(const QCommandLineParser &parser, const QCommandLineOption &output, bool acceptGaps, Context &ctx)
{
    const QStringList args = parser.positionalArguments();
    if (args.size() != 1) {
        ctx.err << "action-designer export: give exactly one FILE or DIR\n\n" << kUsage;
        return BadInput;
    }
    const QString path = args.first();
    if (!checkOutput(parser.value(output), ctx))
        return BadInput;
    QList<ActionFormat::Source> sources;
    if (QFileInfo(path).isDir()) {
        const QDir dir(path);
        for (const QString &f : actionFilesIn(path)) {
            ActionFile file;
            if (!loadActionFile(f, ctx, &file))
                return BadInput;
            if (file.shape() == ActionFile::Shape::Unknown) {
                ctx.err << f << ": skipped: " << ActionFile::shapeName(file.shape()) << '\n';
                continue;
            }
            sources += formatSources(file, dir.relativeFilePath(f) + QLatin1Char('#'));
        }
    } else {
        ActionFile file;
        if (!loadActionFile(path, ctx, &file))
            return BadInput;
        sources = formatSources(file);
    }
    const FormatExport result = TerraformFormat().exportActions(sources);
    printGaps(result.gaps, displayName(path), ctx);
    if (!result.ok()) {
        ctx.err << displayName(path) << ": error: " << result.error << '\n';
        return Failed;
    }
    if (!result.gaps.isEmpty() && !acceptGaps) {
        ctx.err << displayName(path) << ": error: " << result.gaps.size()
                << " part(s) above cannot be carried over to Terraform unchanged; nothing written. Pass --accept-gaps to write anyway.\n";
        return Failed;
    }
    return writeOutput(result.bytes, parser.value(output), ctx);
}

}  // namespace

int cmdExport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption();
    const QCommandLineOption forPort(QStringLiteral("for-port"));
    const QCommandLineOption compact(QStringLiteral("compact"));
    const QCommandLineOption terraform(QStringLiteral("terraform"));
    const QCommandLineOption acceptGaps(QStringLiteral("accept-gaps"));
    parser.addOptions({output, forPort, compact, terraform, acceptGaps});
    if (ctx.args.contains(QStringLiteral("--terraform"))) {
        if (const int rc = parseOptions(parser, ctx, QString::fromLatin1(kUsage)); rc >= 0)
            return rc;
        return exportTerraform(parser, output, parser.isSet(acceptGaps), ctx);
    }
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
