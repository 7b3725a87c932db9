// `action-designer request`: the headless rendered invocation, run as a real process.
#include "invocation/portsignature.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include "../context/testjson.h"
#include "../secretforms.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using testjson::parse;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run request(const QStringList &args, const QByteArray &clientSecretEnv = {})
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("PORT_CLIENT_SECRET"));
    if (!clientSecretEnv.isEmpty())
        env.insert(QStringLiteral("PORT_CLIENT_SECRET"), QString::fromUtf8(clientSecretEnv));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_BINARY), QStringList{QStringLiteral("request")} + args);
    if (!p.waitForFinished(120000))
        qFatal("action-designer request did not finish");
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    testjson::writeFile(path, bytes);
    return path;
}

QByteArray webhookAction() { return testjson::readFile(QStringLiteral(AD_TEST_DATA_DIR "/deploy-webhook.json")); }

}  // namespace

class TestRequestCli : public QObject {
    Q_OBJECT
private slots:
    void webhookJsonWithScenario();
    void webhookTextAndDefaultScenario();
    void contextFileKafka();
    void githubStringifiedInputs();
    void upsertEntity();
    void secretsMaskedUnlessRevealed();
    void everyFormOfASecretIsMasked_data();
    void everyFormOfASecretIsMasked();
    void errors();
    void headerWithLineBreakRefused();
    void renderAndTraceUseTheSameScenarios();
};

void TestRequestCli::webhookJsonWithScenario()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("deploy.json"), webhookAction());
    write(dir, QStringLiteral("deploy.scenarios.json"), R"({"active":"a","scenarios":[ {"name":"a","runId":"r_A","user":{"email":"a@x.io"},"inputs":{"name":"alpha"}}, {"name":"b","runId":"r_B","user":{"email":"b@x.io"},"inputs":{"name":"beta","replicas":5}}]})");
    const Run r = request({action, QStringLiteral("--scenario"), QStringLiteral("b"), QStringLiteral("--client-secret"),
                           QStringLiteral("test"), QStringLiteral("--timestamp"), QStringLiteral("1713277889"),
                           QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QCOMPARE(r.out.count('\n'), 1);  // one object, one line
    const JsonValue j = parse(r.out);
    QCOMPARE(j.keys(), (QStringList{"backend", "method", "url", "headers", "body"}));
    QCOMPARE(j.value(u"backend").toString(), QStringLiteral("WEBHOOK"));
    QCOMPARE(j.value(u"method").toString(), QStringLiteral("POST"));
    QCOMPARE(j.value(u"url").toString(), QStringLiteral("https://hooks.example.com/beta"));
    const QString body = j.value(u"body").toString();
    QCOMPARE(body, QStringLiteral(R"({"name":"beta","replicas":5,"by":"b@x.io","n":10})"));
    const JsonValue &h = j.value(u"headers");
    // The action's headers, then the transport headers the runner sends too (nothing hidden).
    QCOMPARE(h.keys(), (QStringList{"RUN_ID", "Content-Type", "X-Port-Timestamp", "X-Port-Signature", "User-Agent",
                                    "Accept-Encoding", "Accept-Language", "Connection"}));
    QCOMPARE(h.value(u"User-Agent").toString(), QStringLiteral("action-designer/" AD_VERSION));
    QCOMPARE(h.value(u"RUN_ID").toString(), QStringLiteral("r_B"));
    QCOMPARE(h.value(u"X-Port-Timestamp").toString(), QStringLiteral("1713277889"));
    QCOMPARE(h.value(u"X-Port-Signature").toString(),
             portSignature(QStringLiteral("test"), QStringLiteral("1713277889"), body.toUtf8()));

    // Same again: reproducible to the byte. The active scenario ("a") differs.
    QCOMPARE(request({action, QStringLiteral("--scenario"), QStringLiteral("b"), QStringLiteral("--client-secret"),
                      QStringLiteral("test"), QStringLiteral("--timestamp"), QStringLiteral("1713277889"),
                      QStringLiteral("--format"), QStringLiteral("json")})
                 .out,
             r.out);
    const Run active = request({action, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--timestamp"),
                                QStringLiteral("1")},
                               "from-env");
    QVERIFY2(active.exitCode == 0, active.err.constData());
    const JsonValue a = parse(active.out);
    QCOMPARE(a.value(u"url").toString(), QStringLiteral("https://hooks.example.com/alpha"));
    QCOMPARE(a.value(u"body").toString(), QStringLiteral(R"({"name":"alpha","replicas":2,"by":"a@x.io","n":4})"));
    QCOMPARE(a.value(u"headers").value(u"X-Port-Signature").toString(),
             portSignature(QStringLiteral("from-env"), QStringLiteral("1"), a.value(u"body").toString().toUtf8()));
}

void TestRequestCli::webhookTextAndDefaultScenario()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("deploy.json"), webhookAction());
    const Run r = request({action, QStringLiteral("--timestamp"), QStringLiteral("1713277889")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QString out = QString::fromUtf8(r.out);
    QVERIFY(out.startsWith(QLatin1String("POST https://hooks.example.com/example-name\n")));
    QVERIFY(out.contains(QLatin1String("X-Port-Timestamp: 1713277889\n")));
    QVERIFY(out.contains(QLatin1String("Exact bytes (signed and sent):\n{\"name\":\"example-name\",\"replicas\":2,")));
    QVERIFY(r.err.contains("no client secret"));
}

void TestRequestCli::contextFileKafka()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("k.json"), R"({"identifier":"k","trigger":{"type":"self-service", "operation":"CREATE","userInputs":{"properties":{}}},"invocationMethod":{"type":"KAFKA", "payload":{"run":"{{ .run.id }}","who":"{{ .trigger.by.userId }}","x":"{{ .inputs.x }}"}}})");
    const QString ctxPath = write(dir, QStringLiteral("ctx.json"), R"({"inputs":{"x":[1,2]},"trigger":{"by":{"orgId":"org_C","userId":"u1"}}, "run":{"id":"r_CTX"}})");
    Run r = request({action, QStringLiteral("--context"), ctxPath, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    JsonValue j = parse(r.out);
    QCOMPARE(j.keys(), (QStringList{"backend", "topic", "key", "value"}));
    QCOMPARE(j.value(u"topic").toString(), QStringLiteral("org_C.runs"));
    QCOMPARE(j.value(u"key").toString(), QStringLiteral("r_CTX"));
    QCOMPARE(j.value(u"value").toString(), QStringLiteral(R"({"run":"r_CTX","who":"u1","x":[1,2]})"));
    r = request({action, QStringLiteral("--context"), ctxPath, QStringLiteral("--org-id"), QStringLiteral("org_O"),
                 QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(parse(r.out).value(u"topic").toString(), QStringLiteral("org_O.runs"));
}

void TestRequestCli::githubStringifiedInputs()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("g.json"), R"({"identifier":"g","trigger":{"type":"self-service", "operation":"CREATE","userInputs":{"properties":{"ref":{"type":"string","default":"release"},"n":{"type":"number"}}}}, "invocationMethod":{"type":"GITHUB","org":"o","repo":"r","workflow":"w.yml","workflowInputs":{ "ref":"{{ .inputs.ref }}","n":"{{ .inputs.n }}","ctx":{"runId":"{{ .run.id }}"}}}})");
    const Run r = request({action, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const JsonValue j = parse(r.out);
    QCOMPARE(j.value(u"url").toString(), QStringLiteral("https://api.github.com/repos/o/r/actions/workflows/w.yml/dispatches"));
    QCOMPARE(j.value(u"body").toString(),
             QStringLiteral("{\"ref\":\"release\",\"inputs\":{\"n\":\"1\",\"ctx\":\"{\\\"runId\\\":\\\"r_preview\\\"}\"}}"));
}

void TestRequestCli::upsertEntity()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("u.json"), R"({"identifier":"u","trigger":{"type":"self-service", "operation":"CREATE","userInputs":{"properties":{"svc":{"type":"string","format":"entity","blueprint":"service"}}}}, "invocationMethod":{"type":"UPSERT_ENTITY","blueprintIdentifier":"deployment","mapping":{ "identifier":"dep-{{ .run.id }}","relations":{"service":"{{ .inputs.svc }}"}}}})");
    const Run r = request({action, QStringLiteral("--format"), QStringLiteral("json")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const JsonValue j = parse(r.out);
    QCOMPARE(j.keys(), (QStringList{"backend", "blueprint", "entity"}));
    QCOMPARE(j.value(u"blueprint").toString(), QStringLiteral("deployment"));
    QCOMPARE(j.value(u"entity").value(u"identifier").toString(), QStringLiteral("dep-r_preview"));
    QVERIFY(j.value(u"entity").value(u"relations").value(u"service").isObject());  // the mistake...
    QVERIFY(r.err.contains("relation service is an object"));                     // ...is pointed out
}

void TestRequestCli::secretsMaskedUnlessRevealed()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("s.json"), R"({"identifier":"s","trigger":{"type":"self-service", "operation":"CREATE","userInputs":{"properties":{}}},"invocationMethod":{"type":"WEBHOOK", "url":"https://e.com/?k={{ .secrets.KEY }}","headers":{"Authorization":"Bearer {{ .secrets.TOKEN }}"},"body":{}}})");
    const QString ctxPath = write(dir, QStringLiteral("ctx.json"), R"({"secrets":{"TOKEN":"tok-123","KEY":"key-456"},"run":{"id":"r"}})");
    Run r = request({action, QStringLiteral("--context"), ctxPath, QStringLiteral("--format"), QStringLiteral("json"),
                     QStringLiteral("--client-secret"), QStringLiteral("cs-789")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(!r.out.contains("tok-123") && !r.out.contains("key-456") && !r.out.contains("cs-789"));
    JsonValue j = parse(r.out);
    QCOMPARE(j.value(u"headers").value(u"Authorization").toString(), QStringLiteral("Bearer ********"));
    QCOMPARE(j.value(u"url").toString(), QStringLiteral("https://e.com/?k=********"));
    r = request({action, QStringLiteral("--context"), ctxPath, QStringLiteral("--format"), QStringLiteral("json"),
                 QStringLiteral("--reveal-secrets")});
    j = parse(r.out);
    QCOMPARE(j.value(u"headers").value(u"Authorization").toString(), QStringLiteral("Bearer tok-123"));
}

void TestRequestCli::everyFormOfASecretIsMasked_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("text") << QStringList();
    QTest::newRow("json") << QStringList{QStringLiteral("--format"), QStringLiteral("json")};
}

// Before: the URL-encoded forms and the base64 of "user:secret" outside Authorization were shown.
void TestRequestCli::everyFormOfASecretIsMasked()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("sec.json"), secretforms::everyFormAction("https://e.com/"));
    write(dir, QStringLiteral("sec.scenarios.json"), secretforms::scenarioWithSecret());
    const Run r = request(QStringList{action} + args);
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(secretforms::leaked(r.out + r.err).isEmpty(), qPrintable(secretforms::leaked(r.out + r.err) + "\n" + r.out + r.err));
    QVERIFY(r.out.contains("********"));
    const Run shown = request(QStringList{action, QStringLiteral("--reveal-secrets")} + args);
    QVERIFY(shown.out.contains(QUrl::toPercentEncoding(secretforms::kSecret)));
}

void TestRequestCli::headerWithLineBreakRefused()
{
    // The header value comes from a template (a user input), as an attacker would supply it.
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("inject.json"), R"({"identifier":"i","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":{}}},"invocationMethod":{"type":"WEBHOOK","url":"https://e.com/h","headers":{"X-Team":"{{ \"core\\r\\nContent-Length: 0\\r\\n\\r\\nPOST /smuggled HTTP/1.1\" }}"},"body":{}}})");
    const Run r = request({action, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("error: header \"X-Team\" contains a carriage return (CR) in its value, which would split the request: it is not sent"),
             r.err.constData());
    QVERIFY(r.out.isEmpty());
}

void TestRequestCli::errors()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("deploy.json"), webhookAction());
    QCOMPARE(request({dir.filePath(QStringLiteral("missing.json"))}).exitCode, 2);
    QCOMPARE(request({}).exitCode, 2);
    QCOMPARE(request({action, QStringLiteral("--timestamp"), QStringLiteral("soon")}).exitCode, 2);
    QCOMPARE(request({action, QStringLiteral("--format"), QStringLiteral("xml")}).exitCode, 2);
    QCOMPARE(request({action, QStringLiteral("--scenario"), QStringLiteral("x"), QStringLiteral("--context"),
                      QStringLiteral("c.json")})
                 .exitCode,
             2);
    const Run noScenario = request({action, QStringLiteral("--scenario"), QStringLiteral("nope")});
    QCOMPARE(noScenario.exitCode, 2);
    QVERIFY(noScenario.err.contains("no scenario 'nope'"));
    const QString broken = write(dir, QStringLiteral("broken.json"), R"({"identifier":"b","trigger":{"type":"self-service", "operation":"CREATE","userInputs":{"properties":{}}},"invocationMethod":{"type":"WEBHOOK","url":"https://e.com/{{ .run.id"}})");
    const Run scan = request({broken});
    QCOMPARE(scan.exitCode, 1);
    QVERIFY2(scan.err.startsWith(QByteArray(broken.toUtf8() + ": error: ")), scan.err.constData());
    // A failing template renders as null (as in Port), with a warning; still exit 0.
    const QString failing = write(dir, QStringLiteral("failing.json"), R"({"identifier":"f","trigger":{"type":"self-service", "operation":"CREATE","userInputs":{"properties":{}}},"invocationMethod":{"type":"KAFKA","payload":{"x":"{{ .run.id | tonumber }}"}}})");
    const Run failed = request({failing, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(failed.exitCode, 0);
    QCOMPARE(parse(failed.out).value(u"value").toString(), QStringLiteral(R"({"x":null})"));
    QVERIFY(failed.err.contains("/invocationMethod/payload/x"));
    const QString two = write(dir, QStringLiteral("two.json"), "[" + webhookAction() + "," + webhookAction() + "]");
    QCOMPARE(request({two}).exitCode, 0);  // the first action, as `render` and `trace` do
    QCOMPARE(request({two, QStringLiteral("--action"), QStringLiteral("nope")}).exitCode, 2);
    QVERIFY(request({two, QStringLiteral("--action"), QStringLiteral("deploy"), QStringLiteral("--format"), QStringLiteral("json")})
                .exitCode
            == 0);
}

void TestRequestCli::renderAndTraceUseTheSameScenarios()
{
    QTemporaryDir dir;
    const QString action = write(dir, QStringLiteral("deploy.json"), webhookAction());
    write(dir, QStringLiteral("deploy.scenarios.json"),
          R"({"active":"a","scenarios":[{"name":"a","inputs":{"name":"alpha"}},{"name":"b","runId":"r_B","inputs":{"name":"beta"}}]})");
    QProcess p;
    p.start(QStringLiteral(AD_BINARY), {QStringLiteral("render"), action, QStringLiteral("--scenario"), QStringLiteral("b")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 0);
    const JsonValue rendered = parse(p.readAllStandardOutput());
    QCOMPARE(rendered.value(u"url").toString(), QStringLiteral("https://hooks.example.com/beta"));
    QCOMPARE(rendered.value(u"headers").value(u"RUN_ID").toString(), QStringLiteral("r_B"));
    const Run r = request({action, QStringLiteral("--scenario"), QStringLiteral("b"), QStringLiteral("--format"),
                           QStringLiteral("json")});
    QCOMPARE(parse(r.out).value(u"body").toString().toUtf8(), toCompactJs(rendered.value(u"body")));

    p.start(QStringLiteral(AD_BINARY), {QStringLiteral("trace"), action, QStringLiteral("--scenario"), QStringLiteral("nope")});
    QVERIFY(p.waitForFinished(120000));
    QCOMPARE(p.exitCode(), 2);
}

QTEST_GUILESS_MAIN(TestRequestCli)
#include "tst_request_cli.moc"
