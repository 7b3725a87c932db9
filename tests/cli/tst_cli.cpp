// The real `action-designer` binary driven headless: validate / export / migrate exit codes and
// output, help and version, and hostile inputs (none may crash or be cut short silently).
#include "clirun.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "../model/modeltestutil.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>


using namespace ad;
using namespace ad::test;

namespace {

using Run = CliRun;

Run run(const QStringList &args, const QByteArray &stdinData = {}) { return runCli(args, stdinData); }

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &data)
{
    return writeTextFile(dir.filePath(name), data);
}

// The v2 examples Port's schema accepts (PORT-SPEC §8): everything but the flat INTEGRATION_ACTION
// and the two legacy files.
QStringList validExamples()
{
    QStringList out;
    const QDir d(QStringLiteral(AD_EXAMPLES_DIR));
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        if (name.startsWith(QLatin1String("legacy-")) || name.startsWith(QLatin1String("integration-action-github-ocean")))
            continue;
        out << d.filePath(name);
    }
    return out;
}

#define CHECK_NO_CRASH(r) QVERIFY2(!(r).crashed, (r).err.constData())

}  // namespace

class TestCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void version();
    void help();
    void subcommandHelp_data();
    void subcommandHelp();
    void badOptions_data();
    void badOptions();
    void validateValidExamples();
    void validateLegacy();
    void validateJsonFormat();
    void validateWrongTypes();
    void malformed_data();
    void malformed();
    void validateKeepsGoingAfterAnUnreadableFile();
    void validateStdin();
    void hugeNumbers();
    void exportRoundTrip();
    void exportToFile();
    void exportForPort();
    void exportCompact();
    void exportErrors();
    void migrateGitlab();
    void migrateArrayToFile();
    void migrateNothingToDo();
    void migrateErrors();

private:
    QTemporaryDir m_dir;
};

void TestCli::initTestCase()
{
    QVERIFY(QFile::exists(QStringLiteral(AD_BINARY)));
    QVERIFY(m_dir.isValid());
}

void TestCli::version()
{
    const Run r = run({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("action-designer "));
    QVERIFY(QRegularExpression(QStringLiteral("^action-designer \\d+\\.\\d+\\.\\d+ \\(templates: jq 1\\.7\\.1[^)]*\\)\\n$")).match(QString::fromUtf8(r.out)).hasMatch());
}

void TestCli::help()
{
    const Run r = run({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    for (const char *cmd : {"validate", "export", "migrate"})
        QVERIFY2(r.out.contains(QByteArray(QByteArray("  ") + cmd)), r.out.constData());
}

void TestCli::subcommandHelp_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("usage");
    QTest::newRow("validate") << QStringList{QStringLiteral("validate"), QStringLiteral("--help")}
                              << QByteArray("Usage: action-designer validate");
    QTest::newRow("validate -h") << QStringList{QStringLiteral("validate"), QStringLiteral("-h")}
                                 << QByteArray("Usage: action-designer validate");
    QTest::newRow("export") << QStringList{QStringLiteral("export"), QStringLiteral("--help")}
                            << QByteArray("Usage: action-designer export");
    QTest::newRow("migrate") << QStringList{QStringLiteral("migrate"), QStringLiteral("--help")}
                             << QByteArray("Usage: action-designer migrate");
}

void TestCli::subcommandHelp()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, usage);
    const Run r = run(args);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith(usage));
    QVERIFY(r.out.contains("Exit status"));
}

void TestCli::badOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("message");
    QTest::newRow("validate without files") << QStringList{QStringLiteral("validate")} << QByteArray("no FILE given");
    QTest::newRow("unknown option") << QStringList{QStringLiteral("export"), QStringLiteral("--frobnicate"), QStringLiteral("x")}
                                    << QByteArray("frobnicate");
    QTest::newRow("bad format") << QStringList{QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("xml"),
                                               example("github-create-secret-input.json")}
                                << QByteArray("--format must be");
    QTest::newRow("two files to export") << QStringList{QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("b")}
                                         << QByteArray("exactly one FILE");
    QTest::newRow("-o without value") << QStringList{QStringLiteral("migrate"), QStringLiteral("x"), QStringLiteral("-o")}
                                      << QByteArray("Missing value");
}

void TestCli::badOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QByteArray, message);
    const Run r = run(args);
    CHECK_NO_CRASH(r);
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(message), r.err.constData());
}

void TestCli::validateValidExamples()
{
    const QStringList files = validExamples();
    QVERIFY(files.size() >= 18);
    const Run r = run(QStringList{QStringLiteral("validate")} + files);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.err.contains(QByteArray(QByteArray::number(files.size()) + " files, 0 errors, ")), r.err.constData());
    QVERIFY(!r.err.contains(": error:"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::validateLegacy()
{
    const QString legacy = example("legacy-v1-gitlab-agent-crossplane.json");
    const Run r = run({QStringLiteral("validate"), example("github-create-secret-input.json"), legacy});
    QCOMPARE(r.exitCode, 1);
    const QByteArray prefix = legacy.toUtf8() + ":1:1: error: ";
    QVERIFY2(r.err.contains(prefix), r.err.constData());
    QVERIFY(r.err.contains("migrate"));
    QVERIFY2(r.err.contains("2 files, 1 error, "), r.err.constData());

    // A blueprint-scoped array: one error per action, each at the action's line.
    const Run a = run({QStringLiteral("validate"), example("legacy-v1-blueprint-actions-array.json")});
    QCOMPARE(a.exitCode, 1);
    QVERIFY2(a.err.contains("legacy-v1-blueprint-actions-array.json:2:3: error: "), a.err.constData());
    QVERIFY(a.err.contains("legacy-v1-blueprint-actions-array.json:29:3: error: "));
    QVERIFY(a.err.contains("[/2]"));
}

void TestCli::validateJsonFormat()
{
    const QString legacy = example("legacy-v1-blueprint-actions-array.json");
    const QString broken = writeFile(m_dir, QStringLiteral("broken.json"), "{\n  \"identifier\": ");
    const Run r = run({QStringLiteral("validate"), QStringLiteral("--format"), QStringLiteral("json"), legacy, broken});
    QCOMPARE(r.exitCode, 2);
    const JsonParseResult parsed = parseJson(r.out);
    QVERIFY2(parsed.ok(), r.out.constData());
    QVERIFY(parsed.value.isArray());
    QVERIFY(parsed.value.size() >= 4);
    const JsonValue &first = parsed.value.at(0);
    QCOMPARE(first.keys(), (QStringList{QStringLiteral("file"), QStringLiteral("line"), QStringLiteral("column"),
                                        QStringLiteral("severity"), QStringLiteral("code"), QStringLiteral("message"),
                                        QStringLiteral("pointer")}));
    QCOMPARE(first.value(u"file").toString(), legacy);
    QCOMPARE(first.value(u"line").numberText(), QStringLiteral("2"));
    QCOMPARE(first.value(u"column").numberText(), QStringLiteral("3"));
    QCOMPARE(first.value(u"severity").toString(), QStringLiteral("error"));
    QVERIFY(first.value(u"pointer").toString().startsWith(QStringLiteral("/0")));
    const JsonValue &last = parsed.value.at(parsed.value.size() - 1);
    QCOMPARE(last.value(u"file").toString(), broken);
    QCOMPARE(last.value(u"code").toString(), QStringLiteral("syntax"));
    QCOMPARE(last.value(u"line").numberText(), QStringLiteral("2"));
    QVERIFY(last.value(u"pointer").isNull());
    // The summary still goes to stderr; no text diagnostics there.
    QVERIFY(r.err.contains("2 files, "));
    QVERIFY(!r.err.contains(": error:"));

    const Run clean = run({QStringLiteral("validate"), QStringLiteral("--format=json"), example("github-create-secret-input.json")});
    QCOMPARE(clean.exitCode, 0);
    QVERIFY(parseJson(clean.out).ok());
}

void TestCli::validateWrongTypes()
{
    // The container is wrong: located errors, exit 1 (the file is JSON, just not actions).
    const QString scalar = writeFile(m_dir, QStringLiteral("scalar.json"), "\n  42\n");
    Run r = run({QStringLiteral("validate"), scalar});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QByteArray(scalar.toUtf8() + ":2:3: error: expected an action object")), r.err.constData());

    const QString items = writeFile(m_dir, QStringLiteral("items.json"), "[\n  \"not an action\",\n  null\n]\n");
    r = run({QStringLiteral("validate"), items});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains(QByteArray(items.toUtf8() + ":2:3: error: expected an action object, found string [/0]")));
    QVERIFY(r.err.contains(QByteArray(items.toUtf8() + ":3:3: error: expected an action object, found null [/1]")));

    const QString apiError = writeFile(m_dir, QStringLiteral("apierror.json"),
                                       "{\"ok\": false, \"error\": \"not_found\", \"message\": \"Action not found\"}");
    r = run({QStringLiteral("validate"), apiError});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("Port error response"));

    const QString wrong = writeFile(m_dir, QStringLiteral("wrong-types.json"),
                                    "{\n  \"identifier\": 5,\n  \"trigger\": [],\n  \"invocationMethod\": \"WEBHOOK\"\n}\n");
    r = run({QStringLiteral("validate"), wrong});
    CHECK_NO_CRASH(r);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains(QByteArray(wrong.toUtf8() + ":2:")), r.err.constData());
    QVERIFY(r.err.contains("[/identifier]"));
}

void TestCli::malformed_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QByteArray>("location");  // ":LINE:COL: error: ..." after the file name
    QTest::addColumn<QByteArray>("messagePart");

    const QByteArray full = readAll(example("github-create-secret-input.json"));
    // Cut inside a string and between tokens.
    QTest::newRow("truncated in a string") << full.left(full.size() / 2) << QByteArray() << QByteArray("unterminated string");
    QTest::newRow("truncated between tokens") << full.left(full.lastIndexOf('}')) << QByteArray()
                                              << QByteArray("unexpected end of file");
    QTest::newRow("invalid utf-8") << QByteArray("{\n  \"title\": \"caf\xE9\"\n}\n") << QByteArray(":2:16: error: ")
                                   << QByteArray("invalid UTF-8");
    QTest::newRow("100000-deep nesting") << QByteArray(100000, '[') << QByteArray(":1:513: error: ")
                                         << QByteArray("nesting deeper than 512 levels");
    QByteArray deepObjects;
    for (int i = 0; i < 100000; ++i)
        deepObjects += "{\"a\":";
    QTest::newRow("100000-deep objects") << deepObjects << QByteArray(":1:") << QByteArray("nesting deeper");
    QTest::newRow("empty file") << QByteArray() << QByteArray(":1:1: error: ") << QByteArray("empty document");
    QTest::newRow("whitespace only") << QByteArray("\n\n") << QByteArray(":3:1: error: ") << QByteArray("empty document");
    QTest::newRow("trailing garbage") << QByteArray("{}\n}") << QByteArray(":2:1: error: ") << QByteArray("unexpected");
    QTest::newRow("nul byte") << QByteArray("{\"a\": \"x\0y\"}", 12) << QByteArray(":1:9: error: ")
                              << QByteArray("control character");
    QTest::newRow("binary junk") << QByteArray("\x89PNG\r\n\x1a\n", 8) << QByteArray(":1:1: error: ") << QByteArray();
}

void TestCli::malformed()
{
    QFETCH(QByteArray, data);
    QFETCH(QByteArray, location);
    QFETCH(QByteArray, messagePart);
    const QString path = writeFile(m_dir, QStringLiteral("malformed.json"), data);
    for (const char *cmd : {"validate", "export", "migrate"}) {
        const Run r = run({QLatin1String(cmd), path});
        CHECK_NO_CRASH(r);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(QByteArray(path.toUtf8() + (location.isEmpty() ? QByteArray(":") : location))), r.err.constData());
        QVERIFY2(r.err.contains(": error: "), r.err.constData());
        if (!messagePart.isEmpty())
            QVERIFY2(r.err.contains(messagePart), r.err.constData());
        QVERIFY(r.out.isEmpty());  // never a partial document
    }
}

void TestCli::validateKeepsGoingAfterAnUnreadableFile()
{
    const QString missing = m_dir.filePath(QStringLiteral("does-not-exist.json"));
    const Run r = run({QStringLiteral("validate"), missing, m_dir.path(), example("legacy-v1-gitlab-agent-crossplane.json")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.contains(QByteArray(missing.toUtf8() + ": error: no such file")), r.err.constData());
    QVERIFY(r.err.contains(QByteArray(m_dir.path().toUtf8() + ": error: is a directory")));
    QVERIFY(r.err.contains("legacy-v1-gitlab-agent-crossplane.json:1:1: error: "));
    QVERIFY(r.err.contains("3 files, 3 errors, "));
}

void TestCli::validateStdin()
{
    Run r = run({QStringLiteral("validate"), QStringLiteral("-")}, readAll(example("legacy-v1-gitlab-agent-crossplane.json")));
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.startsWith("<stdin>:1:1: error: "), r.err.constData());
    r = run({QStringLiteral("validate"), QStringLiteral("-")}, QByteArray("[1,"));
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.startsWith("<stdin>:1:4: error: "));
}

void TestCli::hugeNumbers()
{
    // A number "claiming" ~1 GB of digits, and one really holding a million: kept, never expanded.
    const QByteArray claim = "{\n  \"identifier\": \"n\",\n  \"title\": 1e999999999,\n  \"x\": -1e-999999999\n}\n";
    QString path = writeFile(m_dir, QStringLiteral("claim.json"), claim);
    Run r = run({QStringLiteral("export"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, claim);
    r = run({QStringLiteral("validate"), path});
    CHECK_NO_CRASH(r);
    QVERIFY(r.exitCode == 0 || r.exitCode == 1);

    const QByteArray million = "[\n  " + QByteArray(1000000, '9') + "\n]\n";
    path = writeFile(m_dir, QStringLiteral("million.json"), million);
    r = run({QStringLiteral("export"), path});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.size(), million.size());
    QCOMPARE(r.out, million);
    r = run({QStringLiteral("validate"), path});
    CHECK_NO_CRASH(r);
    QCOMPARE(r.exitCode, 1);  // an array of a number is not an array of actions
    QVERIFY(r.err.contains("found number [/0]"));
}

void TestCli::exportRoundTrip()
{
    const QDir d(QStringLiteral(AD_EXAMPLES_DIR));
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        const QString path = d.filePath(name);
        const Run r = run({QStringLiteral("export"), path});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out == readAll(path), qPrintable(name));
        QVERIFY(r.err.isEmpty());
    }
    // Not canonical in, canonical out; number texts and escapes kept.
    const QString odd = writeFile(m_dir, QStringLiteral("odd.json"),
                                  "{\"z\":1.0,\"a\":[1e400,12345678901234567890],\"s\":\"\\u00e9\\/\"}");
    const Run r = run({QStringLiteral("export"), odd});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("{\n  \"z\": 1.0,\n  \"a\": [\n    1e400,\n    12345678901234567890\n  ],\n"
                               "  \"s\": \"\\u00e9\\/\"\n}\n"));
}

void TestCli::exportToFile()
{
    const QString in = example("webhook-selfservice-steps-survey.json");
    const QString out = m_dir.filePath(QStringLiteral("exported.json"));
    Run r = run({QStringLiteral("export"), in, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QCOMPARE(readAll(out), readAll(in));
    // In place, atomically.
    const QString copy = writeFile(m_dir, QStringLiteral("inplace.json"), "{\"b\":1,\"a\":2}");
    r = run({QStringLiteral("export"), copy, QStringLiteral("--output"), copy});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(readAll(copy), QByteArray("{\n  \"b\": 1,\n  \"a\": 2\n}\n"));
}

void TestCli::exportForPort()
{
    const QString api = writeFile(m_dir, QStringLiteral("api.json"),
                                  "{\"ok\": true, \"action\": {\"id\": \"action_1\", \"identifier\": \"a\", \"title\": \"A\", "
                                  "\"createdAt\": \"2024-08-15T12:29:45.817Z\", \"createdBy\": \"u\", "
                                  "\"updatedAt\": \"2024-08-15T12:29:45.817Z\", \"updatedBy\": \"u\"}}");
    Run r = run({QStringLiteral("export"), QStringLiteral("--for-port"), api});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("{\n  \"identifier\": \"a\",\n  \"title\": \"A\"\n}\n"));
    for (const char *f : {"id", "createdAt", "createdBy", "updatedAt", "updatedBy"})
        QVERIFY2(r.err.contains(QByteArray(api.toUtf8() + ": removed /action/" + f + "\n")), r.err.constData());
    QVERIFY(r.err.contains("unwrapped"));

    r = run({QStringLiteral("export"), QStringLiteral("--for-port"), example("github-create-secret-input.json")});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, readAll(example("github-create-secret-input.json")));
    QVERIFY(r.err.contains("no server fields to strip"));

    // Legacy actions are exported but called out: Port would reject them.
    r = run({QStringLiteral("export"), QStringLiteral("--for-port"), example("legacy-v1-blueprint-actions-array.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("the action at /1 is in the legacy v1 format"));
}

void TestCli::exportCompact()
{
    const QString in = writeFile(m_dir, QStringLiteral("c.json"), "{\n  \"a\": [1.0, \"\\u00e9\"],\n  \"id\": 1\n}\n");
    Run r = run({QStringLiteral("export"), QStringLiteral("--compact"), in});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("{\"a\":[1.0,\"\\u00e9\"],\"id\":1}\n"));
    r = run({QStringLiteral("export"), QStringLiteral("--compact"), QStringLiteral("--for-port"), in});
    QCOMPARE(r.out, QByteArray("{\"a\":[1.0,\"\\u00e9\"]}\n"));
    QVERIFY(r.err.contains("removed /id"));
}

void TestCli::exportErrors()
{
    Run r = run({QStringLiteral("export"), m_dir.filePath(QStringLiteral("nope.json"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains(": error: no such file"));
    r = run({QStringLiteral("export"), m_dir.path()});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("is a directory"));
    r = run({QStringLiteral("export"), example("github-create-secret-input.json"), QStringLiteral("-o"),
             m_dir.filePath(QStringLiteral("no/such/dir/out.json"))});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("cannot write"), r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestCli::migrateGitlab()
{
    const QString in = example("legacy-v1-gitlab-agent-crossplane.json");
    const Run r = run({QStringLiteral("migrate"), in, QStringLiteral("--blueprint"), QStringLiteral("s3_bucket")});
    QCOMPARE(r.exitCode, 0);
    const QByteArray err = r.err;
    QVERIFY2(err.contains(QByteArray(in.toUtf8() + ": migrated 1 legacy v1 action:\n")), err.constData());
    for (const char *line : {"trigger \"CREATE\" -> {type: self-service, operation: CREATE}",
                             "moved userInputs into trigger.userInputs", "dropped invocationMethod.omitPayload (v1 only)",
                             "dropped invocationMethod.omitUserInputs (v1 only)", "set trigger.blueprintIdentifier to \"s3_bucket\""})
        QVERIFY2(err.contains(line), line);
    const JsonParseResult out = parseJson(r.out);
    QVERIFY2(out.ok(), r.out.constData());
    QCOMPARE(resolvePointer(out.value, QStringLiteral("/trigger/type"))->toString(), QStringLiteral("self-service"));
    QCOMPARE(resolvePointer(out.value, QStringLiteral("/trigger/blueprintIdentifier"))->toString(), QStringLiteral("s3_bucket"));
    QVERIFY(!out.value.contains(u"userInputs"));
    // The migrated output is valid for the current API.
    const QString migrated = writeFile(m_dir, QStringLiteral("migrated-gitlab.json"), r.out);
    const Run v = run({QStringLiteral("validate"), migrated});
    QVERIFY2(v.exitCode == 0, v.err.constData());
    QVERIFY(!err.contains("still needs attention"));
}

void TestCli::migrateArrayToFile()
{
    const QString in = example("legacy-v1-blueprint-actions-array.json");
    const QString out = m_dir.filePath(QStringLiteral("migrated-array.json"));
    const Run r = run({QStringLiteral("migrate"), in, QStringLiteral("-o"), out});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.isEmpty());
    QVERIFY(r.err.contains("migrated 3 legacy v1 actions"));
    QVERIFY(r.err.contains("action \"deploy\" (/1):"));
    QVERIFY(r.err.contains("left out trigger.blueprintIdentifier"));
    QVERIFY(r.err.contains("added a legacy-shaped body reproducing the v1 message (§5.4)"));
    const JsonParseResult parsed = parseJson(readAll(out));
    QVERIFY(parsed.ok());
    QCOMPARE(parsed.value.size(), 3);
    QCOMPARE(resolvePointer(parsed.value, QStringLiteral("/2/trigger/operation"))->toString(), QStringLiteral("DELETE"));
    // Migrating again: nothing left to do.
    const Run again = run({QStringLiteral("migrate"), out});
    QCOMPARE(again.exitCode, 1);
    QVERIFY(again.err.contains("nothing to migrate"));
}

void TestCli::migrateNothingToDo()
{
    const Run r = run({QStringLiteral("migrate"), example("webhook-selfservice-legacy-shaped-body.json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nothing to migrate: no action is in the legacy v1 format"));
    QVERIFY(r.out.isEmpty());
}

void TestCli::migrateErrors()
{
    Run r = run({QStringLiteral("migrate"), m_dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(r.exitCode, 2);
    QVERIFY(r.err.contains("no such file"));
    r = run({QStringLiteral("migrate"), writeFile(m_dir, QStringLiteral("num.json"), "7")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(r.err.contains("nothing to migrate"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
