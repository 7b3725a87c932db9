// Scenario tests: the comparison (snapshot diff, assertions, placeholders) and `action-designer test` run as
// a real process over copies of Port's examples.
#include "scenariotest/expectation.h"
#include "scenariotest/scenariotest.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include "../context/testjson.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QXmlStreamReader>

using namespace ad;
using testjson::parse;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QStringList lines() const { return out.split(QLatin1Char('\n'), Qt::SkipEmptyParts); }
};

Run runTest(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    // A client secret in the environment must neither matter nor land anywhere.
    env.insert(QStringLiteral("PORT_CLIENT_SECRET"), QStringLiteral("hunter2-client"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_BINARY), QStringList{QStringLiteral("test")} + args);
    if (!p.waitForFinished(600000))
        qFatal("action-designer test did not finish");
    return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// Two scenarios per action; the ServiceNow example also gets secret refs and a client secret ref.
QByteArray sidecarFor(const QString &name)
{
    QByteArray secrets = "{}";
    QByteArray clientSecret;
    if (name.contains(QLatin1String("servicenow"))) {
        secrets =
            R"({"SERVICENOW_INSTANCE_URL": {"secretRef": "ref-url"}, "SERVICENOW_USERNAME": {"secretRef": "ref-u"},
                     "SERVICENOW_PASSWORD": {"secretRef": "ref-p"}})";
        clientSecret = R"(, "clientSecret": {"secretRef": "ref-client"})";
    }
    return R"({"version": 1, "active": "first", "scenarios": [
      {"name": "first", "runId": "r_first_run", "secrets": )" +
           secrets + clientSecret + R"(},
      {"name": "second", "runId": "r_second_run", "user": {"email": "ops@example.com", "teams": ["sre"]},
       "secrets": )" +
           secrets + clientSecret + R"(}]})";
}

QString examplesCopy(const QTemporaryDir &dir, QStringList *actions)
{
    const QString root = dir.filePath(QStringLiteral("actions"));
    QDir().mkpath(root + QStringLiteral("/nested"));
    const QDir src(QStringLiteral(AD_EXAMPLES_DIR));
    for (const QString &name : src.entryList({QStringLiteral("*.json")}, QDir::Files)) {
        // One file in a subfolder, to prove the search is recursive.
        const QString folder =
            name.startsWith(QLatin1String("kafka")) ? QStringLiteral("/nested/") : QStringLiteral("/");
        const QString target = root + folder + name;
        QFile::copy(src.filePath(name), target);
        testjson::writeFile(ScenarioFile::sidecarPath(target), sidecarFor(name));
        *actions << name;
    }
    return root;
}

QStringList linesStarting(const Run &r, const QString &prefix)
{
    QStringList out;
    for (const QString &l : r.lines())
        if (l.startsWith(prefix))
            out << l;
    return out;
}

struct JUnitCounts {
    int suites = 0;
    int testcases = 0;
    int failures = 0;          // <failure> elements
    int declaredFailures = 0;  // sum of the suites' failures attributes
    int declaredTests = 0;
    bool attributesComplete = true;
    QString rootName;
};

JUnitCounts readJUnit(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("no JUnit file");
    JUnitCounts c;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        const QStringView n = xml.name();
        if (c.rootName.isEmpty())
            c.rootName = n.toString();
        if (n == u"testsuite") {
            ++c.suites;
            for (const char *attr : {"name", "tests", "failures", "errors", "skipped", "time", "timestamp", "hostname"})
                c.attributesComplete &= a.hasAttribute(QLatin1String(attr));
            c.declaredFailures += a.value(QLatin1String("failures")).toInt();
            c.declaredTests += a.value(QLatin1String("tests")).toInt();
        } else if (n == u"testcase") {
            ++c.testcases;
            for (const char *attr : {"name", "classname", "time"})
                c.attributesComplete &= a.hasAttribute(QLatin1String(attr));
            bool ok = false;
            a.value(QLatin1String("time")).toDouble(&ok);
            c.attributesComplete &= ok;
        } else if (n == u"failure") {
            ++c.failures;
            c.attributesComplete &= a.hasAttribute(QLatin1String("message"));
        }
    }
    if (xml.hasError())
        qFatal("JUnit XML does not parse: %s", qPrintable(xml.errorString()));
    return c;
}

}  // namespace

class TestScenarioTest : public QObject {
    Q_OBJECT
private slots:
    void diffNamesPointers();
    void placeholdersForVolatileValues();
    void assertions();
    void cliOverExamples();
    void brokenActionsDoNotStopOthers();
    void usageErrors();
};

void TestScenarioTest::diffNamesPointers()
{
    const JsonValue expected = parse(R"({"url":"https://x","body":{"a":1,"b":[1,2],"c":"x","d":"<any>"}})");
    QVERIFY(diffJson(expected, expected).isEmpty());
    const JsonValue actual = parse(R"({"url":"https://x","body":{"a":2,"b":[1],"e":true,"d":{"anything":1}}})");
    QStringList texts;
    for (const ExpectationIssue &i : diffJson(expected, actual))
        texts << i.text();
    QCOMPARE(texts, (QStringList{"/body/a: expected 1, got 2", "/body/b/1: missing (expected 2)",
                                 "/body/c: missing (expected \"x\")", "/body/e: unexpected true"}));
    // Same members, other order: the bytes sent differ, so it is a difference of the object.
    const QList<ExpectationIssue> order =
        diffJson(parse(R"({"a":1,"b":2})"), parse(R"({"b":2,"a":1})"), QStringLiteral("/body"));
    QCOMPARE(order.size(), 1);
    QCOMPARE(order.first().pointer, QStringLiteral("/body"));
    QVERIFY(order.first().message.contains(QLatin1String("key order")));
}

void TestScenarioTest::placeholdersForVolatileValues()
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QString nowIso = QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(Qt::ISODateWithMs);
    const JsonValue comparable = parse(QStringLiteral(R"({"headers":{"RUN_ID":"r_abc","X-Port-Timestamp":"%1",
        "X-Port-Signature":"v1,abcd+/=","x-port-signature":"broken"},
        "body":{"at":"%2","old":"2024-06-06T05:21:00.565Z","n":%1,"url":"https://x/runs/r_abc/approve","small":3}})")
                                           .arg(now)
                                           .arg(nowIso)
                                           .toUtf8());
    const JsonValue n = normalizeComparable(comparable, {QStringLiteral("r_abc"), now});
    QCOMPARE(n.value(u"headers").value(u"RUN_ID").toString(), QStringLiteral("<runId>"));
    QCOMPARE(n.value(u"headers").value(u"X-Port-Timestamp").toString(), QStringLiteral("<timestamp>"));
    QCOMPARE(n.value(u"headers").value(u"X-Port-Signature").toString(), QStringLiteral("<signature>"));
    QCOMPARE(n.value(u"headers").value(u"x-port-signature").toString(), QStringLiteral("broken"));
    QCOMPARE(n.value(u"body").value(u"at").toString(), QStringLiteral("<now>"));
    QCOMPARE(n.value(u"body").value(u"old").toString(), QStringLiteral("2024-06-06T05:21:00.565Z"));
    QCOMPARE(n.value(u"body").value(u"n").toString(), QStringLiteral("<now>"));
    QCOMPARE(n.value(u"body").value(u"url").toString(), QStringLiteral("https://x/runs/<runId>/approve"));
    QCOMPARE(n.value(u"body").value(u"small").toDouble(), 3.0);

    // A snapshot taken now matches a render a minute later.
    ScenarioExpectation e;
    e.snapshot = n;
    JsonValue later = comparable;
    later.find(u"headers")->set(QStringLiteral("X-Port-Timestamp"), JsonValue::fromString(QString::number(now + 60)));
    QVERIFY(checkExpectation(e, later, {QStringLiteral("r_abc"), now + 60}).isEmpty());
}

void TestScenarioTest::assertions()
{
    const JsonValue actual =
        parse(R"({"url":"https://hooks.example.com/x","body":{"name":"beta","replicas":5,"tags":[]}})");
    const JsonValue passing = parse(
        R"([{"pointer":"/body/name","equals":"beta"},{"pointer":"/body/replicas","type":"integer"},
        {"pointer":"/url","matches":"^https://hooks\\."},{"pointer":"/body/tags","exists":true},
        {"pointer":"/body/gone","exists":false},{"pointer":"/body/tags","type":"array"}])");
    QVERIFY(checkAssertions(passing, actual).isEmpty());
    const JsonValue failing = parse(
        R"([{"pointer":"/body/name","equals":"alpha"},{"pointer":"/body/name","type":"number"},
        {"pointer":"/url","matches":"^http://"},{"pointer":"/body/missing","exists":true},{"pointer":"/url"},{"nopointer":1},
        {"pointer":"/url","matches":"("}])");
    const QList<ExpectationIssue> issues = checkAssertions(failing, actual);
    QCOMPARE(issues.size(), 7);
    QCOMPARE(issues.at(0).text(), QStringLiteral("/body/name: expected \"alpha\", got \"beta\""));
    QCOMPARE(issues.at(1).text(), QStringLiteral("/body/name: expected type number, got string"));
    QVERIFY(issues.at(2).text().contains(QLatin1String("does not match")));
    QCOMPARE(issues.at(3).text(), QStringLiteral("/body/missing: expected to exist, missing"));

    // Stored form: null when empty, assertions kept when a snapshot is accepted.
    Scenario s;
    QVERIFY(ScenarioExpectation().toJson().isNull());
    s.expect = parse(R"({"assertions":[{"pointer":"/url","exists":true}]})");
    acceptSnapshot(&s, parse(R"({"backend":"WEBHOOK"})"));
    QCOMPARE(QString::fromUtf8(toCompactJs(s.expect)),
             QStringLiteral(R"({"snapshot":{"backend":"WEBHOOK"},"assertions":[{"pointer":"/url","exists":true}]})"));
    // ...and the sidecar keeps it.
    const JsonValue back = ScenarioFile::scenarioToJson(s);
    QCOMPARE(ScenarioFile::scenarioFromJson(back, nullptr, nullptr).expect, s.expect);
}

void TestScenarioTest::cliOverExamples()
{
    QTemporaryDir dir;
    QStringList actions;
    const QString root = examplesCopy(dir, &actions);
    QVERIFY(actions.size() >= 15);
    const int scenarios = int(actions.size()) * 2;

    // No expectations yet: nothing passes, nothing fails.
    Run r = runTest({root});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.lines().last(), QStringLiteral("0 passed, 0 failed, %1 skipped").arg(scenarios));

    r = runTest({root, QStringLiteral("--update")});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(r.lines().last(), QStringLiteral("%1 passed, 0 failed").arg(scenarios));

    // Saved snapshots hold placeholders and masks, never a secret or a stand-in for one.
    const QString servicenowSidecar = root + QStringLiteral("/webhook-day2-secrets-sync-servicenow.scenarios.json");
    const QString sidecar = QString::fromUtf8(testjson::readFile(servicenowSidecar));
    QVERIFY(sidecar.contains(QLatin1String("\"snapshot\"")));
    QVERIFY(sidecar.contains(QLatin1String("<signature>")));
    QVERIFY(sidecar.contains(QLatin1String("<timestamp>")));
    QVERIFY(sidecar.contains(QLatin1String("********")));
    QVERIFY(sidecar.contains(QLatin1String("\"secretRef\": \"ref-client\"")));
    QVERIFY(!sidecar.contains(QLatin1String("hunter2")));
    QVERIFY(!sidecar.contains(QLatin1String("stand-in")));
    // The run id is the scenario's own (kept), but the snapshot has the placeholder instead.
    const JsonValue first = parse(sidecar.toUtf8()).value(u"scenarios").at(0);
    QCOMPARE(first.value(u"runId").toString(), QStringLiteral("r_first_run"));
    const QString snapshot = QString::fromUtf8(toCompactJs(first.value(u"expect")));
    QVERIFY(!snapshot.contains(QLatin1String("r_first_run")));
    QVERIFY(snapshot.contains(QLatin1String("<runId>")));

    const QString junit = dir.filePath(QStringLiteral("report.xml"));
    r = runTest({root, QStringLiteral("--junit"), junit});
    QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
    QCOMPARE(linesStarting(r, QStringLiteral("PASS ")).size(), scenarios);
    QCOMPARE(r.lines().last(), QStringLiteral("%1 passed, 0 failed").arg(scenarios));
    JUnitCounts c = readJUnit(junit);
    QCOMPARE(c.rootName, QStringLiteral("testsuites"));
    QCOMPARE(c.suites, int(actions.size()));
    QCOMPARE(c.testcases, scenarios);
    QCOMPARE(c.declaredTests, scenarios);
    QCOMPARE(c.failures, 0);
    QVERIFY(c.attributesComplete);

    // Change one template: exactly that action's scenarios fail, naming the pointer.
    const QString edited = root + QStringLiteral("/automation-timer-expired-webhook.json");
    QByteArray text = testjson::readFile(edited);
    QVERIFY(text.contains("{{ .event.context.entityIdentifier }}"));
    text.replace("{{ .event.context.entityIdentifier }}", "{{ .event.context.entityIdentifier | ascii_upcase }}");
    testjson::writeFile(edited, text);
    r = runTest({root, QStringLiteral("--junit"), junit});
    QCOMPARE(r.exitCode, 1);
    const QStringList fails = linesStarting(r, QStringLiteral("FAIL "));
    QCOMPARE(fails, (QStringList{QStringLiteral("FAIL %1 [first]").arg(edited),
                                 QStringLiteral("FAIL %1 [second]").arg(edited)}));
    QVERIFY2(r.out.contains(QLatin1String("    /body/entityId: expected \"")), qPrintable(r.out));
    QCOMPARE(r.lines().last(), QStringLiteral("%1 passed, 2 failed").arg(scenarios - 2));
    c = readJUnit(junit);
    QCOMPARE(c.failures, 2);
    QCOMPARE(c.declaredFailures, 2);
    QVERIFY(c.attributesComplete);

    // One file as argument, and through its sidecar.
    r = runTest({ScenarioFile::sidecarPath(edited)});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.lines().last(), QStringLiteral("0 passed, 2 failed"));

    // --update accepts the change on purpose.
    r = runTest({edited, QStringLiteral("--update")});
    QCOMPARE(r.exitCode, 0);
    r = runTest({root});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.lines().last(), QStringLiteral("%1 passed, 0 failed").arg(scenarios));
}

void TestScenarioTest::brokenActionsDoNotStopOthers()
{
    QTemporaryDir dir;
    const QString sidecar =
        R"({"scenarios":[{"name":"s","expect":{"assertions":[{"pointer":"/method","equals":"POST"}]}}]})";
    testjson::writeFile(dir.filePath(QStringLiteral("a-broken.json")), "{\"invocationMethod\": ");
    testjson::writeFile(dir.filePath(QStringLiteral("a-broken.scenarios.json")), sidecar.toUtf8());
    testjson::writeFile(
        dir.filePath(QStringLiteral("b-runaway.json")),
        R"({"identifier":"r","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":{}}},
                            "invocationMethod":{"type":"WEBHOOK","url":"https://x","body":{"n":"{{ [range(1;infinite)] | length }}"}}})");
    testjson::writeFile(dir.filePath(QStringLiteral("b-runaway.scenarios.json")), sidecar.toUtf8());
    testjson::writeFile(
        dir.filePath(QStringLiteral("c-good.json")),
        R"({"identifier":"g","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":{}}},
                            "invocationMethod":{"type":"WEBHOOK","url":"https://x","body":{"n":"{{ .run.id }}"}}})");
    testjson::writeFile(dir.filePath(QStringLiteral("c-good.scenarios.json")), sidecar.toUtf8());
    testjson::writeFile(dir.filePath(QStringLiteral("d-bad-sidecar.json")),
                        testjson::readFile(dir.filePath(QStringLiteral("c-good.json"))));
    testjson::writeFile(dir.filePath(QStringLiteral("d-bad-sidecar.scenarios.json")), "[1,2");

    const QString junit = dir.filePath(QStringLiteral("r.xml"));
    const Run r = runTest({dir.path(), QStringLiteral("--junit"), junit});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(linesStarting(r, QStringLiteral("ERROR ")).size(), 3);
    QVERIFY(r.out.contains(QLatin1String("ERROR ") + dir.filePath(QStringLiteral("a-broken.json")) + QLatin1Char(':')));
    QVERIFY(r.out.contains(QLatin1String("ERROR ") + dir.filePath(QStringLiteral("b-runaway.json")) +
                           QLatin1String(" [s]")));
    QVERIFY(
        r.out.contains(QLatin1String("PASS ") + dir.filePath(QStringLiteral("c-good.json")) + QLatin1String(" [s]")));
    QCOMPARE(r.lines().last(), QStringLiteral("1 passed, 3 failed"));
    const JUnitCounts c = readJUnit(junit);
    QCOMPARE(c.suites, 4);
    QVERIFY(c.attributesComplete);
}

void TestScenarioTest::usageErrors()
{
    QCOMPARE(runTest({QStringLiteral("--bogus")}).exitCode, 2);
    QCOMPARE(runTest({QStringLiteral("/nonexistent/actions")}).exitCode, 2);
    QCOMPARE(runTest({QStringLiteral("--junit")}).exitCode, 2);
    const Run help = runTest({QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains(QLatin1String("--junit FILE")));
}

QTEST_GUILESS_MAIN(TestScenarioTest)
#include "tst_scenariotest.moc"
