// `action-designer migrate FILE [-o OUT] [--blueprint BP]`: legacy v1 -> current, with a report.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/report.h"
#include "model/filevalidation.h"
#include "model/migrate.h"

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer migrate FILE [-o OUT] [--blueprint BP]\n"
    "\n"
    "Converts the legacy v1 (blueprint-scoped, pre-May-2024) actions in FILE to the current\n"
    "/v1/actions format: trigger string -> trigger object, top-level userInputs -> trigger.userInputs,\n"
    "omitPayload/omitUserInputs dropped, and a body/payload/workflowInputs that reproduces the v1\n"
    "message. Other actions in FILE are left as they are. The report of every change goes to stderr,\n"
    "the migrated JSON to stdout or atomically to OUT. '-' reads standard input.\n"
    "\n"
    "Options:\n"
    "  -o, --output OUT  write to OUT instead of stdout: a file is replaced atomically (a symlink's\n"
    "                    target; the link stays), a device or pipe is written to, '-' is stdout\n"
    "  --blueprint BP    the blueprint the v1 actions belonged to (becomes\n"
    "                    trigger.blueprintIdentifier; v1 files do not name it)\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 migrated, 1 nothing was in the legacy format (nothing written) or OUT cannot be\n"
    "written, 2 FILE cannot be read or is not JSON, or OUT is a directory.\n";

}  // namespace

int cmdMigrate(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption();
    const QCommandLineOption blueprint(QStringLiteral("blueprint"), QString(), QStringLiteral("BP"));
    parser.addOptions({output, blueprint});
    ActionFile file;
    if (const int rc = parseOneFile(parser, ctx, QString::fromLatin1(kUsage), &file); rc >= 0)
        return rc;
    if (!checkOutput(parser.value(output), ctx))
        return BadInput;
    const QString name = displayName(file.path());
    if (file.shape() == ActionFile::Shape::Unknown) {
        report(ctx, {file.path(), {}, ActionFile::shapeName(file.shape()) + QStringLiteral("; nothing to migrate")});
        return Failed;
    }
    const FileMigration fm = migrateLegacyFile(file, parser.value(blueprint));
    if (fm.migratedCount == 0) {
        report(ctx, {file.path(), {}, QStringLiteral("nothing to migrate: no action is in the legacy v1 format")});
        return Failed;
    }
    ctx.err << name << ": migrated " << fm.migratedCount
            << (fm.migratedCount == 1 ? " legacy v1 action" : " legacy v1 actions") << ":\n";
    for (const QString &line : fm.report)
        ctx.err << "  " << line << '\n';

    const QByteArray bytes = writeJson(fm.root);
    // Check the result as it will be read back, so positions name lines of the output.
    const QString outName = parser.value(output).isEmpty() ? QStringLiteral("<migrated>") : parser.value(output);
    const Diagnostics left = validateActionFile(ActionFile::fromBytes(bytes, outName));
    if (!left.isEmpty()) {
        ctx.err << name << ": the migrated JSON still needs attention:\n";
        for (const Diagnostic &d : left)
            ctx.err << "  " << formatDiagnostic(outName, d) << '\n';
    }
    return writeOutput(bytes, parser.value(output), ctx);
}

}  // namespace ad::cli
