// `action-designer request ACTION.json [--scenario NAME | --context CTX.json] [--client-secret S]
// [--org-id ORG] [--timestamp UNIX_SECONDS] [--format json]`: the rendered invocation, exactly as the
// preview shows it. Scripts rely on this interface; keep it.
#include "cli/cli.h"
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
    "                              [--client-secret S] [--org-id ORG] [--timestamp UNIX_SECONDS]\n"
    "                              [--format json] [--action IDENTIFIER] [--reveal-secrets]\n\n"
    "Prints the request (or Kafka message, or upserted entity) the action's backend would receive.\n"
    "  --scenario NAME     scenario from ACTION.scenarios.json (default: its active one)\n"
    "  --context CTX.json  use this payload context as is instead of a scenario\n"
    "  --client-secret S   signs X-Port-Signature (default: $PORT_CLIENT_SECRET, then the scenario's)\n"
    "  --org-id ORG        organization id (Kafka topic ORG.runs)\n"
    "  --timestamp SECS    fixes X-Port-Timestamp, so the signature is reproducible\n"
    "  --format json       one JSON object instead of text\n"
    "  --action ID         which action, when the file holds several (default: the first)\n"
    "  --reveal-secrets    print secret values instead of ********\n"
    "A scenario made by 'scenario-from-run' also gets, on stderr, whether the render equals the\n"
    "payload Port sent for that run (ACTION-BASE.expected/RUN_ID.json), difference by difference.\n";

struct Options {
    QString actionPath;
    QString scenario;
    QString contextPath;
    QString clientSecret;
    bool hasClientSecret = false;
    QString orgId;
    qint64 timestamp = -1;
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
        } else if (a == QLatin1String("--org-id")) {
            if (!value(&o->orgId))
                return false;
        } else if (a == QLatin1String("--timestamp")) {
            if (!value(&v))
                return false;
            bool ok = false;
            o->timestamp = v.toLongLong(&ok);
            if (!ok || o->timestamp < 0) {
                *error = QStringLiteral("--timestamp wants unix seconds, not '%1'").arg(v);
                return false;
            }
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
    QString error;
    if (!parseArgs(ctx.args, &o, &error)) {
        ctx.err << "error: " << error << "\n\n" << kUsage;
        return BadInput;
    }
    LoadedAction loaded;
    if (!loadAction(o.actionPath, o.actionId, &loaded, &error)) {
        ctx.err << "error: " << error << '\n';
        return BadInput;
    }
    const JsonValue *action = &loaded.action;

    const QByteArray envSecret = qgetenv("PORT_CLIENT_SECRET");
    TemplateEngine engine;
    InvocationPreview preview;
    QStringList warnings;
    QString expectedPath, expectedRun;  // Port's payload of the real run the scenario came from
    if (!o.contextPath.isEmpty()) {
        JsonValue context;
        if (!loadJsonFile(o.contextPath, &context, &error)) {
            ctx.err << "error: " << error << '\n';
            return BadInput;
        }
        InvocationSettings s;
        s.orgId = o.orgId.isEmpty() ? context.value(u"trigger").value(u"by").value(u"orgId").toString() : o.orgId;
        s.runId = context.value(u"run").value(u"id").toString();
        s.timestamp = o.timestamp;
        s.clientSecret = o.hasClientSecret ? o.clientSecret : QString::fromUtf8(envSecret);
        for (const JsonMember &m : context.value(u"secrets").members())
            if (m.value.isString() && !m.value.toString().isEmpty())
                s.secretValues << m.value.toString();
        preview = renderInvocationWithContext(*action, context, s, engine);
    } else {
        Scenario scenario;
        // The CLI has no keychain: secret refs stay unresolved (and are reported).
        if (!ScenarioFile::scenarioForAction(o.actionPath, o.scenario, nullptr, &scenario, &error, &warnings)) {
            ctx.err << "error: " << error << '\n';
            return BadInput;
        }
        if (!o.orgId.isEmpty())
            scenario.orgId = o.orgId;
        if (o.timestamp >= 0)
            scenario.timestamp = o.timestamp;
        if (o.hasClientSecret)
            scenario.clientSecret = o.clientSecret;
        else if (!envSecret.isEmpty())
            scenario.clientSecret = QString::fromUtf8(envSecret);
        preview = renderInvocation(*action, scenario, engine);
        expectedRun = scenario.runId;
        expectedPath = org::expectedPayloadPath(o.actionPath, scenario.runId);
    }

    if (!preview.ok()) {
        ctx.err << "error: " << preview.render.fatalError << '\n';
        return Failed;
    }
    RenderedInvocation inv = preview.invocation;
    auto mask = [&](const QString &s) { return o.reveal ? s : maskSecrets(s, inv.secretValues); };
    for (const QString &w : std::as_const(warnings))
        ctx.err << "warning: " << mask(w) << '\n';
    for (const QString &w : std::as_const(preview.warnings))
        ctx.err << "warning: " << mask(w) << '\n';
    for (const TemplateTrace &t : std::as_const(preview.render.traces)) {
        if (!t.error.isEmpty())
            ctx.err << "warning: " << t.pointer << ": {{" << t.filter << "}} failed, rendered as null: " << mask(t.error)
                    << '\n';
        for (const QString &w : t.warnings)
            ctx.err << "warning: " << t.pointer << ": " << mask(w) << '\n';
    }
    for (const QString &w : std::as_const(inv.warnings))
        ctx.err << "warning: " << mask(w) << '\n';
    inv.warnings.clear();  // already on stderr; stdout carries the invocation only

    if (o.json)
        ctx.out << QString::fromUtf8(toCompactJs(invocationToJson(inv, o.reveal))) << '\n';
    else
        ctx.out << invocationToText(inv, o.reveal);
    // A scenario made from a real run (scenario-from-run): say whether we render what Port sent.
    JsonValue expected;
    if (!expectedPath.isEmpty() && QFileInfo::exists(expectedPath) && loadJsonFile(expectedPath, &expected, &error))
        ctx.err << mask(org::payloadReport(org::comparePayloads(org::payloadOf(inv, expected), expected), expectedRun));
    return Ok;
}

}  // namespace ad::cli
