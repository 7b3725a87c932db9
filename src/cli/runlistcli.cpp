// `scenario-from-run --list`: the org's recent runs, so a script (or a person) can find the id
// to make a scenario of.
#include "cli/orgcli.h"

#include "model/actionfile.h"
#include "org/runlist.h"
#include "json/jsonwriter.h"

#include <QFileInfo>

namespace ad::cli {

int listOrgRuns(Context &ctx, const QString &profile, const QString &actionArg, int limit, bool json)
{
    // --action takes the identifier, or an action file (its identifier): the same option names the
    // file when a scenario is made.
    QString action = actionArg;
    if (!action.isEmpty() && QFileInfo(action).isFile()) {
        const ActionFile file = ActionFile::fromFile(action);
        const JsonValue *a = file.action(0);
        action = a ? a->value(u"identifier").toString() : QString();
        if (action.isEmpty()) {
            ctx.err << actionArg << ": error: not an action file\n";
            return BadInput;
        }
    }
    if (limit < 1 || limit > org::kMaxRunListLimit) {
        ctx.err << "action-designer scenario-from-run: error: --limit is 1 to " << org::kMaxRunListLimit << '\n';
        return BadInput;
    }
    PortClient client;
    QString profileName;
    if (!connectProfile(profile, &client, ctx, &profileName))
        return BadInput;
    const PortResult r = waitFor(client.listRuns(action, limit), ctx);
    QList<org::RunSummary> runs;
    QString error;
    if (!r.ok || !org::parseRunList(r.body, &runs, &error)) {
        if (r.ok)
            ctx.err << "action-designer scenario-from-run: error: " << error << '\n';
        else
            printPortError(ctx, QStringLiteral("scenario-from-run"),
                           action.isEmpty() ? QStringLiteral("listing the org's runs")
                                            : QStringLiteral("listing the runs of ") + action,
                           r);
        return BadInput;
    }
    if (json) {
        JsonValue root = JsonValue::object();
        root.set(QStringLiteral("profile"), JsonValue::fromString(profileName));
        root.set(QStringLiteral("action"), action.isEmpty() ? JsonValue() : JsonValue::fromString(action));
        JsonValue list = JsonValue::array();
        for (const org::RunSummary &s : std::as_const(runs))
            list.append(org::runSummaryJson(s));
        root.set(QStringLiteral("runs"), list);
        ctx.out << QString::fromUtf8(writeJson(root));
        return Ok;
    }
    // A table: the id first, so `awk 'NR==2 {print $1}'` gives the newest run.
    QList<QStringList> rows{{QStringLiteral("RUN ID"), QStringLiteral("STATUS"), QStringLiteral("CREATED"),
                             QStringLiteral("USER"), QStringLiteral("ENTITY")}};
    if (action.isEmpty())
        rows.first() << QStringLiteral("ACTION");
    const auto dash = [](const QString &s) { return s.isEmpty() ? QStringLiteral("-") : s; };
    for (const org::RunSummary &s : std::as_const(runs)) {
        rows.append({s.id, s.status, dash(s.createdAtText), dash(s.user), dash(s.entity)});
        if (action.isEmpty())
            rows.last() << dash(s.action);
    }
    QList<int> width(rows.first().size(), 0);
    for (const QStringList &row : std::as_const(rows))
        for (int c = 0; c < row.size(); ++c)
            width[c] = qMax(width[c], int(row[c].size()));
    for (const QStringList &row : std::as_const(rows)) {
        QString line;
        for (int c = 0; c < row.size(); ++c)
            line += c + 1 < row.size() ? row[c].leftJustified(width[c] + 2) : row[c];
        ctx.out << line << '\n';
    }
    ctx.err << runs.size() << " run(s)" << (action.isEmpty() ? QString() : QStringLiteral(" of ") + action) << " in "
            << profileName << ", newest first\n";
    return Ok;
}

}  // namespace ad::cli
