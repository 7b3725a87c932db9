#include "context/automationcondition.h"

#include "json/jsonparser.h"

#include <QRegularExpression>

namespace ad {

QStringList conditionExpressions(const JsonValue &action, QString *combinator)
{
    const JsonValue &trigger = action.value(u"trigger");
    const JsonValue &cond = trigger.value(u"condition");
    if (trigger.value(u"type").toString() != QLatin1String("automation") || cond.value(u"type").toString() != QLatin1String("JQ"))
        return {};
    if (combinator)
        *combinator = cond.value(u"combinator").toString(QStringLiteral("and"));
    QStringList out;
    for (const JsonValue &e : cond.value(u"expressions").items())
        if (e.isString())
            out << e.toString();
    return out;
}

ConditionResult conditionResult(const JsonValue &action, const QList<JqResult> &results)
{
    ConditionResult r;
    const QStringList exprs = conditionExpressions(action, &r.combinator);
    if (exprs.isEmpty())
        return r;
    r.present = true;
    const bool any = r.combinator.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0;
    r.fires = !any;
    for (qsizetype i = 0; i < exprs.size(); ++i) {
        ConditionResult::Expression e;
        e.expression = exprs.at(i);
        if (i < results.size())
            e.result = results.at(i);
        e.holds = e.result.kind == JqResult::Kind::Value && e.result.value.isBool() && e.result.value.toBool();
        r.fires = any ? (r.fires || e.holds) : (r.fires && e.holds);
        r.expressions << e;
    }
    return r;
}

void satisfyCondition(JsonValue &event, const JsonValue &action)
{
    QString combinator;
    const QStringList exprs = conditionExpressions(action, &combinator);
    static const QRegularExpression simple(
        QStringLiteral(R"re(^\s*\.([A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*)\s*==\s*(.+?)\s*$)re"));
    for (const QString &e : exprs) {
        const QRegularExpressionMatch m = simple.match(e);
        if (!m.hasMatch())
            continue;
        const JsonParseResult literal = parseJson(m.captured(2).toUtf8());
        if (!literal.ok() || literal.value.isContainer())
            continue;
        const QStringList path = m.captured(1).split(QLatin1Char('.'));
        JsonValue *at = &event;
        bool reachable = true;
        for (qsizetype i = 0; i + 1 < path.size() && reachable; ++i) {
            JsonValue *next = at->find(path.at(i));
            if (!next) {
                at->set(path.at(i), JsonValue::object());
                next = at->find(path.at(i));
            }
            // A null side of the diff (before of a created entity) cannot hold a value: leave it.
            reachable = next->isObject();
            at = next;
        }
        if (!reachable || !at->isObject())
            continue;
        at->set(path.last(), literal.value);
        if (combinator.compare(QLatin1String("or"), Qt::CaseInsensitive) == 0)
            return;
    }
}

}  // namespace ad
