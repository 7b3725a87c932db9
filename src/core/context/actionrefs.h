#pragma once
// What an action's templates and automation condition read from the context, found by scanning
// their text: secret names, and entity properties/relations. Used to prefill generated entities
// plausibly (a template reading .entity.properties.region gets a region) and to warn about secrets
// the scenario lacks.

#include "json/jsonvalue.h"

#include <QStringList>

namespace ad {

struct ActionRefs {
    QStringList secrets;              // .secrets.NAME / .secrets["NAME"] / .secrets."NAME"
    QStringList entityProperties;     // .entity.properties.X (DAY-2/DELETE target, form-time .entity)
    QStringList entityRelations;      // .entity.relations.X
    QStringList diffProperties;       // .diff.before|after.properties.X (event entities)
    QStringList diffRelations;        // .diff.before|after.relations.X
};

// Scans every string (keys included) under invocationMethod, trigger.userInputs and
// trigger.condition.
ActionRefs scanActionRefs(const JsonValue &action);

// Adds "example-<name>" for each listed property/relation the entity lacks (existing values stay).
void fillReferenced(JsonValue &entity, const QStringList &properties, const QStringList &relations);

}  // namespace ad
