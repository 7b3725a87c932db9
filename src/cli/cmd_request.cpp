// `action-designer request ACTION.json [--scenario NAME | --context CTX.json]
// [--client-secret-file PATH | --client-secret S] [--org-id ORG] [--timestamp UNIX_SECONDS] [--format json]`: the rendered invocation, exactly as the
// preview shows it. Scripts rely on this interface; keep it.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/rendercontext.h"
#include "context/scenariofile.h"
#include "invocation/invocationformat.h"
#include "invocation/invocationrender.h"
#include "json/jsonwriter.h"
#include "org/runscenario.h"
#include "template/templateengine.h"

#include <QFileInfo>

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer request ACTION.json [--scenario NAME | --context CTX.json]\n"
    "                              [--client-secret-file PATH] [--org-id ORG] [--timestamp UNIX_SECONDS]\n"
    "                              [--format json] [--action IDENTIFIER] [--reveal-secrets]\n\n"
    "Prints the request (or Kafka message, or upserted entity) the action's backend would receive.\n"
    "  --scenario NAME     scenario from ACTION.scenarios.json (default: its active one)\n"
    "  --context CTX.json  use this payload context as is instead of a scenario\n"
    "  --client-secret-file PATH\n"
    "                      signs X-Port-Signature with the secret in PATH ('-': standard input)\n"
    "                      (default: $PORT_CLIENT_SECRET, then the scenario's)\n"
    "  --client-secret S   the same, but other users can read S in the process list (ps);\n"
    "                      prefer --client-secret-file or $PORT_CLIENT_SECRET\n"
    "  --org-id ORG        organization id (Kafka topic ORG.runs)\n"
    "  --timestamp SECS    fixes X-Port-Timestamp, so the signature is reproducible (0 to 253402300799)\n"
    "  --format json       one JSON object instead of text\n"
    "  --action ID         which action, when the file holds several (default: the first)\n"
    "  --reveal-secrets    print secret values instead of ********\n\n"
    "A scenario made by 'scenario-from-run' also gets, on stderr, whether the render equals the\n"
    "payload Port sent for that run (the scenario's expectation), pointer by pointer.\n\n"
    "Exit status: 0 printed, 1 the templates cannot be rendered (a scanning error or a bad key),\n"
    "2 bad arguments, an unreadable file, or an action without a known invocationMethod.\n";

struct Options {
    QString actionPath;
    QString scenario;
    QString contextPath;
    QString clientSecret;
    bool hasClientSecret = false;
    QString clientSecretFile;
    bool hasClientSecretFile = false;
    QString orgId;
    QString timestamp;
    bool hasTimestamp = false;
    bool json = false;
    QString actionId;
    bool reveal = false;
};

bool parseArgs(const QStringList &args, Options *o, QString *error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        auto value = [&](QString *out) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("%1 needs a value").arg(a);
                return false;
            }
            *out = args.at(++i);
            return true;
        };
        QString v;
        if (a == QLatin1String("--scenario")) {
            if (!value(&o->scenario))
                return false;
        } else if (a == QLatin1String("--context")) {
            if (!value(&o->contextPath))
                return false;
        } else if (a == QLatin1String("--client-secret")) {
            if (!value(&o->clientSecret))
                return false;
            o->hasClientSecret = true;
        } else if (a == QLatin1String("--client-secret-file")) {
            if (!value(&o->clientSecretFile))
                return false;
            o->hasClientSecretFile = true;
        } else if (a == QLatin1String("--org-id")) {
            if (!value(&o->orgId))
                return false;
        } else if (a == QLatin1String("--timestamp")) {
            if (!value(&o->timestamp))
                return false;
            o->hasTimestamp = true;
        } else if (a == QLatin1String("--format")) {
            if (!value(&v))
                return false;
            if (v != QLatin1String("json") && v != QLatin1String("text")) {
                *error = QStringLiteral("--format: 'json' or 'text', not '%1'").arg(v);
                return false;
            }
            o->json = v == QLatin1String("json");
        } else if (a == QLatin1String("--action")) {
            if (!value(&o->actionId))
                return false;
        } else if (a == QLatin1String("--reveal-secrets")) {
            o->reveal = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        } else if (o->actionPath.isEmpty()) {
            o->actionPath = a;
        } else {
            *error = QStringLiteral("one action file only ('%1' is extra)").arg(a);
            return false;
        }
    }
    if (o->actionPath.isEmpty()) {
        *error = QStringLiteral("no action file given");
        return false;
    }
    if (!o->scenario.isEmpty() && !o->contextPath.isEmpty()) {
        *error = QStringLiteral("--scenario and --context exclude each other");
        return false;
    }
    if (o->hasClientSecret && o->hasClientSecretFile) {
        *error = QStringLiteral("--client-secret and --client-secret-file exclude each other");
        return false;
    }
    const QStringList readers{o->actionPath, o->contextPath, o->clientSecretFile};
    if (readers.count(QStringLiteral("-")) > 1) {
        *error = QStringLiteral("only one input can be '-' (standard input)");
        return false;
    }
    return true;
}

}  // namespace

int cmdRequest(Context &ctx)
{
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        ctx.out << kUsage;
        return Ok;
    }
    Options o;
    QString usage;
    if (!parseArgs(ctx.args, &o, &usage))
        return usageError(ctx, usage, QString::fromLatin1(kUsage));
    qint64 timestamp = -1;
    // Up to 9999-12-31: what a date can still show.
    if (o.hasTimestamp
        && !parseNumber(ctx, QStringLiteral("--timestamp"), o.timestamp, 0, 253402300799, "unix seconds", &timestamp))
        return BadInput;
    if (o.hasClientSecretFile) {
        if (!readSecretFile(ctx, o.clientSecretFile, &o.clientSecret))
            return BadInput;
        o.hasClientSecret = true;
    }
    Located error;
    LoadedAction loaded;
    if (!loadAction(o.actionPath, o.actionId, &loaded, &error) || !checkInvocationMethod(loaded, o.actionPath, &error)) {
        report(ctx, error);
        return BadInput;
    }
    const JsonValue *action = &loaded.action;

    const QByteArray envSecret = qgetenv("PORT_CLIENT_SECRET");
    TemplateEngine engine;
    InvocationPreview preview;
    QStringList warnings;
    JsonValue expect;  // the scenario's expectation (Port's payload when it came from a real run)
    if (!o.contextPath.isEmpty()) {
        JsonValue context;
        if (!loadJsonFile(o.contextPath, &context, &error)) {
            report(ctx, error);
            return BadInput;
        }
        InvocationSettings s;
        s.orgId = o.orgId.isEmpty() ? context.value(u"trigger").value(u"by").value(u"orgId").toString() : o.orgId;
        s.runId = context.value(u"run").value(u"id").toString();
        s.timestamp = timestamp;
        s.clientSecret = o.hasClientSecret ? o.clientSecret : QString::fromUtf8(envSecret);
        s.secretValues = secretValuesIn(context);
        preview = renderInvocationWithContext(*action, context, s, engine);
    } else {
        Scenario scenario;
        // The CLI has no keychain: secret refs stay unresolved (and are reported).
        QString why;
        if (!ScenarioFile::scenarioForAction(o.actionPath, o.scenario, nullptr, &scenario, &why, &warnings)) {
            report(ctx, Located::fromMessage(o.actionPath, why));
            return BadInput;
        }
        if (!o.orgId.isEmpty())
            scenario.orgId = o.orgId;
        if (timestamp >= 0)
            scenario.timestamp = timestamp;
        if (o.hasClientSecret)
            scenario.clientSecret = o.clientSecret;
        else if (!envSecret.isEmpty())
            scenario.clientSecret = QString::fromUtf8(envSecret);
        preview = renderInvocation(*action, scenario, engine);
        expect = scenario.expect;
    }

    if (!preview.ok()) {
        report(ctx, {o.actionPath, {}, preview.render.fatalError});
        return Failed;
    }
    RenderedInvocation inv = preview.invocation;
    auto mask = [&](const QString &s) { return o.reveal ? s : maskSecrets(s, inv.secretValues); };
    auto warn = [&](const QString &w) { report(ctx, {o.actionPath, {}, mask(w)}, Diagnostic::Severity::Warning); };
    for (const QString &w : std::as_const(warnings))
        warn(w);
    for (const QString &w : std::as_const(preview.warnings))
        warn(w);
    for (const TemplateTrace &t : std::as_const(preview.render.traces)) {
        if (!t.error.isEmpty())
            warn(QStringLiteral("%1: {{%2}} failed, rendered as null: %3").arg(t.pointer, t.filter, t.error));
        for (const QString &w : t.warnings)
            warn(t.pointer + QStringLiteral(": ") + w);
    }
    for (const QString &w : std::as_const(inv.warnings))
        warn(w);
    for (const QString &n : std::as_const(inv.notes))
        ctx.err << "note: " << mask(n) << '\n';
    inv.warnings.clear();  // already on stderr; stdout carries the invocation only
    inv.notes.clear();
    // The runner refuses to send it (a header that would split the request): no request to print.
    if (!inv.sendError.isEmpty()) {
        ctx.err << "error: " << mask(inv.sendError) << '\n';
        return Failed;
    }

    if (o.json)
        ctx.out << QString::fromUtf8(toCompactJs(invocationToJson(inv, o.reveal))) << '\n';
    else
        ctx.out << invocationToText(inv, o.reveal);
    // A scenario made from a real run (scenario-from-run): say whether we render what Port sent.
    if (const QString run = org::portPayloadRun(expect); !run.isEmpty())
        ctx.err << mask(org::payloadReport(org::checkPortPayload(expect, invocationComparable(inv)), run));
    return Ok;
}

}  // namespace ad::cli
