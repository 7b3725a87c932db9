#include "validate/diagnostic.h"

namespace ad {

QString severityName(Diagnostic::Severity s)
{
    switch (s) {
    case Diagnostic::Severity::Error: return QStringLiteral("error");
    case Diagnostic::Severity::Warning: return QStringLiteral("warning");
    case Diagnostic::Severity::Info: return QStringLiteral("note");
    }
    return {};
}

QString formatDiagnostic(const QString &file, const Diagnostic &d)
{
    QString s = file;
    if (d.pos.isValid())
        s += QLatin1Char(':') + QString::number(d.pos.line) + QLatin1Char(':') + QString::number(d.pos.column);
    s += QStringLiteral(": ") + severityName(d.severity) + QStringLiteral(": ") + d.message;
    if (!d.pointer.isNull())
        s += QStringLiteral(" [") + (d.pointer.isEmpty() ? QStringLiteral("/") : d.pointer) + QLatin1Char(']');
    return s;
}

bool hasErrors(const Diagnostics &ds)
{
    for (const Diagnostic &d : ds)
        if (d.isError())
            return true;
    return false;
}

}  // namespace ad
