#pragma once
// Checks of an action against what the org has, on the data the org answered (no network here).

#include "json/jsonvalue.h"

#include <QStringList>

namespace ad::org {

// The names in GET /v1/organization/secrets' answer ({ok, secrets: [{secretName, ...}]}; plain
// strings and "name" are accepted too). Values are never part of the answer.
QStringList orgSecretNames(const JsonValue &answer);
// The `.secrets.NAME` names `action` reads that are not in `orgNames`; *used gets every name read.
QStringList missingSecrets(const JsonValue &action, const QStringList &orgNames, QStringList *used = nullptr);

}  // namespace ad::org
