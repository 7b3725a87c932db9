#pragma once
// One problem found in a document: what, where (JSON pointer + source position), how bad.

#include "json/jsonvalue.h"

#include <QList>
#include <QString>

namespace ad {

struct Diagnostic {
    enum class Severity { Error, Warning, Info };
    Severity severity = Severity::Error;
    QString message;  // in Port's words: "GITHUB needs 'workflow'"
    QString pointer;  // JSON pointer into the file, e.g. /invocationMethod/workflow
    SourcePos pos;    // best source position (the value, or its parent when the value is missing)
    QString code;     // stable id for tests and filters, e.g. "required", "unknown-key", "legacy-v1"

    bool isError() const { return severity == Severity::Error; }
};
using Diagnostics = QList<Diagnostic>;

QString severityName(Diagnostic::Severity s);  // "error", "warning", "note"
// "FILE:LINE:COL: error: message [/json/pointer]" (LINE:COL omitted when unknown).
QString formatDiagnostic(const QString &file, const Diagnostic &d);
bool hasErrors(const Diagnostics &ds);

}  // namespace ad
