#include "cli/runinvocation.h"

#include "context/scenariofile.h"
#include "invocation/invocationformat.h"
#include "invocation/invocationrender.h"
#include "runner/secretstore.h"
#include "template/templateengine.h"

namespace ad::cli {

bool renderForRun(const RunInvocationRequest &req, RunInvocationResult *out, Located *error)
{
    TemplateEngine engine;
    InvocationPreview preview;
    RenderOptions options;
    options.stopAtFirstTimeout = true;  // the run has failed at the first timeout: send nothing, soon
    if (req.context) {
        JsonValue context = *req.context;
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
        QString why;
        if (!ScenarioFile::scenarioForAction(req.actionPath, req.scenarioName, &resolver, &scenario, &why, &out->warnings)) {
            *error = Located::fromMessage(req.actionPath, why);
            return false;
        }
        scenario.runId = req.runId;
        if (!req.clientSecret.isEmpty())
            scenario.clientSecret = req.clientSecret;
        out->scenario = scenario.name;
        preview = renderInvocation(req.action, scenario, engine, options);
    }
    // A timed-out template stops the run too (as in the designer's Runner dock): never send a guess.
    if (const QString stop = preview.sendError(); !stop.isEmpty()) {
        *error = {req.actionPath, {}, maskSecrets(stop, preview.invocation.secretValues)};
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
