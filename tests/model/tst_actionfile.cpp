// The action document model: lossless import/export of every example, the file shapes,
// export for Port's API, and legacy v1 migration.
#include "json/jsonpointer.h"
#include "model/actionfile.h"
#include "model/filevalidation.h"
#include "model/legacy.h"
#include "model/migrate.h"
#include "modeltestutil.h"

#include "validate/validator.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ad;
using namespace ad::test;

namespace {

ActionFile parse(const char *text)
{
    ActionFile f = ActionFile::fromBytes(QByteArray(text));
    if (!f.ok())
        qWarning() << f.parseError().message;
    return f;
}

// Every key of every object, depth first, in document order: what "key order kept" means.
void collectKeys(const JsonValue &v, QStringList *out)
{
    for (const JsonMember &m : v.members()) {
        out->append(m.key);
        collectKeys(m.value, out);
    }
    for (const JsonValue &item : v.items())
        collectKeys(item, out);
}

// Lines of a report without the indentation migrateLegacyFile adds.
QStringList trimmed(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        out << l.trimmed();
    return out;
}

}  // namespace

class TestActionFile : public QObject {
    Q_OBJECT
private slots:
    void roundTrip_data();
    void roundTrip();
    void nonCanonicalInputBecomesCanonicalOnce();
    void numberTextsAndEscapesKept();
    void shapes_data();
    void shapes();
    void shapeDiagnostics();
    void actionAccess();
    void readErrors();
    void forPortStripsServerFields();
    void forPortUnwrapsApiResponses();
    void forPortLeavesCleanFilesAlone();
    void forPortNestsFlatIntegrationAction();
    void compactExport();
    void migrateBlueprintArray();
    void migrateBlueprintArrayWithBlueprint();
    void migrateGitlabExample();
    void migrateGithub();
    void migrateGithubOmitPayload();
    void migrateGithubTooManyInputs();
    void migrateKeepsExistingBody();
    void migrateLeavesCurrentActionsAlone();
    void migrateOddTriggers();
    void migratedActionsValidate();
};

void TestActionFile::roundTrip_data()
{
    QTest::addColumn<QString>("path");
    const QStringList files = exampleFiles();
    for (const QString &p : files)
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
    QVERIFY(files.size() >= 25);
}

void TestActionFile::roundTrip()
{
    QFETCH(QString, path);
    QByteArray original = readAll(path);
    QVERIFY(!original.isEmpty());
    const ActionFile f = ActionFile::fromFile(path);
    QVERIFY2(f.ok(), qPrintable(f.parseError().message));
    const QByteArray out = f.toBytes();
    // One example lacks the final newline; canonical form has it. Everything else is identical.
    if (!original.endsWith('\n'))
        original += '\n';
    QCOMPARE(out, original);

    QStringList before;
    QStringList after;
    collectKeys(f.root(), &before);
    const ActionFile again = ActionFile::fromBytes(out);
    QVERIFY(again.ok());
    collectKeys(again.root(), &after);
    QCOMPARE(after, before);
    QCOMPARE(again.toBytes(), out);
    QCOMPARE(again.shape(), f.shape());
}

void TestActionFile::nonCanonicalInputBecomesCanonicalOnce()
{
    const ActionFile f = parse("{\"zeta\":1,  \"alpha\" : {\"b\":[ ],\"a\":{}} ,\"mid\":\"x\"}");
    QVERIFY(f.ok());
    const QByteArray expected = "{\n  \"zeta\": 1,\n  \"alpha\": {\n    \"b\": [],\n    \"a\": {}\n  },\n  \"mid\": \"x\"\n}\n";
    QCOMPARE(f.toBytes(), expected);
    QCOMPARE(ActionFile::fromBytes(expected).toBytes(), expected);
}

void TestActionFile::numberTextsAndEscapesKept()
{
    const QByteArray text = "{\n"
                            "  \"identifier\": \"n\\u00fcm\\/bers\",\n"
                            "  \"a\": 1.0,\n"
                            "  \"b\": 1e400,\n"
                            "  \"c\": 12345678901234567890,\n"
                            "  \"d\": -0.0,\n"
                            "  \"e\": 1E+2,\n"
                            "  \"f\": \"tab\\there \\\"quoted\\\" \\ud83d\\ude00 \xF0\x9F\x98\x80\",\n"
                            "  \"\\u0067\": true\n"
                            "}\n";
    const ActionFile f = ActionFile::fromBytes(text);
    QVERIFY(f.ok());
    QCOMPARE(f.toBytes(), text);
    QCOMPARE(f.root().value(u"identifier").toString(), QString::fromUtf8("n\xC3\xBCm/bers"));
    QCOMPARE(f.root().value(u"c").numberText(), QStringLiteral("12345678901234567890"));
    QVERIFY(f.root().contains(u"g"));
}

void TestActionFile::shapes_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("shape");
    QTest::addColumn<QStringList>("pointers");
    QTest::addColumn<QStringList>("legacy");

    using S = ActionFile::Shape;
    QTest::newRow("single") << QByteArray("{\"identifier\": \"a\", \"trigger\": {\"type\": \"self-service\"}}")
                            << int(S::SingleAction) << QStringList{QString()} << QStringList();
    QTest::newRow("array") << QByteArray("[{\"identifier\": \"a\"}, {\"identifier\": \"b\"}]") << int(S::ActionArray)
                           << QStringList{QStringLiteral("/0"), QStringLiteral("/1")} << QStringList();
    QTest::newRow("empty array") << QByteArray("[]") << int(S::ActionArray) << QStringList() << QStringList();
    QTest::newRow("api action") << QByteArray("{\"ok\": true, \"action\": {\"identifier\": \"a\"}}") << int(S::ApiAction)
                                << QStringList{QStringLiteral("/action")} << QStringList();
    QTest::newRow("api list") << QByteArray("{\"ok\": true, \"actions\": [{\"identifier\": \"a\"}, {\"identifier\": \"b\"}]}")
                              << int(S::ApiActionList)
                              << QStringList{QStringLiteral("/actions/0"), QStringLiteral("/actions/1")} << QStringList();
    QTest::newRow("api error") << QByteArray("{\"ok\": false, \"error\": \"not_found\", \"message\": \"no such action\"}")
                               << int(S::Unknown) << QStringList() << QStringList();
    QTest::newRow("scalar") << QByteArray("42") << int(S::Unknown) << QStringList() << QStringList();
    QTest::newRow("string") << QByteArray("\"action\"") << int(S::Unknown) << QStringList() << QStringList();
    QTest::newRow("legacy single") << QByteArray("{\"identifier\": \"a\", \"trigger\": \"CREATE\"}") << int(S::SingleAction)
                                   << QStringList{QString()} << QStringList{QString()};
    QTest::newRow("legacy blueprint array")
        << QByteArray("[{\"identifier\": \"a\", \"trigger\": \"CREATE\"}, {\"identifier\": \"b\", \"trigger\": {\"type\": "
                      "\"self-service\"}}, {\"identifier\": \"c\", \"userInputs\": {}}]")
        << int(S::ActionArray) << QStringList{QStringLiteral("/0"), QStringLiteral("/1"), QStringLiteral("/2")}
        << QStringList{QStringLiteral("/0"), QStringLiteral("/2")};
    QTest::newRow("legacy in api list")
        << QByteArray("{\"ok\": true, \"actions\": [{\"identifier\": \"a\", \"invocationMethod\": {\"type\": \"GITHUB\", "
                      "\"omitPayload\": true}}]}")
        << int(S::ApiActionList) << QStringList{QStringLiteral("/actions/0")} << QStringList{QStringLiteral("/actions/0")};
}

void TestActionFile::shapes()
{
    QFETCH(QByteArray, text);
    QFETCH(int, shape);
    QFETCH(QStringList, pointers);
    QFETCH(QStringList, legacy);
    const ActionFile f = ActionFile::fromBytes(text);
    QVERIFY(f.ok());
    QCOMPARE(int(f.shape()), shape);
    QCOMPARE(f.actionPointers(), pointers);
    QCOMPARE(f.actionCount(), pointers.size());
    QCOMPARE(f.legacyActionPointers(), legacy);
}

void TestActionFile::shapeDiagnostics()
{
    Diagnostics ds = parse("{\"ok\": false, \"error\": \"not_found\", \"message\": \"no such action\"}").shapeDiagnostics();
    QCOMPARE(ds.size(), 1);
    QVERIFY2(ds[0].message.contains(QStringLiteral("Port error response")), qPrintable(ds[0].message));
    QVERIFY(ds[0].message.contains(QStringLiteral("not_found: no such action")));

    ds = parse("\n  42").shapeDiagnostics();
    QCOMPARE(ds.size(), 1);
    QVERIFY(ds[0].message.contains(QStringLiteral("found number")));
    QCOMPARE(ds[0].pos.line, 2);
    QCOMPARE(ds[0].pos.column, 3);

    ds = parse("[{\"identifier\": \"a\"},\n \"oops\"]").shapeDiagnostics();
    QCOMPARE(ds.size(), 1);
    QCOMPARE(ds[0].pointer, QStringLiteral("/1"));
    QCOMPARE(ds[0].pos.line, 2);
    QCOMPARE(ds[0].pos.column, 2);
    QVERIFY(ds[0].message.contains(QStringLiteral("found string")));

    ds = parse("{\"ok\": true, \"action\": []}").shapeDiagnostics();
    QCOMPARE(ds.size(), 1);
    QCOMPARE(ds[0].pointer, QStringLiteral("/action"));
    ds = parse("{\"ok\": \"yes\", \"actions\": []}").shapeDiagnostics();
    QCOMPARE(ds.size(), 1);
    QCOMPARE(ds[0].pointer, QStringLiteral("/ok"));
    ds = parse("{\"ok\": true, \"error\": \"x\"}").shapeDiagnostics();
    QCOMPARE(ds.size(), 1);
    QVERIFY(ds[0].message.contains(QStringLiteral("without 'action'")));

    QVERIFY(parse("[{\"identifier\": \"a\"}]").shapeDiagnostics().isEmpty());
    // The file-level validation includes them, with pointers into the real file.
    const Diagnostics all = validateActionFile(parse("[1, {\"identifier\": \"x\", \"trigger\": \"DAY-2\"}]"));
    QVERIFY(all.size() >= 2);
    QCOMPARE(all[0].pointer, QStringLiteral("/0"));
    bool legacySeen = false;
    for (const Diagnostic &d : all)
        legacySeen |= d.pointer.startsWith(QStringLiteral("/1")) && d.isError();
    QVERIFY(legacySeen);
}

void TestActionFile::actionAccess()
{
    ActionFile f = parse("{\"ok\": true, \"actions\": [{\"identifier\": \"a\"}, {\"identifier\": \"b\"}]}");
    QCOMPARE(f.action(1)->value(u"identifier").toString(), QStringLiteral("b"));
    QVERIFY(!f.action(2));
    QVERIFY(!f.action(-1));
    f.action(0)->set(QStringLiteral("title"), JsonValue::fromString(QStringLiteral("A")));
    QCOMPARE(f.toBytes(), QByteArray("{\n  \"ok\": true,\n  \"actions\": [\n    {\n      \"identifier\": \"a\",\n"
                                     "      \"title\": \"A\"\n    },\n    {\n      \"identifier\": \"b\"\n    }\n  ]\n}\n"));
    // Editing the root into another shape and re-classifying.
    f.root() = JsonValue::array();
    f.reclassify();
    QCOMPARE(f.shape(), ActionFile::Shape::ActionArray);
    QCOMPARE(f.actionCount(), 0);
}

void TestActionFile::readErrors()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    ActionFile f = ActionFile::fromFile(dir.filePath(QStringLiteral("missing.json")));
    QVERIFY(!f.ok());
    QVERIFY(f.readFailed());
    QVERIFY(f.parseError().message.contains(QStringLiteral("no such file")));

    f = ActionFile::fromFile(dir.path());
    QVERIFY(!f.ok());
    QVERIFY(f.readFailed());
    QVERIFY(f.parseError().message.contains(QStringLiteral("directory")));

    QFile broken(dir.filePath(QStringLiteral("broken.json")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("{\n  \"identifier\": \"x\",\n  \"title\": ");
    broken.close();
    f = ActionFile::fromFile(broken.fileName());
    QVERIFY(!f.ok());
    QVERIFY(!f.readFailed());
    QCOMPARE(f.parseError().pos.line, 3);
    QCOMPARE(f.shape(), ActionFile::Shape::Unknown);
    QVERIFY(f.actionPointers().isEmpty());
}

void TestActionFile::forPortStripsServerFields()
{
    const ActionFile f = parse("[{\"id\": \"action_1\", \"identifier\": \"a\", \"createdAt\": \"2024\", \"trigger\": "
                               "{\"type\": \"self-service\", \"userInputs\": {\"properties\": {\"id\": {\"type\": \"string\"}}}}, "
                               "\"createdBy\": \"u\", \"updatedAt\": \"2024\", \"updatedBy\": \"u\", \"title\": \"A\"}, "
                               "{\"identifier\": \"b\", \"updatedBy\": \"u\"}]");
    QStringList notes;
    const JsonValue out = f.forPort(&notes);
    QCOMPARE(notes, (QStringList{QStringLiteral("removed /0/id"), QStringLiteral("removed /0/createdAt"),
                                 QStringLiteral("removed /0/createdBy"), QStringLiteral("removed /0/updatedAt"),
                                 QStringLiteral("removed /0/updatedBy"), QStringLiteral("removed /1/updatedBy")}));
    QCOMPARE(out.at(0).keys(), (QStringList{QStringLiteral("identifier"), QStringLiteral("trigger"), QStringLiteral("title")}));
    // Only the action's own server fields go: an input that happens to be called "id" stays.
    QVERIFY(resolvePointer(out, QStringLiteral("/0/trigger/userInputs/properties/id")));
    QCOMPARE(out.at(1).keys(), QStringList{QStringLiteral("identifier")});
    // The original is not changed.
    QVERIFY(f.root().at(0).contains(u"id"));
}

void TestActionFile::forPortUnwrapsApiResponses()
{
    ActionFile f = parse("{\"ok\": true, \"action\": {\"identifier\": \"a\", \"id\": \"action_x\", \"title\": \"T\"}}");
    QStringList notes;
    JsonValue out = f.forPort(&notes);
    QCOMPARE(notes.size(), 2);
    QCOMPARE(notes[0], QStringLiteral("removed /action/id"));
    QVERIFY(notes[1].contains(QStringLiteral("unwrapped")));
    QCOMPARE(writeJson(out), QByteArray("{\n  \"identifier\": \"a\",\n  \"title\": \"T\"\n}\n"));

    f = parse("{\"ok\": true, \"actions\": [{\"identifier\": \"a\", \"createdAt\": \"x\"}, {\"identifier\": \"b\"}], "
              "\"meta\": 1}");
    out = f.forPort(&notes);
    QVERIFY(out.isArray());
    QCOMPARE(out.size(), 2);
    QCOMPARE(notes[0], QStringLiteral("removed /actions/0/createdAt"));
    QVERIFY(notes.filter(QStringLiteral("/meta")).size() == 1);
    QVERIFY(notes.filter(QStringLiteral("array of actions")).size() == 1);
}

void TestActionFile::forPortLeavesCleanFilesAlone()
{
    const ActionFile f = ActionFile::fromFile(example("webhook-selfservice-steps-survey.json"));
    QVERIFY(f.ok());
    QStringList notes{QStringLiteral("stale")};
    const JsonValue out = f.forPort(&notes);
    QVERIFY(notes.isEmpty());
    QCOMPARE(writeJson(out), f.toBytes());
}

void TestActionFile::forPortNestsFlatIntegrationAction()
{
    const ActionFile f = ActionFile::fromFile(example("integration-action-github-ocean-report-bug.json"));
    QVERIFY(f.ok());
    QVERIFY(hasErrors(validateActionFile(f)));  // the flat form, as some docs show it
    QStringList notes;
    const JsonValue out = f.forPort(&notes);
    QCOMPARE(notes, QStringList{QStringLiteral("moved org, repo, workflow, workflowInputs, reportWorkflowStatus from "
                                               "/invocationMethod into /invocationMethod/integrationActionExecutionProperties "
                                               "(Port's API rejects the flat INTEGRATION_ACTION form, §10.3)")});
    const JsonValue &im = out.value(u"invocationMethod");
    QCOMPARE(im.keys(), (QStringList{QStringLiteral("type"), QStringLiteral("installationId"),
                                     QStringLiteral("integrationActionType"),
                                     QStringLiteral("integrationActionExecutionProperties")}));
    QCOMPARE(im.value(u"integrationActionExecutionProperties").value(u"workflowInputs"),
             f.root().value(u"invocationMethod").value(u"workflowInputs"));
    const ActionFile fixed = ActionFile::fromBytes(writeJson(out));
    QVERIFY(!hasErrors(validateActionFile(fixed)));
    // Already nested: nothing to do.
    QStringList again;
    fixed.forPort(&again);
    QVERIFY(again.isEmpty());
}

void TestActionFile::compactExport()
{
    const ActionFile f = parse("{\n  \"a\": [1.0, \"\\u00e9\"],\n  \"b\": {}\n}\n");
    JsonWriteOptions opt;
    opt.style = JsonWriteOptions::Style::Compact;
    QCOMPARE(f.toBytes(opt), QByteArray("{\"a\":[1.0,\"\\u00e9\"],\"b\":{}}"));
}

void TestActionFile::migrateBlueprintArray()
{
    const ActionFile f = ActionFile::fromFile(example("legacy-v1-blueprint-actions-array.json"));
    QVERIFY(f.ok());
    QCOMPARE(f.legacyActionPointers().size(), 3);
    const FileMigration fm = migrateLegacyFile(f);
    QCOMPARE(fm.migratedCount, 3);
    const QStringList expectedFirst = {
        QStringLiteral("action \"create\" (/0):"),
        QStringLiteral("trigger \"CREATE\" -> {type: self-service, operation: CREATE}"),
        QStringLiteral("left out trigger.blueprintIdentifier: v1 actions took it from the blueprint they were stored "
                       "under (give it with --blueprint BP)"),
        QStringLiteral("moved userInputs into trigger.userInputs"),
        QStringLiteral("added a legacy-shaped body reproducing the v1 message (§5.4)"),
    };
    QCOMPARE(trimmed(fm.report.mid(0, expectedFirst.size())), expectedFirst);
    QVERIFY(fm.report.contains(QStringLiteral("action \"deploy\" (/1):")));
    QVERIFY(fm.report.contains(QStringLiteral("  trigger \"DAY-2\" -> {type: self-service, operation: DAY-2}")));
    QVERIFY(fm.report.contains(QStringLiteral("action \"delete\" (/2):")));

    // Key order: the trigger sits where the v1 trigger was; userInputs left the top level.
    const JsonValue &create = fm.root.at(0);
    QCOMPARE(create.keys(), (QStringList{QStringLiteral("identifier"), QStringLiteral("title"),
                                         QStringLiteral("invocationMethod"), QStringLiteral("trigger"),
                                         QStringLiteral("description")}));
    const JsonValue &trigger = create.value(u"trigger");
    QCOMPARE(trigger.keys(), (QStringList{QStringLiteral("type"), QStringLiteral("operation"), QStringLiteral("userInputs")}));
    QCOMPARE(trigger.value(u"userInputs"), f.root().at(0).value(u"userInputs"));

    // The v1 message, rebuilt as a template (§5.4).
    const JsonValue &body = create.value(u"invocationMethod").value(u"body");
    QCOMPARE(body.keys(), (QStringList{QStringLiteral("action"), QStringLiteral("resourceType"), QStringLiteral("status"),
                                       QStringLiteral("trigger"), QStringLiteral("context"), QStringLiteral("payload")}));
    QCOMPARE(body.value(u"status").toString(), QStringLiteral("TRIGGERED"));
    QCOMPARE(resolvePointer(body, QStringLiteral("/payload/action/invocationMethod"))->value(u"url").toString(),
             QStringLiteral("https://example.com"));
    const JsonValue *props = resolvePointer(body, QStringLiteral("/payload/properties"));
    QVERIFY(props);
    QCOMPARE(props->size(), 2);
    QCOMPARE(props->members().at(0).key, QStringLiteral("{{ if (.inputs | has(\"repo-user\")) then \"repo-user\" else null end }}"));
    QCOMPARE(props->members().at(0).value.toString(), QStringLiteral("{{ .inputs.\"repo-user\" }}"));

    // Nothing is left in the v1 format, and the migrated file is a fixed point of export.
    const ActionFile migrated = ActionFile::fromValue(fm.root);
    QVERIFY(migrated.legacyActionPointers().isEmpty());
    QCOMPARE(migrateLegacyFile(migrated).migratedCount, 0);
    const QByteArray bytes = migrated.toBytes();
    QCOMPARE(ActionFile::fromBytes(bytes).toBytes(), bytes);
}

void TestActionFile::migrateBlueprintArrayWithBlueprint()
{
    const ActionFile f = ActionFile::fromFile(example("legacy-v1-blueprint-actions-array.json"));
    const FileMigration fm = migrateLegacyFile(f, QStringLiteral("microservice"));
    QCOMPARE(fm.migratedCount, 3);
    for (int i = 0; i < 3; ++i) {
        const JsonValue &t = fm.root.at(i).value(u"trigger");
        QCOMPARE(t.keys(), (QStringList{QStringLiteral("type"), QStringLiteral("operation"),
                                        QStringLiteral("blueprintIdentifier"), QStringLiteral("userInputs")}));
        QCOMPARE(t.value(u"blueprintIdentifier").toString(), QStringLiteral("microservice"));
    }
    QVERIFY(fm.report.contains(QStringLiteral("  set trigger.blueprintIdentifier to \"microservice\" (v1 actions took it "
                                              "from the blueprint they were stored under)")));
}

void TestActionFile::migrateGitlabExample()
{
    const ActionFile f = ActionFile::fromFile(example("legacy-v1-gitlab-agent-crossplane.json"));
    QVERIFY(f.ok());
    QCOMPARE(f.shape(), ActionFile::Shape::SingleAction);
    const MigrationResult r = migrateLegacy(f.root(), QStringLiteral("s3"));
    QVERIFY(r.migrated);
    const QStringList expected = {
        QStringLiteral("trigger \"CREATE\" -> {type: self-service, operation: CREATE}"),
        QStringLiteral("set trigger.blueprintIdentifier to \"s3\" (v1 actions took it from the blueprint they were "
                       "stored under)"),
        QStringLiteral("moved userInputs into trigger.userInputs"),
        QStringLiteral("dropped invocationMethod.omitPayload (v1 only)"),
        QStringLiteral("dropped invocationMethod.omitUserInputs (v1 only)"),
        QStringLiteral("dropped invocationMethod.agent (GITLAB has no 'agent' in the current API; GITLAB always runs "
                       "through the Port Agent)"),
        QStringLiteral("added a legacy-shaped pipelineVariables reproducing v1: one pipeline variable per user input "
                       "(omitUserInputs was false) and port_payload with the v1 message (omitPayload was false) (§4.2, §5.4)"),
        QStringLiteral("note: how the Port Agent hands pipelineVariables to GitLab is undocumented (§10.13); check the "
                       "pipeline"),
    };
    QCOMPARE(r.report, expected);
    QCOMPARE(r.action.keys(), (QStringList{QStringLiteral("identifier"), QStringLiteral("title"), QStringLiteral("icon"),
                                           QStringLiteral("invocationMethod"), QStringLiteral("trigger"),
                                           QStringLiteral("description"), QStringLiteral("requiredApproval")}));
    const JsonValue &im = r.action.value(u"invocationMethod");
    QCOMPARE(im.keys(), (QStringList{QStringLiteral("type"), QStringLiteral("projectName"), QStringLiteral("groupName"),
                                     QStringLiteral("pipelineVariables")}));
    const JsonValue &vars = im.value(u"pipelineVariables");
    QCOMPARE(vars.size(), 3);
    QCOMPARE(vars.members().at(2).key, QStringLiteral("port_payload"));
    // The v1 invocationMethod travels unchanged inside the message, as v1 sent it.
    QCOMPARE(*resolvePointer(vars, QStringLiteral("/port_payload/payload/action/invocationMethod")),
             f.root().value(u"invocationMethod"));
    // userInputs kept as written (order included).
    QCOMPARE(r.action.value(u"trigger").value(u"userInputs"), f.root().value(u"userInputs"));
    QVERIFY(!isLegacyV1Action(r.action));
}

void TestActionFile::migrateGithub()
{
    const ActionFile f = parse(R"({
  "identifier": "deploy",
  "trigger": "DAY-2",
  "userInputs": {"properties": {"env": {"type": "string"}, "svc": {"type": "string", "format": "entity", "blueprint": "service"},
                                "many": {"type": "array", "items": {"type": "string", "format": "entity", "blueprint": "x"}}}},
  "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r", "workflow": "w.yml", "omitUserInputs": false,
                       "reportWorkflowStatus": true}
})");
    const MigrationResult r = migrateLegacy(f.root(), QStringLiteral("service"));
    QVERIFY(r.migrated);
    QVERIFY(r.report.contains(QStringLiteral("dropped invocationMethod.omitUserInputs (v1 only)")));
    QVERIFY(r.report.contains(QStringLiteral(
        "added a legacy-shaped workflowInputs reproducing v1: one workflow input per user input (omitUserInputs was false) "
        "and port_payload with the v1 message (omitPayload was false) (§4.2, §5.4)")));
    QVERIFY(r.report.contains(QStringLiteral("entity input(s) 'svc', 'many' sent as identifiers, as v1 did (§10.11)")));
    QVERIFY(r.report.filter(QStringLiteral("'ref'")).isEmpty());
    // trigger (position 1) and userInputs (2): trigger takes the trigger's place.
    QCOMPARE(r.action.keys(), (QStringList{QStringLiteral("identifier"), QStringLiteral("trigger"),
                                           QStringLiteral("invocationMethod")}));
    const JsonValue &im = r.action.value(u"invocationMethod");
    QCOMPARE(im.keys(), (QStringList{QStringLiteral("type"), QStringLiteral("org"), QStringLiteral("repo"),
                                     QStringLiteral("workflow"), QStringLiteral("reportWorkflowStatus"),
                                     QStringLiteral("workflowInputs")}));
    const JsonValue &wi = im.value(u"workflowInputs");
    QCOMPARE(wi.size(), 4);
    QCOMPARE(wi.members().at(1).value.toString(), QStringLiteral("{{ .inputs.\"svc\".identifier }}"));
    QCOMPARE(wi.members().at(2).value.toString(), QStringLiteral("{{ .inputs.\"many\" | map(.identifier) }}"));
    QVERIFY(wi.contains(u"port_payload"));
}

void TestActionFile::migrateGithubOmitPayload()
{
    ActionFile f = parse(R"({"identifier": "a", "userInputs": {"properties": {"ref": {"type": "string"}}}, "trigger": "CREATE",
      "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r", "workflow": "w", "omitPayload": true}})");
    MigrationResult r = migrateLegacy(f.root());
    const JsonValue &wi = r.action.value(u"invocationMethod").value(u"workflowInputs");
    QCOMPARE(wi.size(), 1);
    QVERIFY(!wi.contains(u"port_payload"));
    QVERIFY(r.report.contains(QStringLiteral("added a legacy-shaped workflowInputs reproducing v1: one workflow input per "
                                             "user input (omitUserInputs was false) (§4.2, §5.4)")));
    QVERIFY(r.report.contains(QStringLiteral("note: the user input 'ref' becomes workflowInputs.ref, which now selects the "
                                             "branch to run on (§6.2)")));

    f = parse(R"({"identifier": "a", "trigger": "CREATE", "invocationMethod": {"type": "GITHUB", "org": "o", "repo": "r",
      "workflow": "w", "omitPayload": true, "omitUserInputs": true}})");
    r = migrateLegacy(f.root());
    QVERIFY(!r.action.value(u"invocationMethod").contains(u"workflowInputs"));
    QVERIFY(r.report.contains(QStringLiteral("added no workflowInputs: v1 sent neither the payload nor the user inputs "
                                             "(omitPayload and omitUserInputs were true)")));
    QVERIFY(r.report.contains(QStringLiteral("added an empty trigger.userInputs (the current API requires it)")));
}

void TestActionFile::migrateGithubTooManyInputs()
{
    QByteArray props;
    for (int i = 0; i < 10; ++i)
        props += (i ? ", " : "") + QByteArray("\"in") + QByteArray::number(i) + "\": {\"type\": \"string\"}";
    const ActionFile f = ActionFile::fromBytes("{\"identifier\": \"a\", \"trigger\": \"CREATE\", \"userInputs\": {\"properties\": {"
                                               + props
                                               + "}}, \"invocationMethod\": {\"type\": \"GITHUB\", \"org\": \"o\", "
                                                 "\"repo\": \"r\", \"workflow\": \"w\"}}");
    QVERIFY(f.ok());
    const MigrationResult r = migrateLegacy(f.root());
    QVERIFY(r.report.contains(QStringLiteral("warning: workflowInputs has 11 entries; Port's docs allow GitHub at most 10 "
                                             "(group inputs into one JSON input)")));
}

void TestActionFile::migrateKeepsExistingBody()
{
    const ActionFile f = parse(R"({"identifier": "a", "trigger": "CREATE", "userInputs": {"properties": {}},
      "invocationMethod": {"type": "WEBHOOK", "url": "https://x", "body": {"mine": true}}})");
    const MigrationResult r = migrateLegacy(f.root());
    QCOMPARE(r.action.value(u"invocationMethod").value(u"body"), f.root().value(u"invocationMethod").value(u"body"));
    QVERIFY(r.report.contains(QStringLiteral("kept the existing invocationMethod.body (no legacy-shaped body added)")));

    const ActionFile k = parse(R"({"identifier": "k", "trigger": "CREATE", "invocationMethod": {"type": "KAFKA"}})");
    const MigrationResult rk = migrateLegacy(k.root());
    QVERIFY(rk.action.value(u"invocationMethod").value(u"payload").isObject());
    QVERIFY(rk.report.contains(QStringLiteral("added a legacy-shaped payload reproducing the v1 message (§5.4)")));
}

void TestActionFile::migrateLeavesCurrentActionsAlone()
{
    const ActionFile f = ActionFile::fromFile(example("webhook-selfservice-legacy-shaped-body.json"));
    const MigrationResult r = migrateLegacy(f.root(), QStringLiteral("bp"));
    QVERIFY(!r.migrated);
    QVERIFY(r.report.isEmpty());
    QCOMPARE(writeJson(r.action), f.toBytes());
    QCOMPARE(migrateLegacyFile(f).migratedCount, 0);
}

void TestActionFile::migrateOddTriggers()
{
    // An unknown operation is kept and called out.
    ActionFile f = parse(R"({"identifier": "a", "trigger": "UPDATE", "userInputs": {"properties": {}}})");
    MigrationResult r = migrateLegacy(f.root());
    QCOMPARE(r.action.value(u"trigger").value(u"operation").toString(), QStringLiteral("UPDATE"));
    QVERIFY(r.report.filter(QStringLiteral("not an operation Port knows")).size() == 1);

    // Top-level userInputs next to a current trigger that has its own: nothing is lost.
    f = parse(R"({"identifier": "a", "userInputs": {"properties": {"a": {"type": "string"}}},
      "trigger": {"type": "self-service", "operation": "CREATE", "userInputs": {"properties": {}}}})");
    r = migrateLegacy(f.root());
    QVERIFY(r.action.contains(u"userInputs"));
    QVERIFY(r.report.filter(QStringLiteral("kept the top-level userInputs")).size() == 1);

    // No trigger at all: added where userInputs was.
    f = parse(R"({"identifier": "a", "userInputs": {"properties": {}}, "title": "t"})");
    r = migrateLegacy(f.root());
    QCOMPARE(r.action.keys(), (QStringList{QStringLiteral("identifier"), QStringLiteral("trigger"), QStringLiteral("title")}));
    QVERIFY(r.action.value(u"trigger").contains(u"userInputs"));

    // A trigger that is neither: left alone, said so, nothing crashes.
    f = parse(R"({"identifier": "a", "trigger": 5, "userInputs": {}})");
    r = migrateLegacy(f.root());
    QCOMPARE(r.action.value(u"trigger").numberText(), QStringLiteral("5"));
    QVERIFY(r.action.contains(u"userInputs"));

    // Not an object at all.
    r = migrateLegacy(JsonValue::fromString(QStringLiteral("x")));
    QVERIFY(!r.migrated);
}

void TestActionFile::migratedActionsValidate()
{
    for (const char *name : {"legacy-v1-blueprint-actions-array.json", "legacy-v1-gitlab-agent-crossplane.json"}) {
        const ActionFile f = ActionFile::fromFile(example(name));
        QVERIFY(f.ok());
        QVERIFY(hasErrors(validateActionFile(f)));  // legacy: rejected as it is
        const FileMigration fm = migrateLegacyFile(f, QStringLiteral("service"));
        QVERIFY(fm.migratedCount > 0);
        // Validate the migrated text as it would be read back, so positions are real.
        const ActionFile migrated = ActionFile::fromBytes(writeJson(fm.root), QLatin1String(name));
        QVERIFY(migrated.ok());
        const Diagnostics ds = validateActionFile(migrated);
        QStringList errors;
        for (const Diagnostic &d : ds)
            if (d.isError())
                errors << formatDiagnostic(QLatin1String(name), d);
        QVERIFY2(errors.isEmpty(), qPrintable(errors.join(QLatin1Char('\n'))));
        QVERIFY(migrated.legacyActionPointers().isEmpty());
    }
}

QTEST_GUILESS_MAIN(TestActionFile)
#include "tst_actionfile.moc"
