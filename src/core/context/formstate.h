#pragma once
// The self-service form as Port's browser would fill it for a scenario: each input's value (from the
// scenario, a literal or jqQuery default, the first enum value, or a type/format-appropriate
// example) and its form-time state (visible, disabled, required, resolved enum and dataset).

#include "json/jsonvalue.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <vector>

namespace ad {

struct InputState {
    enum class Source { Scenario, Default, JqDefault, Enum, Example };

    QString id;
    JsonValue schema;  // the input's declaration in userInputs.properties
    JsonValue value;   // what lands in .inputs.<id> (entity inputs: full entity objects)
    Source source = Source::Example;
    bool visible = true;
    bool disabled = false;
    bool required = false;
    bool secret = false;    // has `encryption`
    JsonValue enumValues;   // enum resolved (jqQuery evaluated); null when the input has none
    JsonValue dataset;      // dataset with jqQuery rule values evaluated; null when none
    QStringList problems;   // e.g. "default: jq error: ..." (shown next to the field)
};

struct FormState {
    std::vector<InputState> inputs;  // in form order (order / steps, then declaration order)
    // Form-time `visible` of userInputs.steps[i] and of userInputs.titles.<id> (literal or jqQuery,
    // evaluated on the complete form); true when absent or when the jqQuery failed (a warning).
    std::vector<bool> stepsVisible;
    QHash<QString, bool> titlesVisible;
    JsonValue formContext;           // {form, entity, user}: what form-time jqQuery saw last
    QStringList warnings;

    const InputState *find(const QString &id) const;
    // {id: value, ...} in form order: the payload's .inputs.
    JsonValue values() const;
};

}  // namespace ad
