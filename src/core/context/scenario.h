#pragma once
// A named mock situation to render an action in: who runs it, with which inputs, on which entity,
// with which secrets, and (for automations) which event fired. The preview, `render`, `trace` and
// `request` build Port's payload context from it (contextbuilder.h).

#include "json/jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

// The executing user, as far as templates and form-time jqQuery can see it.
struct MockUser {
    QString email = QStringLiteral("jane.doe@example.com");
    QString firstName = QStringLiteral("Jane");
    QString lastName = QStringLiteral("Doe");
    QStringList teams = {QStringLiteral("platform")};
    QStringList roles = {QStringLiteral("Member")};
    QString userId = QStringLiteral("auth0|preview");
};

// One organization secret (`.secrets.NAME`). `value` is clear text in memory only; the sidecar keeps
// `ref`, a key into the SecretResolver's store.
struct ScenarioSecret {
    QString name;
    QString value;
    QString ref;
};

struct Scenario {
    QString name = QStringLiteral("default");
    MockUser user;
    QString orgId = QStringLiteral("org_preview");
    QString runId = QStringLiteral("r_preview");
    // Org client secret: signs webhooks (X-Port-Signature). Never written to the sidecar in clear.
    QString clientSecret;
    QString clientSecretRef;
    QString triggerOrigin;  // empty: "UI" for self-service, "AUTOMATION" for automations
    QString triggerAt = QStringLiteral("2024-06-06T05:21:00.565Z");

    // Submitted inputs; may be partial (missing inputs get generated defaults). Entity inputs may
    // be given as an identifier string (expanded to a full entity object) or as the object itself.
    JsonValue inputs = JsonValue::object();
    // DAY-2/DELETE: the entity the action runs on. null = a mock entity of the trigger's blueprint.
    JsonValue entity;
    // Entities the entity inputs pick from (full entity objects).
    JsonValue mockEntities = JsonValue::array();
    // Automations: the event object. null = generated from trigger.event (mockdata.h).
    JsonValue event;
    QList<ScenarioSecret> secrets;

    // Backend settings used when building the rendered invocation (empty = the default).
    QString githubDefaultBranch;  // "main"
    QString githubApiBase;        // "https://api.github.com"
    QString gitlabBaseUrl;        // "https://gitlab.com/"
    QString azureBaseUrl;         // "https://dev.azure.com"
    qint64 timestamp = -1;        // fixed X-Port-Timestamp (unix seconds); -1 = the current time

    // What `action-designer test` and the Tests view check the rendered request against: null = no
    // expectation; else {"snapshot": ..., "assertions": [...]} (scenariotest/expectation.h). Kept
    // as JSON so the sidecar round-trips what a newer version wrote.
    JsonValue expect;

    // nullptr when there is no secret of that name.
    const ScenarioSecret *findSecret(const QString &name) const;
    void setSecret(const QString &name, const QString &value);
    // Clear-text values of every secret and the client secret (what must be masked in output).
    QStringList secretValues() const;
};

}  // namespace ad
