#pragma once
// Recognises Port's legacy (v1, pre-May-2024, blueprint-scoped) action format (PORT-SPEC §10.1).

#include "json/jsonvalue.h"

#include <QStringList>

namespace ad {

// True when the action is in the legacy v1 shape; `reasons` (if given) gets one line per sign,
// e.g. "'trigger' is the string \"CREATE\"", "'userInputs' is at the top level".
bool isLegacyV1Action(const JsonValue &action, QStringList *reasons = nullptr);

}  // namespace ad
