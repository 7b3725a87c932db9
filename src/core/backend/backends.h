#pragma once
// Each invocation type (WEBHOOK, GITHUB, ...) declared once: its fields, labels, kinds, required
// flags, defaults, whether they take {{ }} templates, and help text (PORT-SPEC §4).
// The forms are built from these declarations, the validator words its messages with them, the
// preview and runner read them, and tst_backends checks them against Port's schema.

#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

enum class FieldKind {
    String,          // free text (single line)
    Enum,            // one of `choices`
    BoolOrTemplate,  // true/false, or a "{{ jq }}" string evaluated at run time
    StringMap,       // object of string -> string (headers)
    JsonBody,        // object or array, templated (body, payload)
    JsonObject,      // object, templated (workflowInputs, pipelineVariables, mapping.properties)
    StringOrList,    // string, or array of strings (mapping.team)
    Group,           // an object with its own fields (`children`): mapping, integrationActionExecutionProperties
};

struct FieldDecl {
    QString key;          // JSON key, e.g. "workflowInputs"
    QString label;        // form label, e.g. "Workflow inputs"
    FieldKind kind = FieldKind::String;
    bool required = false;
    QString defaultJson;  // Port's default as JSON text ("false", "\"POST\""), empty = none
    bool templatable = false;
    QString help;         // tooltip / help text
    QStringList choices;  // for Enum
    QList<FieldDecl> children;  // for Group
};

struct BackendDecl {
    QString type;    // "WEBHOOK"
    QString label;   // "Webhook"
    QString help;    // one paragraph for the form header
    bool inSchema = true;  // false for SLACK / JENKINS: seen in Port's docs, rejected by its API
    QString suggestInstead;  // for types outside the schema: the type to use ("WEBHOOK")
    QList<FieldDecl> fields;  // excluding "type"
    QString newActionJson;    // the invocationMethod a new action of this type starts with
};

// Every declared type, in the order the UI lists them.
const QList<BackendDecl> &backends();
// nullptr when unknown.
const BackendDecl *findBackend(const QString &type);
const FieldDecl *findField(const BackendDecl &b, const QString &key);
// "WEBHOOK, GITHUB, ..." for messages.
QStringList schemaBackendTypes();

}  // namespace ad
