// The action document model: lossless import/export of every example, the file shapes and
// export for Port's API (legacy v1 migration: tst_migrate).
#include "json/jsonpointer.h"
#include "model/actionfile.h"
#include "model/filevalidation.h"
#include "model/migrate.h"
#include "validate/validator.h"

#include "actionfixture.h"
#include "modeltestutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace ad;
using namespace ad::test;
using actionfixture::parse;

namespace {

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

QTEST_GUILESS_MAIN(TestActionFile)
#include "tst_actionfile.moc"
