#pragma once
// Example values for self-service inputs by type and format, and the expansion of entity inputs to
// the full entity objects Port puts in .inputs (PORT-SPEC §5.2).

#include "context/scenario.h"
#include "json/jsonvalue.h"

#include <QString>

namespace ad::inputs {

// True for {"format":"entity"} and arrays whose items are entities.
bool isEntityInput(const JsonValue &schema);
bool isEntityArrayInput(const JsonValue &schema);
QString entityBlueprint(const JsonValue &schema);  // of the input or of its items

// A value Port would accept for this input without any jq: min/max and length limits honoured,
// entity inputs as entity objects (a mock entity matching `dataset` when the scenario has one).
JsonValue example(const QString &id, const JsonValue &schema, const Scenario &s, const JsonValue &dataset = {});

// Identifier strings (or arrays of them) become full entity objects: the scenario's mock entity
// with that identifier, else a generated one. Objects pass through unchanged.
JsonValue expandEntities(const JsonValue &value, const JsonValue &schema, const Scenario &s);

// Whether an entity matches a (resolved) dataset: {combinator, rules[]} with nested groups.
// Operators it cannot judge count as a match.
bool matchesDataset(const JsonValue &entity, const JsonValue &dataset);

}  // namespace ad::inputs
