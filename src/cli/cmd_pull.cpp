// `action-designer pull [--profile P] [--dir D] [--force] [IDENT...]`: the org's actions into a folder.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/orgcli.h"
#include "org/orgsync.h"

#include <QDir>

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer pull [--profile P] [--dir D] [--force] [IDENT...]\n"
    "\n"
    "Fetches every action and automation of the organization (GET /v1/actions?version=v2), or only\n"
    "the IDENTs, into folder D: one file per action named after its identifier, in the canonical\n"
    "formatting of 'export', server fields (id, createdAt, createdBy, updatedAt, updatedBy)\n"
    "stripped. D/.port-sync.json records the profile and the copy pulled, so 'compare' can tell\n"
    "local edits from changes in the org. A file edited since the last pull (or never pulled and\n"
    "different from the org) is not overwritten unless --force.\n"
    "\n"
    "Options:\n"
    "  -p, --profile P  the org profile (default: the folder's, else the first one); PORT_CLIENT_ID,\n"
    "                   PORT_CLIENT_SECRET and PORT_BASE_URL override it\n"
    "  -d, --dir D      the folder (default: the current directory; created when missing)\n"
    "  --force          overwrite local edits\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 pulled, 1 some files kept because of local edits (or not written),\n"
    "2 bad arguments or Port could not be reached.\n";

}  // namespace

QCommandLineOption dirOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("d"), QStringLiteral("dir")}, QString(), QStringLiteral("D"));
}

int cmdPull(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption dirOpt = dirOption();
    const QCommandLineOption force(QStringLiteral("force"));
    parser.addOptions({profile, dirOpt, force});
    if (const int rc = parseOptions(parser, ctx, QString::fromLatin1(kUsage)); rc >= 0)
        return rc;
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : QStringLiteral(".");
    if (!QDir().mkpath(dir)) {
        ctx.err << "action-designer pull: error: cannot create the folder " << dir << '\n';
        return BadInput;
    }
    org::Manifest manifest;
    QString error;
    if (!org::Manifest::load(dir, &manifest, &error)) {
        ctx.err << "action-designer pull: error: " << error << '\n';
        return BadInput;
    }
    const QString wanted = parser.isSet(profile) ? parser.value(profile) : manifest.profile;
    PortClient client;
    QString profileName;
    if (!connectProfile(wanted, &client, ctx, &profileName))
        return BadInput;
    if (!manifest.profile.isEmpty() && manifest.profile != profileName && !parser.isSet(force)) {
        ctx.err << "action-designer pull: error: " << dir << " was pulled from profile \"" << manifest.profile
                << "\", not \"" << profileName << "\"; use another folder or --force\n";
        return BadInput;
    }
    QMap<QString, JsonValue> orgActions;
    if (!fetchOrgActions(&client, ctx, &orgActions))
        return BadInput;
    const QStringList only = parser.positionalArguments();
    for (const QString &id : only)
        if (!orgActions.contains(id)) {
            ctx.err << "action-designer pull: error: the org has no action \"" << id << "\"\n";
            return BadInput;
        }

    QList<org::PullStep> plan = org::planPull(org::readFolder(dir), manifest, orgActions, only, parser.isSet(force), dir);
    org::applyPull(&plan, dir, &manifest);
    const QDir d(dir);
    int written = 0, unchanged = 0, kept = 0;
    for (const org::PullStep &s : std::as_const(plan)) {
        switch (s.op) {
        case org::PullStep::Op::Write:
            ++written;
            break;
        case org::PullStep::Op::Unchanged:
            ++unchanged;
            break;
        case org::PullStep::Op::Keep:
            ++kept;
            ctx.err << d.filePath(s.file) << ": kept: " << s.reason
                    << "; run 'action-designer compare' to see how, or pull with --force\n";
            break;
        }
    }
    manifest.stamp(profileName, client.connection().baseUrl);
    if (!manifest.save(dir, &error)) {
        ctx.err << "action-designer pull: error: " << error << '\n';
        return Failed;
    }
    ctx.out << "Pulled " << (written + unchanged) << " action(s) from " << profileName << " into " << dir << ": "
            << written << " written, " << unchanged << " unchanged" << (kept ? QStringLiteral(", %1 kept").arg(kept) : QString())
            << '\n';
    return kept ? Failed : Ok;
}

}  // namespace ad::cli
