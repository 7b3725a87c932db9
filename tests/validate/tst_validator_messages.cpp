// Validation messages: each rule of Port's action schema has a broken variant with its exact
// message, code, line:column and pointer.

// The table below concatenates fixture strings inline; with QStringBuilder those would be builder
// objects, not the QString the data columns hold.
#undef QT_USE_QSTRINGBUILDER

#include "json/jsonparser.h"
#include "validate/validator.h"
#include "validatorfixture.h"

#include <QtTest>

using namespace ad;
using namespace validatorfixture;

class TestValidatorMessages : public QObject {
    Q_OBJECT
private slots:
    void broken_data();
    void broken();
};

// `errors` is how many errors the whole action must have (0 for warnings: the verdict stays valid).

void TestValidatorMessages::broken_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("errors");

    // --- required, per backend type -------------------------------------------------------
    QTest::newRow("webhook needs url") << kCreate + QStringLiteral(R"(  "invocationMethod": {
    "type": "WEBHOOK", "method": "POST"
  }
})") << "required" << "WEBHOOK needs 'url'" << 4 << 23 << "/invocationMethod/url" << 1;

    QTest::newRow("github needs workflow") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r"}
})") << "required" << "GITHUB needs 'workflow'" << 4 << 23 << "/invocationMethod/workflow" << 1;

    QTest::newRow("gitlab needs groupName") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "GITLAB", "projectName": "p"}
})") << "required" << "GITLAB needs 'groupName'" << 4 << 23 << "/invocationMethod/groupName" << 1;

    QTest::newRow("azure needs webhook") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "AZURE_DEVOPS", "org": "o"}
})") << "required" << "AZURE_DEVOPS needs 'webhook'" << 4 << 23 << "/invocationMethod/webhook" << 1;

    QTest::newRow("upsert needs mapping") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "UPSERT_ENTITY", "blueprintIdentifier": "service"}
})") << "required" << "UPSERT_ENTITY needs 'mapping'" << 4 << 23 << "/invocationMethod/mapping" << 1;

    QTest::newRow("integration action needs installationId") << kCreate + QStringLiteral(R"(  "invocationMethod": {
    "type": "INTEGRATION_ACTION",
    "integrationActionType": "dispatch_workflow",
    "integrationActionExecutionProperties": {"repo": "r", "workflow": "w.yml"}
  }
})") << "required" << "INTEGRATION_ACTION needs 'installationId'" << 4 << 23 << "/invocationMethod/installationId" << 1;

    QTest::newRow("kafka needs type") << kCreate + QStringLiteral(R"(  "invocationMethod": {"payload": {}}
})") << "required"
     << "invocationMethod needs 'type' (one of AZURE_DEVOPS, GITHUB, GITLAB, INTEGRATION_ACTION, KAFKA, UPSERT_ENTITY, WEBHOOK)"
     << 4 << 23 << "/invocationMethod/type" << 1;

    QTest::newRow("action needs identifier") << QStringLiteral(R"({
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka << "required" << "the action needs 'identifier'" << 1 << 1 << "/identifier" << 1;

    QTest::newRow("self-service needs userInputs") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "DAY-2"},
)") + kKafka << "required" << "a self-service trigger needs 'userInputs'" << 3 << 14 << "/trigger/userInputs" << 1;

    QTest::newRow("self-service needs operation") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "userInputs": {"properties": {}}},
)") + kKafka << "required" << "a self-service trigger needs 'operation' (one of CREATE, DAY-2, DELETE)" << 3 << 14
     << "/trigger/operation" << 1;

    QTest::newRow("userInputs needs properties") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"order": []}},
)") + kKafka << "required" << "userInputs needs 'properties'" << 3 << 76 << "/trigger/userInputs/properties" << 1;

    QTest::newRow("input needs type") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {
      "env": {"title": "Environment"}
    }}},
)") + kKafka << "required" << "input 'env' needs 'type'" << 5 << 14 << "/trigger/userInputs/properties/env/type" << 1;

    // --- unknown keys ------------------------------------------------------------------------
    QTest::newRow("unknown key top level") << QStringLiteral(R"({
  "identifier": "a",
  "owner": "me",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka << "unknown-key" << "unknown key 'owner' in the action (Port rejects keys it does not know)" << 3 << 3
     << "/owner" << 1;

    QTest::newRow("server field top level") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "createdAt": "2024-01-01T00:00:00Z"
})") << "unknown-key"
     << "unknown key 'createdAt' in the action: a server field Port returns but rejects on create and update "
        "(export --for-port strips it)"
     << 5 << 3 << "/createdAt" << 1;

    QTest::newRow("unknown key in trigger") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {
    "type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}},
    "visible": true
  },
)") + kKafka << "unknown-key" << "unknown key 'visible' in a self-service trigger (Port rejects keys it does not know)"
     << 5 << 5 << "/trigger/visible" << 1;

    QTest::newRow("unknown key in invocationMethod") << kCreate + QStringLiteral(R"(  "invocationMethod": {
    "type": "WEBHOOK",
    "url": "https://example.com",
    "queryParams": {"a": "b"}
  }
})") << "unknown-key"
     << "unknown key 'queryParams' in a WEBHOOK invocationMethod (Port rejects keys it does not know)" << 7 << 5
     << "/invocationMethod/queryParams" << 1;

    QTest::newRow("unknown key in invocationMethod, typo") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r", "workflow": "w.yml",
    "workflowInput": {}}
})") << "unknown-key"
     << "unknown key 'workflowInput' in a GITHUB invocationMethod (Port rejects keys it does not know); did you "
        "mean 'workflowInputs'?"
     << 5 << 5 << "/invocationMethod/workflowInput" << 1;

    QTest::newRow("unknown key in userInputs") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {}, "tiltes": {}}},
)") + kKafka << "unknown-key"
     << "unknown key 'tiltes' in userInputs (Port rejects keys it does not know); did you mean 'titles'?" << 4 << 38
     << "/trigger/userInputs/tiltes" << 1;

    QTest::newRow("unknown key in event") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "automation",
    "event": {"type": "ENTITY_CREATED", "blueprintIdentifier": "service", "actionIdentifier": "x"}},
)") + kKafka << "unknown-key"
     << "unknown key 'actionIdentifier' in an ENTITY_CREATED event (Port rejects keys it does not know)" << 4 << 75
     << "/trigger/event/actionIdentifier" << 1;

    // --- enums ---------------------------------------------------------------------------------
    QTest::newRow("operation enum") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {
    "type": "self-service",
    "operation": "UPDATE",
    "userInputs": {"properties": {}}
  },
)") + kKafka << "enum" << "operation must be one of CREATE, DAY-2, DELETE (got \"UPDATE\")" << 5 << 18
     << "/trigger/operation" << 1;

    QTest::newRow("trigger type enum") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "SELF_SERVICE", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka << "enum" << "trigger type must be one of automation, self-service (got \"SELF_SERVICE\")" << 3 << 23
     << "/trigger/type" << 1;

    QTest::newRow("invocation type enum") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "HTTP", "url": "https://example.com"}
})") << "enum"
     << "invocationMethod type must be one of AZURE_DEVOPS, GITHUB, GITLAB, INTEGRATION_ACTION, KAFKA, UPSERT_ENTITY, "
        "WEBHOOK (got \"HTTP\")"
     << 4 << 32 << "/invocationMethod/type" << 1;

    QTest::newRow("event type enum") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "automation", "event": {"type": "event_type", "blueprintIdentifier": "s"}},
)") + kKafka << "enum"
     << "event type must be one of ANY_ENTITY_CHANGE, ANY_RUN_CHANGE, ENTITY_CREATED, ENTITY_DELETED, ENTITY_UPDATED, "
        "RUN_CREATED, RUN_UPDATED, TIMER_PROPERTY_EXPIRED (got \"event_type\")"
     << 3 << 55 << "/trigger/event/type" << 1;

    QTest::newRow("input type enum") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {"env": {"type": "text"}}}},
)") + kKafka << "enum" << "input 'env' type must be one of string, number, boolean, object, array (got \"text\")" << 4
     << 51 << "/trigger/userInputs/properties/env/type" << 1;

    QTest::newRow("integrationActionType enum") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "INTEGRATION_ACTION", "installationId": "gh",
    "integrationActionType": "dispatch", "integrationActionExecutionProperties": {}}
})") << "enum" << "integrationActionType must be dispatch_workflow (got \"dispatch\")" << 5 << 30
     << "/invocationMethod/integrationActionType" << 1;

    QTest::newRow("requiredApproval SOME") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "requiredApproval": {"type": "SOME"}
})") << "enum" << "requiredApproval type must be one of ANY, ALL (got \"SOME\")" << 5 << 32
     << "/requiredApproval/type" << 1;

    QTest::newRow("requiredApproval string") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "requiredApproval": "ANY"
})") << "type" << "requiredApproval must be an object or a boolean (got string)" << 5 << 23 << "/requiredApproval"
     << 1;

    for (const char *alias : {"SLACK", "JENKINS"})
        QTest::addRow("%s alias", alias)
            << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "%1", "url": "https://hooks.example.com/x", "body": {"text": "hi"}}
})").arg(QLatin1String(alias))
            << "alias-type"
            << QStringLiteral("invocationMethod type %1 appears in Port's guides but Port's API rejects it; use WEBHOOK "
                              "with the same url, headers and body")
                   .arg(QLatin1String(alias))
            << 4 << 32 << "/invocationMethod/type" << 1;

    // --- types ---------------------------------------------------------------------------------
    QTest::newRow("identifier type") << QStringLiteral(R"({
  "identifier": 42,
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka << "type" << "identifier must be a string (got number)" << 2 << 17 << "/identifier" << 1;

    QTest::newRow("webhook agent type") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com", "agent": 1}
})") << "type" << "agent must be a string or a boolean (got number)" << 4 << 82 << "/invocationMethod/agent" << 1;

    QTest::newRow("visible type") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {"env": {"type": "string", "visible": "yes"}}}},
)") + kKafka << "type" << "input 'env' visible must be an object or a boolean (got string)" << 4 << 72
     << "/trigger/userInputs/properties/env/visible" << 1;

    QTest::newRow("order item type") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {}, "order": ["a", 2]}},
)") + kKafka << "type" << "item 2 of order must be a string (got number)" << 4 << 53 << "/trigger/userInputs/order/1" << 1;

    // --- patterns ------------------------------------------------------------------------------
    QTest::newRow("identifier with a space") << QStringLiteral(R"({
  "identifier": "my action",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka << "pattern" << "identifier may only contain letters, digits and @ _ . + : = - (got \"my action\")" << 2 << 17
     << "/identifier" << 1;

    // The identifier line is line 2; its value starts at column 17.
    const QString identifierTemplate = QStringLiteral(R"({
  "identifier": %1,
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka;
    for (const char *id : {".", ".."})
        QTest::addRow("identifier %s", id) << identifierTemplate.arg(QStringLiteral("\"%1\"").arg(QLatin1String(id)))
                                           << "pattern" << "identifier may not be \".\" or \"..\"" << 2 << 17
                                           << "/identifier" << 1;

    QTest::newRow("identifier trailing newline") << QStringLiteral(R"({
  "identifier": "deploy\n",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka << "pattern" << "identifier may only contain letters, digits and @ _ . + : = - (got \"deploy\\n\")" << 2 << 17
     << "/identifier" << 1;

    // Input keys allow ASCII letters only (unlike identifiers); the key is on line 5, column 7.
    for (const QString &key : {QStringLiteral("my input"), QStringLiteral("région")})
        QTest::addRow("input key '%s'", qPrintable(key)) << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {
      "%1": {"type": "string"}
    }}},
)").arg(key) + kKafka
            << "pattern" << QStringLiteral("input identifier '%1' may only contain A-Z, a-z, 0-9 and @ _ = - \\").arg(key)
            << 5 << 7 << "/trigger/userInputs/properties/" + key << 1;

    // --- oneOf shapes --------------------------------------------------------------------------
    QTest::newRow("order and steps") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {
      "properties": {},
      "order": [],
      "steps": [{"title": "One"}]
    }},
)") + kKafka << "one-of" << "'order' and 'steps' cannot both be set" << 7 << 7 << "/trigger/userInputs/steps" << 1;

    QTest::newRow("step needs title") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {}, "steps": [
      {"order": []}
    ]}},
)") + kKafka << "required" << "step 1 needs 'title'" << 5 << 7 << "/trigger/userInputs/steps/0/title" << 1;

    QTest::newRow("create with condition") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {
    "type": "self-service",
    "operation": "CREATE",
    "blueprintIdentifier": "service",
    "userInputs": {"properties": {}},
    "condition": {"type": "SEARCH", "combinator": "and", "rules": []}
  },
)") + kKafka << "one-of" << "'condition' is only allowed for DAY-2 and DELETE actions" << 8 << 5 << "/trigger/condition" << 1;

    QTest::newRow("condition needs blueprint") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {
    "type": "self-service",
    "operation": "DAY-2",
    "userInputs": {"properties": {}},
    "condition": {"type": "SEARCH", "combinator": "and", "rules": []}
  },
)") + kKafka << "dependency" << "'condition' needs 'blueprintIdentifier' in a self-service trigger" << 7 << 5
     << "/trigger/condition" << 1;

    QTest::newRow("search condition rule operator") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {
    "type": "self-service",
    "operation": "DAY-2",
    "blueprintIdentifier": "service",
    "userInputs": {"properties": {}},
    "condition": {"type": "SEARCH", "combinator": "and", "rules": [
      {"property": "env", "operator": "equals", "value": "prod"}
    ]}
  },
)") + kKafka << "enum"
     << "rule 1 operator must be one of !=, <, <=, =, >, >=, beginsWith, between, contains, containsAny, "
        "doesNotBeginsWith, doesNotContains, doesNotEndsWith, endsWith, in, isEmpty, isExpired, isNotEmpty, "
        "isNotExpired, matchAny, notBetween, notIn, relatedTo (got \"equals\")"
     << 9 << 39 << "/trigger/condition/rules/0/operator" << 1;

    QTest::newRow("related path too many hops") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "DELETE", "blueprintIdentifier": "s",
    "userInputs": {"properties": {}},
    "condition": {"type": "SEARCH", "combinator": "and", "rules": [
      {"operator": "matchAny", "value": ["prod"],
       "property": {"path": ["env", {"relation": "cluster", "maxHops": 20}]}}
    ]}},
)") + kKafka << "range" << "item 2 of 'path' maxHops must be between 1 and 15 (got 20)" << 7 << 72
     << "/trigger/condition/rules/0/property/path/1/maxHops" << 1;

    QTest::newRow("self-service with a jq condition") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "s",
    "userInputs": {"properties": {}},
    "condition": {"type": "JQ", "expressions": [".entity.x == 1"]}},
)") + kKafka << "enum"
     << "a self-service condition is a SEARCH query ({\"type\": \"SEARCH\", \"combinator\", \"rules\"}) that picks the "
        "entities the action is offered for; JQ conditions belong to automations"
     << 5 << 27 << "/trigger/condition/type" << 1;

    QTest::newRow("automation with a search condition") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "automation", "event": {"type": "ENTITY_UPDATED", "blueprintIdentifier": "s"},
    "condition": {"type": "SEARCH", "combinator": "and", "rules": []}},
)") + kKafka << "enum"
     << "an automation condition is a JQ condition ({\"type\": \"JQ\", \"expressions\": [...], \"combinator\"}); SEARCH "
        "queries belong to self-service DAY-2/DELETE actions"
     << 4 << 27 << "/trigger/condition/type" << 1;

    QTest::newRow("jq condition needs expressions") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "automation",
    "event": {"type": "ENTITY_CREATED", "blueprintIdentifier": "service"},
    "condition": {"type": "JQ", "combinator": "and"}},
)") + kKafka << "required" << "the trigger condition needs 'expressions'" << 5 << 18 << "/trigger/condition/expressions"
     << 1;

    // Each automation event variant without its required field (the event line is line 4).
    const QString eventTemplate = QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "automation",
    "event": %1},
)") + kKafka;
    const std::pair<const char *, const char *> eventCases[] = {
        {"ENTITY_CREATED", "blueprintIdentifier"}, {"ENTITY_UPDATED", "blueprintIdentifier"},
        {"ENTITY_DELETED", "blueprintIdentifier"}, {"ANY_ENTITY_CHANGE", "blueprintIdentifier"},
        {"RUN_CREATED", "actionIdentifier"},       {"RUN_UPDATED", "actionIdentifier"},
        {"ANY_RUN_CHANGE", "actionIdentifier"},
    };
    for (const auto &[type, key] : eventCases) {
        const QString t = QString::fromLatin1(type);
        const QString article = t.startsWith(u'E') || t.startsWith(u'A') ? QStringLiteral("an") : QStringLiteral("a");
        QTest::addRow("event %s without %s", type, key)
            << eventTemplate.arg(QStringLiteral("{\"type\": \"%1\"}").arg(t)) << "required"
            << QStringLiteral("%1 %2 event needs '%3'").arg(article, t, QString::fromLatin1(key)) << 4 << 14
            << QStringLiteral("/trigger/event/%1").arg(QString::fromLatin1(key)) << 1;
    }
    QTest::newRow("event TIMER_PROPERTY_EXPIRED without propertyIdentifier")
        << eventTemplate.arg(QStringLiteral("{\"type\": \"TIMER_PROPERTY_EXPIRED\", \"blueprintIdentifier\": \"s\"}"))
        << "required" << "a TIMER_PROPERTY_EXPIRED event needs 'propertyIdentifier'" << 4 << 14
        << "/trigger/event/propertyIdentifier" << 1;
    QTest::newRow("automation needs event") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "automation"},
)") + kKafka << "required" << "an automation trigger needs 'event'" << 3 << 14 << "/trigger/event" << 1;

    // --- lengths -------------------------------------------------------------------------------
    QTest::newRow("button text too long") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}},
    "actionCardButtonText": "Deploy it right now"},
)") + kKafka << "length"
     << "actionCardButtonText must be 1-15 characters without leading/trailing spaces (got \"Deploy it right now\")" << 4
     << 29 << "/trigger/actionCardButtonText" << 1;

    QTest::newRow("button text leading space") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}},
    "executeActionButtonText": " Go"},
)") + kKafka << "pattern" << "executeActionButtonText must be 1-15 characters without leading/trailing spaces (got \" Go\")"
     << 4 << 32 << "/trigger/executeActionButtonText" << 1;

    QTest::newRow("button text one character") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}},
    "actionCardButtonText": "X"},
)") + kKafka << "pattern"
     << "actionCardButtonText must be 2-15 characters (Port's pattern needs a first and a last non-space character; "
        "got \"X\")"
     << 4 << 29 << "/trigger/actionCardButtonText" << 1;

    QTest::newRow("titles title empty") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {}, "titles": {
      "section1": {"title": ""}
    }}},
)") + kKafka << "length" << "titles entry 'section1' title must be 1-140 characters (got 0)" << 5 << 29
     << "/trigger/userInputs/titles/section1/title" << 1;

    // --- approvals -----------------------------------------------------------------------------
    QTest::newRow("webhook notification without url") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "requiredApproval": true,
  "approvalNotification": {"type": "webhook", "format": "slack"}
})") << "required" << "a webhook approvalNotification needs 'url'" << 6 << 27 << "/approvalNotification/url" << 1;

    QTest::newRow("notification url not a uri") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "approvalNotification": {"type": "webhook", "url": "hooks.example.com/approve"}
})") << "format" << "approvalNotification url must be an absolute URI (scheme://...) (got \"hooks.example.com/approve\")" << 5 << 54
     << "/approvalNotification/url" << 1;

    QTest::newRow("notification url with a secret is not echoed") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "approvalNotification": {"type": "webhook", "url": "hooks.slack.com/services/T0001/B0002/abcdefghijkl"}
})") << "format"
     << "approvalNotification url must be an absolute URI (scheme://...) (got a value that looks like a credential, not shown)"
     << 5 << 54 << "/approvalNotification/url" << 1;

    QTest::newRow("notification type enum") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "approvalNotification": {"type": "slack"}
})") << "enum" << "approvalNotification type must be one of webhook, email (got \"slack\")" << 5 << 36
     << "/approvalNotification/type" << 1;

    // --- INTEGRATION_ACTION flat form (PORT-SPEC §10.3) ----------------------------------------
    QTest::newRow("flat integration action") << kCreate + QStringLiteral(R"(  "invocationMethod": {
    "type": "INTEGRATION_ACTION",
    "installationId": "gh",
    "integrationActionType": "dispatch_workflow",
    "repo": "r",
    "workflow": "w.yml"
  }
})") << "flat-integration-action"
     << "INTEGRATION_ACTION needs 'repo', 'workflow' nested in 'integrationActionExecutionProperties', not flat under "
        "invocationMethod (Port's API rejects the flat form some docs show)"
     << 8 << 5 << "/invocationMethod/repo" << 1;

    // --- legacy v1 -----------------------------------------------------------------------------
    QTest::newRow("legacy v1") << QStringLiteral(R"({
  "identifier": "create",
  "userInputs": {"properties": {}},
  "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com"},
  "trigger": "CREATE"
})") << "legacy-v1"
     << "this is a legacy v1 action, which Port's current API rejects: 'trigger' is the string \"CREATE\" (v1) "
        "instead of an object; 'userInputs' is at the top level (v1) instead of inside 'trigger'. Convert it with "
        "`action-designer migrate FILE`"
     << 1 << 1 << "" << 1;

    QTest::newRow("v1 leftover in a v2 action") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r",
    "workflow": "w.yml", "omitUserInputs": true}
})") << "unknown-key"
     << "unknown key 'omitUserInputs' in a GITHUB invocationMethod: it exists only in legacy v1 actions "
        "(`action-designer migrate FILE` converts v1 actions)"
     << 5 << 26 << "/invocationMethod/omitUserInputs" << 1;

    QTest::newRow("not an object") << QStringLiteral(R"([
  1
])") << "type" << "an action must be a JSON object (got array)" << 1 << 1 << "" << 1;

    // --- warnings (verdict stays valid) --------------------------------------------------------
    QTest::newRow("github input limit") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r", "workflow": "w.yml",
    "workflowInputs": {"a": "1", "b": "2", "c": "3", "d": "4", "e": "5", "f": "6",
      "g": "7", "h": "8", "i": "9", "j": "10", "k": "11", "ref": "main"}}
})") << "github-input-limit"
     << "GitHub accepts at most 10 workflow inputs; workflowInputs has 11 (not counting 'ref'). Group the rest into "
        "one JSON input such as port_context"
     << 5 << 23 << "/invocationMethod/workflowInputs" << 0;

    QTest::newRow("literal bearer token") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com",
    "headers": {"Authorization": "Bearer ghp_abcdefghijklmnop1234567890"}}
})") << "literal-secret"
     << "header 'Authorization' contains what looks like a literal token (ghp_...); store it as a Port organization "
        "secret and write {{ .secrets.NAME }}"
     << 5 << 34 << "/invocationMethod/headers/Authorization" << 0;

    QTest::newRow("literal token in url") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "WEBHOOK",
    "url": "https://example.com/hook?token=abc123def456&x=1"}
})") << "literal-secret"
     << "url contains what looks like a literal value for the query parameter 'token'; store it as a Port "
        "organization secret and write {{ .secrets.NAME }}"
     << 5 << 12 << "/invocationMethod/url" << 0;

    QTest::newRow("duplicate key") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "KAFKA"},
  "identifier": "b"
})") << "duplicate-key"
     << "duplicate key 'identifier': it appears again at line 5, and JSON.parse (and so Port) keeps only the last value"
     << 2 << 3 << "/identifier" << 0;

    QTest::newRow("duplicate key hides a bad value") << QStringLiteral(R"({
  "identifier": "a b",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
  "invocationMethod": {"type": "KAFKA"},
  "identifier": "b"
})") << "duplicate-key"
     << "duplicate key 'identifier': it appears again at line 5, and JSON.parse (and so Port) keeps only the last value"
     << 2 << 3 << "/identifier" << 0;

    QTest::newRow("required jq boolean") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {}, "required": {"jqQuery": "true"}}},
)") + kKafka << "required-jq"
     << "'required' as a jqQuery should return an array of input identifiers (as in Port's docs), not a boolean" << 4
     << 62 << "/trigger/userInputs/required/jqQuery" << 0;
}

void TestValidatorMessages::broken()
{
    QFETCH(QString, json);
    QFETCH(QString, code);
    QFETCH(QString, message);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, pointer);
    QFETCH(int, errors);

    const JsonParseResult parsed = parseJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
    const Diagnostics ds = validateAction(parsed.value);
    QVERIFY2(errorCount(ds) == errors, qPrintable(dump(ds)));
    const auto it = std::find_if(ds.begin(), ds.end(), [&](const Diagnostic &d) { return d.code == code; });
    QVERIFY2(it != ds.end(), qPrintable(QStringLiteral("no '%1' in:\n%2").arg(code, dump(ds))));
    QCOMPARE(it->message, message);
    QCOMPARE(it->pos.line, line);
    QCOMPARE(it->pos.column, column);
    QCOMPARE(it->pointer, pointer);
    QCOMPARE(it->isError(), errors > 0);
    QVERIFY(!it->pointer.isNull());
    QVERIFY(formatDiagnostic(QStringLiteral("f.json"), *it)
                .endsWith(QStringLiteral(" [%1]").arg(pointer.isEmpty() ? QStringLiteral("/") : pointer)));
}

QTEST_GUILESS_MAIN(TestValidatorMessages)
#include "tst_validator_messages.moc"
