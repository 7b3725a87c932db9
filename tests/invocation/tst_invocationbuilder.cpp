// The exact request per backend: method, URL, headers, body bytes, signatures, agent messages.
#include "invocation/invocationbuilder.h"
#include "invocation/invocationformat.h"
#include "invocation/portsignature.h"
#include "invocation/pythonjson.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include "../context/testjson.h"

#include <QFile>
#include <QMessageAuthenticationCode>
#include <QTest>

using namespace ad;
using testjson::parse;

namespace {

QString header(const RenderedInvocation &inv, const QString &name)
{
    for (const auto &h : inv.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return QStringLiteral("<absent>");
}

InvocationSettings settings()
{
    InvocationSettings s;
    s.clientSecret = QStringLiteral("test");
    s.orgId = QStringLiteral("org_123");
    s.runId = QStringLiteral("r_abc");
    s.timestamp = 1713277889;
    return s;
}

}  // namespace

class TestInvocationBuilder : public QObject {
    Q_OBJECT
private slots:
    void signatureMatchesSharedVector();
    void webhookDirect();
    void webhookDefaultsAndOwnContentType();
    void webhookAgentMessage();
    void github();
    void githubInputLimit();
    void integrationActionNestedAndFlat();
    void gitlab_data();
    void gitlab();
    void azure();
    void kafka();
    void upsertEntity();
    void curlMasksSecrets();
    void jsonShapes();
    void pythonJson_data();
    void pythonJson();
    void badInputNeverCrashes();
};

void TestInvocationBuilder::signatureMatchesSharedVector()
{
    QFile f(QStringLiteral(AD_EXAMPLES_DIR "/context/signature-test-vector.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const JsonValue vector = parse(f.readAll());
    const QString ts = vector.value(u"timestamp").toString();
    const QString signedString = vector.value(u"signed_string").toString();
    QVERIFY(signedString.startsWith(ts + QLatin1Char('.')));
    const QByteArray body = signedString.mid(ts.size() + 1).toUtf8();
    QCOMPARE(portSignature(vector.value(u"secret").toString(), ts, body),
             vector.value(u"expected_x_port_signature").toString());
    // The signed body is the compact JSON of the message: our writer reproduces it byte for byte.
    QCOMPARE(toCompactJs(parse(body)), body);
}

void TestInvocationBuilder::webhookDirect()
{
    const JsonValue m = parse(R"({"type":"WEBHOOK","url":"https://example.com/hook?x=1","agent":false,
        "synchronized":"true","method":"PUT","headers":{"RUN_ID":"r_abc","X-Num":5},
        "body":{"b":1.5,"a":"é","n":null,"list":[1,"two"]}})");
    const RenderedInvocation inv = buildInvocation(m, settings());
    QCOMPARE(inv.backend, QStringLiteral("WEBHOOK"));
    QCOMPARE(inv.method, QStringLiteral("PUT"));
    QCOMPARE(inv.url, QStringLiteral("https://example.com/hook?x=1"));
    QVERIFY(!inv.viaAgent);
    QVERIFY(inv.synchronized);
    const QByteArray body = QStringLiteral(R"({"b":1.5,"a":"é","n":null,"list":[1,"two"]})").toUtf8();
    QCOMPARE(inv.body, body);
    QCOMPARE(inv.headers.size(), 5);
    QCOMPARE(inv.headers.at(0), qMakePair(QStringLiteral("RUN_ID"), QStringLiteral("r_abc")));
    QCOMPARE(inv.headers.at(1), qMakePair(QStringLiteral("X-Num"), QStringLiteral("5")));
    QCOMPARE(inv.headers.at(2), qMakePair(QStringLiteral("Content-Type"), QStringLiteral("application/json")));
    QCOMPARE(inv.headers.at(3), qMakePair(QStringLiteral("X-Port-Timestamp"), QStringLiteral("1713277889")));
    const QByteArray mac = QMessageAuthenticationCode::hash("1713277889." + body, "test", QCryptographicHash::Sha256);
    QCOMPARE(inv.headers.at(4).first, QStringLiteral("X-Port-Signature"));
    QCOMPARE(inv.headers.at(4).second, QStringLiteral("v1,") + QString::fromLatin1(mac.toBase64()));
}

void TestInvocationBuilder::webhookDefaultsAndOwnContentType()
{
    const JsonValue m = parse(R"({"type":"WEBHOOK","url":"https://e.com","headers":{"content-type":"text/plain"}})");
    const RenderedInvocation inv = buildInvocation(m, settings());
    QCOMPARE(inv.method, QStringLiteral("POST"));
    QCOMPARE(inv.body, QByteArray("{}"));
    QCOMPARE(header(inv, QStringLiteral("Content-Type")), QStringLiteral("text/plain"));
    int contentTypes = 0;
    for (const auto &h : inv.headers)
        contentTypes += h.first.compare(QLatin1String("content-type"), Qt::CaseInsensitive) == 0;
    QCOMPARE(contentTypes, 1);
    QVERIFY(inv.warnings.join(QLatin1Char('\n')).contains(QLatin1String("no body")));

    InvocationSettings noSecret = settings();
    noSecret.clientSecret.clear();
    // No secret is no problem of the action (the sample has none): a note, not a warning.
    const RenderedInvocation withoutSecret = buildInvocation(m, noSecret);
    QVERIFY(!withoutSecret.warnings.join(QLatin1Char('\n')).contains(QLatin1String("client secret")));
    QVERIFY(withoutSecret.notes.join(QLatin1Char('\n')).contains(QLatin1String("client secret")));
    QVERIFY(invocationToText(withoutSecret).contains(QLatin1String("note: no client secret")));
}

void TestInvocationBuilder::webhookAgentMessage()
{
    const JsonValue m = parse(R"({"type":"WEBHOOK","url":"https://internal/run","agent":true,"method":"POST",
        "headers":{"RUN_ID":"r_abc"},"body":{"properties":{"name":"x"},"context":{"entity":null}}})");
    const RenderedInvocation inv = buildInvocation(m, settings());
    QVERIFY(inv.viaAgent);
    QCOMPARE(inv.topic, QStringLiteral("org_123.runs"));
    QCOMPARE(inv.key, QByteArray("r_abc"));

    JsonValue msg = parse(inv.value);
    QCOMPARE(msg.keys(), (QStringList{"properties", "context", "headers", "payload"}));
    QCOMPARE(msg.value(u"context").value(u"runId").toString(), QStringLiteral("r_abc"));
    QVERIFY(msg.value(u"context").contains(u"entity"));
    const JsonValue &im = msg.value(u"payload").value(u"action").value(u"invocationMethod");
    QCOMPARE(im.value(u"agent").toBool(), true);
    QCOMPARE(im.value(u"url").toString(), QStringLiteral("https://internal/run"));
    QCOMPARE(im.value(u"headers").value(u"RUN_ID").toString(), QStringLiteral("r_abc"));

    // Verify the message exactly as the agent does: take the two X-Port keys out of `headers`,
    // serialise compactly, sign "<ts>.<json>".
    JsonValue headers = msg.value(u"headers");
    const QString sig = headers.value(u"X-Port-Signature").toString();
    QCOMPARE(headers.value(u"X-Port-Timestamp").numberText(), QStringLiteral("1713277889"));
    QVERIFY(headers.value(u"X-Port-Timestamp").isNumber());
    headers.remove(u"X-Port-Signature");
    headers.remove(u"X-Port-Timestamp");
    msg.set(QStringLiteral("headers"), headers);
    QCOMPARE(portSignature(QStringLiteral("test"), QStringLiteral("1713277889"), toCompactJs(msg)), sig);

    // The agent's own call: the message as body (Python's spaced JSON), signed over its compact form.
    QCOMPARE(inv.url, QStringLiteral("https://internal/run"));
    QCOMPARE(inv.body, pythonJsonDumps(msg, false));
    QVERIFY(inv.body.contains("\"properties\": {\"name\": \"x\"}"));
    QCOMPARE(header(inv, QStringLiteral("X-Port-Signature")),
             portSignature(QStringLiteral("test"), QStringLiteral("1713277889"), pythonJsonDumps(msg, true)));
    QCOMPARE(header(inv, QStringLiteral("RUN_ID")), QStringLiteral("<absent>"));
}

void TestInvocationBuilder::github()
{
    const JsonValue m = parse(R"({"type":"GITHUB","org":"my-org","repo":"my repo","workflow":"deploy.yml",
        "workflowInputs":{"name":"svc","ref":"feature/x","count":3,"flag":true,"ctx":{"runId":"r_1","e":[1,2]},"none":null},
        "reportWorkflowStatus":false})");
    const RenderedInvocation inv = buildInvocation(m, settings());
    QCOMPARE(inv.method, QStringLiteral("POST"));
    QCOMPARE(inv.url, QStringLiteral("https://api.github.com/repos/my-org/my%20repo/actions/workflows/deploy.yml/dispatches"));
    QCOMPARE(QString::fromUtf8(inv.body),
             QStringLiteral(R"({"ref":"feature/x","inputs":{"name":"svc","count":"3","flag":"true","ctx":"{\"runId\":\"r_1\",\"e\":[1,2]}","none":"null"}})"));
    QVERIFY(!inv.reportWorkflowStatus);
    QCOMPARE(header(inv, QStringLiteral("Accept")), QStringLiteral("application/vnd.github+json"));
    QVERIFY(inv.warnings.isEmpty());

    // No ref input: the default branch setting, "main" when unset.
    const JsonValue noRef = parse(R"({"type":"GITHUB","org":"o","repo":"r","workflow":"w.yml","workflowInputs":{"a":"b"}})");
    QVERIFY(buildInvocation(noRef, settings()).body.startsWith(R"({"ref":"main",)"));
    InvocationSettings s = settings();
    s.githubDefaultBranch = QStringLiteral("develop");
    s.githubApiBase = QStringLiteral("http://127.0.0.1:9999/api/v3/");
    const RenderedInvocation dev = buildInvocation(noRef, s);
    QCOMPARE(dev.body, QByteArray(R"({"ref":"develop","inputs":{"a":"b"}})"));
    QCOMPARE(dev.url, QStringLiteral("http://127.0.0.1:9999/api/v3/repos/o/r/actions/workflows/w.yml/dispatches"));
    QVERIFY(dev.reportWorkflowStatus);  // Port's default
}

void TestInvocationBuilder::githubInputLimit()
{
    JsonValue inputs = JsonValue::object();
    for (int i = 0; i < 11; ++i)
        inputs.set(QStringLiteral("in%1").arg(i), JsonValue::fromInt(i));
    inputs.set(QStringLiteral("ref"), JsonValue::fromString(QStringLiteral("main")));  // not counted
    JsonValue m = parse(R"({"type":"GITHUB","org":"o","repo":"r","workflow":"w.yml"})");
    m.set(QStringLiteral("workflowInputs"), inputs);
    RenderedInvocation inv = buildInvocation(m, settings());
    QCOMPARE(inv.warnings.size(), 1);
    QVERIFY(inv.warnings.first().startsWith(QLatin1String("11 workflow inputs")));
    inputs.remove(u"in10");
    m.set(QStringLiteral("workflowInputs"), inputs);
    QVERIFY(buildInvocation(m, settings()).warnings.isEmpty());
}

void TestInvocationBuilder::integrationActionNestedAndFlat()
{
    const JsonValue nested = parse(R"({"type":"INTEGRATION_ACTION","installationId":"gh","integrationActionType":"dispatch_workflow",
        "integrationActionExecutionProperties":{"org":"o","repo":"r","workflow":"w.yml","workflowInputs":{"x":1}}})");
    const JsonValue flat = parse(R"({"type":"INTEGRATION_ACTION","installationId":"gh","integrationActionType":"dispatch_workflow",
        "org":"o","repo":"r","workflow":"w.yml","workflowInputs":{"x":1}})");
    const RenderedInvocation a = buildInvocation(nested, settings());
    const RenderedInvocation b = buildInvocation(flat, settings());
    QCOMPARE(a.url, QStringLiteral("https://api.github.com/repos/o/r/actions/workflows/w.yml/dispatches"));
    QCOMPARE(a.body, QByteArray(R"({"ref":"main","inputs":{"x":"1"},"return_run_details":true})"));
    QCOMPARE(b.url, a.url);
    QCOMPARE(b.body, a.body);
}

void TestInvocationBuilder::gitlab_data()
{
    QTest::addColumn<QString>("method");
    QTest::addColumn<QString>("ref");
    QTest::newRow("ref variable wins") << R"({"type":"GITLAB","groupName":"grp/sub","projectName":"proj","defaultRef":"dev","pipelineVariables":{"ref":"feat","n":2}})"
                                       << "feat";
    QTest::newRow("then defaultRef") << R"({"type":"GITLAB","groupName":"grp/sub","projectName":"proj","defaultRef":"dev","pipelineVariables":{"n":2}})"
                                     << "dev";
    QTest::newRow("then main") << R"({"type":"GITLAB","groupName":"grp/sub","projectName":"proj","pipelineVariables":{"n":2}})"
                               << "main";
}

void TestInvocationBuilder::gitlab()
{
    QFETCH(QString, method);
    QFETCH(QString, ref);
    const RenderedInvocation inv = buildInvocation(parse(method.toUtf8()), settings());
    QCOMPARE(inv.method, QStringLiteral("POST"));
    QCOMPARE(inv.url, QStringLiteral("https://gitlab.com/api/v4/projects/grp%2Fsub%2Fproj/trigger/pipeline"));
    const JsonValue body = parse(inv.body);
    QCOMPARE(body.value(u"ref").toString(), ref);
    QCOMPARE(body.value(u"variables").value(u"n").toString(), QStringLiteral("2"));  // strings only
    QCOMPARE(body.value(u"token").toString(), QStringLiteral("${grp_sub_proj}"));
    QVERIFY(inv.body.contains("\"ref\": "));  // the agent's `requests` sends spaced JSON
    QCOMPARE(header(inv, QStringLiteral("X-Port-Signature")),
             portSignature(QStringLiteral("test"), QStringLiteral("1713277889"), pythonJsonDumps(body, true)));
    // The token placeholder is masked unless revealed.
    QVERIFY(!toCurl(inv).contains(QLatin1String("${grp_sub_proj}")));
    QVERIFY(toCurl(inv, true).contains(QLatin1String("${grp_sub_proj}")));

    InvocationSettings s = settings();
    s.gitlabBaseUrl = QStringLiteral("https://gitlab.internal");
    QCOMPARE(buildInvocation(parse(method.toUtf8()), s).url,
             QStringLiteral("https://gitlab.internal/api/v4/projects/grp%2Fsub%2Fproj/trigger/pipeline"));
}

void TestInvocationBuilder::azure()
{
    const JsonValue m = parse(R"({"type":"AZURE_DEVOPS","org":"my org","webhook":"portHook","payload":{"a":[1,{"b":"c"}]}})");
    const RenderedInvocation inv = buildInvocation(m, settings());
    QCOMPARE(inv.method, QStringLiteral("POST"));
    QCOMPARE(inv.url, QStringLiteral("https://dev.azure.com/my%20org/_apis/public/distributedtask/webhooks/portHook?api-version=6.0-preview"));
    QCOMPARE(inv.body, QByteArray(R"({"a":[1,{"b":"c"}]})"));
    QCOMPARE(header(inv, QStringLiteral("Content-Type")), QStringLiteral("application/json"));
    InvocationSettings s = settings();
    s.azureBaseUrl = QStringLiteral("http://127.0.0.1:8080/");
    QVERIFY(buildInvocation(m, s).url.startsWith(QLatin1String("http://127.0.0.1:8080/my%20org/_apis/")));
}

void TestInvocationBuilder::kafka()
{
    const RenderedInvocation inv =
        buildInvocation(parse(R"({"type":"KAFKA","payload":{"runId":"r_abc","n":1e21,"x":[true]}})"), settings());
    QCOMPARE(inv.topic, QStringLiteral("org_123.runs"));
    QCOMPARE(inv.key, QByteArray("r_abc"));
    QCOMPARE(inv.value, QByteArray(R"({"runId":"r_abc","n":1e+21,"x":[true]})"));
    QVERIFY(!isHttpInvocation(inv));
    QVERIFY(toCurl(inv).startsWith(QLatin1String("printf '%s' '{\"runId\"")));
    QVERIFY(toCurl(inv).contains(QLatin1String("-t 'org_123.runs' -k 'r_abc'")));
}

void TestInvocationBuilder::upsertEntity()
{
    const JsonValue m = parse(R"({"type":"UPSERT_ENTITY","blueprintIdentifier":"service","mapping":{
        "relations":{"owner":"team-a","deps":["a","b"],"cluster":{"identifier":"c1","title":"C1"},"many":[{"identifier":"x"}]},
        "properties":{"p":1},"title":"T","identifier":"svc-1","team":"team-a"}})");
    const RenderedInvocation inv = buildInvocation(m, settings());
    QCOMPARE(inv.blueprint, QStringLiteral("service"));
    QCOMPARE(inv.entity.keys(), (QStringList{"identifier", "title", "team", "properties", "relations"}));
    QCOMPARE(inv.warnings.size(), 2);
    QVERIFY(inv.warnings.at(0).startsWith(QLatin1String("relation cluster is an object")));
    QVERIFY(inv.warnings.at(1).startsWith(QLatin1String("relation many is an object")));
    QVERIFY(buildInvocation(parse(R"({"type":"UPSERT_ENTITY","blueprintIdentifier":"s","mapping":{}})"), settings())
                .warnings.join(QLatin1Char(' '))
                .contains(QLatin1String("mapping.identifier is missing")));
}

void TestInvocationBuilder::curlMasksSecrets()
{
    InvocationSettings s = settings();
    s.secretValues = {QStringLiteral("s3cr3t-token"), QStringLiteral("qu\"ote")};
    const JsonValue m = parse(R"({"type":"WEBHOOK","url":"https://e.com/?key=s3cr3t-token","headers":{
        "Authorization":"Bearer abc.def","X-Api-Key":"k","X-Other":"has s3cr3t-token inside"},
        "body":{"t":"s3cr3t-token","q":"qu\"ote"}})");
    const RenderedInvocation inv = buildInvocation(m, s);
    const QString masked = toCurl(inv);
    QVERIFY(!masked.contains(QLatin1String("s3cr3t-token")));
    QVERIFY(!masked.contains(QLatin1String("abc.def")));
    QVERIFY(!masked.contains(QLatin1String("qu\\\"ote")));
    QVERIFY(!masked.contains(QLatin1String("'test'")));
    QVERIFY(masked.contains(QLatin1String("-H 'Authorization: Bearer ********'")));
    QVERIFY(masked.contains(QLatin1String("-H 'X-Api-Key: ********'")));
    QVERIFY(masked.contains(QLatin1String("-H 'X-Other: has ******** inside'")));
    QVERIFY(masked.startsWith(QLatin1String("curl -X POST 'https://e.com/?key=********'")));
    const QString revealed = toCurl(inv, true);
    QVERIFY(revealed.contains(QLatin1String("Bearer abc.def")));
    QVERIFY(revealed.contains(QLatin1String("--data-raw '{\"t\":\"s3cr3t-token\",\"q\":\"qu\\\"ote\"}'")));
    QCOMPARE(maskSecrets(QStringLiteral("abc abcdef"), {QStringLiteral("abc"), QStringLiteral("abcdef")}),
             QStringLiteral("******** ********"));
    // The client secret itself is a secret value too.
    QVERIFY(inv.secretValues.contains(QStringLiteral("test")));
    QVERIFY(!invocationToText(inv).contains(QLatin1String("s3cr3t-token")));
    QVERIFY(!QString::fromUtf8(toCompactJs(invocationToJson(inv))).contains(QLatin1String("s3cr3t-token")));
}

void TestInvocationBuilder::jsonShapes()
{
    const RenderedInvocation web = buildInvocation(parse(R"({"type":"WEBHOOK","url":"https://e.com","body":{"a":1}})"), settings());
    JsonValue j = invocationToJson(web);
    QCOMPARE(j.keys(), (QStringList{"backend", "method", "url", "headers", "body"}));
    QCOMPARE(j.value(u"body").toString(), QStringLiteral(R"({"a":1})"));
    QCOMPARE(j.value(u"headers").value(u"X-Port-Timestamp").toString(), QStringLiteral("1713277889"));

    j = invocationToJson(buildInvocation(parse(R"({"type":"KAFKA","payload":{"a":1}})"), settings()));
    QCOMPARE(j.keys(), (QStringList{"backend", "topic", "key", "value"}));

    j = invocationToJson(buildInvocation(parse(R"({"type":"UPSERT_ENTITY","blueprintIdentifier":"b","mapping":{"identifier":"i"}})"), settings()));
    QCOMPARE(j.keys(), (QStringList{"backend", "blueprint", "entity"}));
    QCOMPARE(j.value(u"entity").value(u"identifier").toString(), QStringLiteral("i"));

    j = invocationToJson(buildInvocation(parse(R"({"type":"WEBHOOK","url":"https://e.com","agent":true,"body":{}})"), settings()));
    QCOMPARE(j.keys(), (QStringList{"backend", "method", "url", "headers", "body", "viaAgent", "topic", "key", "value"}));
}

void TestInvocationBuilder::pythonJson_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("spaced");
    QTest::addColumn<QString>("compact");
    QTest::newRow("containers") << R"({"a":[1,2],"b":{}})" << R"({"a": [1, 2], "b": {}})" << R"({"a":[1,2],"b":{}})";
    QTest::newRow("non-ascii") << R"(["é€😀\u007f"])" << R"(["\u00e9\u20ac\ud83d\ude00\u007f"])" << R"(["\u00e9\u20ac\ud83d\ude00\u007f"])";
    QTest::newRow("escapes") << R"(["a\"b\\c\n\u0001/"])" << R"(["a\"b\\c\n\u0001/"])" << R"(["a\"b\\c\n\u0001/"])";
    QTest::newRow("ints stay") << R"([3, -7, 100000000000000000000])" << R"([3, -7, 100000000000000000000])" << R"([3,-7,100000000000000000000])";
    QTest::newRow("floats repr") << R"([2.0, 0.1, 5e-7, 1e16, 1.5e300, 123.456, 0.0001])"
                                 << R"([2.0, 0.1, 5e-07, 1e+16, 1.5e+300, 123.456, 0.0001])"
                                 << R"([2.0,0.1,5e-07,1e+16,1.5e+300,123.456,0.0001])";
    QTest::newRow("duplicate keys: last value, first position") << R"({"a":1,"b":2,"a":3})" << R"({"a": 3, "b": 2})" << R"({"a":3,"b":2})";
}

void TestInvocationBuilder::pythonJson()
{
    QFETCH(QString, json);
    QFETCH(QString, spaced);
    QFETCH(QString, compact);
    const JsonValue v = parse(json.toUtf8());
    QCOMPARE(QString::fromUtf8(pythonJsonDumps(v, false)), spaced);
    QCOMPARE(QString::fromUtf8(pythonJsonDumps(v, true)), compact);
}

void TestInvocationBuilder::badInputNeverCrashes()
{
    const char *cases[] = {"null", "[]", "{}", R"({"type":"WEBHOOK"})", R"({"type":"WEBHOOK","url":5,"headers":[1],"body":"x","agent":true})",
                           R"({"type":"GITHUB","workflowInputs":[1]})", R"({"type":"GITLAB","pipelineVariables":"x"})",
                           R"({"type":"AZURE_DEVOPS"})", R"({"type":"KAFKA"})", R"({"type":"UPSERT_ENTITY","mapping":[]})",
                           R"({"type":"SLACK"})", R"({"type":"INTEGRATION_ACTION","integrationActionExecutionProperties":7})"};
    for (const char *c : cases) {
        const RenderedInvocation inv = buildInvocation(parse(c), settings());
        QVERIFY2(!inv.warnings.isEmpty(), c);
        toCurl(inv);
        invocationToText(inv);
        invocationToJson(inv);
    }
}

QTEST_GUILESS_MAIN(TestInvocationBuilder)
#include "tst_invocationbuilder.moc"
