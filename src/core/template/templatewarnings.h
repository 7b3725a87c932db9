#pragma once
// Static checks of one filter for the trace: context paths the scenario lacks, and what Port's jq
// (the 1.7.1 line) and ours treat differently or lack. Heuristic by design: a token scan, not a jq parser.

#include "json/jsonvalue.h"

#include <QStringList>

namespace ad {

// filter: the text between the braces (after Port's quote rule). context may be null (no path check).
QStringList templateWarnings(const QString &filter, const JsonValue *context);

}  // namespace ad
