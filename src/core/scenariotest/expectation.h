#pragma once
// What a scenario expects its rendered request to be, and the comparison: a snapshot of the whole request
// (compared pointer by pointer) and/or assertions on single pointers. Stored in the scenario sidecar as
//
//   "expect": {"snapshot": {...}, "assertions": [{"pointer": "/body/name", "equals": "x"}, ...]}
//
// The request's comparable form is `request --format json` (invocationToJson, secrets masked) with JSON
// bodies and Kafka values parsed, so a pointer reaches into them ("/body/inputs/ref"). Values that change
// from run to run never go into a snapshot in clear: they are replaced by placeholders (`<timestamp>`,
// `<signature>`, `<runId>`, `<now>`) on both sides before comparing. An expected `<any>` matches any value.
// Assertions see the request before placeholders (secrets still masked).

#include "invocation/renderedinvocation.h"
#include "json/jsonvalue.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

// One difference between what was expected and what was rendered.
struct ExpectationIssue {
    QString pointer;       // where, in the request's comparable form ("" = the whole request)
    QString message;       // "expected \"a\", got \"b\"", "missing (expected 3)", ...
    QString text() const;  // "/body/name: expected ..."
};

// What is volatile in one scenario's request.
struct SnapshotVolatiles {
    QString runId;       // the scenario's run id: every occurrence becomes <runId>
    qint64 nowSecs = 0;  // the time of the render: timestamps within a day of it become <now>
};

struct ScenarioExpectation {
    JsonValue snapshot;  // null: no snapshot
    JsonValue assertions = JsonValue::array();

    bool hasSnapshot() const { return !snapshot.isNull(); }
    bool isEmpty() const { return !hasSnapshot() && assertions.isEmpty(); }
    // From a scenario's `expect` member (null or malformed parts are dropped, with a warning).
    static ScenarioExpectation fromJson(const JsonValue &expect, QStringList *warnings = nullptr);
    // null when empty, so a scenario without expectations writes no `expect`.
    JsonValue toJson() const;
};

// `request --format json` with secrets masked and JSON body/value text parsed into JSON.
JsonValue invocationComparable(const RenderedInvocation &inv);
// The placeholders applied (what a snapshot stores and is compared on).
JsonValue normalizeComparable(const JsonValue &comparable, const SnapshotVolatiles &volatiles);

// Pointer-by-pointer differences (object members matched by key; a mere change of key order is one issue on
// the object, since it changes the bytes sent).
QList<ExpectationIssue> diffJson(const JsonValue &expected, const JsonValue &actual, const QString &pointer = {});
// Each assertion that does not hold (and each malformed one) as an issue.
QList<ExpectationIssue> checkAssertions(const JsonValue &assertions, const JsonValue &comparable);
// Both checks; `comparable` is invocationComparable() of the rendered request.
QList<ExpectationIssue> checkExpectation(const ScenarioExpectation &expectation, const JsonValue &comparable,
                                         const SnapshotVolatiles &volatiles);

// A short one-line JSON form for messages (long values cut with "…").
QString shortJson(const JsonValue &v, int maxChars = 120);

}  // namespace ad
