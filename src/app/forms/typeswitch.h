#pragma once
// Switching the backend type: what the new invocationMethod is and which fields do not carry over.

#include "json/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace ad::app {

struct TypeSwitch {
    JsonValue method;      // the new invocationMethod
    QStringList carried;   // field keys taken over from the old type
    QStringList dropped;   // field keys of the old type that the new one has no place for
};

// `stashed`: what this type held before the user switched away from it (restored as it was).
// Otherwise the type's new-action template, with same-named fields of the same kind carried over
// (also into and out of groups, e.g. GITHUB's org/repo into INTEGRATION_ACTION's properties).
TypeSwitch switchBackendType(const JsonValue &current, const QString &toType, const JsonValue *stashed);

}  // namespace ad::app
