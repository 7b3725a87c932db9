#include "template/tracejson.h"

namespace ad {

QString errorKind(const TemplateTrace &t)
{
    if (t.error.isEmpty())
        return {};
    if (t.timedOut)
        return QStringLiteral("timeout");
    return t.compileError ? QStringLiteral("compile") : QStringLiteral("runtime");
}

JsonValue traceToJson(const TemplateTrace &t)
{
    JsonValue o = JsonValue::object();
    o.set(QStringLiteral("pointer"), JsonValue::fromString(t.pointer));
    if (t.inKey)
        o.set(QStringLiteral("inKey"), JsonValue::fromBool(true));
    if (t.pos.isValid()) {
        o.set(QStringLiteral("line"), JsonValue::fromInt(t.pos.line));
        o.set(QStringLiteral("column"), JsonValue::fromInt(t.pos.column));
    }
    o.set(QStringLiteral("filter"), JsonValue::fromString(t.filter));
    if (!t.undefined)
        o.set(QStringLiteral("result"), t.result);
    o.set(QStringLiteral("type"), JsonValue::fromString(t.error.isEmpty() ? t.resultType : QStringLiteral("null")));
    if (!t.error.isEmpty()) {
        o.set(QStringLiteral("error"), JsonValue::fromString(t.error));
        o.set(QStringLiteral("errorKind"), JsonValue::fromString(errorKind(t)));
    }
    o.set(QStringLiteral("ms"), JsonValue::fromDouble(qRound(t.ms * 1000) / 1000.0));
    if (t.quoteRuleApplied)
        o.set(QStringLiteral("quoteRuleApplied"), JsonValue::fromBool(true));
    JsonValue w = JsonValue::array();
    for (const QString &s : t.warnings)
        w.append(JsonValue::fromString(s));
    o.set(QStringLiteral("warnings"), w);
    return o;
}

JsonValue renderOutputToJson(const RenderOutput &out)
{
    JsonValue o = JsonValue::object();
    if (!out.undefined)
        o.set(QStringLiteral("result"), out.value);
    o.set(QStringLiteral("undefined"), JsonValue::fromBool(out.undefined));
    if (!out.fatalError.isEmpty())
        o.set(QStringLiteral("fatalError"), JsonValue::fromString(out.fatalError));
    JsonValue traces = JsonValue::array();
    for (const TemplateTrace &t : out.traces)
        traces.append(traceToJson(t));
    o.set(QStringLiteral("traces"), traces);
    return o;
}

QString describeFailure(const TemplateTrace &t)
{
    QString where = t.pointer.isEmpty() ? QStringLiteral("(root)") : t.pointer;
    if (t.inKey)
        where += QLatin1String(" (key)");
    if (t.pos.isValid())
        where += QStringLiteral(" %1:%2").arg(t.pos.line).arg(t.pos.column);
    return QStringLiteral("%1 {{%2}}: %3").arg(where, t.filter, t.error);
}

}  // namespace ad
