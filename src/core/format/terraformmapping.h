#pragma once
// Action JSON <-> the attributes of the port-labs Terraform provider's
// `port_action` resource, in the shape `terraform show -json` prints them
// (values.root_module.resources[].values): attribute names as in the provider's
// schema, payloads as the JSON strings `jsonencode()` produces. Attribute names
// were checked against the provider's docs/resources/port_action.md and
// port/action/schema.go; the table and the sources are in docs/terraform.md.

#include "format/actionformat.h"
#include "json/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace ad {

struct TerraformAction {
    JsonValue attributes;  // object; attributes Terraform would leave null are absent
    FormatGaps gaps;       // pointers are `pointer` + the place inside the action
};

// `pointer` names the action in its file ("" for a single-action file).
TerraformAction actionToTerraform(const JsonValue &action, const QString &pointer = {});
// The reverse; `warnings` gets a line per attribute that could not be read
// back.
JsonValue terraformToAction(const JsonValue &attributes, QStringList *warnings = nullptr);

// What Terraform's jsonencode() returns for v: compact, object keys sorted
// bytewise, duplicate keys collapsed to the last one, and <, >, &, U+2028,
// U+2029 escaped as \uXXXX (Go's encoder).
QString terraformJsonEncode(const JsonValue &v);
// v with every object's keys sorted bytewise (UTF-8), as jsonencode() sorts them, and duplicate keys
// collapsed to the last one.
JsonValue terraformSortedKeys(const JsonValue &v);
// A resource name Terraform accepts ([A-Za-z_][A-Za-z0-9_-]*) made from an
// action identifier.
QString terraformResourceName(const QString &identifier);

// The action in the form the round trip is compared in: server fields stripped,
// INTEGRATION_ACTION nested, defaults the provider fills on read made explicit,
// object keys sorted, and every gap pointer (relative to the action) removed.
// Two actions equal here are the same action to Port.
JsonValue terraformComparable(const JsonValue &action, const FormatGaps &gaps, const QString &pointer = {});

}  // namespace ad
