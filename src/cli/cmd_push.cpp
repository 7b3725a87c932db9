// `action-designer push [--profile P] [--dir D] [--dry-run] [--force] [IDENT...]`: local changes to the org.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/orgcli.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "model/filevalidation.h"
#include "org/orgsync.h"
#include "runner/port/orgsession.h"

#include <QDir>

namespace ad::cli {

QCommandLineOption dirOption();

namespace {

const char *kUsage =
    "Usage: action-designer push [--profile P] [--dir D] [--dry-run] [--force] [IDENT...]\n"
    "\n"
    "Sends the actions changed in folder D to the org: an action only local is created\n"
    "(POST /v1/actions), one changed locally is replaced (PUT /v1/actions/IDENT). Every file is\n"
    "validated first; with an error nothing is sent. An action changed in the org since the last\n"
    "pull is left alone unless --force. Only the action files are sent (server fields stripped),\n"
    "never scenario sidecars or secrets. Port's refusal is shown verbatim, and at the file's line\n"
    "when it names a field. D/.port-sync.json then records the org's new copy.\n"
    "\n"
    "Options:\n"
    "  -p, --profile P  the org profile (default: the folder's, else the first one)\n"
    "  -d, --dir D      the folder (default: the current directory)\n"
    "  --dry-run        list what would change in the org; send nothing\n"
    "  --force          also replace actions changed in the org since the last pull\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 pushed (or nothing to push), 1 Port refused an action or a file does not\n"
    "validate, 2 bad arguments or Port could not be reached.\n";

}  // namespace

int cmdPush(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption dirOpt = dirOption();
    const QCommandLineOption dryRun(QStringLiteral("dry-run"));
    const QCommandLineOption force(QStringLiteral("force"));
    parser.addOptions({profile, dirOpt, dryRun, force});
    if (const int rc = parseOptions(parser, ctx, QString::fromLatin1(kUsage)); rc >= 0)
        return rc;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : QStringLiteral(".");
    const QDir d(dir);
    org::Manifest manifest;
    QString error;
    if (!org::Manifest::load(dir, &manifest, &error)) {
        ctx.err << "action-designer push: error: " << error << '\n';
        return BadInput;
    }
    PortClient client;
    QString profileName;
    if (!connectProfile(parser.isSet(profile) ? parser.value(profile) : manifest.profile, &client, ctx, &profileName))
        return BadInput;
    QMap<QString, JsonValue> orgActions;
    if (!fetchOrgActions(&client, ctx, &orgActions))
        return BadInput;
    const QMap<QString, org::LocalAction> local = org::readFolder(dir);
    const QStringList only = parser.positionalArguments();
    for (const QString &id : only)
        if (!local.contains(id)) {
            ctx.err << "action-designer push: error: no file in " << dir << " holds the action \"" << id << "\"\n";
            return BadInput;
        }
    const QList<org::SyncItem> items = org::compareFolder(local, manifest, orgActions);
    const QList<org::PushStep> plan = org::planPush(items, only, parser.isSet(force));

    // Local validation first: a push that Port would refuse for a reason we can see is not sent.
    bool invalid = false;
    for (const org::PushStep &s : plan) {
        if (s.op == org::PushStep::Op::Skip)
            continue;
        const QString path = d.filePath(s.file);
        const Diagnostics ds = validateActionFile(ActionFile::fromFile(path));
        for (const Diagnostic &diag : ds)
            if (diag.isError())
                ctx.err << formatDiagnostic(path, diag) << '\n';
        invalid = invalid || hasErrors(ds);
    }
    if (invalid) {
        ctx.err << "action-designer push: nothing sent: fix the errors above first\n";
        return Failed;
    }

    int sent = 0, refused = 0;
    for (const org::PushStep &s : plan) {
        const QString path = d.filePath(s.file);
        if (s.op == org::PushStep::Op::Skip) {
            if (!s.reason.isEmpty() && s.reason != QLatin1String("same as the org"))
                ctx.out << "skip    " << s.identifier << ": " << s.reason << '\n';
            continue;
        }
        const bool create = s.op == org::PushStep::Op::Create;
        ctx.out << (parser.isSet(dryRun) ? (create ? "would create " : "would update ") : (create ? "create  " : "update  "))
                << s.identifier << "  (" << s.file << ")" << (create ? QString() : QStringLiteral(": ") + s.reason) << '\n';
        if (!create)
            for (const org::JsonDifference &diff : s.differences)
                ctx.out << "    " << (diff.pointer.isEmpty() ? QStringLiteral("/") : diff.pointer) << ": "
                        << org::cellText(diff.right) << " -> " << org::cellText(diff.left) << '\n';
        ctx.out.flush();
        if (parser.isSet(dryRun))
            continue;
        const PortResult r = waitFor(sendPushStep(&client, s), ctx);
        if (!r.ok) {
            ++refused;
            const ActionFile file = ActionFile::fromFile(path);
            const JsonValue *action = file.ok() ? file.action(0) : nullptr;
            const QString pointer = action ? org::pointerNamedBy(r.message, r.details, *action) : QString();
            const JsonValue *at = action && !pointer.isEmpty() ? resolvePointer(*action, pointer) : nullptr;
            ctx.err << path;
            if (at && at->pos().isValid())
                ctx.err << ':' << at->pos().line << ':' << at->pos().column;
            ctx.err << ": error: Port refused " << (create ? "to create" : "to update") << " \"" << s.identifier << "\": " << r.describe()
                    << (pointer.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(pointer)) << '\n';
            if (!r.details.isNull())
                ctx.err << "    details: " << QString::fromUtf8(toCompactJs(r.details)) << '\n';
            continue;
        }
        ++sent;
        manifest.actions.insert(s.identifier, pushedEntry(s, r));
    }
    if (!parser.isSet(dryRun) && sent > 0) {
        manifest.stamp(profileName, client.connection().baseUrl);
        if (!manifest.save(dir, &error)) {
            ctx.err << "action-designer push: error: " << error << '\n';
            return Failed;
        }
    }
    if (!parser.isSet(dryRun))
        ctx.out << "Pushed " << sent << " action(s) to " << profileName << (refused ? QStringLiteral(", %1 refused").arg(refused) : QString())
                << '\n';
    return refused ? Failed : Ok;
}

}  // namespace ad::cli
