#pragma once
// Traces as JSON (for `action-designer trace --format json` and exports) and as one-line text.

#include "template/templatetypes.h"

namespace ad {

JsonValue traceToJson(const TemplateTrace &t);
// {"result": ..., "undefined": bool, "fatalError": "...", "traces": [...]}
JsonValue renderOutputToJson(const RenderOutput &out);
// "/body/name 12:15 {{ .x | pick(.a) }}: jq: compile error: ..." (where, what, why).
QString describeFailure(const TemplateTrace &t);
// "compile", "runtime", "timeout" or "" for a trace without error.
QString errorKind(const TemplateTrace &t);

}  // namespace ad
