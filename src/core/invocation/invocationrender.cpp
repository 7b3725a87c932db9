#include "invocation/invocationrender.h"

#include "template/templateengine.h"

namespace ad {

JqEvaluator engineEvaluator(TemplateEngine &engine, int timeoutMs)
{
    return [&engine, timeoutMs](const QString &program, const JsonValue &input) {
        return engine.evaluate(program, input, timeoutMs);
    };
}

JqBatchEvaluator engineBatchEvaluator(TemplateEngine &engine, int timeoutMs)
{
    return [&engine, timeoutMs](const QStringList &programs, const JsonValue &input) {
        return engine.evaluateMany(programs, input, timeoutMs);
    };
}

ContextBuilder engineContextBuilder(TemplateEngine &engine, int timeoutMs)
{
    ContextBuilder builder(engineEvaluator(engine, timeoutMs));
    builder.setBatchEvaluator(engineBatchEvaluator(engine, timeoutMs));
    return builder;
}

QString InvocationPreview::sendError() const
{
    if (!ok())
        return render.fatalError;
    for (const TemplateTrace &t : render.traces)
        if (t.timedOut)
            return QStringLiteral("%1: {{%2}} %3").arg(t.pointer, t.filter, t.error);
    return invocation.sendError;
}

InvocationPreview renderInvocationWithContext(const JsonValue &action, const JsonValue &context,
                                              const InvocationSettings &settings, TemplateEngine &engine,
                                              const RenderOptions &options)
{
    InvocationPreview p;
    p.context = context;
    RenderOptions opt = options;
    if (opt.pointerPrefix.isEmpty())
        opt.pointerPrefix = QStringLiteral("/invocationMethod");
    const JsonValue &method = action.value(u"invocationMethod");
    p.render = engine.renderSync(method, context, opt);
    if (!p.ok()) {
        p.invocation.backend = method.value(u"type").toString();
        return p;
    }
    p.invocation = buildInvocation(p.render.value, settings);
    return p;
}

InvocationPreview renderInvocation(const JsonValue &action, const Scenario &scenario, TemplateEngine &engine,
                                   const RenderOptions &options)
{
    const ContextBuilder builder = engineContextBuilder(engine, options.timeoutMs);
    const ContextResult ctx = builder.buildWithForm(action, scenario);
    InvocationPreview p =
        renderInvocationWithContext(action, ctx.context, InvocationSettings::fromScenario(scenario), engine, options);
    p.form = ctx.form;
    p.warnings = ctx.warnings;
    // Port evaluates the condition on the event: whether this run would happen at all.
    const QStringList exprs = conditionExpressions(action);
    if (!exprs.isEmpty())
        p.condition = conditionResult(action, engine.evaluateMany(exprs, ctx.context.value(u"event"), options.timeoutMs));
    return p;
}

}  // namespace ad
