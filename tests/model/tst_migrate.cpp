// Legacy v1 actions migrated to the current format: each backend's body, the report, odd triggers,
// and that what comes out validates.
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "model/actionfile.h"
#include "model/filevalidation.h"
#include "model/legacy.h"
#include "model/migrate.h"

#include "actionfixture.h"
#include "modeltestutil.h"

#include <QtTest>

using namespace ad;
using namespace ad::test;
using actionfixture::parse;

namespace {

// Lines of a report without the indentation migrateLegacyFile adds.
QStringList trimmed(const QStringList &lines)
{
    QStringList out;
    for (const QString &l : lines)
        out << l.trimmed();
    return out;
}

}  // namespace

class TestMigrate : public QObject {
    Q_OBJECT
private slots:
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

void TestMigrate::migrateBlueprintArray()
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

void TestMigrate::migrateBlueprintArrayWithBlueprint()
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

void TestMigrate::migrateGitlabExample()
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

void TestMigrate::migrateGithub()
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

void TestMigrate::migrateGithubOmitPayload()
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

void TestMigrate::migrateGithubTooManyInputs()
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

void TestMigrate::migrateKeepsExistingBody()
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

void TestMigrate::migrateLeavesCurrentActionsAlone()
{
    const ActionFile f = ActionFile::fromFile(example("webhook-selfservice-legacy-shaped-body.json"));
    const MigrationResult r = migrateLegacy(f.root(), QStringLiteral("bp"));
    QVERIFY(!r.migrated);
    QVERIFY(r.report.isEmpty());
    QCOMPARE(writeJson(r.action), f.toBytes());
    QCOMPARE(migrateLegacyFile(f).migratedCount, 0);
}

void TestMigrate::migrateOddTriggers()
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

void TestMigrate::migratedActionsValidate()
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

QTEST_GUILESS_MAIN(TestMigrate)
#include "tst_migrate.moc"
