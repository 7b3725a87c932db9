#include "context/inputexamples.h"

#include "context/jsonbuild.h"
#include "context/mockdata.h"

#include <cmath>

namespace ad::inputs {

namespace {

using namespace jsonbuild;

bool isEntitySchema(const JsonValue &schema)
{
    return schema.value(u"format").toString() == QLatin1String("entity");
}

// The value a rule compares against: meta-properties ($identifier...) or a property.
JsonValue entityField(const JsonValue &entity, const JsonValue &property)
{
    const QString p = property.isString() ? property.toString() : property.value(u"property").toString();
    if (p.startsWith(QLatin1Char('$')))
        return entity.value(QStringView(p).mid(1));
    return entity.value(u"properties").value(p);
}

QString asText(const JsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNumber())
        return formatJsNumber(v.toDouble());
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

bool containsValue(const JsonValue &haystack, const JsonValue &needle)
{
    if (haystack.isArray()) {
        for (const JsonValue &item : haystack.items())
            if (item == needle || asText(item) == asText(needle))
                return true;
        return false;
    }
    return asText(haystack).contains(asText(needle));
}

// needles: one value, or an array of which any one will do.
bool containsAny(const JsonValue &haystack, const JsonValue &needles)
{
    if (!needles.isArray())
        return containsValue(haystack, needles);
    for (const JsonValue &n : needles.items())
        if (containsValue(haystack, n))
            return true;
    return false;
}

bool matchesRule(const JsonValue &entity, const JsonValue &rule)
{
    if (rule.contains(u"rules"))
        return matchesDataset(entity, rule);
    const QString op = rule.value(u"operator").toString();
    const JsonValue &value = rule.value(u"value");
    if (op == QLatin1String("relatedTo")) {
        // Relation values are identifiers; the rule names the target blueprint, not the relation.
        for (const JsonMember &m : entity.value(u"relations").members())
            if (containsAny(m.value, value))
                return true;
        return false;
    }
    const JsonValue field = entityField(entity, rule.value(u"property"));
    const QString text = asText(field);
    if (op == QLatin1String("="))
        return field == value || (!value.isContainer() && text == asText(value));
    if (op == QLatin1String("!="))
        return !(field == value || (!value.isContainer() && text == asText(value)));
    if (op == QLatin1String("in") || op == QLatin1String("notIn")) {
        const bool in = value.isArray() ? containsValue(value, field) : text == asText(value);
        return op == QLatin1String("in") ? in : !in;
    }
    if (op == QLatin1String("contains") || op == QLatin1String("containsAny"))
        return containsAny(field, value);
    if (op == QLatin1String("doesNotContains"))
        return !containsValue(field, value);
    if (op == QLatin1String("beginsWith"))
        return text.startsWith(asText(value));
    if (op == QLatin1String("doesNotBeginsWith"))
        return !text.startsWith(asText(value));
    if (op == QLatin1String("endsWith"))
        return text.endsWith(asText(value));
    if (op == QLatin1String("doesNotEndsWith"))
        return !text.endsWith(asText(value));
    if (op == QLatin1String("isEmpty"))
        return field.isNull() || (field.isString() && text.isEmpty()) || (field.isContainer() && field.isEmpty());
    if (op == QLatin1String("isNotEmpty"))
        return !(field.isNull() || (field.isString() && text.isEmpty()) || (field.isContainer() && field.isEmpty()));
    if (field.isNumber() && value.isNumber()) {
        const double a = field.toDouble(), b = value.toDouble();
        if (op == QLatin1String(">"))
            return a > b;
        if (op == QLatin1String(">="))
            return a >= b;
        if (op == QLatin1String("<"))
            return a < b;
        if (op == QLatin1String("<="))
            return a <= b;
    }
    return true;
}

JsonValue exampleEntity(const QString &blueprint, const QString &fallbackId, const Scenario &s,
                        const JsonValue &dataset, int skip = 0)
{
    for (const JsonValue &e : s.mockEntities.items()) {
        if (!e.isObject())
            continue;
        const QString bp = e.value(u"blueprint").toString();
        if (!bp.isEmpty() && !blueprint.isEmpty() && bp != blueprint)
            continue;
        if (dataset.isObject() && !matchesDataset(e, dataset))
            continue;
        if (skip-- > 0)
            continue;
        return e;
    }
    return mock::entity(blueprint, fallbackId, s);
}

// Numbers: 1 unless the limits say otherwise; an integer whenever the limits allow one.
JsonValue exampleNumber(const JsonValue &schema)
{
    double v = 1;
    const JsonValue &min = schema.value(u"minimum");
    const JsonValue &max = schema.value(u"maximum");
    const JsonValue &xmin = schema.value(u"exclusiveMinimum");
    const JsonValue &xmax = schema.value(u"exclusiveMaximum");
    if (min.isNumber() && v < min.toDouble())
        v = min.toDouble();
    if (xmin.isNumber() && v <= xmin.toDouble())
        v = std::floor(xmin.toDouble()) + 1;
    if (max.isNumber() && v > max.toDouble())
        v = max.toDouble();
    if (xmax.isNumber() && v >= xmax.toDouble()) {
        v = std::ceil(xmax.toDouble()) - 1;
        const double lo = xmin.isNumber() ? xmin.toDouble() : (min.isNumber() ? min.toDouble() : v);
        if (v <= lo && xmin.isNumber())
            v = (xmin.toDouble() + xmax.toDouble()) / 2;  // no integer fits between the bounds
    }
    return JsonValue::fromDouble(v);
}

QString fitLength(QString s, const JsonValue &schema)
{
    const JsonValue &minLen = schema.value(u"minLength");
    const JsonValue &maxLen = schema.value(u"maxLength");
    if (maxLen.isNumber() && maxLen.toDouble() >= 0 && s.size() > qsizetype(maxLen.toDouble()))
        s.truncate(qsizetype(maxLen.toDouble()));
    if (minLen.isNumber() && minLen.toDouble() > s.size())
        s = s.leftJustified(qsizetype(std::min(minLen.toDouble(), 10000.0)), QLatin1Char('x'));
    return s;
}

JsonValue exampleString(const QString &id, const JsonValue &schema, const Scenario &s)
{
    const QString format = schema.value(u"format").toString();
    if (format == QLatin1String("email") || format == QLatin1String("idn-email") || format == QLatin1String("user"))
        return str(s.user.email);
    if (format == QLatin1String("url") || format == QLatin1String("labeled-url"))
        return str(QStringLiteral("https://example.com/") + id);
    if (format == QLatin1String("date-time"))
        return str(s.triggerAt);
    if (format == QLatin1String("date"))
        return str(s.triggerAt.left(10));
    if (format == QLatin1String("ipv4"))
        return str(QStringLiteral("192.0.2.10"));
    if (format == QLatin1String("ipv6"))
        return str(QStringLiteral("2001:db8::10"));
    if (format == QLatin1String("yaml"))
        return str(QStringLiteral("name: example\nreplicas: 1\n"));
    if (format == QLatin1String("markdown"))
        return str(QStringLiteral("## Example\n\nSome *markdown* text."));
    if (format == QLatin1String("multi-line"))
        return str(QStringLiteral("first line\nsecond line"));
    if (format == QLatin1String("team"))
        return str(s.user.teams.value(0, QStringLiteral("platform")));
    if (format == QLatin1String("proto"))
        return str(QStringLiteral("syntax = \"proto3\";\nmessage Example { string name = 1; }"));
    if (format == QLatin1String("timer"))
        return str(s.triggerAt);
    return str(fitLength(QStringLiteral("example-") + id, schema));
}

JsonValue firstEnumValue(const JsonValue &schema)
{
    const JsonValue &e = schema.value(u"enum");
    return e.isArray() && !e.isEmpty() ? e.at(0) : JsonValue();
}

}  // namespace

bool isEntityInput(const JsonValue &schema) { return isEntitySchema(schema); }

bool isEntityArrayInput(const JsonValue &schema)
{
    return schema.value(u"type").toString() == QLatin1String("array") && isEntitySchema(schema.value(u"items"));
}

QString entityBlueprint(const JsonValue &schema)
{
    if (isEntityArrayInput(schema))
        return schema.value(u"items").value(u"blueprint").toString();
    return schema.value(u"blueprint").toString();
}

bool matchesDataset(const JsonValue &entity, const JsonValue &dataset)
{
    const bool any = dataset.value(u"combinator").toString() == QLatin1String("or");
    const auto &rules = dataset.value(u"rules").items();
    if (rules.empty())
        return true;
    for (const JsonValue &rule : rules) {
        const bool m = matchesRule(entity, rule);
        if (any && m)
            return true;
        if (!any && !m)
            return false;
    }
    return !any;
}

JsonValue example(const QString &id, const JsonValue &schema, const Scenario &s, const JsonValue &dataset)
{
    const QString type = schema.value(u"type").toString();
    if (isEntitySchema(schema))
        return exampleEntity(entityBlueprint(schema), QStringLiteral("example-") + id, s, dataset);
    if (type == QLatin1String("number") || type == QLatin1String("integer"))
        return exampleNumber(schema);
    if (type == QLatin1String("boolean"))
        return JsonValue::fromBool(false);
    if (type == QLatin1String("object")) {
        JsonValue o = JsonValue::object();
        for (const JsonMember &m : schema.value(u"properties").members())
            if (m.value.isObject())
                o.set(m.key, example(m.key, m.value, s));
        return o;
    }
    if (type == QLatin1String("array")) {
        const JsonValue &items = schema.value(u"items");
        const JsonValue &minItems = schema.value(u"minItems");
        const int count = std::max(1, minItems.isNumber() ? int(std::min(minItems.toDouble(), 100.0)) : 1);
        JsonValue a = JsonValue::array();
        for (int i = 0; i < count; ++i) {
            if (isEntitySchema(items))
                a.append(exampleEntity(entityBlueprint(schema),
                                       QStringLiteral("example-") + id + (i ? QStringLiteral("-%1").arg(i + 1) : QString()),
                                       s, dataset, i));
            else if (!firstEnumValue(items).isNull())
                a.append(items.value(u"enum").at(i % items.value(u"enum").size()));
            else if (items.isObject())
                a.append(example(id, items, s));
            else
                a.append(str(QStringLiteral("example-") + id));
        }
        return a;
    }
    return exampleString(id, schema, s);
}

JsonValue expandEntities(const JsonValue &value, const JsonValue &schema, const Scenario &s)
{
    const QString blueprint = entityBlueprint(schema);
    auto expandOne = [&](const JsonValue &v) -> JsonValue {
        if (!v.isString())
            return v;
        for (const JsonValue &e : s.mockEntities.items())
            if (e.value(u"identifier").toString() == v.toString()
                && (blueprint.isEmpty() || e.value(u"blueprint").toString(blueprint) == blueprint))
                return e;
        return mock::entity(blueprint, v.toString(), s);
    };
    if (isEntityArrayInput(schema) && value.isArray()) {
        JsonValue a = JsonValue::array();
        for (const JsonValue &v : value.items())
            a.append(expandOne(v));
        return a;
    }
    if (isEntityInput(schema))
        return expandOne(value);
    return value;
}

}  // namespace ad::inputs
