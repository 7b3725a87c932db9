#pragma once
// The small part of HCL that Terraform resources need: attributes holding
// strings, numbers, bools, lists, objects and jsonencode(...). Writer and
// reader of that subset only; the reader exists so tests can prove that what
// the writer produces means what the attribute model says.

#include "json/jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

// A quoted HCL string. Besides the JSON-like escapes, "${" and "%{" are doubled
// ("$${", "%%{") so Terraform does not read Port's templates as its own
// interpolation.
QString hclQuote(const QString &s);

struct HclResource {
    QString type;          // "port_action"
    QString name;          // the resource's local name
    JsonValue attributes;  // object
    QStringList comments;  // written as "# ..." lines above the block
};

// `jsonAttribute(path)` says which string attributes hold JSON and are written
// as jsonencode(...); `path` is the attribute names from the top, with "*" for
// map keys
// ("self_service_trigger.user_properties.object_props.*.default").
using HclJsonAttribute = bool (*)(const QString &path);
QString writeHcl(const QList<HclResource> &resources, HclJsonAttribute jsonAttribute);

struct HclParse {
    QList<HclResource> resources;  // comments are not kept
    QString error;                 // "line 3: expected '='"; empty on success
    bool ok() const { return error.isEmpty(); }
};
// jsonencode(x) evaluates to terraformJsonEncode(x), as Terraform would.
HclParse parseHcl(const QString &text);

}  // namespace ad
