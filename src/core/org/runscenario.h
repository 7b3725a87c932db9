#pragma once
// A real run from the org (GET /v1/actions/runs/{id}?version=v2) as a scenario: its inputs, entity
// and user; Port's rendered `payload` is the expected output our render is checked against.

#include "context/scenario.h"
#include "invocation/renderedinvocation.h"
#include "json/jsonvalue.h"
#include "org/orgsync.h"

#include <QString>

namespace ad::org {

// The action identifier of a run (v2: action.identifier; v1: action as a string).
QString runActionIdentifier(const JsonValue &run);
// The scenario that reproduces `run`; `notes` says what could not be taken from it.
Scenario scenarioFromRun(const JsonValue &run, const QString &name, QStringList *notes = nullptr);
// Where the expected payload of a scenario made from run `runId` is kept, beside the action file:
// "dir/deploy.json" -> "dir/deploy.expected/<runId>.json" (a folder, so it is no action file).
QString expectedPayloadPath(const QString &actionPath, const QString &runId);
// What Port stores as a run's `payload` for our rendered invocation: the webhook/GitLab/Azure
// body, GitHub's workflow inputs, the Kafka message, the UPSERT_ENTITY entity.
JsonValue payloadOf(const RenderedInvocation &inv, const JsonValue &expectedShape = {});
// Differences between our payload (left) and Port's (right); empty when they are equal.
QList<JsonDifference> comparePayloads(const JsonValue &ours, const JsonValue &ports);
// "Our render equals the payload Port sent for run r_1\n", or the count and one block per
// difference ("    /env\n      ours: \"dev\"\n      Port: \"prod\"\n").
QString payloadReport(const QList<JsonDifference> &diffs, const QString &runId);

}  // namespace ad::org
