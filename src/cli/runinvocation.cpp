#include "cli/runinvocation.h"

#include "context/scenariofile.h"
#include "invocation/invocationformat.h"
#include "invocation/invocationrender.h"
#include "json/jsonparser.h"
#include "runner/secretstore.h"
#include "template/templateengine.h"

#include <QFile>

namespace ad::cli {

bool renderForRun(const RunInvocationRequest &req, RunInvocationResult *out, QString *error)
{
    TemplateEngine engine;
    InvocationPreview preview;
    RenderOptions options;
    options.stopAtFirstTimeout = true;  // the run has failed at the first timeout: send nothing, soon
    if (!req.contextPath.isEmpty()) {
        QFile f(req.contextPath);
        if (!f.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read %1: %2").arg(req.contextPath, f.errorString());
            return false;
        }
        const JsonParseResult parsed = parseJson(f.readAll());
        if (!parsed.ok() || !parsed.value.isObject()) {
            *error = parsed.ok() ? QStringLiteral("%1: the context must be a JSON object").arg(req.contextPath)
                                 : QStringLiteral("%1:%2:%3: %4").arg(req.contextPath).arg(parsed.error.pos.line)
                                       .arg(parsed.error.pos.column).arg(parsed.error.message);
            return false;
        }
        JsonValue context = parsed.value;
        // The backend reports on this run: .run.id is the id the runs API knows.
        JsonValue run = context.value(u"run").isObject() ? context.value(u"run") : JsonValue::object();
        run.set(QStringLiteral("id"), JsonValue::fromString(req.runId));
        context.set(QStringLiteral("run"), run);
        InvocationSettings s;
        s.orgId = context.value(u"trigger").value(u"by").value(u"orgId").toString();
        s.runId = req.runId;
        s.clientSecret = req.clientSecret;
        s.secretValues = secretValuesIn(context);
        preview = renderInvocationWithContext(req.action, context, s, engine, options);
    } else {
        SecretStoreResolver resolver(req.secrets);
        Scenario scenario;
        if (!ScenarioFile::scenarioForAction(req.actionPath, req.scenarioName, &resolver, &scenario, error, &out->warnings))
            return false;
        scenario.runId = req.runId;
        if (!req.clientSecret.isEmpty())
            scenario.clientSecret = req.clientSecret;
        out->scenario = scenario.name;
        preview = renderInvocation(req.action, scenario, engine, options);
    }
    // A timed-out template stops the run too (as in the designer's Runner dock): never send a guess.
    if (const QString stop = preview.sendError(); !stop.isEmpty()) {
        *error = maskSecrets(stop, preview.invocation.secretValues);
        return false;
    }
    out->invocation = preview.invocation;
    const QStringList &secrets = out->invocation.secretValues;
    for (const QString &w : std::as_const(preview.warnings))
        out->warnings << w;
    for (const TemplateTrace &t : std::as_const(preview.render.traces))
        if (!t.error.isEmpty())
            out->warnings << QStringLiteral("%1: {{%2}} failed, rendered as null: %3").arg(t.pointer, t.filter, t.error);
    out->warnings << out->invocation.warnings;
    for (QString &w : out->warnings)
        w = maskSecrets(w, secrets);
    return true;
}

}  // namespace ad::cli
