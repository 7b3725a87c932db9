#pragma once
// One preview, end to end: the payload context for a scenario, the action's invocationMethod rendered
// with Port's template rules, and the request its backend would get. What the preview dock shows and
// what `action-designer request` prints.

#include "context/automationcondition.h"
#include "context/contextbuilder.h"
#include "invocation/invocationbuilder.h"
#include "invocation/renderedinvocation.h"
#include "template/templatetypes.h"

#include <QStringList>

namespace ad {

class TemplateEngine;

// Form-time jqQuery through the engine: a bare jq program, first output (no Port template rules).
JqEvaluator engineEvaluator(TemplateEngine &engine, int timeoutMs = 2000);
JqBatchEvaluator engineBatchEvaluator(TemplateEngine &engine, int timeoutMs = 2000);
// A ContextBuilder evaluating form-time jqQuery with the engine (single and batched).
ContextBuilder engineContextBuilder(TemplateEngine &engine, int timeoutMs = 2000);

struct InvocationPreview {
    JsonValue context;              // what `.` was for the templates
    FormState form;                 // self-service inputs as the form would hold them (empty otherwise)
    RenderOutput render;            // the rendered invocationMethod and one trace per template
    RenderedInvocation invocation;  // empty (backend only) when the render failed as a whole
    QStringList warnings;           // from the context (jqQuery problems, encrypted inputs)
    ConditionResult condition;      // automations: the JQ trigger condition on the event
    bool ok() const { return render.fatalError.isEmpty(); }
    // Why a run must not send this (empty: it may): the render failed as a whole, or a template ran
    // past its time limit. A timed-out template rendered as null, which Port (allowing 5 s) would
    // not necessarily send, so a run stops there instead of guessing. Or the invocation itself
    // cannot be sent (RenderedInvocation::sendError: a header that would split the request).
    QString sendError() const;
};

// Builds the context from the scenario (form-time jqQuery through `engine`), renders, builds.
InvocationPreview renderInvocation(const JsonValue &action, const Scenario &scenario, TemplateEngine &engine,
                                   const RenderOptions &options = {});
// The same with a ready-made context (`request --context`); run id, org id and secrets come from
// `settings`.
InvocationPreview renderInvocationWithContext(const JsonValue &action, const JsonValue &context,
                                              const InvocationSettings &settings, TemplateEngine &engine,
                                              const RenderOptions &options = {});

}  // namespace ad
