#pragma once
// A real run from the org (GET /v1/actions/runs/{id}?version=v2) as a scenario:
// its inputs, entity and user; Port's rendered `payload` becomes the scenario's
// expectation (`expect.assertions`).

#include "context/scenario.h"
#include "context/secretresolver.h"
#include "invocation/renderedinvocation.h"
#include "org/orgsync.h"
#include "scenariotest/expectation.h"
#include "json/jsonvalue.h"

#include <QString>

namespace ad::org {

// The action identifier of a run (v2: action.identifier; v1: action as a
// string).
QString runActionIdentifier(const JsonValue &run);
// The scenario that reproduces `run`; `notes` says what could not be taken from
// it.
Scenario scenarioFromRun(const JsonValue &run, const QString &name,
                         QStringList *notes = nullptr);
// The expectation "our render equals what Port sent for run `runId`", in the
// one expectation format (scenariotest/expectation.h): `equals` assertions
// tagged {"portRun": runId} on the parts of our request Port stored as the
// run's `payload`. A payload in Port's invocation form
// ({type, url, method, headers, body}) gives /body, /url and /method (headers
// are left out: they carry secrets); a bare payload is the part the backend
// sends: /body for webhook, GitLab and Azure, /body/inputs for GitHub when it
// holds the inputs alone, /value for Kafka, /entity for UPSERT_ENTITY.
JsonValue portPayloadAssertions(const JsonValue &action,
                                const JsonValue &payload, const QString &runId);
// `expect` with its port-payload assertions replaced by `assertions` (snapshot
// and others kept).
JsonValue withPortPayloadAssertions(const JsonValue &expect,
                                    const JsonValue &assertions);
// The run whose payload `expect` checks against; empty when it has no such
// assertion.
QString portPayloadRun(const JsonValue &expect);
// The port-payload assertions of `expect` checked on `comparable`
// (invocationComparable()).
QList<ExpectationIssue> checkPortPayload(const JsonValue &expect,
                                         const JsonValue &comparable);
// "Our render equals the payload Port sent for run r_1\n", or the count and one
// line per difference ("    /body/env: expected \"prod\", got \"dev\"\n").
QString payloadReport(const QList<ExpectationIssue> &issues,
                      const QString &runId);

// What scenario-from-run does, for the CLI and the Organization dock alike: the
// scenario made from `run` (named `name`) with the port-payload expectation,
// written into the sidecar of `actionPath` (one of that name is replaced).
// False with *error when the sidecar cannot be read or written.
bool addRunScenario(const QString &actionPath, const JsonValue &action,
                    const JsonValue &run, const QString &name,
                    SecretResolver *resolver, QStringList *notes,
                    QString *error);

} // namespace ad::org
