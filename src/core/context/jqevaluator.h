#pragma once
// The one thing the context builder needs from jq: evaluate a program on an input and take the first
// output. A std::function (not TemplateEngine itself) so form-time logic is testable with a fake and
// the engine stays swappable; engineEvaluator() (invocation/invocationrender.h) wires the real one.

#include "json/jsonvalue.h"
#include "template/templatetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ad {

// program: plain jq (no {{ }}); input: the document `.` refers to. An empty std::function means
// "no jq available": callers skip jqQuery fields and say so.
using JqEvaluator = std::function<JqResult(const QString &program, const JsonValue &input)>;
// Several programs on one input in one go (one round trip to the jq worker); results in order.
using JqBatchEvaluator = std::function<QList<JqResult>(const QStringList &programs, const JsonValue &input)>;

}  // namespace ad
