#pragma once
// Migration of legacy v1 actions (pre-May-2024, blueprint-scoped; PORT-SPEC §10.1) to the current
// /v1/actions format. Runs only when asked (the `migrate` command, the designer's Migrate button);
// importing never changes an action.

#include "json/jsonvalue.h"
#include "model/actionfile.h"

#include <QString>
#include <QStringList>

namespace ad {

struct MigrationResult {
    JsonValue action;    // the migrated action; the input unchanged when it was not legacy
    QStringList report;  // one line per change, e.g. "moved userInputs into trigger.userInputs"
    bool migrated = false;
};

// v1 actions do not carry their blueprint (it was the URL they were stored under);
// `blueprintHint` (may be empty) becomes trigger.blueprintIdentifier.
MigrationResult migrateLegacy(const JsonValue &action, const QString &blueprintHint = {});

// An INTEGRATION_ACTION with its workflow keys (org, repo, workflow, ...) flat under
// invocationMethod, as some of Port's docs show and its API rejects: true when `action` has one;
// `keys` (if given) gets the flat keys.
bool isFlatIntegrationAction(const JsonValue &action, QStringList *keys = nullptr);
// Moves the flat keys into invocationMethod.integrationActionExecutionProperties (keeping a value
// already nested there). Unchanged, migrated = false, when the action is not flat.
MigrationResult migrateFlatIntegrationAction(const JsonValue &action);
// Whether migrateLegacyFile changes this action (legacy v1, or a flat INTEGRATION_ACTION).
bool needsMigration(const JsonValue &action);

struct FileMigration {
    JsonValue root;      // the file with every legacy action migrated, shape and other actions kept
    QStringList report;  // per migrated action a header line ("action \"deploy\" (/1):") and its changes
    int migratedCount = 0;
};
FileMigration migrateLegacyFile(const ActionFile &file, const QString &blueprintHint = {});

// The v1 message (§5.4) as a v2 template: what a legacy backend received, rebuilt from the run
// context. `v1InvocationMethod` is copied into payload.action as v1 did; `inputs` is the v1
// userInputs object (its properties become payload.properties).
JsonValue legacyMessageTemplate(const JsonValue &v1InvocationMethod, const JsonValue &inputs);

}  // namespace ad
