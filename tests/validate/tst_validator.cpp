// Validation verdicts: every example gets PORT-SPEC §8's verdict, odd-looking valid variants stay
// valid, and an independent validator agrees on mutated examples (messages: tst_validator_messages).

// The table below concatenates fixture strings inline; with QStringBuilder those would be builder
// objects, not the QString the data columns hold.
#undef QT_USE_QSTRINGBUILDER

#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "validate/lint.h"
#include "validate/schemacheck.h"
#include "validate/validator.h"
#include "validatorfixture.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <thread>
#include <vector>

using namespace ad;
using namespace validatorfixture;

class TestValidator : public QObject {
    Q_OBJECT
private slots:
    void examples_data();
    void examples();
    void valid_data();
    void valid();
    void pointerPrefix();
    void jsPatterns();
    void literalSecrets_data();
    void literalSecrets();
    void githubInputLimitSetting();
    void crossCheck();
    void deepRuleGroups();
    void concurrentUse();
};

// ---------------------------------------------------------------------------------------------
// PORT-SPEC §8: every example is valid except the flat INTEGRATION_ACTION and the legacy files.

void TestValidator::examples_data()
{
    QTest::addColumn<QString>("path");
    const QDir dir(QStringLiteral(AD_EXAMPLES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name);
    QVERIFY(files.size() >= 20);
    for (const QString &f : files)
        QTest::newRow(qPrintable(f)) << dir.filePath(f);
}

void TestValidator::examples()
{
    QFETCH(QString, path);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const JsonParseResult parsed = parseJson(f.readAll());
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));

    QList<std::pair<QString, const JsonValue *>> actions;
    if (parsed.value.isArray()) {
        for (qsizetype i = 0; i < parsed.value.size(); ++i)
            actions.append({QStringLiteral("/%1").arg(i), &parsed.value.at(i)});
    } else {
        actions.append({QString(), &parsed.value});
    }
    const QString name = QFileInfo(path).fileName();
    const bool legacy = name.startsWith(QStringLiteral("legacy-v1-"));
    const bool flat = name == u"integration-action-github-ocean-report-bug.json";

    for (const auto &[prefix, action] : actions) {
        const Diagnostics ds = validateAction(*action, prefix);
        if (legacy) {
            QCOMPARE(errorCount(ds), 1);
            QCOMPARE(ds.first().code, QStringLiteral("legacy-v1"));
            QCOMPARE(ds.first().pointer, prefix);
            QCOMPARE(ds.first().pos, action->pos());
            QVERIFY2(ds.first().message.contains(QStringLiteral("action-designer migrate FILE")), qPrintable(dump(ds)));
        } else if (flat) {
            QCOMPARE(errorCount(ds), 1);
            QCOMPARE(ds.first().code, QStringLiteral("flat-integration-action"));
            QCOMPARE(ds.first().message,
                     QStringLiteral("INTEGRATION_ACTION needs 'org', 'repo', 'workflow', 'workflowInputs', "
                                    "'reportWorkflowStatus' nested in 'integrationActionExecutionProperties', not "
                                    "flat under invocationMethod (Port's API rejects the flat form some docs show)"));
            QCOMPARE(ds.first().pointer, QStringLiteral("/invocationMethod/org"));
            QCOMPARE(ds.first().pos.line, 46);
            QCOMPARE(ds.first().pos.column, 5);
        } else {
            QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
        }
    }
}

// Variants that look odd but are valid for Port's schema.
void TestValidator::valid_data()
{
    QTest::addColumn<QString>("json");
    const QDir seeds(QStringLiteral(AD_TEST_DATA_DIR));
    for (const QString &f : seeds.entryList({QStringLiteral("seed-*.json")}, QDir::Files)) {
        QFile file(seeds.filePath(f));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QTest::newRow(qPrintable(f)) << QString::fromUtf8(file.readAll());
    }
    QTest::newRow("unicode identifier") << QStringLiteral(R"({
  "identifier": "déployer_服务-v2@prod",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka;
    QTest::newRow("identifier with dots") << QStringLiteral(R"({
  "identifier": "...",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
)") + kKafka;
    QTest::newRow("kafka alone, payload array") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "DELETE", "userInputs": {"properties": {}, "steps": []}},
  "invocationMethod": {"type": "KAFKA", "payload": []}
})");
    QTest::newRow("input key with backslash") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE",
    "userInputs": {"properties": {"a\\b=c@d-e_f": {"type": "string", "anyKey": 1}}, "required": {"jqQuery": "[\"x\"]"}}},
)") + kKafka;
    QTest::newRow("two-character button text, templated flags") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "s",
    "userInputs": {"properties": {}}, "actionCardButtonText": "Go", "executeActionButtonText": "Déployer"},
  "invocationMethod": {"type": "WEBHOOK", "url": "https://x", "agent": "{{ .inputs.agent }}", "synchronized": "true"}
})");
    QTest::newRow("approval ALL with email") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "automation", "event": {"type": "RUN_UPDATED", "actionIdentifier": "x"},
    "condition": {"type": "JQ", "expressions": []}},
  "invocationMethod": {"type": "UPSERT_ENTITY", "blueprintIdentifier": "b", "mapping": {"team": ["a"], "relations": {"r": null}}},
  "requiredApproval": {"type": "ALL"},
  "approvalNotification": {"type": "email"},
  "publish": false,
  "allowAnyoneToViewRuns": false
})");
    QTest::newRow("github inputs: spreadValue and 10 + ref") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r", "workflow": "w.yml",
    "workflowInputs": {"{{ spreadValue() }}": "{{ .inputs }}", "a": "1", "b": "2", "c": "3", "d": "4", "e": "5",
      "f": "6", "g": "7", "h": "8", "i": "9", "j": "10", "ref": "main"}}
})");
    QTest::newRow("search condition with groups and a date rule") << QStringLiteral(R"({
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "s",
    "userInputs": {"properties": {}},
    "condition": {"type": "SEARCH", "combinator": "or", "rules": [
      {"property": "$team", "operator": "containsAny", "value": {"property": "$team", "context": "user"}},
      {"combinator": "and", "rules": [{"property": "created", "operator": "between", "value": {"preset": "lastWeek"}}]},
      {"operator": "relatedTo", "blueprint": "cluster", "value": "prod"}
    ]}},
)") + kKafka;
    QTest::newRow("secrets in templates") << kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "WEBHOOK",
    "url": "https://example.com/hook?token={{ .secrets.HOOK_TOKEN }}&run={{ .run.id }}",
    "headers": {"Authorization": "Bearer {{ .secrets.API_TOKEN }}", "RUN_ID": "{{ .run.id }}",
      "Content-Type": "application/json"}}
})");
}

void TestValidator::valid()
{
    QFETCH(QString, json);
    const JsonParseResult parsed = parseJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
    const Diagnostics ds = validateAction(parsed.value);
    QVERIFY2(ds.isEmpty(), qPrintable(dump(ds)));
}

void TestValidator::pointerPrefix()
{
    const JsonParseResult parsed = parseJson(QStringLiteral(R"({"ok": true, "action": {
  "identifier": "a",
  "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}},
  "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r"}
}})"));
    QVERIFY(parsed.ok());
    const Diagnostics ds = validateAction(parsed.value.value(u"action"), QStringLiteral("/action"));
    QCOMPARE(ds.size(), 1);
    QCOMPARE(ds.first().pointer, QStringLiteral("/action/invocationMethod/workflow"));
    QCOMPARE(formatDiagnostic(QStringLiteral("f.json"), ds.first()),
             QStringLiteral("f.json:4:23: error: GITHUB needs 'workflow' [/action/invocationMethod/workflow]"));
}

void TestValidator::jsPatterns()
{
    const QString identifier = QStringLiteral("^(?!\\.{1,2}$)[\\p{L}0-9@_.+:=-]+$");
    QVERIFY(matchesJsPattern(identifier, QStringLiteral("déployer")));
    QVERIFY(matchesJsPattern(identifier, QStringLiteral("服务")));
    QVERIFY(matchesJsPattern(identifier, QString::fromUtf8("\xf0\x9d\x90\x80")));  // U+1D400, a letter outside the BMP
    QVERIFY(!matchesJsPattern(identifier, QStringLiteral("a b")));
    QVERIFY(!matchesJsPattern(identifier, QStringLiteral("abc\n")));  // JS `$` is the very end
    QVERIFY(!matchesJsPattern(identifier, QStringLiteral("..")));
    QVERIFY(matchesJsPattern(identifier, QStringLiteral("...")));
    const QString button = QStringLiteral("^[^\\s].*[^\\s]$");
    QVERIFY(matchesJsPattern(button, QStringLiteral("Go")));
    QVERIFY(!matchesJsPattern(button, QStringLiteral("Go\u00a0")));  // Unicode white space, as in JS
    QVERIFY(!matchesJsPattern(button, QStringLiteral("a\nb")));     // JS `.` stops at line terminators
    QCOMPARE(codePointLength(QString::fromUtf8("a\xf0\x9d\x90\x80")), 2);
}

void TestValidator::literalSecrets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("header");
    QTest::addColumn<bool>("flagged");
    QTest::newRow("ghp") << "ghp_1234567890abcdefghij" << "" << true;
    QTest::newRow("gitlab") << "glpat-abcdefghij123456" << "PRIVATE-TOKEN" << true;
    QTest::newRow("slack bot") << "Bearer xoxb-1234-5678-abcdefgh" << "Authorization" << true;
    QTest::newRow("openai") << "sk-abcdefghijklmnop1234" << "" << true;
    QTest::newRow("basic literal") << "Basic dXNlcjpwYXNz" << "Authorization" << true;
    QTest::newRow("api key header") << "abcdefghijklmnop" << "X-API-Key" << true;
    QTest::newRow("long hex") << "https://x.example.com/a/0123456789abcdef0123456789abcdef" << "" << true;
    QTest::newRow("url password") << "https://user:hunter22@example.com/" << "" << true;
    QTest::newRow("slack hook") << "https://hooks.slack.com/services/T0001/B0002/abcdefghijkl" << "" << true;
    QTest::newRow("base64-like") << "https://x.example.com/v1/aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3z" << "" << true;
    QTest::newRow("long name") << "https://x.example.com/my_very_long_workflow_name_for_release_2024" << "" << false;
    QTest::newRow("template bearer") << "Bearer {{ .secrets.TOKEN }}" << "Authorization" << false;
    QTest::newRow("template query") << "https://x/?token={{ .secrets.T }}" << "" << false;
    QTest::newRow("content type") << "application/json" << "Content-Type" << false;
    QTest::newRow("run id") << "{{ .run.id }}" << "RUN_ID" << false;
    QTest::newRow("plain url") << "https://api.getport.io/v1/actions/runs/{{ .run.id }}/approval" << "" << false;
    QTest::newRow("uuid") << "https://x/items/123e4567-e89b-12d3-a456-426614174000" << "" << false;
}

void TestValidator::literalSecrets()
{
    QFETCH(QString, text);
    QFETCH(QString, header);
    QFETCH(bool, flagged);
    QCOMPARE(!literalSecretReason(text, header).isEmpty(), flagged);
}

void TestValidator::githubInputLimitSetting()
{
    const JsonParseResult parsed = parseJson(kCreate + QStringLiteral(R"(  "invocationMethod": {"type": "INTEGRATION_ACTION", "installationId": "gh", "integrationActionType": "dispatch_workflow",
    "integrationActionExecutionProperties": {"repo": "r", "workflow": "w", "workflowInputs": {"a": "1", "b": "2", "c": "3"}}}
})"));
    QVERIFY(parsed.ok());
    QVERIFY(validateAction(parsed.value).isEmpty());
    ValidateOptions strict;
    strict.githubInputLimit = 2;
    const Diagnostics ds = validateAction(parsed.value, {}, strict);
    QCOMPARE(ds.size(), 1);
    QCOMPARE(ds.first().code, QStringLiteral("github-input-limit"));
    QCOMPARE(ds.first().pointer, QStringLiteral("/invocationMethod/integrationActionExecutionProperties/workflowInputs"));
    QVERIFY(!ds.first().isError());
}

// Applies one mutation of data/crosscheck.json ("set", "remove", "rename" at a JSON pointer).
static bool applyOp(JsonValue &root, const JsonValue &op)
{
    const QString kind = op.at(0).toString();
    const QString pointer = op.at(1).toString();
    QStringList tokens = jsonPointerTokens(pointer);
    if (tokens.isEmpty())
        return false;
    const QString last = tokens.takeLast();
    JsonValue *parent = resolvePointer(root, jsonPointer(tokens));
    if (!parent)
        return false;
    if (parent->isArray()) {
        const qsizetype i = last.toLongLong();
        if (kind == u"remove")
            parent->removeAt(i);
        else if (i == parent->size())
            parent->append(op.at(2));
        else
            (*parent)[i] = op.at(2);
        return true;
    }
    if (kind == u"remove")
        return parent->remove(last) > 0;
    if (kind == u"set") {
        parent->set(last, op.at(2));
        return true;
    }
    for (JsonMember &m : parent->members())
        if (m.key == last) {
            m.key = op.at(2).toString();
            m.rawKey.clear();
            return true;
        }
    return false;
}

// Mutated examples with the verdict of an independent validator (python3-jsonschema, see
// data/gen_crosscheck.py): validateAction() must agree on every one.
void TestValidator::crossCheck()
{
    QFile f(QStringLiteral(AD_TEST_DATA_DIR "/crosscheck.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const JsonParseResult cases = parseJson(f.readAll());
    QVERIFY2(cases.ok(), qPrintable(cases.error.message));
    QVERIFY(cases.value.size() > 1000);
    QHash<QString, JsonValue> examples;
    QStringList mismatches;
    int valid = 0;
    for (const JsonValue &c : cases.value.items()) {
        const QString file = c.value(u"file").toString();
        if (!examples.contains(file)) {
            QFile ef((file.startsWith(QStringLiteral("seed-")) ? QStringLiteral(AD_TEST_DATA_DIR "/")
                                                                : QStringLiteral(AD_EXAMPLES_DIR "/"))
                     + file);
            QVERIFY(ef.open(QIODevice::ReadOnly));
            examples.insert(file, parseJson(ef.readAll()).value);
        }
        JsonValue action = examples.value(file);
        for (const JsonValue &op : c.value(u"ops").items())
            QVERIFY2(applyOp(action, op), qPrintable(file + u' ' + op.at(1).toString()));
        const bool expected = c.value(u"valid").toBool();
        valid += expected;
        const Diagnostics ds = validateAction(action);
        if (qEnvironmentVariableIsSet("AD_CROSSCHECK_DUMP")) {
            QStringList ops;
            for (const JsonValue &op : c.value(u"ops").items())
                ops << op.at(0).toString() + u' ' + op.at(1).toString() + u' ' + op.at(2).toString();
            qInfo("%s [%s]\n%s", qPrintable(file), qPrintable(ops.join(QStringLiteral("; "))), qPrintable(dump(ds)));
        }
        if (hasErrors(ds) == expected) {
            QStringList ops;
            for (const JsonValue &op : c.value(u"ops").items())
                ops << op.at(0).toString() + u' ' + op.at(1).toString();
            mismatches << QStringLiteral("%1 [%2]: expected %3\n%4")
                              .arg(file, ops.join(QStringLiteral("; ")),
                                   expected ? QStringLiteral("valid") : QStringLiteral("invalid"), dump(ds));
        }
    }
    QVERIFY(valid > 300);
    QVERIFY2(mismatches.isEmpty(), qPrintable(QStringLiteral("%1 mismatches, first ones:\n").arg(mismatches.size())
                                              + mismatches.mid(0, 15).join(u'\n')));
}

// Rule groups nest as deep as the parser allows; a bad leaf is found, reported once, no crash.
void TestValidator::deepRuleGroups()
{
    const int depth = 240;
    QString rules = QStringLiteral("{\"property\": \"env\", \"operator\": \"equals\", \"value\": \"x\"}");
    for (int i = 0; i < depth; ++i)
        rules = QStringLiteral("{\"combinator\": \"and\", \"rules\": [%1]}").arg(rules);
    const QString json = QStringLiteral(
        "{\"identifier\": \"a\", \"trigger\": {\"type\": \"self-service\", \"operation\": \"DAY-2\", "
        "\"blueprintIdentifier\": \"s\", \"userInputs\": {\"properties\": {}}, \"condition\": {\"type\": \"SEARCH\", "
        "\"combinator\": \"and\", \"rules\": [%1]}}, \"invocationMethod\": {\"type\": \"KAFKA\"}}")
                             .arg(rules);
    const JsonParseResult parsed = parseJson(json);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
    const Diagnostics ds = validateAction(parsed.value);
    QCOMPARE(ds.size(), 1);
    QCOMPARE(ds.first().code, QStringLiteral("enum"));
    QVERIFY(ds.first().pointer.endsWith(QStringLiteral("/rules/0/operator")));
    QCOMPARE(ds.first().pointer.count(QStringLiteral("/rules/0")), depth + 1);
}

// One shared schema, many threads (the UI validates off the main thread).
void TestValidator::concurrentUse()
{
    QFile f(QStringLiteral(AD_EXAMPLES_DIR "/webhook-selfservice-steps-survey.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const JsonValue good = parseJson(f.readAll()).value;
    JsonValue bad = good;
    bad.set(QStringLiteral("identifier"), JsonValue::fromString(QStringLiteral("a b")));
    std::vector<std::thread> threads;
    std::vector<int> failures(4, 0);
    for (int t = 0; t < 4; ++t)
        threads.emplace_back([&, t] {
            for (int i = 0; i < 200; ++i) {
                if (!validateAction(good).isEmpty())
                    ++failures[size_t(t)];
                if (validateAction(bad).size() != 1)
                    ++failures[size_t(t)];
            }
        });
    for (std::thread &th : threads)
        th.join();
    QCOMPARE(failures, std::vector<int>(4, 0));
}

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"