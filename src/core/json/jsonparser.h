#pragma once
// Strict JSON (RFC 8259) parser producing an order-preserving JsonValue with source positions.
// Iterative, with a nesting limit, so hostile input (100,000-deep arrays) cannot overflow the stack.

#include "json/jsonvalue.h"

#include <QByteArray>
#include <QString>

namespace ad {

struct JsonParseError {
    QString message;  // e.g. "expected ',' or '}' after an object member"
    SourcePos pos;    // where the problem is
    bool isError() const { return !message.isEmpty(); }
};

struct JsonParseResult {
    JsonValue value;
    JsonParseError error;  // empty message on success
    bool ok() const { return !error.isError(); }
};

// Deeper nesting than this is reported as an error (Port's own payloads are a few levels deep).
constexpr int kMaxJsonDepth = 512;

// Parses UTF-8 text (a leading BOM is skipped). Invalid UTF-8, control characters in strings,
// trailing text, comments and an empty document are errors with a line and column.
JsonParseResult parseJson(const QByteArray &utf8);
inline JsonParseResult parseJson(const QString &text) { return parseJson(text.toUtf8()); }

}  // namespace ad
