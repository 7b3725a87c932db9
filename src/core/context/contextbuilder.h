#pragma once
// Builds Port's payload context (what `.` is in an action's {{ }} templates) from an action and a
// scenario: PORT-SPEC §5.2 for self-service actions, §5.3 for automations. Form-time jqQuery fields
// (§3.3) are evaluated through a JqEvaluator so the same code runs on the real engine or a fake.

#include "context/formstate.h"
#include "context/jqevaluator.h"
#include "context/scenario.h"
#include "json/jsonvalue.h"

#include <QHash>
#include <QStringList>

#include <vector>

namespace ad {

struct ContextResult {
    JsonValue context;  // {inputs, trigger, event, entity, action, run, secrets}
    FormState form;     // self-service only (empty for automations)
    QStringList warnings;
};

class ContextBuilder {
public:
    // Without an evaluator every jqQuery field falls back to the jq-free value and a warning.
    explicit ContextBuilder(JqEvaluator jq = {});
    void setEvaluator(JqEvaluator jq) { m_jq = std::move(jq); }
    // Optional: lets the form-time state (enum, dataset, visible, disabled, required) of all inputs
    // be evaluated in one batch instead of one call per field.
    void setBatchEvaluator(JqBatchEvaluator batch) { m_batch = std::move(batch); }
    bool hasEvaluator() const { return bool(m_jq); }

    // The payload context for one run of `action` (an action JSON object) in `scenario`.
    JsonValue build(const JsonValue &action, const Scenario &scenario) const;
    ContextResult buildWithForm(const JsonValue &action, const Scenario &scenario) const;

    // The self-service form as Port would fill it: values and form-time state of every input.
    FormState evaluateForm(const JsonValue &action, const Scenario &scenario) const;

    // The entity a DAY-2/DELETE run targets: the scenario's, else a mock of trigger.blueprintIdentifier.
    static JsonValue targetEntity(const JsonValue &action, const Scenario &scenario);
    // Input ids in form order: userInputs.order or steps[].order, then the remaining declared inputs.
    static QStringList inputOrder(const JsonValue &userInputs);
    static bool isAutomation(const JsonValue &action);

private:
    JsonValue resolveJq(const JsonValue &field, const JsonValue &formContext, const QString &what,
                        InputState *state, bool *ok) const;
    JsonValue resolveDataset(const JsonValue &dataset, const JsonValue &formContext, InputState *state) const;
    void fillValue(InputState &in, const Scenario &s, const JsonValue &formContext) const;

    // jqQuery programs that decide input values / form-time state, for batching.
    static QStringList valuePrograms(const std::vector<InputState> &inputs);
    static QStringList statePrograms(const JsonValue &userInputs, const std::vector<InputState> &inputs);
    void prefetch(const QStringList &programs, const JsonValue &formContext) const;

    JqEvaluator m_jq;
    JqBatchEvaluator m_batch;
    // Results fetched in one batch for one form context (evaluateForm's last pass). Mutable: a
    // ContextBuilder is used from one thread at a time.
    mutable QHash<QString, JqResult> m_prefetched;
    mutable const JsonValue *m_prefetchedFor = nullptr;
};

}  // namespace ad
