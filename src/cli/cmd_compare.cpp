// `action-designer compare [--profile P | --against-profile Q] [--dir D] [--format json]`: what differs
// between a folder and its org, or between two orgs.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/orgcli.h"
#include "json/jsonwriter.h"
#include "org/orgsync.h"

namespace ad::cli {

QCommandLineOption dirOption();

namespace {

const char *kUsage =
    "Usage: action-designer compare [--profile P] [--dir D] [--format text|json] [--fail-on-diff]\n"
    "       action-designer compare --profile P --against-profile Q [--format text|json]\n"
    "\n"
    "Compares the actions in folder D with the org, three-way with the copy recorded by the last\n"
    "pull or push (D/.port-sync.json): each action is same, changed locally, changed in the org,\n"
    "changed on both sides, only local, only in the org, or different (never pulled). With\n"
    "--against-profile, compares the org of P with the org of Q instead (like 'port compare'):\n"
    "same, different, only in P (only-local), only in Q (only-in-org).\n"
    "\"Same\" is decided after normalizing: server fields, defaults Port fills in on store and key\n"
    "order where Port does not care are ignored. Differences are listed pointer by pointer.\n"
    "\n"
    "Options:\n"
    "  -p, --profile P        the org profile (default: the folder's, else the first one)\n"
    "  --against-profile Q    compare the org of P with the org of Q\n"
    "  -d, --dir D            the folder (default: the current directory)\n"
    "  --format FMT           text (default) or json\n"
    "  --fail-on-diff         accepted for port-cli users: differences always exit 1\n"
    "  -h, --help             show this help\n"
    "\n"
    "Exit status: 0 everything same, 1 differences, 2 error.\n";

JsonValue itemToJson(const org::SyncItem &it)
{
    JsonValue o = JsonValue::object();
    o.set(QStringLiteral("identifier"), JsonValue::fromString(it.identifier));
    o.set(QStringLiteral("status"), JsonValue::fromString(org::statusKey(it.status)));
    if (!it.file.isEmpty())
        o.set(QStringLiteral("file"), JsonValue::fromString(it.file));
    if (!it.blueprint.isEmpty())
        o.set(QStringLiteral("blueprint"), JsonValue::fromString(it.blueprint));
    o.set(QStringLiteral("automation"), JsonValue::fromBool(it.automation));
    if (!it.error.isEmpty())
        o.set(QStringLiteral("error"), JsonValue::fromString(it.error));
    JsonValue diffs = JsonValue::array();
    if (it.status != org::Status::OnlyLocal && it.status != org::Status::OnlyInOrg)
        for (const org::JsonDifference &d : it.differences) {
            JsonValue e = JsonValue::object();
            e.set(QStringLiteral("pointer"), JsonValue::fromString(d.pointer));
            if (d.left)
                e.set(QStringLiteral("local"), *d.left);
            if (d.right)
                e.set(QStringLiteral("org"), *d.right);
            diffs.append(e);
        }
    o.set(QStringLiteral("differences"), diffs);
    return o;
}

}  // namespace

int cmdCompare(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption against(QStringLiteral("against-profile"), QString(), QStringLiteral("Q"));
    const QCommandLineOption dirOpt = dirOption();
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("FMT"), QStringLiteral("text"));
    const QCommandLineOption failOnDiff(QStringLiteral("fail-on-diff"));
    parser.addOptions({profile, against, dirOpt, format, failOnDiff});
    if (const int rc = parseOptions(parser, ctx, QString::fromLatin1(kUsage)); rc >= 0)
        return rc;
    const bool json = parser.value(format) == QLatin1String("json");
    if (!json && parser.value(format) != QLatin1String("text")) {
        ctx.err << "action-designer compare: error: --format is text or json\n";
        return BadInput;
    }
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << "action-designer compare: error: unexpected argument " << parser.positionalArguments().first() << "\n\n" << kUsage;
        return BadInput;
    }
    const QString dir = parser.isSet(dirOpt) ? parser.value(dirOpt) : QStringLiteral(".");
    QList<org::SyncItem> items;
    QString leftName, rightName;
    QStringList problems;
    if (parser.isSet(against)) {
        if (!parser.isSet(profile)) {
            ctx.err << "action-designer compare: error: --against-profile needs --profile\n";
            return BadInput;
        }
        PortClient a, b;
        QMap<QString, JsonValue> left, right;
        if (!connectProfile(parser.value(profile), &a, ctx, &leftName) || !fetchOrgActions(&a, ctx, &left))
            return BadInput;
        if (!connectProfile(parser.value(against), &b, ctx, &rightName) || !fetchOrgActions(&b, ctx, &right))
            return BadInput;
        items = org::compareSets(left, right);
    } else {
        org::Manifest manifest;
        QString error;
        if (!org::Manifest::load(dir, &manifest, &error)) {
            ctx.err << "action-designer compare: error: " << error << '\n';
            return BadInput;
        }
        PortClient client;
        QMap<QString, JsonValue> orgActions;
        if (!connectProfile(parser.isSet(profile) ? parser.value(profile) : manifest.profile, &client, ctx, &rightName)
            || !fetchOrgActions(&client, ctx, &orgActions))
            return BadInput;
        leftName = dir;
        items = org::compareFolder(org::readFolder(dir, &problems), manifest, orgActions);
    }

    QMap<QString, int> counts;
    bool anyDiff = false;
    for (const org::SyncItem &it : std::as_const(items)) {
        counts[org::statusName(it.status)]++;
        anyDiff = anyDiff || org::isDifference(it.status);
    }
    if (json) {
        JsonValue root = JsonValue::object();
        root.set(QStringLiteral("left"), JsonValue::fromString(leftName));
        root.set(QStringLiteral("right"), JsonValue::fromString(rightName));
        JsonValue summary = JsonValue::object();
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            summary.set(QString(it.key()).replace(QLatin1Char(' '), QLatin1Char('-')).remove(QStringLiteral("the-")),
                        JsonValue::fromInt(it.value()));
        root.set(QStringLiteral("summary"), summary);
        JsonValue arr = JsonValue::array();
        for (const org::SyncItem &it : std::as_const(items))
            arr.append(itemToJson(it));
        root.set(QStringLiteral("actions"), arr);
        ctx.out << QString::fromUtf8(writeJson(root));
    } else {
        const QString leftLabel = parser.isSet(against) ? leftName : QStringLiteral("local");
        const QString rightLabel = parser.isSet(against) ? rightName : QStringLiteral("org");
        for (const QString &p : std::as_const(problems))
            ctx.err << "warning: " << p << '\n';
        for (const org::SyncItem &it : std::as_const(items)) {
            QString status = org::statusName(it.status);
            if (parser.isSet(against) && it.status == org::Status::OnlyLocal)
                status = QStringLiteral("only in ") + leftName;
            else if (parser.isSet(against) && it.status == org::Status::OnlyInOrg)
                status = QStringLiteral("only in ") + rightName;
            ctx.out << status.leftJustified(22) << ' ' << it.identifier
                    << (it.file.isEmpty() ? QString() : QStringLiteral("  (%1)").arg(it.file)) << '\n';
            if (!it.error.isEmpty())
                ctx.out << "    " << it.error << '\n';
            if (it.status == org::Status::OnlyLocal || it.status == org::Status::OnlyInOrg)
                continue;
            for (const org::JsonDifference &d : it.differences)
                ctx.out << "    " << (d.pointer.isEmpty() ? QStringLiteral("/") : d.pointer) << "\n      " << leftLabel << ": "
                        << org::cellText(d.left) << "\n      " << rightLabel << ": " << org::cellText(d.right) << '\n';
        }
        QStringList parts;
        for (auto it = counts.cbegin(); it != counts.cend(); ++it)
            parts << QStringLiteral("%1 %2").arg(it.value()).arg(it.key());
        ctx.out << items.size() << " action(s): " << (parts.isEmpty() ? QStringLiteral("none") : parts.join(QStringLiteral(", "))) << '\n';
    }
    return anyDiff ? Failed : Ok;
}

}  // namespace ad::cli
