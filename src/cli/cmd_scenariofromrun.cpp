// `action-designer scenario-from-run RUN_ID [--action FILE | --dir D] [--name
// NAME]`: a real run as a scenario, Port's rendered payload as its expected
// output, and whether our render equals it. `--list` prints the org's recent
// runs to pick an id from.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/orgcli.h"
#include "cli/runinvocation.h"
#include "context/scenariofile.h"
#include "org/runscenario.h"
#include "runner/secretstore.h"

#include <QDir>
#include <QFileInfo>

namespace ad::cli {

QCommandLineOption dirOption();

namespace {

const char *kUsage =
    "Usage: action-designer scenario-from-run RUN_ID [--action FILE | --dir D] "
    "[--name NAME] [--profile P]\n"
    "       action-designer scenario-from-run --list [--action ID|FILE] "
    "[--limit N] [--format text|json]\n"
    "\n"
    "Fetches the org's run RUN_ID (GET /v1/actions/runs/RUN_ID?version=v2) and "
    "adds a scenario made\n"
    "of its inputs, entity and user to the action's scenario sidecar "
    "(FILE.scenarios.json), with\n"
    "Port's rendered payload of that run as the scenario's expectation "
    "(`expect`, checked by\n"
    "`action-designer test`). Then renders the action in that scenario and "
    "says whether our\n"
    "render equals what Port sent, pointer by pointer.\n"
    "With --list, prints the org's recent runs instead (GET "
    "/v1/actions/runs?version=v2),\n"
    "newest first, one per line: run id, status, creation time, user, "
    "entity.\n"
    "\n"
    "Options:\n"
    "  --action FILE    the action file (default: the file in D holding the "
    "run's action)\n"
    "  -d, --dir D      where to look for the action file (default: the "
    "current directory)\n"
    "  --name NAME      the scenario's name (default: \"run RUN_ID\"); an "
    "existing one is replaced\n"
    "  -p, --profile P  the org profile (default: the first one); PORT_* "
    "variables override it\n"
    "  --list           list the org's recent runs (of --action: an "
    "identifier or an action file)\n"
    "  --limit N        with --list: at most N runs, 1 to 1000 (default: 50)\n"
    "  --format FMT     with --list: text (default) or json\n"
    "  -h, --help       show this help\n"
    "\n"
    "Exit status: 0 scenario written and our render equals Port's payload, 1 "
    "written but the\n"
    "payloads differ (or the run has no payload), 2 error. --list: 0 listed, "
    "2 error.\n";

} // namespace

int cmdScenarioFromRun(Context &ctx) {
  QCommandLineParser parser;
  const QCommandLineOption profile = profileOption();
  const QCommandLineOption dirOpt = dirOption();
  const QCommandLineOption actionOpt(QStringLiteral("action"), QString(),
                                     QStringLiteral("FILE"));
  const QCommandLineOption nameOpt(QStringLiteral("name"), QString(),
                                   QStringLiteral("NAME"));
  const QCommandLineOption listOpt(QStringLiteral("list"));
  const QCommandLineOption limitOpt(QStringLiteral("limit"), QString(),
                                    QStringLiteral("N"), QStringLiteral("50"));
  const QCommandLineOption formatOpt(QStringLiteral("format"), QString(),
                                     QStringLiteral("FMT"),
                                     QStringLiteral("text"));
  parser.addOptions(
      {profile, dirOpt, actionOpt, nameOpt, listOpt, limitOpt, formatOpt});
  if (const int rc = parseOptions(parser, ctx, QString::fromLatin1(kUsage));
      rc >= 0)
    return rc;
  if (parser.isSet(listOpt)) {
    const QString format = parser.value(formatOpt);
    bool numeric = false;
    const int limit = parser.value(limitOpt).toInt(&numeric);
    if (!parser.positionalArguments().isEmpty() ||
        (format != QLatin1String("text") && format != QLatin1String("json")) ||
        !numeric) {
      ctx.err << "action-designer scenario-from-run: error: --list takes no "
                 "RUN_ID, --format text or json, --limit a number\n\n"
              << kUsage;
      return BadInput;
    }
    return listOrgRuns(ctx, parser.value(profile), parser.value(actionOpt),
                       limit, format == QLatin1String("json"));
  }
  if (parser.positionalArguments().size() != 1) {
    ctx.err << "action-designer scenario-from-run: give exactly one RUN_ID\n\n"
            << kUsage;
    return BadInput;
  }
  const QString runId = parser.positionalArguments().first();
  PortClient client;
  if (!connectProfile(parser.value(profile), &client, ctx))
    return BadInput;
  const PortResult r =
      waitFor(client.getRun(runId), ctx);
  const JsonValue &run = r.member(u"run");
  if (!r.ok || !run.isObject()) {
    printPortError(ctx, QStringLiteral("scenario-from-run"),
                   QStringLiteral("fetching run ") + runId, r);
    return BadInput;
  }
  const QString actionId = org::runActionIdentifier(run);
  QString path = parser.value(actionOpt);
  if (path.isEmpty()) {
    const QString dir =
        parser.isSet(dirOpt) ? parser.value(dirOpt) : QStringLiteral(".");
    const auto local = org::readFolder(dir);
    if (!local.contains(actionId)) {
      ctx.err << "action-designer scenario-from-run: error: no file in " << dir
              << " holds the action \"" << actionId << "\" of run " << runId
              << "; pull it first or give --action FILE\n";
      return BadInput;
    }
    path = QDir(dir).filePath(local.value(actionId).file);
  }
  ActionFile file;
  if (!loadActionFile(path, ctx, &file))
    return BadInput;
  const JsonValue *action = file.action(0);
  if (!action || !action->isObject()) {
    ctx.err << path << ": error: not an action file\n";
    return BadInput;
  }
  if (action->value(u"identifier").toString() != actionId)
    ctx.err << path << ": warning: the run is of action \"" << actionId
            << "\", the file holds \""
            << action->value(u"identifier").toString() << "\"\n";

  // The scenario into the sidecar (secrets stay refs; nothing of the run is
  // secret).
  KeychainSecretStore keychain;
  EnvSecretStore secrets(&keychain);
  SecretStoreResolver resolver(&secrets);
  const QString sidecar = ScenarioFile::sidecarPath(path);
  const QString name = parser.isSet(nameOpt) ? parser.value(nameOpt)
                                             : QStringLiteral("run ") + runId;
  QStringList notes;
  QString error;
  if (!org::addRunScenario(path, *action, run, name, &resolver, &notes,
                           &error)) {
    ctx.err << sidecar << ": error: " << error << '\n';
    return Failed;
  }
  for (const QString &n : std::as_const(notes))
    ctx.err << "note: " << n << '\n';
  ctx.out << "Scenario \"" << name << "\" written to " << sidecar << '\n';
  if (!run.contains(u"payload")) {
    ctx.out << "Run " << runId << " has no payload to compare with\n";
    return Failed;
  }
  ctx.out << "Port's payload is its expectation: action-designer test " << path
          << " checks it\n";

  RunInvocationRequest req;
  req.action = *action;
  req.actionPath = path;
  req.scenarioName = name;
  req.runId = runId;
  req.secrets = &secrets;
  RunInvocationResult rendered;
  Located renderError;
  if (!renderForRun(req, &rendered, &renderError)) {
    report(ctx, renderError);
    return Failed;
  }
  ScenarioFile scenarios;
  ScenarioFile::load(sidecar, &scenarios, &resolver, &error);
  const Scenario *written = scenarios.find(name);
  const QList<ExpectationIssue> diffs =
      org::checkPortPayload(written ? written->expect : JsonValue(),
                            invocationComparable(rendered.invocation));
  ctx.out << org::payloadReport(diffs, runId);
  if (diffs.isEmpty())
    return Ok;
  return Failed;
}

} // namespace ad::cli
