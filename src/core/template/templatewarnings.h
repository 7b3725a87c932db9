#pragma once
// Static checks of one filter for the trace: context paths the scenario lacks, and what Port's jq
// (the 1.7.1 line) and ours treat differently or lack. Heuristic by design: a token scan, not a jq parser.

#include "json/jsonvalue.h"
#include "template/jqlexer.h"

#include <QStringList>

namespace ad {

// What the checks learn from a filter's text alone (a render plan keeps it, so a context change
// does not lex the filter again).
struct FilterLint {
    QList<JqToken> tokens;
    QStringList engine;  // what Port's jq and ours treat differently or lack
};

// filter: the text between the braces (after Port's quote rule). Memoised per thread.
FilterLint lintFilter(const QString &filter);
// The context paths the filter reads that the scenario lacks, then the engine warnings.
QStringList templateWarnings(const FilterLint &lint, const JsonValue *context);

}  // namespace ad
