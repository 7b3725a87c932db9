#include "backend/backends.h"

namespace ad {

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
    "true or false, or a {{ jq }} template that yields one when the action runs.";

QList<FieldDecl> workflowFields(bool orgRequired)
{
    return {
        field("org", "Organization", FieldKind::String, orgRequired, false,
              "GitHub organization or user that owns the repository."),
        field("repo", "Repository", FieldKind::String, true, false, "Repository name, without the owner."),
        field("workflow", "Workflow", FieldKind::String, true, false,
              "Workflow file name in .github/workflows/ (e.g. deploy.yml) or its numeric id. It must "
              "declare `on: workflow_dispatch`."),
        field("workflowInputs", "Workflow inputs", FieldKind::JsonObject, false, true,
              "Becomes the dispatch's `inputs`. A `ref` key selects the branch and is taken out of the "
              "inputs; every non-string value is sent JSON-encoded as a string. GitHub accepts at most "
              "10 inputs."),
        field("reportWorkflowStatus", "Report workflow status", FieldKind::BoolOrTemplate, false, true,
              "When on, Port sets the run to SUCCESS or FAILURE from the workflow's conclusion.", "true"),
    };
}

QList<BackendDecl> makeBackends()
{
    QList<BackendDecl> list;

    {
        BackendDecl b;
        b.type = QStringLiteral("WEBHOOK");
        b.label = QStringLiteral("Webhook");
        b.help = QStringLiteral("Port sends an HTTP request to your URL, signed with X-Port-Signature. "
                                "With agent on, the Port execution agent makes the call from your network.");
        b.fields = {
            field("url", "URL", FieldKind::String, true, true,
                  "Where Port sends the request. Templates allowed, e.g. https://api.example.com/{{ .inputs.id }}."),
            field("method", "Method", FieldKind::Enum, false, false, "HTTP method.", "\"POST\"",
                  {QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"), QStringLiteral("DELETE"),
                   QStringLiteral("GET")}),
            field("agent", "Through the Port agent", FieldKind::BoolOrTemplate, false, true, kBoolTemplateHelp, "false"),
            field("synchronized", "Synchronized", FieldKind::BoolOrTemplate, false, true,
                  "When on, Port waits for the response: 2xx ends the run SUCCESS, anything else FAILURE, "
                  "and the response body is stored on the run.", "false"),
            field("headers", "Headers", FieldKind::StringMap, false, true,
                  "Extra request headers. Put tokens in {{ .secrets.NAME }}, never literally."),
            field("body", "Body", FieldKind::JsonBody, false, true,
                  "The JSON body. Keys and values may be templates; \"{{ spreadValue() }}\" as a key merges an object."),
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
        b.label = QStringLiteral("GitHub workflow");
        b.help = QStringLiteral("Port's GitHub App dispatches a workflow (workflow_dispatch) in your repository.");
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
        b.label = QStringLiteral("GitLab pipeline");
        b.help = QStringLiteral("The Port agent triggers a pipeline in your (self-hosted) GitLab.");
        b.fields = {
            field("projectName", "Project", FieldKind::String, true, false,
                  "Last segment of the project's path (https://gitlab.com/GROUP/SUBGROUP/PROJECT)."),
            field("groupName", "Group", FieldKind::String, true, false, "Group and subgroups, e.g. group/subgroup."),
            field("defaultRef", "Default ref", FieldKind::String, false, false,
                  "Branch or tag; a user input named `ref` overrides it; main when empty.", "\"main\""),
            field("pipelineVariables", "Pipeline variables", FieldKind::JsonObject, false, true,
                  "Passed to the pipeline as variables (values become strings)."),
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
        b.label = QStringLiteral("Kafka topic");
        b.help = QStringLiteral("Port publishes the payload to your organization's runs topic (ORG_ID.runs).");
        b.fields = {
            field("payload", "Payload", FieldKind::JsonBody, false, true, "The message value (JSON), templated."),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"KAFKA\", \"payload\": {\"{{ spreadValue() }}\": \"{{ .inputs }}\", \"port_context\": "
            "{\"runId\": \"{{ .run.id }}\"}}}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("UPSERT_ENTITY");
        b.label = QStringLiteral("Create or update an entity");
        b.help = QStringLiteral("Port itself creates or updates an entity from the mapping; no external call.");
        b.fields = {
            field("blueprintIdentifier", "Blueprint", FieldKind::String, true, false,
                  "Identifier of the blueprint the entity belongs to."),
            group("mapping", "Mapping", true, "How the entity is built. Every value may be a template.",
                  {
                      field("identifier", "Identifier", FieldKind::String, false, true,
                            "An existing identifier updates that entity; a new one creates it."),
                      field("title", "Title", FieldKind::String, false, true, "The entity's title."),
                      field("icon", "Icon", FieldKind::String, false, true, "Icon name."),
                      field("team", "Team", FieldKind::StringOrList, false, true,
                            "A team, a list of teams, or a template returning either."),
                      field("properties", "Properties", FieldKind::JsonObject, false, true,
                            "Property identifier -> value. Keys may be templates."),
                      field("relations", "Relations", FieldKind::JsonObject, false, true,
                            "Relation identifier -> entity identifier(s). For entity inputs use "
                            "{{ .inputs.x.identifier }}, for lists {{ .inputs.x | map(.identifier) }}."),
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
        b.label = QStringLiteral("Azure DevOps pipeline");
        b.help = QStringLiteral("Port posts the payload to an Azure DevOps incoming webhook that triggers a pipeline.");
        b.fields = {
            field("webhook", "Webhook name", FieldKind::String, true, false,
                  "Name of resources.webhooks[].webhook in the pipeline YAML."),
            field("org", "Organization", FieldKind::String, true, false, "Azure DevOps organization."),
            field("payload", "Payload", FieldKind::JsonBody, false, true, "The JSON body, templated."),
        };
        b.newActionJson = QStringLiteral(
            "{\"type\": \"AZURE_DEVOPS\", \"webhook\": \"port-trigger\", \"org\": \"my-org\", \"payload\": "
            "{\"{{ spreadValue() }}\": \"{{ .inputs }}\", \"port_context\": {\"runId\": \"{{ .run.id }}\"}}}");
        list << b;
    }
    {
        BackendDecl b;
        b.type = QStringLiteral("INTEGRATION_ACTION");
        b.label = QStringLiteral("GitHub workflow (Ocean integration)");
        b.help = QStringLiteral("The GitHub Ocean integration claims the run and dispatches the workflow.");
        b.fields = {
            field("installationId", "Installation", FieldKind::String, true, false,
                  "Identifier of the Ocean integration installation that executes the run."),
            field("integrationActionType", "Action type", FieldKind::Enum, true, false,
                  "What the integration does.", "\"dispatch_workflow\"", {QStringLiteral("dispatch_workflow")}),
            group("integrationActionExecutionProperties", "Workflow", true,
                  "Port's API nests the workflow fields here (the docs sometimes show them flat).",
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
        b.help = QStringLiteral("Not a type Port's API accepts: these backends are webhooks. Use WEBHOOK.");
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
