#pragma once
// Renders an action file for `run`: the scenario (from the sidecar) or a context file, the new run's
// id as .run.id, and the invocation builder's exact request.

#include "cli/report.h"
#include "invocation/renderedinvocation.h"
#include "json/jsonvalue.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace ad {
class SecretStore;
}

namespace ad::cli {

struct RunInvocationRequest {
    JsonValue action;       // the action JSON object
    QString actionPath;     // for the scenarios sidecar next to it
    QString scenarioName;   // empty: the active scenario
    std::optional<JsonValue> context;  // a payload context (object) instead of a scenario
    QString runId;          // becomes .run.id
    QString clientSecret;   // signs X-Port-Signature (empty: the scenario's)
    SecretStore *secrets = nullptr;  // resolves the sidecar's secret refs
};

struct RunInvocationResult {
    RenderedInvocation invocation;
    QString scenario;       // the scenario rendered with ("" for --context)
    QStringList warnings;   // context, template and builder warnings (secrets masked)
};

// false with `error` (located in the action or scenarios file) when the action cannot be rendered.
bool renderForRun(const RunInvocationRequest &req, RunInvocationResult *out, Located *error);

}  // namespace ad::cli
