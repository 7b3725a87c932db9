#pragma once
// Serialises JsonValue. Canonical form = 2-space indent, "key": value, one member per line,
// empty containers as {} / [], a final newline: byte-identical to Python's
// json.dumps(indent=2, ensure_ascii=False) + "\n", which is how Port's docs examples are laid out.

#include "json/jsonvalue.h"

#include <QByteArray>

namespace ad {

struct JsonWriteOptions {
    enum class Style { Pretty, Compact };
    Style style = Style::Pretty;
    // Keep number literals and string escapes exactly as in the source (export). When false, numbers
    // and strings are written as JavaScript's JSON.stringify would (what Port sends on the wire).
    bool keepSourceText = true;
    // Pretty only: end with "\n".
    bool finalNewline = true;
    int indent = 2;
};

QByteArray writeJson(const JsonValue &v, const JsonWriteOptions &opt = {});
// JSON.stringify(v): compact, JS numbers, JS string escaping. What gets signed and sent.
QByteArray toCompactJs(const JsonValue &v);
// A JSON string literal for s with JSON.stringify's escaping (quotes included).
QString quoteJsonString(const QString &s);

}  // namespace ad
