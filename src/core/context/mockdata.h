#pragma once
// Plausible stand-ins for what Port would put in a payload context: entities, the executing user,
// run objects and automation events, shaped like Port's documented samples (PORT-SPEC §5.2, §5.3).

#include "context/scenario.h"
#include "json/jsonvalue.h"

#include <QString>

namespace ad::mock {

// A full entity object: identifier title icon blueprint team[] properties{} relations{} createdAt
// createdBy updatedAt updatedBy.
JsonValue entity(const QString &blueprint, const QString &identifier, const Scenario &s);
// trigger.by.user in the payload context.
JsonValue payloadUser(const Scenario &s);
// .user in form-time jqQuery (PORT-SPEC §3.3), with teamsIdentifiers and team as the docs use them.
JsonValue formUser(const Scenario &s);
// trigger.by without user: {orgId, userId}.
JsonValue triggerBy(const Scenario &s, bool withUser);
// A run object (§7.4) of `action` (an action JSON, may be minimal) in the given status.
JsonValue run(const JsonValue &action, const QString &runId, const QString &status, const Scenario &s);
// The event an automation's trigger.event would deliver, with diff.before/after per event type:
// *_CREATED before null; *_DELETED after null; TIMER_PROPERTY_EXPIRED only after; run events carry
// run objects and event.context.action. Null for self-service actions.
JsonValue event(const JsonValue &action, const Scenario &s);

}  // namespace ad::mock
