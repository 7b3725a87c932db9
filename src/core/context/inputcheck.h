#pragma once
// Port's form rules for a value of one user input: what its form would refuse before a run ever
// starts (type, pattern, minimum/maximum and their exclusive forms, minLength/maxLength, enum,
// format, required, minItems/maxItems). The scenario editor marks mock values with these, and the
// preview warns that the request it shows is one Port would never send.

#include "context/formstate.h"
#include "json/jsonvalue.h"

#include <QHash>
#include <QStringList>

namespace ad {

// The problems of `value` for the input declared by `schema` (empty: Port's form accepts it).
// `enumValues` is the resolved enum (jqQuery evaluated), or null to read the schema's literal one.
QStringList checkInputValue(const JsonValue &schema, const JsonValue &value, bool required,
                            const JsonValue &enumValues = {});

// Per input id, the problems of the scenario's own values (and of required visible inputs left
// empty) in a form state; inputs without problems are absent.
QHash<QString, QStringList> checkMockInputs(const FormState &form);

}  // namespace ad
