#pragma once
// An automation's JQ trigger condition (trigger.condition: {type: JQ, expressions, combinator})
// against an event: whether the automation would fire, with each expression's value, and generated
// events that satisfy simple conditions (`.diff.after.properties.status == "x"`), so the default
// preview shows a run that would happen.

#include "json/jsonvalue.h"
#include "template/templatetypes.h"

#include <QList>
#include <QStringList>

namespace ad {

struct ConditionResult {
    struct Expression {
        QString expression;
        JqResult result;
        bool holds = false;  // the expression gave the boolean true
    };
    bool present = false;  // the action is an automation with a JQ condition
    QString combinator;    // "and" (Port's default) or "or"
    QList<Expression> expressions;
    bool fires = true;     // no condition: every event of the type fires it
};

// The expressions of an automation's JQ condition, empty when it has none.
QStringList conditionExpressions(const JsonValue &action, QString *combinator = nullptr);
// Combines the expressions' results (in the order of conditionExpressions) as Port does.
ConditionResult conditionResult(const JsonValue &action, const QList<JqResult> &results);

// Sets what simple expressions compare with a literal (`.path.to.x == "v"`, combined with "and";
// the first one for "or") in `event`, where the path leads through objects; others are left alone.
void satisfyCondition(JsonValue &event, const JsonValue &action);

}  // namespace ad
