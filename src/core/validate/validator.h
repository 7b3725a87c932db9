#pragma once
// Validates one Port action against Port's own schema (the request body of POST /v1/actions) and
// adds warnings for what Port accepts but will bite. The verdict (any Error) is exactly the
// schema's; messages are in Port's words ("GITHUB needs 'workflow'"), never "oneOf failed".

#include "json/jsonvalue.h"
#include "validate/diagnostic.h"

#include <QString>

namespace ad {

struct ValidateOptions {
    // GitHub's workflow_dispatch takes at most this many inputs (Port's docs say 10; PORT-SPEC §10.9).
    int githubInputLimit = 10;
};

// `pointerPrefix` is prepended to every diagnostic's pointer: the action may live at "/0" or
// "/action" inside its file. Positions come from the JsonValue's source positions.
Diagnostics validateAction(const JsonValue &action, const QString &pointerPrefix = {},
                           const ValidateOptions &options = {});

}  // namespace ad
