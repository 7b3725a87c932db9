#pragma once
// What tst_validator and tst_validator_messages share: a readable dump of diagnostics and the
// action lines most fixtures start from.

#include "validate/diagnostic.h"

#include <QStringList>

#include <algorithm>

namespace validatorfixture {

inline QString dump(const ad::Diagnostics &ds)
{
    QStringList lines;
    for (const ad::Diagnostic &d : ds)
        lines << ad::formatDiagnostic(QStringLiteral("test.json"), d) + QStringLiteral(" {") + d.code + u'}';
    return lines.join(u'\n');
}

inline int errorCount(const ad::Diagnostics &ds)
{
    return int(std::count_if(ds.begin(), ds.end(), [](const ad::Diagnostic &d) { return d.isError(); }));
}

// The lines most variants share; each variant's own lines follow them, so line numbers stay
// those of the text as written.
inline const QString kCreate = QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)");
inline const QString kKafka = QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"}
})");

}  // namespace validatorfixture
