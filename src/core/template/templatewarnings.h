#pragma once
// Static checks of one filter for the trace: context paths the scenario lacks, and what Port's jq
// (the 1.7.1 line) and ours treat differently or lack. Heuristic by design: a token scan, not a jq parser.

#include "json/jsonvalue.h"
#include "template/jsobject.h"

#include <QHash>
#include <QStringList>

namespace ad {

// What the checks learn from a filter's text alone (a render plan keeps it, so a context change
// does not lex the filter again).
struct FilterLint {
    QList<QStringList> paths;  // the paths from the context root it reads (.a.b, .a["b"])
    QStringList engine;        // what Port's jq and ours treat differently or lack
};

// filter: the text between the braces (after Port's quote rule). Memoised per thread.
FilterLint lintFilter(const QString &filter);

// The warnings of filters against one context (null: no path check), for all templates of a render.
class ContextPaths {
public:
    explicit ContextPaths(const JsonValue *context) : m_context(context) {}
    // The context paths the filter reads that the scenario lacks, then the engine warnings.
    QStringList warnings(const FilterLint &lint);

private:
    const JsonValue *member(const JsonValue &object, const QString &key);
    const JsonValue *m_context;
    QHash<const JsonValue *, QHash<js::PropertyKey, const JsonValue *>> m_index;
};

}  // namespace ad
