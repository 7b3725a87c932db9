#pragma once
// Renders an action file for `run`: the scenario or context, the run id as .run.id, and the
// invocation builder's exact request.

#include "invocation/renderedinvocation.h"
#include "json/jsonvalue.h"

#include <QString>

namespace ad::cli {

struct RunInvocationRequest {
    JsonValue action;      // the action JSON object
    QString actionPath;    // for the scenarios sidecar next to it
    QString scenarioName;  // empty: the default scenario
    QString contextPath;   // a payload context file instead of a scenario
    QString runId;         // becomes .run.id
    QString clientSecret;  // signs X-Port-Signature
    QString apiBase;       // GitHub/GitLab/Azure API base
};

// false with `error` when the action cannot be rendered.
bool renderForRun(const RunInvocationRequest &req, RenderedInvocation *out, QString *scenarioUsed, QString *error);

}  // namespace ad::cli
