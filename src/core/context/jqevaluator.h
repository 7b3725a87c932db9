#pragma once
// The one thing the context builder needs from jq: evaluate a program on an input and take the first
// output. An interface (not TemplateEngine itself) so form-time logic is testable with a fake and the
// engine stays swappable (worker process in the app, in-process in the CLI).

#include "json/jsonvalue.h"

#include <QString>

#include <functional>

namespace ad {

struct JqResult {
    enum class Kind { Value, Undefined, Error };
    Kind kind = Kind::Undefined;
    JsonValue value;  // Kind::Value only
    QString error;    // Kind::Error only: jq's own message

    static JqResult ofValue(const JsonValue &v) { return {Kind::Value, v, {}}; }
    static JqResult undefined() { return {}; }
    static JqResult failure(const QString &message) { return {Kind::Error, {}, message}; }
    bool hasValue() const { return kind == Kind::Value; }
};

// program: plain jq (no {{ }}); input: the document `.` refers to. An empty std::function means
// "no jq available": callers skip jqQuery fields and say so.
using JqEvaluator = std::function<JqResult(const QString &program, const JsonValue &input)>;

}  // namespace ad
