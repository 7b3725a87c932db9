#pragma once
// Turns an action's RENDERED invocationMethod (templates already evaluated) into the exact request or
// message its backend gets (PORT-SPEC §6): URL, headers with Port's signature, the body bytes, the
// Kafka topic/key/value, or the entity an UPSERT_ENTITY writes.

#include "context/scenario.h"
#include "invocation/renderedinvocation.h"
#include "json/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace ad {

// What a run needs beyond the invocation method itself.
struct InvocationSettings {
    QString clientSecret;  // signs X-Port-Signature
    QString orgId;         // Kafka topic "<orgId>.runs"
    QString runId;         // Kafka key, agent message context.runId
    qint64 timestamp = -1;  // X-Port-Timestamp in unix seconds; -1 = the current time
    QString githubDefaultBranch;  // empty = "main"
    QString githubApiBase;        // empty = "https://api.github.com"
    QString gitlabBaseUrl;        // empty = "https://gitlab.com/"
    QString azureBaseUrl;         // empty = "https://dev.azure.com"
    int githubInputLimit = 10;    // Port's documented workflow_dispatch limit (PORT-SPEC §10.9)
    QStringList secretValues;     // clear values to mask (scenario secrets, client secret)

    static InvocationSettings fromScenario(const Scenario &s);
};

RenderedInvocation buildInvocation(const JsonValue &renderedMethod, const InvocationSettings &settings);

// "<orgId>.runs" (Port's per-org runs topic).
QString runsTopic(const QString &orgId);

}  // namespace ad
