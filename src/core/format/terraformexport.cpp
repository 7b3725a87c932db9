// Action JSON -> port_action attributes, with every part Terraform cannot carry listed as a gap.
#include "format/terraformmapping.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "model/actionfile.h"
#include "model/legacy.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace ad {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("ad::Terraform", text); }

JsonValue str(const QString &s) { return JsonValue::fromString(s); }

bool isJqQuery(const JsonValue &v) { return v.isObject() && v.size() == 1 && v.value(u"jqQuery").isString(); }

bool isTemplatedKey(const QString &key) { return key.contains(QString::fromLatin1("{{")); }

bool allOf(const JsonValue &array, JsonValue::Type t)
{
    return std::all_of(array.items().begin(), array.items().end(), [t](const JsonValue &v) { return v.type() == t; });
}

class Exporter {
public:
    explicit Exporter(const QString &base) : m_base(base) {}
    FormatGaps gaps;

    void gap(const QString &rel, const QString &reason) { gaps.append({m_base + rel, reason}); }

    // Keys the mapping knows; every other key of `obj` is a gap ("no attribute").
    void unknownKeys(const JsonValue &obj, const QString &rel, const QStringList &known)
    {
        for (const JsonMember &m : obj.members()) {
            if (!known.contains(m.key))
                gap(jsonPointerAppend(rel, m.key), explainUnknown(m.key));
        }
    }

    // A JSON payload as jsonencode() writes it. Key order only matters to Port where an object's
    // order decides which templated or spread key wins; there the sorted order is a gap.
    JsonValue payload(const JsonValue &v, const QString &rel)
    {
        keyOrder(v, rel);
        return str(terraformJsonEncode(v));
    }

    JsonValue stringList(const JsonValue &array, const QString &rel)
    {
        if (!array.isArray() || !allOf(array, JsonValue::Type::String)) {
            gap(rel, tr("the provider takes a list of strings here"));
            return {};
        }
        return array;
    }

private:
    QString m_base;

    static QString explainUnknown(const QString &key)
    {
        if (key == QString::fromLatin1("enumColors"))
            return tr("the provider has no attribute for enumColors");
        if (key == QString::fromLatin1("exclusiveMinimum") || key == QString::fromLatin1("exclusiveMaximum"))
            return tr("number inputs have only minimum/maximum in the provider");
        if (key == QString::fromLatin1("uniqueItems"))
            return tr("array inputs have no uniqueItems in the provider");
        if (key == QString::fromLatin1("spec") || key == QString::fromLatin1("specAuthentication"))
            return tr("the provider's schema has no spec/specAuthentication attribute");
        if (key == QString::fromLatin1("properties") || key == QString::fromLatin1("additionalProperties")
            || key == QString::fromLatin1("patternProperties") || key == QString::fromLatin1("required"))
            return tr("object inputs take no JSON-schema keywords in the provider");
        if (key == QString::fromLatin1("disabled"))
            return tr("the provider has no attribute for disabled");
        return tr("the provider has no attribute for %1").arg(key);
    }

    void keyOrder(const JsonValue &v, const QString &rel)
    {
        if (v.isArray()) {
            for (qsizetype i = 0; i < v.size(); ++i)
                keyOrder(v.at(i), jsonPointerAppend(rel, i));
            return;
        }
        if (!v.isObject())
            return;
        bool orderMatters = false;
        QList<QByteArray> keys;
        for (const JsonMember &m : v.members()) {
            orderMatters = orderMatters || isTemplatedKey(m.key);
            keys.append(m.key.toUtf8());
        }
        if (orderMatters && !std::is_sorted(keys.begin(), keys.end()))
            gap(rel, tr("jsonencode() sorts keys, which moves a templated or {{ spreadValue() }} key and changes which value wins"));
        for (const JsonMember &m : v.members())
            keyOrder(m.value, jsonPointerAppend(rel, m.key));
    }
};

// ---- user inputs -------------------------------------------------------------------------------

const QStringList kCommonInputKeys = {QStringLiteral("type"), QStringLiteral("title"), QStringLiteral("icon"),
                                      QStringLiteral("description"), QStringLiteral("dependsOn"),
                                      QStringLiteral("visible"), QStringLiteral("default")};

JsonValue datasetValue(Exporter &ex, const JsonValue &rule, const QString &rel)
{
    const JsonValue &value = rule.value(u"value");
    JsonValue out = JsonValue::object();
    if (!rule.contains(u"value")) {
        ex.gap(rel, tr("the provider requires a value for every dataset rule"));
        return out;
    }
    if (isJqQuery(value)) {
        out.set(QStringLiteral("jq_query"), value.value(u"jqQuery"));
        return out;
    }
    if (value.isObject() && value.contains(u"preset")) {
        ex.gap(jsonPointerAppend(rel, QStringLiteral("value")), tr("date presets have no form in the provider's dataset rules"));
        return out;
    }
    // The literal as a jq program yields the same value, but Port stores (and Terraform reads back)
    // a jqQuery object instead of the literal.
    out.set(QStringLiteral("jq_query"), str(QString::fromUtf8(toCompactJs(value))));
    ex.gap(jsonPointerAppend(rel, QStringLiteral("value")),
           tr("dataset rule values are jq_query only: the literal is written as a jq query and reads back as {\"jqQuery\": ...}"));
    return out;
}

JsonValue dataset(Exporter &ex, const JsonValue &ds, const QString &rel)
{
    JsonValue out = JsonValue::object();
    if (!ds.isObject() || !ds.value(u"rules").isArray()) {
        ex.gap(rel, tr("the provider takes a dataset object with combinator and rules"));
        return {};
    }
    out.set(QStringLiteral("combinator"), ds.value(u"combinator"));
    ex.unknownKeys(ds, rel, {QStringLiteral("combinator"), QStringLiteral("rules")});
    JsonValue rules = JsonValue::array();
    const QString rulesRel = jsonPointerAppend(rel, QStringLiteral("rules"));
    for (qsizetype i = 0; i < ds.value(u"rules").size(); ++i) {
        const JsonValue &rule = ds.value(u"rules").at(i);
        const QString r = jsonPointerAppend(rulesRel, i);
        if (rule.contains(u"rules") || rule.contains(u"combinator")) {
            ex.gap(r, tr("nested rule groups have no form in the provider's dataset rules"));
            continue;
        }
        JsonValue o = JsonValue::object();
        if (rule.value(u"blueprint").isString())
            o.set(QStringLiteral("blueprint"), rule.value(u"blueprint"));
        const JsonValue &prop = rule.value(u"property");
        if (prop.isString()) {
            o.set(QStringLiteral("property"), prop);
        } else if (prop.isObject()) {
            ex.gap(jsonPointerAppend(r, QStringLiteral("property")),
                   prop.contains(u"path") ? tr("path properties have no form in the provider's dataset rules")
                                          : tr("context properties (user/userTeams) have no form in the provider's dataset rules"));
        }
        o.set(QStringLiteral("operator"), rule.value(u"operator"));
        o.set(QStringLiteral("value"), datasetValue(ex, rule, r));
        for (const JsonMember &m : rule.members()) {
            const QString k = m.key;
            if (k == QString::fromLatin1("direction") || k == QString::fromLatin1("required"))
                ex.gap(jsonPointerAppend(r, k), tr("relation rules have no direction/required in the provider"));
            else if (k == QString::fromLatin1("propertySchema"))
                ex.gap(jsonPointerAppend(r, k), tr("propertySchema rules have no form in the provider"));
            else if (k != QString::fromLatin1("blueprint") && k != QString::fromLatin1("property") && k != QString::fromLatin1("operator")
                     && k != QString::fromLatin1("value"))
                ex.gap(jsonPointerAppend(r, k), tr("the provider has no attribute for %1").arg(k));
        }
        rules.append(o);
    }
    out.set(QStringLiteral("rules"), rules);
    return out;
}

// visible/default/enum: a literal goes to `name`, a {"jqQuery"} to `name_jq_query`.
void literalOrJq(Exporter &ex, JsonValue &out, const JsonValue &in, const QString &rel, const char *key,
                 const JsonValue &literal, bool literalOk)
{
    const QString k = QString::fromLatin1(key);
    if (!in.contains(k))
        return;
    const JsonValue &v = in.value(k);
    const QString r = jsonPointerAppend(rel, k);
    if (isJqQuery(v))
        out.set(k + QString::fromLatin1("_jq_query"), v.value(u"jqQuery"));
    else if (literalOk)
        out.set(k, literal);
    else
        ex.gap(r, tr("the provider cannot hold this %1 (type %2)").arg(k, v.typeName()));
}

JsonValue itemsAttrs(Exporter &ex, const JsonValue &items, const JsonValue &def, const QString &rel, QString *attr)
{
    JsonValue out = JsonValue::object();
    const QString type = items.value(u"type").toString();
    const QString defRel = jsonPointerAppend(rel.left(rel.lastIndexOf(QLatin1Char('/'))), QStringLiteral("default"));
    QStringList known = {QStringLiteral("type")};
    auto defaults = [&](JsonValue::Type t) {
        if (!def.isArray())
            return;
        if (allOf(def, t))
            out.set(QStringLiteral("default"), def);
        else
            ex.gap(defRel, tr("the provider takes a list of %1 values here").arg(JsonValue::typeName(t)));
    };
    if (type == QString::fromLatin1("string")) {
        *attr = QStringLiteral("string_items");
        known << QStringLiteral("format") << QStringLiteral("blueprint") << QStringLiteral("enum") << QStringLiteral("dataset");
        for (const char *k : {"format", "blueprint"})
            if (items.contains(QString::fromLatin1(k)))
                out.set(QString::fromLatin1(k), items.value(QString::fromLatin1(k)));
        literalOrJq(ex, out, items, rel, "enum", items.value(u"enum"),
                    items.value(u"enum").isArray() && allOf(items.value(u"enum"), JsonValue::Type::String));
        if (items.contains(u"dataset"))
            out.set(QStringLiteral("dataset"), ex.payload(items.value(u"dataset"), jsonPointerAppend(rel, QStringLiteral("dataset"))));
        defaults(JsonValue::Type::String);
    } else if (type == QString::fromLatin1("number")) {
        *attr = QStringLiteral("number_items");
        known << QStringLiteral("enum");
        literalOrJq(ex, out, items, rel, "enum", items.value(u"enum"),
                    items.value(u"enum").isArray() && allOf(items.value(u"enum"), JsonValue::Type::Number));
        defaults(JsonValue::Type::Number);
    } else if (type == QString::fromLatin1("boolean")) {
        *attr = QStringLiteral("boolean_items");
        defaults(JsonValue::Type::Bool);
    } else if (type == QString::fromLatin1("object")) {
        *attr = QStringLiteral("object_items");
        if (def.isArray()) {
            // list(map(string)): every value of every default object must be a string.
            bool ok = allOf(def, JsonValue::Type::Object);
            for (const JsonValue &o : def.items())
                for (const JsonMember &m : o.members())
                    ok = ok && m.value.isString();
            if (ok)
                out.set(QStringLiteral("default"), def);
            else
                ex.gap(defRel, tr("object item defaults are maps of strings in the provider"));
        }
    } else {
        ex.gap(rel, tr("array items of type \"%1\" have no form in the provider").arg(type));
        return {};
    }
    ex.unknownKeys(items, rel, known);
    return out;
}

JsonValue inputAttrs(Exporter &ex, const JsonValue &in, const QString &rel, bool required, QString *group)
{
    JsonValue out = JsonValue::object();
    const QString type = in.value(u"type").toString();
    for (const char *k : {"title", "icon", "description"})
        if (in.value(QString::fromLatin1(k)).isString())
            out.set(QString::fromLatin1(k), in.value(QString::fromLatin1(k)));
    if (required)
        out.set(QStringLiteral("required"), JsonValue::fromBool(true));
    if (in.contains(u"dependsOn")) {
        const JsonValue l = ex.stringList(in.value(u"dependsOn"), jsonPointerAppend(rel, QStringLiteral("dependsOn")));
        if (!l.isNull())
            out.set(QStringLiteral("depends_on"), l);
    }
    literalOrJq(ex, out, in, rel, "visible", in.value(u"visible"), in.value(u"visible").isBool());
    QStringList known = kCommonInputKeys;
    const JsonValue &def = in.value(u"default");
    if (type == QString::fromLatin1("string")) {
        *group = QStringLiteral("string_props");
        known << QStringLiteral("format") << QStringLiteral("blueprint") << QStringLiteral("dataset") << QStringLiteral("sort")
              << QStringLiteral("enum") << QStringLiteral("pattern") << QStringLiteral("minLength")
              << QStringLiteral("maxLength") << QStringLiteral("encryption");
        literalOrJq(ex, out, in, rel, "default", def, def.isString());
        for (const char *k : {"format", "blueprint"})
            if (in.contains(QString::fromLatin1(k)))
                out.set(QString::fromLatin1(k), in.value(QString::fromLatin1(k)));
        if (in.value(u"minLength").isNumber())
            out.set(QStringLiteral("min_length"), in.value(u"minLength"));
        if (in.value(u"maxLength").isNumber())
            out.set(QStringLiteral("max_length"), in.value(u"maxLength"));
        if (in.contains(u"pattern")) {
            if (in.value(u"pattern").isString())
                out.set(QStringLiteral("pattern"), in.value(u"pattern"));
            else
                ex.gap(jsonPointerAppend(rel, QStringLiteral("pattern")), tr("the provider's pattern is a plain regular expression string"));
        }
        literalOrJq(ex, out, in, rel, "enum", in.value(u"enum"),
                    in.value(u"enum").isArray() && allOf(in.value(u"enum"), JsonValue::Type::String));
        if (in.contains(u"encryption")) {
            if (in.value(u"encryption").toString() == QString::fromLatin1("aes256-gcm"))
                out.set(QStringLiteral("encryption"), in.value(u"encryption"));
            else
                ex.gap(jsonPointerAppend(rel, QStringLiteral("encryption")), tr("the provider accepts only \"aes256-gcm\" encryption"));
        }
        if (in.contains(u"dataset")) {
            const JsonValue ds = dataset(ex, in.value(u"dataset"), jsonPointerAppend(rel, QStringLiteral("dataset")));
            if (!ds.isNull())
                out.set(QStringLiteral("dataset"), ds);
        }
    } else if (type == QString::fromLatin1("number")) {
        *group = QStringLiteral("number_props");
        known << QStringLiteral("minimum") << QStringLiteral("maximum") << QStringLiteral("enum");
        literalOrJq(ex, out, in, rel, "default", def, def.isNumber());
        for (const char *k : {"minimum", "maximum"})
            if (in.value(QString::fromLatin1(k)).isNumber())
                out.set(QString::fromLatin1(k), in.value(QString::fromLatin1(k)));
        literalOrJq(ex, out, in, rel, "enum", in.value(u"enum"),
                    in.value(u"enum").isArray() && allOf(in.value(u"enum"), JsonValue::Type::Number));
    } else if (type == QString::fromLatin1("boolean")) {
        *group = QStringLiteral("boolean_props");
        literalOrJq(ex, out, in, rel, "default", def, def.isBool());
    } else if (type == QString::fromLatin1("object")) {
        *group = QStringLiteral("object_props");
        known << QStringLiteral("encryption");
        literalOrJq(ex, out, in, rel, "default", str(terraformJsonEncode(def)), def.isObject());
        if (in.contains(u"encryption")) {
            if (in.value(u"encryption").toString() == QString::fromLatin1("aes256-gcm"))
                out.set(QStringLiteral("encryption"), in.value(u"encryption"));
            else
                ex.gap(jsonPointerAppend(rel, QStringLiteral("encryption")), tr("the provider accepts only \"aes256-gcm\" encryption"));
        }
    } else if (type == QString::fromLatin1("array")) {
        *group = QStringLiteral("array_props");
        known << QStringLiteral("items") << QStringLiteral("minItems") << QStringLiteral("maxItems");
        for (const auto &[json, tf] : {std::pair{"minItems", "min_items"}, std::pair{"maxItems", "max_items"}}) {
            const JsonValue &v = in.value(QString::fromLatin1(json));
            if (v.isNumber())
                out.set(QString::fromLatin1(tf), v);
            else if (in.contains(QString::fromLatin1(json)))
                ex.gap(jsonPointerAppend(rel, QString::fromLatin1(json)), tr("the provider takes a number here"));
        }
        if (isJqQuery(def))
            out.set(QStringLiteral("default_jq_query"), def.value(u"jqQuery"));
        else if (in.contains(u"default") && !in.value(u"items").isObject())
            ex.gap(jsonPointerAppend(rel, QStringLiteral("default")), tr("array defaults need typed items in the provider"));
        if (in.value(u"items").isObject()) {
            QString attr;
            const JsonValue items = itemsAttrs(ex, in.value(u"items"), isJqQuery(def) ? JsonValue() : def,
                                               jsonPointerAppend(rel, QStringLiteral("items")), &attr);
            if (!items.isNull())
                out.set(attr, items);
        }
    } else {
        ex.gap(rel, tr("inputs of type \"%1\" have no form in the provider").arg(type));
        return {};
    }
    if (in.contains(u"sort")) {
        const JsonValue &s = in.value(u"sort");
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("property"), s.value(u"property"));
        if (s.contains(u"order"))
            o.set(QStringLiteral("order"), s.value(u"order"));
        out.set(QStringLiteral("sort"), o);
        if (type != QString::fromLatin1("string") && type != QString::fromLatin1("array"))
            ex.gap(jsonPointerAppend(rel, QStringLiteral("sort")), tr("only string and array inputs have sort in the provider"));
    }
    if (type == QString::fromLatin1("array"))
        known << QStringLiteral("sort");
    ex.unknownKeys(in, rel, known);
    return out;
}

JsonValue selfServiceTrigger(Exporter &ex, const JsonValue &t)
{
    JsonValue out = JsonValue::object();
    out.set(QStringLiteral("operation"), t.value(u"operation"));
    if (t.contains(u"blueprintIdentifier"))
        out.set(QStringLiteral("blueprint_identifier"), t.value(u"blueprintIdentifier"));
    if (t.contains(u"condition"))
        out.set(QStringLiteral("condition"), ex.payload(t.value(u"condition"), QStringLiteral("/trigger/condition")));
    ex.unknownKeys(t, QStringLiteral("/trigger"),
                   {QStringLiteral("type"), QStringLiteral("operation"), QStringLiteral("blueprintIdentifier"),
                    QStringLiteral("condition"), QStringLiteral("userInputs")});
    const JsonValue &ui = t.value(u"userInputs");
    const QString uiRel = QStringLiteral("/trigger/userInputs");
    ex.unknownKeys(ui, uiRel,
                   {QStringLiteral("properties"), QStringLiteral("required"), QStringLiteral("order"), QStringLiteral("steps")});
    QStringList required;
    const JsonValue &req = ui.value(u"required");
    if (isJqQuery(req)) {
        out.set(QStringLiteral("required_jq_query"), req.value(u"jqQuery"));
    } else if (req.isArray()) {
        for (qsizetype i = 0; i < req.size(); ++i) {
            if (req.at(i).isString() && ui.value(u"properties").contains(req.at(i).toString()))
                required << req.at(i).toString();
            else
                ex.gap(jsonPointerAppend(uiRel + QStringLiteral("/required"), i),
                       tr("required names no input; the provider keeps 'required' on the inputs themselves"));
        }
    }
    JsonValue props = JsonValue::object();
    const JsonValue &properties = ui.value(u"properties");
    QList<QByteArray> names;
    for (const JsonMember &m : properties.members()) {
        names.append(m.key.toUtf8());
        const QString rel = jsonPointerAppend(uiRel + QStringLiteral("/properties"), m.key);
        QString group;
        const JsonValue attrs = inputAttrs(ex, m.value, rel, required.contains(m.key), &group);
        if (attrs.isNull())
            continue;
        if (!props.contains(group))
            props.set(group, JsonValue::object());
        props.find(group)->set(m.key, attrs);
    }
    // Terraform maps come back sorted by key; without order/steps that is the form's order.
    if (!ui.contains(u"order") && !ui.contains(u"steps") && !std::is_sorted(names.begin(), names.end()))
        ex.gap(uiRel + QStringLiteral("/properties"),
               tr("Terraform reads inputs back sorted by name, and without 'order' or 'steps' that changes the form's order"));
    if (!properties.isEmpty() || ui.contains(u"properties"))
        out.set(QStringLiteral("user_properties"), props);
    if (ui.contains(u"order")) {
        const JsonValue l = ex.stringList(ui.value(u"order"), uiRel + QStringLiteral("/order"));
        if (!l.isNull())
            out.set(QStringLiteral("order_properties"), l);
    }
    if (ui.value(u"steps").isArray()) {
        JsonValue steps = JsonValue::array();
        const JsonValue &in = ui.value(u"steps");
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QString rel = jsonPointerAppend(uiRel + QStringLiteral("/steps"), i);
            const JsonValue &s = in.at(i);
            JsonValue o = JsonValue::object();
            o.set(QStringLiteral("title"), s.value(u"title"));
            if (s.value(u"title").toString().size() > 25)
                ex.gap(jsonPointerAppend(rel, QStringLiteral("title")), tr("the provider rejects step titles longer than 25 characters"));
            o.set(QStringLiteral("order"), ex.stringList(s.value(u"order"), jsonPointerAppend(rel, QStringLiteral("order"))));
            ex.unknownKeys(s, rel, {QStringLiteral("title"), QStringLiteral("order")});
            steps.append(o);
        }
        out.set(QStringLiteral("steps"), steps);
    }
    return out;
}

// event.type -> (attribute, the event's key -> attribute)
struct EventMap {
    const char *type;
    const char *attr;
};
const EventMap kEvents[] = {
    {"ENTITY_CREATED", "entity_created_event"},     {"ENTITY_UPDATED", "entity_updated_event"},
    {"ENTITY_DELETED", "entity_deleted_event"},     {"ANY_ENTITY_CHANGE", "any_entity_change_event"},
    {"TIMER_PROPERTY_EXPIRED", "timer_property_expired_event"},
    {"RUN_CREATED", "run_created_event"},           {"RUN_UPDATED", "run_updated_event"},
    {"ANY_RUN_CHANGE", "any_run_change_event"},
};

JsonValue automationTrigger(Exporter &ex, const JsonValue &t)
{
    JsonValue out = JsonValue::object();
    const JsonValue &ev = t.value(u"event");
    const QString type = ev.value(u"type").toString();
    const EventMap *map = nullptr;
    for (const EventMap &e : kEvents)
        if (type == QString::fromLatin1(e.type))
            map = &e;
    if (!map) {
        ex.gap(QStringLiteral("/trigger/event/type"), tr("the provider has no automation event \"%1\"").arg(type));
    } else {
        JsonValue e = JsonValue::object();
        for (const auto &[json, tf] : {std::pair{"blueprintIdentifier", "blueprint_identifier"},
                                       std::pair{"propertyIdentifier", "property_identifier"},
                                       std::pair{"actionIdentifier", "action_identifier"}})
            if (ev.contains(QString::fromLatin1(json)))
                e.set(QString::fromLatin1(tf), ev.value(QString::fromLatin1(json)));
        out.set(QString::fromLatin1(map->attr), e);
        ex.unknownKeys(ev, QStringLiteral("/trigger/event"),
                       {QStringLiteral("type"), QStringLiteral("blueprintIdentifier"), QStringLiteral("propertyIdentifier"),
                        QStringLiteral("actionIdentifier")});
    }
    if (t.contains(u"condition")) {
        const JsonValue &c = t.value(u"condition");
        if (c.value(u"expressions").isArray() && c.value(u"expressions").isEmpty()) {
            ex.gap(QStringLiteral("/trigger/condition"), tr("the provider drops a condition whose expressions are empty"));
        } else {
            JsonValue o = JsonValue::object();
            o.set(QStringLiteral("expressions"), ex.stringList(c.value(u"expressions"), QStringLiteral("/trigger/condition/expressions")));
            if (c.contains(u"combinator"))
                o.set(QStringLiteral("combinator"), c.value(u"combinator"));
            out.set(QStringLiteral("jq_condition"), o);
            ex.unknownKeys(c, QStringLiteral("/trigger/condition"),
                           {QStringLiteral("type"), QStringLiteral("expressions"), QStringLiteral("combinator")});
        }
    }
    ex.unknownKeys(t, QStringLiteral("/trigger"), {QStringLiteral("type"), QStringLiteral("event"), QStringLiteral("condition")});
    return out;
}

// agent / synchronized / reportWorkflowStatus: booleans or a template, a string attribute in Terraform.
void boolString(JsonValue &out, const JsonValue &in, const char *json, const char *tf)
{
    const JsonValue &v = in.value(QString::fromLatin1(json));
    if (v.isBool())
        out.set(QString::fromLatin1(tf), str(v.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
    else if (v.isString())
        out.set(QString::fromLatin1(tf), v);
}

void copy(JsonValue &out, const JsonValue &in, const char *json, const char *tf)
{
    if (in.contains(QString::fromLatin1(json)))
        out.set(QString::fromLatin1(tf), in.value(QString::fromLatin1(json)));
}

void invocation(Exporter &ex, JsonValue &attrs, const JsonValue &im)
{
    const QString type = im.value(u"type").toString();
    const QString rel = QStringLiteral("/invocationMethod");
    auto payload = [&](JsonValue &out, const char *json, const char *tf, const QString &base = QStringLiteral("/invocationMethod")) {
        const JsonValue &container = base == rel ? im : *resolvePointer(im, base.mid(rel.size()));
        if (container.contains(QString::fromLatin1(json)))
            out.set(QString::fromLatin1(tf), ex.payload(container.value(QString::fromLatin1(json)), jsonPointerAppend(base, QString::fromLatin1(json))));
    };
    JsonValue out = JsonValue::object();
    QStringList known = {QStringLiteral("type")};
    if (type == QString::fromLatin1("WEBHOOK")) {
        copy(out, im, "url", "url");
        boolString(out, im, "agent", "agent");
        boolString(out, im, "synchronized", "synchronized");
        copy(out, im, "method", "method");
        if (im.contains(u"headers")) {
            const JsonValue &h = im.value(u"headers");
            bool strings = h.isObject();
            for (const JsonMember &m : h.members())
                strings = strings && m.value.isString();
            if (strings) {
                ex.payload(h, rel + QStringLiteral("/headers"));  // key-order check only: a map is sorted too
                out.set(QStringLiteral("headers"), h);
            } else {
                ex.gap(rel + QStringLiteral("/headers"), tr("the provider's headers are a map of strings"));
            }
        }
        payload(out, "body", "body");
        known << QStringLiteral("url") << QStringLiteral("agent") << QStringLiteral("synchronized") << QStringLiteral("method")
              << QStringLiteral("headers") << QStringLiteral("body");
        attrs.set(QStringLiteral("webhook_method"), out);
    } else if (type == QString::fromLatin1("GITHUB")) {
        copy(out, im, "org", "org");
        copy(out, im, "repo", "repo");
        copy(out, im, "workflow", "workflow");
        payload(out, "workflowInputs", "workflow_inputs");
        boolString(out, im, "reportWorkflowStatus", "report_workflow_status");
        known << QStringLiteral("org") << QStringLiteral("repo") << QStringLiteral("workflow") << QStringLiteral("workflowInputs")
              << QStringLiteral("reportWorkflowStatus");
        attrs.set(QStringLiteral("github_method"), out);
    } else if (type == QString::fromLatin1("GITLAB")) {
        copy(out, im, "projectName", "project_name");
        copy(out, im, "groupName", "group_name");
        copy(out, im, "defaultRef", "default_ref");
        payload(out, "pipelineVariables", "pipeline_variables");
        known << QStringLiteral("projectName") << QStringLiteral("groupName") << QStringLiteral("defaultRef")
              << QStringLiteral("pipelineVariables");
        attrs.set(QStringLiteral("gitlab_method"), out);
    } else if (type == QString::fromLatin1("AZURE_DEVOPS")) {
        copy(out, im, "org", "org");
        copy(out, im, "webhook", "webhook");
        payload(out, "payload", "payload");
        known << QStringLiteral("org") << QStringLiteral("webhook") << QStringLiteral("payload");
        attrs.set(QStringLiteral("azure_method"), out);
    } else if (type == QString::fromLatin1("KAFKA")) {
        payload(out, "payload", "payload");
        known << QStringLiteral("payload");
        attrs.set(QStringLiteral("kafka_method"), out);
    } else if (type == QString::fromLatin1("UPSERT_ENTITY")) {
        copy(out, im, "blueprintIdentifier", "blueprint_identifier");
        const JsonValue &m = im.value(u"mapping");
        copy(out, m, "title", "title");
        JsonValue mapping = JsonValue::object();
        copy(mapping, m, "identifier", "identifier");
        copy(mapping, m, "icon", "icon");
        if (m.contains(u"team")) {
            if (m.value(u"team").isArray() && allOf(m.value(u"team"), JsonValue::Type::String))
                mapping.set(QStringLiteral("teams"), m.value(u"team"));
            else
                ex.gap(rel + QStringLiteral("/mapping/team"), tr("the provider's teams is a list of strings (a jq template for the team has no verified attribute)"));
        }
        payload(mapping, "properties", "properties", rel + QStringLiteral("/mapping"));
        payload(mapping, "relations", "relations", rel + QStringLiteral("/mapping"));
        out.set(QStringLiteral("mapping"), mapping);
        ex.unknownKeys(m, rel + QStringLiteral("/mapping"),
                       {QStringLiteral("identifier"), QStringLiteral("title"), QStringLiteral("icon"), QStringLiteral("team"),
                        QStringLiteral("properties"), QStringLiteral("relations")});
        known << QStringLiteral("blueprintIdentifier") << QStringLiteral("mapping");
        attrs.set(QStringLiteral("upsert_entity_method"), out);
    } else if (type == QString::fromLatin1("INTEGRATION_ACTION")) {
        copy(out, im, "installationId", "installation_id");
        copy(out, im, "integrationActionType", "integration_action_type");
        known << QStringLiteral("installationId") << QStringLiteral("integrationActionType")
              << QStringLiteral("integrationActionExecutionProperties");
        if (im.value(u"integrationActionType").toString() != QString::fromLatin1("dispatch_workflow")) {
            ex.gap(rel + QStringLiteral("/integrationActionType"), tr("the provider only handles the dispatch_workflow integration action"));
        } else {
            const QString propsRel = rel + QStringLiteral("/integrationActionExecutionProperties");
            const JsonValue &p = im.value(u"integrationActionExecutionProperties");
            JsonValue e = JsonValue::object();
            copy(e, p, "org", "org");
            copy(e, p, "repo", "repo");
            copy(e, p, "workflow", "workflow");
            payload(e, "workflowInputs", "workflow_inputs", propsRel);
            boolString(e, p, "reportWorkflowStatus", "report_workflow_status");
            ex.unknownKeys(p, propsRel,
                           {QStringLiteral("org"), QStringLiteral("repo"), QStringLiteral("workflow"), QStringLiteral("workflowInputs"),
                            QStringLiteral("reportWorkflowStatus")});
            out.set(QStringLiteral("integration_action_execution_properties"), e);
        }
        attrs.set(QStringLiteral("integration_method"), out);
    } else {
        ex.gap(rel + QStringLiteral("/type"), tr("the provider has no invocation method \"%1\"").arg(type));
        return;
    }
    ex.unknownKeys(im, rel, known);
}

}  // namespace

TerraformAction actionToTerraform(const JsonValue &original, const QString &pointer)
{
    Exporter ex(pointer);
    TerraformAction out;
    out.attributes = JsonValue::object();
    QStringList legacy;
    if (isLegacyV1Action(original, &legacy)) {
        for (const QString &why : legacy)
            ex.gap(QString(), tr("legacy v1 action (%1); run 'action-designer migrate' first").arg(why));
        out.gaps = ex.gaps;
        return out;
    }
    // The flat INTEGRATION_ACTION form is read as the nested one Port stores.
    JsonValue action = ActionFile::fromValue(original).forPort();
    JsonValue &attrs = out.attributes;
    for (const char *k : {"identifier", "title", "icon", "description"})
        copy(attrs, action, k, k);
    const JsonValue &t = action.value(u"trigger");
    if (t.value(u"type").toString() == QString::fromLatin1("self-service"))
        attrs.set(QStringLiteral("self_service_trigger"), selfServiceTrigger(ex, t));
    else if (t.value(u"type").toString() == QString::fromLatin1("automation"))
        attrs.set(QStringLiteral("automation_trigger"), automationTrigger(ex, t));
    else
        ex.gap(QStringLiteral("/trigger"), tr("the provider has self-service and automation triggers only"));
    invocation(ex, attrs, action.value(u"invocationMethod"));
    const JsonValue &ra = action.value(u"requiredApproval");
    if (ra.isBool())
        attrs.set(QStringLiteral("required_approval"), str(ra.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
    else if (ra.isObject() && (ra.value(u"type").toString() == QString::fromLatin1("ANY") || ra.value(u"type").toString() == QString::fromLatin1("ALL")))
        attrs.set(QStringLiteral("required_approval"), ra.value(u"type"));
    else if (action.contains(u"requiredApproval"))
        ex.gap(QStringLiteral("/requiredApproval"), tr("the provider takes true, false, ANY or ALL"));
    if (action.contains(u"approvalNotification")) {
        const JsonValue &n = action.value(u"approvalNotification");
        const QString type = n.value(u"type").toString();
        if (type == QString::fromLatin1("email")) {
            attrs.set(QStringLiteral("approval_email_notification"), JsonValue::object());
        } else if (type == QString::fromLatin1("webhook")) {
            JsonValue o = JsonValue::object();
            copy(o, n, "url", "url");
            copy(o, n, "format", "format");
            attrs.set(QStringLiteral("approval_webhook_notification"), o);
        } else {
            ex.gap(QStringLiteral("/approvalNotification"), tr("the provider has email and webhook approval notifications only"));
        }
    }
    copy(attrs, action, "publish", "publish");
    copy(attrs, action, "allowAnyoneToViewRuns", "allow_anyone_to_view_runs");
    ex.unknownKeys(action, QString(),
                   {QStringLiteral("identifier"), QStringLiteral("title"), QStringLiteral("icon"), QStringLiteral("description"),
                    QStringLiteral("trigger"), QStringLiteral("invocationMethod"), QStringLiteral("requiredApproval"),
                    QStringLiteral("approvalNotification"), QStringLiteral("publish"), QStringLiteral("allowAnyoneToViewRuns")});
    out.gaps = ex.gaps;
    return out;
}

QString terraformJsonEncode(const JsonValue &v)
{
    struct Sorter {
        static JsonValue sorted(const JsonValue &in)
        {
            if (in.isArray()) {
                JsonValue out = JsonValue::array();
                for (const JsonValue &i : in.items())
                    out.append(sorted(i));
                return out;
            }
            if (!in.isObject())
                return in;
            std::vector<std::pair<QByteArray, const JsonMember *>> keys;
            for (const JsonMember &m : in.members()) {
                auto it = std::find_if(keys.begin(), keys.end(), [&](const auto &k) { return k.second->key == m.key; });
                if (it != keys.end())
                    it->second = &m;  // last duplicate wins, as in JSON.parse
                else
                    keys.emplace_back(m.key.toUtf8(), &m);
            }
            std::sort(keys.begin(), keys.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
            JsonValue out = JsonValue::object();
            for (const auto &k : keys)
                out.members().push_back(JsonMember{k.second->key, {}, {}, sorted(k.second->value)});
            return out;
        }
    };
    JsonValue s = Sorter::sorted(v);
    s.clearSourceInfo();
    QString text = QString::fromUtf8(toCompactJs(s));
    text.replace(QLatin1Char('<'), QString::fromLatin1("\\u003c"));
    text.replace(QLatin1Char('>'), QString::fromLatin1("\\u003e"));
    text.replace(QLatin1Char('&'), QString::fromLatin1("\\u0026"));
    text.replace(QChar(0x2028), QString::fromLatin1("\\u2028"));
    text.replace(QChar(0x2029), QString::fromLatin1("\\u2029"));
    return text;
}

QString terraformResourceName(const QString &identifier)
{
    QString out;
    for (const QChar c : identifier)
        out += (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') || c == QLatin1Char('-') ? c : QLatin1Char('_');
    if (out.isEmpty() || !(out.at(0).isLetter() || out.at(0) == QLatin1Char('_')))
        out.prepend(QLatin1Char('_'));
    return out;
}

QString formatGapLine(const FormatGap &gap)
{
    return (gap.pointer.isEmpty() ? QStringLiteral("/") : gap.pointer) + QStringLiteral(": ") + gap.reason;
}

}  // namespace ad
