#include "cli/report.h"

#include <QRegularExpression>

namespace ad::cli {

Located Located::fromMessage(const QString &file, const QString &message)
{
    static const QRegularExpression located(QStringLiteral("^(.+?):(\\d+):(\\d+): (.*)$"),
                                            QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch m = located.match(message);
    if (!m.hasMatch())
        return {file, {}, message};
    Located l;
    l.file = m.captured(1);
    l.pos.line = m.captured(2).toInt();
    l.pos.column = m.captured(3).toInt();
    l.message = m.captured(4);
    return l;
}

void report(Context &ctx, const QString &file, const Diagnostic &d)
{
    QString where = file;
    if (where.isEmpty())
        where = ctx.command.isEmpty() ? QStringLiteral("action-designer") : QStringLiteral("action-designer ") + ctx.command;
    else if (where == QLatin1String("-"))
        where = QStringLiteral("<stdin>");
    ctx.err << formatDiagnostic(where, d) << '\n';
}

void report(Context &ctx, const Located &what, Diagnostic::Severity severity)
{
    Diagnostic d;
    d.severity = severity;
    d.message = what.message;
    d.pos = what.pos;
    report(ctx, what.file, d);
}

void reportUsage(Context &ctx, const QString &message)
{
    report(ctx, {QString(), {}, message});
}

int usageError(Context &ctx, const QString &message, const QString &usage)
{
    reportUsage(ctx, message);
    ctx.err << '\n' << usage;
    return BadInput;
}

bool parseNumber(Context &ctx, const QString &flag, const QString &text, qint64 min, qint64 max, const char *unit,
                 qint64 *out)
{
    bool ok = false;
    const qint64 v = text.trimmed().toLongLong(&ok);
    if (ok && v >= min && v <= max) {
        *out = v;
        return true;
    }
    reportUsage(ctx, QStringLiteral("%1 wants a whole number from %2 to %3 (%4), not '%5'")
                         .arg(flag)
                         .arg(min)
                         .arg(max)
                         .arg(QLatin1String(unit), text));
    return false;
}

}  // namespace ad::cli
