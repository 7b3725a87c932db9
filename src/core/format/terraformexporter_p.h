#pragma once
// Internals shared by the Terraform export files: the gap-collecting exporter
// and small helpers.

#include "format/terraformmapping.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad::tfexport {

inline JsonValue str(const QString &s) { return JsonValue::fromString(s); }

inline bool isJqQuery(const JsonValue &v) { return v.isObject() && v.size() == 1 && v.value(u"jqQuery").isString(); }

inline bool isTemplatedKey(const QString &key) { return key.contains(QString::fromLatin1("{{")); }

inline bool allOf(const JsonValue &array, JsonValue::Type t)
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

    // A JSON payload as jsonencode() writes it. Key order only matters to Port
    // where an object's order decides which templated or spread key wins; there
    // the sorted order is a gap.
    JsonValue payload(const JsonValue &v, const QString &rel)
    {
        keyOrder(v, rel);
        return str(terraformJsonEncode(v));
    }

    JsonValue stringList(const JsonValue &array, const QString &rel)
    {
        if (!array.isArray() || !allOf(array, JsonValue::Type::String)) {
            gap(rel, QCoreApplication::translate("ad::Terraform", "the provider takes a list of strings here"));
            return {};
        }
        return array;
    }

private:
    QString m_base;

    static QString explainUnknown(const QString &key)
    {
        if (key == QString::fromLatin1("enumColors"))
            return QCoreApplication::translate("ad::Terraform", "the provider has no attribute for enumColors");
        if (key == QString::fromLatin1("exclusiveMinimum") || key == QString::fromLatin1("exclusiveMaximum"))
            return QCoreApplication::translate("ad::Terraform", "number inputs have only minimum/maximum in the provider");
        if (key == QString::fromLatin1("uniqueItems"))
            return QCoreApplication::translate("ad::Terraform", "array inputs have no uniqueItems in the provider");
        if (key == QString::fromLatin1("spec") || key == QString::fromLatin1("specAuthentication"))
            return QCoreApplication::translate("ad::Terraform", "the provider's schema has no spec/specAuthentication attribute");
        if (key == QString::fromLatin1("properties") || key == QString::fromLatin1("additionalProperties") ||
            key == QString::fromLatin1("patternProperties") || key == QString::fromLatin1("required"))
            return QCoreApplication::translate("ad::Terraform", "object inputs take no JSON-schema keywords in the provider");
        if (key == QString::fromLatin1("disabled"))
            return QCoreApplication::translate("ad::Terraform", "the provider has no attribute for disabled");
        return QCoreApplication::translate("ad::Terraform", "the provider has no attribute for %1").arg(key);
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
            gap(rel, QCoreApplication::translate("ad::Terraform",
                                                 "jsonencode() sorts keys, which moves a templated or {{ "
                                                 "spreadValue() }} key and changes which value wins"));
        for (const JsonMember &m : v.members())
            keyOrder(m.value, jsonPointerAppend(rel, m.key));
    }
};

// One user input's attributes; `group` gets the map it belongs in
// ("string_props", ...). Null when the input's type has no form (a gap says
// so).
JsonValue inputAttrs(Exporter &ex, const JsonValue &in, const QString &rel, bool required, QString *group);

}  // namespace ad::tfexport
