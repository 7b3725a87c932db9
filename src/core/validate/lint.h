#pragma once
// Warnings for what Port's schema accepts but will bite at run time: literal tokens where a
// {{ .secrets.NAME }} belongs, too many GitHub workflow inputs, duplicate keys, a boolean
// `required` jqQuery.

#include "json/jsonvalue.h"
#include "validate/diagnostic.h"
#include "validate/validator.h"

namespace ad {

Diagnostics lintAction(const JsonValue &action, const QString &pointerPrefix, const ValidateOptions &options);
// Warnings for duplicate keys anywhere below `value` (JSON.parse, and so Port, keeps the last).
void lintDuplicateKeys(const JsonValue &value, const QString &pointer, Diagnostics &out);

// Why `text` (a header value or URL) looks like it holds a literal credential, e.g.
// "a GitHub token (ghp_...)"; empty when it does not. Parts inside {{ }} are ignored.
QString literalSecretReason(const QString &text, const QString &headerName = {});

}  // namespace ad
