#pragma once
// Scenario tests: every scenario of an action rendered and compared with what it expects (expectation.h).
// Shared by `action-designer test` (synchronous engine) and the GUI's Tests view (BackgroundRenderer): both
// load and prepare scenarios here and judge each render here.

#include "context/scenariofile.h"
#include "invocation/invocationrender.h"
#include "scenariotest/expectation.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

class TemplateEngine;

enum class TestOutcome { Passed, Failed, Error, NoExpectation };

struct ScenarioTestResult {
    QString scenario;
    TestOutcome outcome = TestOutcome::NoExpectation;
    QList<ExpectationIssue> issues;  // Failed: what differs
    QString error;                   // Error: why nothing could be compared (render failed, timed out)
    double ms = 0;
    JsonValue snapshot;  // the render as a snapshot would store it (null after an error)
    // Every template of the render and what it made (compact JSON, secrets masked; "undefined"; "error:
    // ..."), in the same order: the matrix's column for this scenario.
    QList<TemplateTrace> traces;
    QStringList templateValues;
};

struct ActionTestResult {
    QString path;   // the action file as given or found
    QString error;  // the file could not be tested at all (unreadable, not JSON, broken sidecar)
    QList<ScenarioTestResult> scenarios;
    double ms = 0;
};

struct TestTally {
    int passed = 0;
    int failed = 0;   // failures and errors, including whole files that could not be tested
    int skipped = 0;  // scenarios without expectations
    // "3 passed, 1 failed" (+ ", 2 skipped" when some had no expectation): the CLI's summary line.
    QString summary() const;
};
TestTally tally(const QList<ActionTestResult> &results);

// The scenario as tests render it: secret values replaced by stand-ins (masked in the output), so a test
// gives the same result with or without the keychain and never sees a real secret.
Scenario scenarioForTest(const Scenario &scenario);
// Judges one render of `scenario` (as given to scenarioForTest) against its expectation.
ScenarioTestResult evaluateScenario(const Scenario &scenario, const InvocationPreview &preview, qint64 nowSecs);
// Clear values of the form's encrypted inputs: Port delivers them as ciphertext, so wherever the preview or a
// test shows or stores the request they are masked like secrets.
QStringList encryptedInputValues(const FormState &form);
// Stores `snapshot` as the scenario's expected request, keeping its assertions.
void acceptSnapshot(Scenario *scenario, const JsonValue &snapshot);

// An action file and its scenarios, ready to render: the first action of the file; its sidecar's scenarios
// (no sidecar: the default scenario). Secret refs stay unresolved. False with *error when the file or the
// sidecar cannot be used.
struct TestableAction {
    QString path;
    JsonValue action;
    ScenarioFile scenarios;
    bool hasSidecar = false;
};
bool loadTestableAction(const QString &path, TestableAction *out, QString *error);

// Action files under `paths`: files as given (a sidecar names its action), folders searched recursively for
// action files that have a sidecar. Sorted, without duplicates. Paths that do not exist go to *missing.
QStringList findTestableActions(const QStringList &paths, QStringList *missing);

// Renders every scenario of the file with `engine` (normal template timeout) and judges it. With `update`,
// each scenario's snapshot is rewritten (scenarios without any expectation get one) and the sidecar saved
// through ScenarioFile::save; a failed save is the file's error.
ActionTestResult runActionTests(const QString &path, TemplateEngine &engine, bool update);

// Every scenario side by side for one action: a row per template (pointer and filter, in first appearance
// order), a column per scenario, each cell what that scenario made the template render.
struct TemplateMatrix {
    QStringList pointers;
    QStringList filters;
    QStringList scenarios;
    QList<QStringList> cells;  // [row][column]; "" where the scenario did not reach the template
};
TemplateMatrix templateMatrix(const QList<ScenarioTestResult> &results);

// JUnit XML (testsuites > testsuite per action file > testcase per scenario, with failure / error / skipped
// children), as CI systems read it.
QByteArray junitXml(const QList<ActionTestResult> &results);

// The diff of a failed scenario as lines ("/body/name: expected ..., got ...").
QStringList issueLines(const ScenarioTestResult &result);

}  // namespace ad
