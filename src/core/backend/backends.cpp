#include "backend/backends.h"

namespace ad {

// Labels and help are marked for lupdate (context ad::BackendDecl) and stay English here: the forms
// translate them when shown (app/i18n/declText), the CLI prints them as they are.

namespace {

FieldDecl field(const char *key, const char *label, FieldKind kind, bool required, bool templatable,
                const char *help, const char *defaultJson = "", QStringList choices = {})
{
    FieldDecl f;
    f.key = QString::fromLatin1(key);
    f.label = QString::fromUtf8(label);
    f.kind = kind;
    f.required = required;
    f.templatable = templatable;
    f.help = QString::fromUtf8(help);
    f.defaultJson = QString::fromUtf8(defaultJson);
    f.choices = std::move(choices);
    return f;
}

FieldDecl group(const char *key, const char *label, bool required, const char *help, QList<FieldDecl> children)
{
    FieldDecl f = field(key, label, FieldKind::Group, required, false, help);
    f.children = std::move(children);
    return f;
}

const char *kBoolTemplateHelp =
    QT_TRANSLATE_NOOP("ad::BackendDecl", "true or false, or a {{ jq }} template that yields one when the action runs.");

QList<FieldDecl> workflowFields(bool orgRequired)
{
    return {
        field("org", QT_TRANSLATE_NOOP("ad::BackendDecl", "Organization"), FieldKind::String, orgRequired, false,
              QT_TRANSLATE_NOOP("ad::BackendDecl", "GitHub organization or user that owns the repository.")),
        field("repo", QT_TRANSLATE_NOOP("ad::BackendDecl", "Repository"), FieldKind::String, true, false, QT_TRANSLATE_NOOP("ad::BackendDecl", "Repository name, without the owner.")),
        field("workflow", QT_TRANSLATE_NOOP("ad::BackendDecl", "Workflow"), FieldKind::String, true, false,
              QT_TRANSLATE_NOOP("ad::BackendDecl", "Workflow file name in .github/workflows/ (e.g. deploy.yml) or its numeric id. It must "
              "declare `on: workflow_dispatch`.")),
        field("workflowInputs", QT_TRANSLATE_NOOP("ad::BackendDecl", "Workflow inputs"), FieldKind::JsonObject, false, true,
              QT_TRANSLATE_NOOP("ad::BackendDecl", "Becomes the dispatch's `inputs`. A `ref` key selects the branch and is taken out of the "
              "inputs; every non-string value is sent JSON-encoded as a string. GitHub accepts at most "
              "10 inputs.")),
        field("reportWorkflowStatus", QT_TRANSLATE_NOOP("ad::BackendDecl", "Report workflow status"), FieldKind::BoolOrTemplate, false, true,
              QT_TRANSLATE_NOOP("ad::BackendDecl", "When on, Port sets the run to SUCCESS or FAILURE from the workflow's conclusion."), "true"),
    };
}

QList<BackendDecl> makeBackends()
{
    QList<BackendDecl> list;

    {
        BackendDecl b;
        b.type = QStringLiteral("WEBHOOK");
        b.label = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Webhook"));
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Port sends an HTTP request to your URL, signed with X-Port-Signature: an HMAC-SHA256 of "
                                "\"<X-Port-Timestamp>.<body>\" keyed with your organization's client secret. Test runs sign "
                                "with the scenario's client secret, else the Port client secret in Settings > Backends and "
                                "secrets; with neither, the key is empty, which only a receiver that verifies signatures "
                                "rejects. With agent on, the Port execution agent makes the call from your network."));
        b.fields = {
            field("url", QT_TRANSLATE_NOOP("ad::BackendDecl", "URL"), FieldKind::String, true, true,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Where Port sends the request. Templates allowed, e.g. https://api.example.com/{{ .inputs.id }}.")),
            field("method", QT_TRANSLATE_NOOP("ad::BackendDecl", "Method"), FieldKind::Enum, false, false, QT_TRANSLATE_NOOP("ad::BackendDecl", "HTTP method."), "\"POST\"",
                  {QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                   QStringLiteral("GET")}),
            field("agent", QT_TRANSLATE_NOOP("ad::BackendDecl", "Through the Port agent"), FieldKind::BoolOrTemplate, false, true, kBoolTemplateHelp, "false"),
            field("synchronized", QT_TRANSLATE_NOOP("ad::BackendDecl", "Synchronized"), FieldKind::BoolOrTemplate, false, true,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "When on, Port waits for the response: 2xx ends the run SUCCESS, anything else FAILURE, "
                  "and the response body is stored on the run."), "false"),
            field("headers", QT_TRANSLATE_NOOP("ad::BackendDecl", "Headers"), FieldKind::StringMap, false, true,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Extra request headers. Put tokens in {{ .secrets.NAME }}, never literally.")),
            field("body", QT_TRANSLATE_NOOP("ad::BackendDecl", "Body"), FieldKind::JsonBody, false, true,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "The JSON body. Keys and values may be templates; \"{{ spreadValue() }}\" as a key merges an object.")),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"WEBHOOK\", \"url\": \"https://example.com/hooks/port\", \"agent\": false, "
            "\"synchronized\": true, \"method\": \"POST\", \"headers\": {\"RUN_ID\": \"{{ .run.id }}\"}, "
            "\"body\": {\"{{ spreadValue() }}\": \"{{ .inputs }}\", \"port_context\": {\"runId\": \"{{ .run.id }}\"}}}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("GITHUB");
        b.label = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "GitHub workflow"));
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Port's GitHub App dispatches a workflow (workflow_dispatch) in your repository."));
        b.fields = workflowFields(true);
        b.newActionJson = QStringLiteral(
            "{\"type\": \"GITHUB\", \"org\": \"my-org\", \"repo\": \"my-repo\", \"workflow\": \"deploy.yml\", "
            "\"workflowInputs\": {\"{{ spreadValue() }}\": \"{{ .inputs }}\", \"port_context\": {\"runId\": "
            "\"{{ .run.id }}\", \"blueprint\": \"{{ .action.blueprint }}\"}}, \"reportWorkflowStatus\": true}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("GITLAB");
        b.label = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "GitLab pipeline"));
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "The Port agent triggers a pipeline in your (self-hosted) GitLab."));
        b.fields = {
            field("projectName", QT_TRANSLATE_NOOP("ad::BackendDecl", "Project"), FieldKind::String, true, false,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Last segment of the project's path (https://gitlab.com/GROUP/SUBGROUP/PROJECT).")),
            field("groupName", QT_TRANSLATE_NOOP("ad::BackendDecl", "Group"), FieldKind::String, true, false, QT_TRANSLATE_NOOP("ad::BackendDecl", "Group and subgroups, e.g. group/subgroup.")),
            field("defaultRef", QT_TRANSLATE_NOOP("ad::BackendDecl", "Default ref"), FieldKind::String, false, false,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Branch or tag; a user input named `ref` overrides it; main when empty."), "\"main\""),
            field("pipelineVariables", QT_TRANSLATE_NOOP("ad::BackendDecl", "Pipeline variables"), FieldKind::JsonObject, false, true,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Passed to the pipeline as variables (values become strings).")),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"GITLAB\", \"projectName\": \"my-project\", \"groupName\": \"my-group\", "
            "\"defaultRef\": \"main\", \"pipelineVariables\": {\"{{ spreadValue() }}\": \"{{ .inputs }}\", "
            "\"RUN_ID\": \"{{ .run.id }}\"}}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("KAFKA");
        b.label = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Kafka topic"));
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Port publishes the payload to your organization's runs topic (ORG_ID.runs)."));
        b.fields = {
            field("payload", QT_TRANSLATE_NOOP("ad::BackendDecl", "Payload"), FieldKind::JsonBody, false, true, QT_TRANSLATE_NOOP("ad::BackendDecl", "The message value (JSON), templated.")),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"KAFKA\", \"payload\": {\"{{ spreadValue() }}\": \"{{ .inputs }}\", \"port_context\": "
            "{\"runId\": \"{{ .run.id }}\"}}}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("UPSERT_ENTITY");
        b.label = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Create or update an entity"));
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Port itself creates or updates an entity from the mapping; no external call."));
        b.fields = {
            field("blueprintIdentifier", QT_TRANSLATE_NOOP("ad::BackendDecl", "Blueprint"), FieldKind::String, true, false,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Identifier of the blueprint the entity belongs to.")),
            group("mapping", QT_TRANSLATE_NOOP("ad::BackendDecl", "Mapping"), true, QT_TRANSLATE_NOOP("ad::BackendDecl", "How the entity is built. Every value may be a template."),
                  {
                      field("identifier", QT_TRANSLATE_NOOP("ad::BackendDecl", "Identifier"), FieldKind::String, false, true,
                            QT_TRANSLATE_NOOP("ad::BackendDecl", "An existing identifier updates that entity; a new one creates it.")),
                      field("title", QT_TRANSLATE_NOOP("ad::BackendDecl", "Title"), FieldKind::String, false, true, QT_TRANSLATE_NOOP("ad::BackendDecl", "The entity's title.")),
                      field("icon", QT_TRANSLATE_NOOP("ad::BackendDecl", "Icon"), FieldKind::String, false, true, QT_TRANSLATE_NOOP("ad::BackendDecl", "Icon name.")),
                      field("team", QT_TRANSLATE_NOOP("ad::BackendDecl", "Team"), FieldKind::StringOrList, false, true,
                            QT_TRANSLATE_NOOP("ad::BackendDecl", "A team, a list of teams, or a template returning either.")),
                      field("properties", QT_TRANSLATE_NOOP("ad::BackendDecl", "Properties"), FieldKind::JsonObject, false, true,
                            QT_TRANSLATE_NOOP("ad::BackendDecl", "Property identifier -> value. Keys may be templates.")),
                      field("relations", QT_TRANSLATE_NOOP("ad::BackendDecl", "Relations"), FieldKind::JsonObject, false, true,
                            QT_TRANSLATE_NOOP("ad::BackendDecl", "Relation identifier -> entity identifier(s). For entity inputs use "
                            "{{ .inputs.x.identifier }}, for lists {{ .inputs.x | map(.identifier) }}.")),
                  }),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"UPSERT_ENTITY\", \"blueprintIdentifier\": \"service\", \"mapping\": {\"identifier\": "
            "\"{{ .inputs.name | ascii_downcase }}\", \"title\": \"{{ .inputs.name }}\", \"properties\": {}, "
            "\"relations\": {}}}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("AZURE_DEVOPS");
        b.label = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Azure DevOps pipeline"));
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Port posts the payload to an Azure DevOps incoming webhook that triggers a pipeline."));
        b.fields = {
            field("webhook", QT_TRANSLATE_NOOP("ad::BackendDecl", "Webhook name"), FieldKind::String, true, false,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Name of resources.webhooks[].webhook in the pipeline YAML.")),
            field("org", QT_TRANSLATE_NOOP("ad::BackendDecl", "Organization"), FieldKind::String, true, false, QT_TRANSLATE_NOOP("ad::BackendDecl", "Azure DevOps organization.")),
            field("payload", QT_TRANSLATE_NOOP("ad::BackendDecl", "Payload"), FieldKind::JsonBody, false, true, QT_TRANSLATE_NOOP("ad::BackendDecl", "The JSON body, templated.")),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"AZURE_DEVOPS\", \"webhook\": \"port-trigger\", \"org\": \"my-org\", \"payload\": "
            "{\"{{ spreadValue() }}\": \"{{ .inputs }}\", \"port_context\": {\"runId\": \"{{ .run.id }}\"}}}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("INTEGRATION_ACTION");
        b.label = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "GitHub workflow (Ocean integration)"));
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "The GitHub Ocean integration claims the run and dispatches the workflow."));
        b.fields = {
            field("installationId", QT_TRANSLATE_NOOP("ad::BackendDecl", "Installation"), FieldKind::String, true, false,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Identifier of the Ocean integration installation that executes the run.")),
            field("integrationActionType", QT_TRANSLATE_NOOP("ad::BackendDecl", "Action type"), FieldKind::Enum, true, false,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "What the integration does."), "\"dispatch_workflow\"", {QStringLiteral("dispatch_workflow")}),
            group("integrationActionExecutionProperties", QT_TRANSLATE_NOOP("ad::BackendDecl", "Workflow"), true,
                  QT_TRANSLATE_NOOP("ad::BackendDecl", "Port's API nests the workflow fields here (the docs sometimes show them flat)."),
                  workflowFields(false)),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"INTEGRATION_ACTION\", \"installationId\": \"my-github-integration\", "
            "\"integrationActionType\": \"dispatch_workflow\", \"integrationActionExecutionProperties\": "
            "{\"org\": \"my-org\", \"repo\": \"my-repo\", \"workflow\": \"deploy.yml\", \"workflowInputs\": "
            "{\"{{ spreadValue() }}\": \"{{ .inputs }}\"}, \"reportWorkflowStatus\": true}}");
        list << b;
    }
    // Seen in Port's guides, rejected by its API (PORT-SPEC §4.8): imported with a warning.
    for (const char *alias : {"SLACK", "JENKINS"}) {
        BackendDecl b;
        b.type = QString::fromLatin1(alias);
        b.label = b.type.at(0) + b.type.mid(1).toLower() + QStringLiteral(" (docs alias)");
        b.help = QString::fromUtf8(QT_TRANSLATE_NOOP("ad::BackendDecl", "Not a type Port's API accepts: these backends are webhooks. Use WEBHOOK."));
        b.inSchema = false;
        b.suggestInstead = QStringLiteral("WEBHOOK");
        b.fields = list.first().fields;
        list << b;
    }
    return list;
}

}  // namespace

const QList<BackendDecl> &backends()
{
    static const QList<BackendDecl> list = makeBackends();
    return list;
}

const BackendDecl *findBackend(const QString &type)
{
    for (const BackendDecl &b : backends())
        if (b.type == type)
            return &b;
    return nullptr;
}

const FieldDecl *findField(const BackendDecl &b, const QString &key)
{
    for (const FieldDecl &f : b.fields)
        if (f.key == key)
            return &f;
    return nullptr;
}

QStringList schemaBackendTypes()
{
    QStringList types;
    for (const BackendDecl &b : backends())
        if (b.inSchema)
            types << b.type;
    return types;
}

}  // namespace ad
