// The user-input half of the Terraform export: one input's attributes per type,
// datasets, items.
#include "format/terraformexporter_p.h"

namespace ad::tfexport {

namespace {

// ---- user inputs
// -------------------------------------------------------------------------------

const QStringList kCommonInputKeys = {QStringLiteral("type"),        QStringLiteral("title"),     QStringLiteral("icon"),
                                      QStringLiteral("description"), QStringLiteral("dependsOn"), QStringLiteral("visible"),
                                      QStringLiteral("default")};

JsonValue datasetValue(Exporter &ex, const JsonValue &rule, const QString &rel)
{
    const JsonValue &value = rule.value(u"value");
    JsonValue out = JsonValue::object();
    if (!rule.contains(u"value")) {
        ex.gap(rel, QCoreApplication::translate("ad::Terraform", "the provider requires a value for every dataset rule"));
        return out;
    }
    if (isJqQuery(value)) {
        out.set(QStringLiteral("jq_query"), value.value(u"jqQuery"));
        return out;
    }
    if (value.isObject() && value.contains(u"preset")) {
        ex.gap(jsonPointerAppend(rel, QStringLiteral("value")),
               QCoreApplication::translate("ad::Terraform", "date presets have no form in the provider's dataset rules"));
        return out;
    }
    // The literal as a jq program yields the same value, but Port stores (and
    // Terraform reads back) a jqQuery object instead of the literal.
    out.set(QStringLiteral("jq_query"), str(QString::fromUtf8(toCompactJs(value))));
    ex.gap(jsonPointerAppend(rel, QStringLiteral("value")),
           QCoreApplication::translate("ad::Terraform",
                                       "dataset rule values are jq_query only: the literal is written as "
                                       "a jq query and reads back as {\"jqQuery\": ...}"));
    return out;
}

JsonValue dataset(Exporter &ex, const JsonValue &ds, const QString &rel)
{
    JsonValue out = JsonValue::object();
    if (!ds.isObject() || !ds.value(u"rules").isArray()) {
        ex.gap(rel,
               QCoreApplication::translate("ad::Terraform", "the provider takes a dataset object with combinator and rules"));
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
            ex.gap(r, QCoreApplication::translate("ad::Terraform",
                                                  "nested rule groups have no form in the provider's dataset "
                                                  "rules"));
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
                   prop.contains(u"path") ? QCoreApplication::translate("ad::Terraform",
                                                                        "path properties have no form in the provider's dataset "
                                                                        "rules")
                                          : QCoreApplication::translate("ad::Terraform",
                                                                        "context properties (user/userTeams) have no form in the "
                                                                        "provider's dataset rules"));
        }
        o.set(QStringLiteral("operator"), rule.value(u"operator"));
        o.set(QStringLiteral("value"), datasetValue(ex, rule, r));
        for (const JsonMember &m : rule.members()) {
            const QString k = m.key;
            if (k == QString::fromLatin1("direction") || k == QString::fromLatin1("required"))
                ex.gap(jsonPointerAppend(r, k),
                       QCoreApplication::translate("ad::Terraform", "relation rules have no direction/required in the provider"));
            else if (k == QString::fromLatin1("propertySchema"))
                ex.gap(jsonPointerAppend(r, k),
                       QCoreApplication::translate("ad::Terraform", "propertySchema rules have no form in the provider"));
            else if (k != QString::fromLatin1("blueprint") && k != QString::fromLatin1("property") &&
                     k != QString::fromLatin1("operator") && k != QString::fromLatin1("value"))
                ex.gap(jsonPointerAppend(r, k),
                       QCoreApplication::translate("ad::Terraform", "the provider has no attribute for %1").arg(k));
        }
        rules.append(o);
    }
    out.set(QStringLiteral("rules"), rules);
    return out;
}

// visible/default/enum: a literal goes to `name`, a {"jqQuery"} to
// `name_jq_query`.
void literalOrJq(Exporter &ex, JsonValue &out, const JsonValue &in, const QString &rel, const char *key, const JsonValue &literal,
                 bool literalOk)
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
        ex.gap(r,
               QCoreApplication::translate("ad::Terraform", "the provider cannot hold this %1 (type %2)").arg(k, v.typeName()));
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
            ex.gap(defRel, QCoreApplication::translate("ad::Terraform", "the provider takes a list of %1 values here")
                               .arg(JsonValue::typeName(t)));
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
            out.set(QStringLiteral("dataset"),
                    ex.payload(items.value(u"dataset"), jsonPointerAppend(rel, QStringLiteral("dataset"))));
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
            // list(map(string)): every value of every default object must be a
            // string.
            bool ok = allOf(def, JsonValue::Type::Object);
            for (const JsonValue &o : def.items())
                for (const JsonMember &m : o.members())
                    ok = ok && m.value.isString();
            if (ok)
                out.set(QStringLiteral("default"), def);
            else
                ex.gap(defRel,
                       QCoreApplication::translate("ad::Terraform", "object item defaults are maps of strings in the provider"));
        }
    } else {
        ex.gap(rel,
               QCoreApplication::translate("ad::Terraform", "array items of type \"%1\" have no form in the provider").arg(type));
        return {};
    }
    ex.unknownKeys(items, rel, known);
    return out;
}

// Port-managed encryption is an attribute; the client-side form (an object with a key) is not.
void encryption(Exporter &ex, JsonValue &out, const JsonValue &in, const QString &rel)
{
    if (!in.contains(u"encryption"))
        return;
    if (in.value(u"encryption").toString() == QString::fromLatin1("aes256-gcm"))
        out.set(QStringLiteral("encryption"), in.value(u"encryption"));
    else
        ex.gap(jsonPointerAppend(rel, QStringLiteral("encryption")),
               QCoreApplication::translate("ad::Terraform", "the provider accepts only \"aes256-gcm\" encryption"));
}

}  // namespace

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
              << QStringLiteral("enum") << QStringLiteral("pattern") << QStringLiteral("minLength") << QStringLiteral("maxLength")
              << QStringLiteral("encryption");
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
                ex.gap(
                    jsonPointerAppend(rel, QStringLiteral("pattern")),
                    QCoreApplication::translate("ad::Terraform", "the provider's pattern is a plain regular expression string"));
        }
        literalOrJq(ex, out, in, rel, "enum", in.value(u"enum"),
                    in.value(u"enum").isArray() && allOf(in.value(u"enum"), JsonValue::Type::String));
        encryption(ex, out, in, rel);
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
        encryption(ex, out, in, rel);
    } else if (type == QString::fromLatin1("array")) {
        *group = QStringLiteral("array_props");
        known << QStringLiteral("items") << QStringLiteral("minItems") << QStringLiteral("maxItems");
        for (const auto &[json, tf] : {std::pair{"minItems", "min_items"}, std::pair{"maxItems", "max_items"}}) {
            const JsonValue &v = in.value(QString::fromLatin1(json));
            if (v.isNumber())
                out.set(QString::fromLatin1(tf), v);
            else if (in.contains(QString::fromLatin1(json)))
                ex.gap(jsonPointerAppend(rel, QString::fromLatin1(json)),
                       QCoreApplication::translate("ad::Terraform", "the provider takes a number here"));
        }
        if (isJqQuery(def))
            out.set(QStringLiteral("default_jq_query"), def.value(u"jqQuery"));
        else if (in.contains(u"default") && !in.value(u"items").isObject())
            ex.gap(jsonPointerAppend(rel, QStringLiteral("default")),
                   QCoreApplication::translate("ad::Terraform", "array defaults need typed items in the provider"));
        if (in.value(u"items").isObject()) {
            QString attr;
            const JsonValue items = itemsAttrs(ex, in.value(u"items"), isJqQuery(def) ? JsonValue() : def,
                                               jsonPointerAppend(rel, QStringLiteral("items")), &attr);
            if (!items.isNull())
                out.set(attr, items);
        }
    } else {
        ex.gap(rel, QCoreApplication::translate("ad::Terraform", "inputs of type \"%1\" have no form in the provider").arg(type));
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
            ex.gap(jsonPointerAppend(rel, QStringLiteral("sort")),
                   QCoreApplication::translate("ad::Terraform", "only string and array inputs have sort in the provider"));
    }
    if (type == QString::fromLatin1("array"))
        known << QStringLiteral("sort");
    ex.unknownKeys(in, rel, known);
    return out;
}

}  // namespace ad::tfexport
