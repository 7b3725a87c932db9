#pragma once
// Turns raw schema failures into diagnostics worded the way Port's docs and UI speak.

#include "json/jsonvalue.h"
#include "validate/diagnostic.h"
#include "validate/schemacheck.h"

namespace ad {

// `action` is the value the errors were found in (their paths are relative to it).
Diagnostics describeSchemaErrors(const JsonValue &action, const SchemaErrors &errors,
                                 const QString &pointerPrefix);

}  // namespace ad
