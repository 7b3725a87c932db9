// Form-time jqQuery: defaults, visible, disabled, required, enums and datasets, with a fake jq and
// with the real engine.
#include "context/contextbuilder.h"
#include "json/jsonwriter.h"
#include "invocation/invocationrender.h"
#include "template/templateengine.h"

#include "contextfixture.h"
#include "testjson.h"

#include <QTest>

using namespace ad;
using contextfixture::FakeJq;
using testjson::parse;

class TestContextBuilderJq : public QObject {
    Q_OBJECT
private slots:
    void jqDefaultsVisibleDisabledRequired_data();
    void jqDefaultsVisibleDisabledRequired();
    void jqErrorsFallBackAndAreReported();
    void datasetPicksMatchingMockEntity();
    void realEngine();
};

void TestContextBuilderJq::jqDefaultsVisibleDisabledRequired_data()
{
    QTest::addColumn<bool>("batched");
    QTest::newRow("one call per field") << false;
    QTest::newRow("batched") << true;
}

void TestContextBuilderJq::jqDefaultsVisibleDisabledRequired()
{
    QFETCH(bool, batched);
    FakeJq jq;
    jq.programs.insert(QStringLiteral(".form.env == \"prod\""), [](const JsonValue &in) {
        return JqResult::ofValue(JsonValue::fromBool(in.value(u"form").value(u"env").toString() == QLatin1String("prod")));
    });
    jq.programs.insert(QStringLiteral("upcase(.form.env)"), [](const JsonValue &in) {
        const JsonValue &env = in.value(u"form").value(u"env");
        if (!env.isString())
            return JqResult::failure(QStringLiteral("jq: error: null (null) cannot be upcased"));
        return JqResult::ofValue(JsonValue::fromString(env.toString().toUpper()));
    });
    jq.programs.insert(QStringLiteral("[\"a\", .form.env]"), [](const JsonValue &in) {
        JsonValue a = JsonValue::array();
        a.append(JsonValue::fromString(QStringLiteral("a")));
        a.append(in.value(u"form").value(u"env"));
        return JqResult::ofValue(a);
    });
    jq.programs.insert(QStringLiteral("if .form.env == \"prod\" then [\"approver\"] else [] end"), [](const JsonValue &in) {
        JsonValue a = JsonValue::array();
        if (in.value(u"form").value(u"env").toString() == QLatin1String("prod"))
            a.append(JsonValue::fromString(QStringLiteral("approver")));
        return JqResult::ofValue(a);
    });
    const JsonValue action = parse(R"js({"identifier":"a","trigger":{"type":"self-service","operation":"CREATE",
      "userInputs":{"properties":{
        "upper":{"type":"string","default":{"jqQuery":"upcase(.form.env)"}},
        "copy":{"type":"string","default":{"jqQuery":".form.env"}},
        "env":{"type":"string","enum":{"jqQuery":"[\"a\", .form.env]"},"default":"prod"},
        "approver":{"type":"string","format":"user","visible":{"jqQuery":".form.env == \"prod\""},
                    "disabled":{"jqQuery":".form.env == \"prod\""}},
        "mail":{"type":"string","default":{"jqQuery":".user.email"},"visible":false}
      },"required":{"jqQuery":"if .form.env == \"prod\" then [\"approver\"] else [] end"}}},
      "invocationMethod":{"type":"KAFKA"}})js");
    Scenario s;
    ContextBuilder builder(jq.evaluator());
    if (batched)
        builder.setBatchEvaluator(jq.batchEvaluator());
    const FormState form = builder.evaluateForm(action, s);
    if (batched) {
        QCOMPARE(jq.batches, 3);  // values on the empty form, values on the full form, form-time state
        QVERIFY(jq.calls.size() > 3);
    }
    // `copy` comes first but reads `env`: the second pass fills it from the complete form, also
    // when the first attempt failed because `env` was not there yet.
    const InputState *upper = form.find(QStringLiteral("upper"));
    QCOMPARE(upper->value.toString(), QStringLiteral("PROD"));
    QCOMPARE(upper->source, InputState::Source::JqDefault);
    QVERIFY(upper->problems.isEmpty());
    QCOMPARE(form.find(QStringLiteral("copy"))->value.toString(), QStringLiteral("prod"));
    QCOMPARE(form.find(QStringLiteral("copy"))->source, InputState::Source::JqDefault);
    QCOMPARE(form.find(QStringLiteral("env"))->value.toString(), QStringLiteral("prod"));
    QCOMPARE(form.find(QStringLiteral("env"))->source, InputState::Source::Default);
    const InputState *approver = form.find(QStringLiteral("approver"));
    QVERIFY(approver->visible);
    QVERIFY(approver->disabled);
    QVERIFY(approver->required);
    QVERIFY(!form.find(QStringLiteral("copy"))->required);
    const InputState *mail = form.find(QStringLiteral("mail"));
    QVERIFY(!mail->visible);
    QCOMPARE(mail->value.toString(), s.user.email);
    QCOMPARE(form.formContext.value(u"form").value(u"mail").toString(), s.user.email);
    QCOMPARE(form.formContext.value(u"user").value(u"email").toString(), s.user.email);

    s.inputs = parse(R"({"env":"dev"})");
    const FormState dev = builder.evaluateForm(action, s);
    QCOMPARE(dev.find(QStringLiteral("copy"))->value.toString(), QStringLiteral("dev"));
    QVERIFY(!dev.find(QStringLiteral("approver"))->visible);
    QVERIFY(!dev.find(QStringLiteral("approver"))->required);
    QCOMPARE(QString::fromUtf8(toCompactJs(dev.find(QStringLiteral("env"))->enumValues)), QStringLiteral(R"(["a","dev"])"));
}

void TestContextBuilderJq::jqErrorsFallBackAndAreReported()
{
    FakeJq jq;
    const JsonValue action = parse(R"({"identifier":"a","trigger":{"type":"self-service","operation":"CREATE",
      "userInputs":{"properties":{
        "x":{"type":"string","default":{"jqQuery":"this is not jq"},"visible":{"jqQuery":"nope("}},
        "e":{"type":"string","enum":{"jqQuery":".user.email"}}
      }}},"invocationMethod":{"type":"KAFKA"}})");
    const ContextResult r = ContextBuilder(jq.evaluator()).buildWithForm(action, Scenario());
    const InputState *x = r.form.find(QStringLiteral("x"));
    QCOMPARE(x->value.toString(), QStringLiteral("example-x"));
    QCOMPARE(x->source, InputState::Source::Example);
    QVERIFY(x->visible);  // an error leaves the field visible, as a broken jqQuery should not hide it
    QCOMPARE(x->problems.size(), 2);
    QVERIFY(x->problems.at(0).startsWith(QLatin1String("default: jq error: fake jq: unknown program")));
    QVERIFY(x->problems.at(1).startsWith(QLatin1String("visible: jq error")));
    const InputState *e = r.form.find(QStringLiteral("e"));
    QVERIFY(e->problems.first().contains(QLatin1String("not an array")));
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("input x: default: jq error")));
}

void TestContextBuilderJq::datasetPicksMatchingMockEntity()
{
    FakeJq jq;
    const JsonValue action = parse(R"({"identifier":"a","trigger":{"type":"self-service","operation":"DAY-2",
      "blueprintIdentifier":"aws_resource","userInputs":{"properties":{
        "perm":{"type":"string","format":"entity","blueprint":"iam","dataset":{"combinator":"and","rules":[
          {"property":"resource_type","operator":"=","value":{"jqQuery":".entity.properties.resource_type"}},
          {"combinator":"or","rules":[{"property":"$title","operator":"beginsWith","value":"Read"},
                                      {"property":"$identifier","operator":"in","value":["admin"]}]}]}}
      }}},"invocationMethod":{"type":"KAFKA"}})");
    Scenario s;
    s.entity = parse(R"({"identifier":"bucket","blueprint":"aws_resource","properties":{"resource_type":"s3"}})");
    s.mockEntities = parse(R"([
        {"identifier":"ec2-read","title":"Read EC2","blueprint":"iam","properties":{"resource_type":"ec2"}},
        {"identifier":"s3-write","title":"Write S3","blueprint":"iam","properties":{"resource_type":"s3"}},
        {"identifier":"s3-read","title":"Read S3","blueprint":"iam","properties":{"resource_type":"s3"}}])");
    const ContextResult r = ContextBuilder(jq.evaluator()).buildWithForm(action, s);
    QCOMPARE(r.context.value(u"inputs").value(u"perm").value(u"identifier").toString(), QStringLiteral("s3-read"));
    QCOMPARE(r.form.find(QStringLiteral("perm"))->dataset.value(u"rules").at(0).value(u"value").toString(), QStringLiteral("s3"));
}

void TestContextBuilderJq::realEngine()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const JsonValue action = parse(R"js({"identifier":"a","trigger":{"type":"self-service","operation":"DAY-2",
      "blueprintIdentifier":"cluster","userInputs":{"properties":{
        "owner":{"type":"string","format":"entity","blueprint":"_user","default":{"jqQuery":".user.email"}},
        "env":{"type":"string","enum":{"jqQuery":"[\"dev\", \"prod\"] | map(ascii_upcase)"}},
        "size":{"type":"number","visible":{"jqQuery":".form.env == \"PROD\""},"disabled":{"jqQuery":".user.roles | map(.name) | index(\"Admin\") == null"}},
        "region":{"type":"string","default":{"jqQuery":".entity.properties.region + \"-1\""}},
        "broken":{"type":"string","default":{"jqQuery":".user.email | tonumber"}},
        "perms":{"type":"array","items":{"type":"string","format":"entity","blueprint":"perm","dataset":{"combinator":"and",
          "rules":[{"property":"$team","operator":"containsAny","value":{"jqQuery":".user.teams | map(.name)"}}]}}}
      },"required":{"jqQuery":"if .form.env == \"DEV\" then [\"region\"] else [] end"}}},
      "invocationMethod":{"type":"KAFKA","payload":{"owner":"{{ .inputs.owner.identifier }}","env":"{{ .inputs.env }}"}}})js");
    Scenario s;
    s.entity = parse(R"({"identifier":"c1","blueprint":"cluster","properties":{"region":"eu-west"}})");
    s.mockEntities = parse(R"([{"identifier":"p-other","blueprint":"perm","team":["other"]},
                              {"identifier":"p-mine","blueprint":"perm","team":["platform"]}])");
    const ContextBuilder builder(engineEvaluator(engine));
    const FormState form = builder.evaluateForm(action, s);
    QCOMPARE(form.find(QStringLiteral("owner"))->value.value(u"identifier").toString(), s.user.email);
    QCOMPARE(form.find(QStringLiteral("owner"))->value.value(u"blueprint").toString(), QStringLiteral("_user"));
    QCOMPARE(form.find(QStringLiteral("env"))->value.toString(), QStringLiteral("DEV"));
    QVERIFY(!form.find(QStringLiteral("size"))->visible);
    QVERIFY(form.find(QStringLiteral("size"))->disabled);  // the mock user is a Member
    QCOMPARE(form.find(QStringLiteral("region"))->value.toString(), QStringLiteral("eu-west-1"));
    QVERIFY(form.find(QStringLiteral("region"))->required);
    const InputState *broken = form.find(QStringLiteral("broken"));
    QCOMPARE(broken->source, InputState::Source::Example);
    QVERIFY2(broken->problems.first().contains(QLatin1String("Invalid numeric literal")),
             qPrintable(broken->problems.first()));
    QCOMPARE(form.find(QStringLiteral("perms"))->value.at(0).value(u"identifier").toString(), QStringLiteral("p-mine"));

    // End to end: context, render, invocation.
    s.orgId = QStringLiteral("org_E");
    const InvocationPreview p = renderInvocation(action, s, engine);
    QVERIFY(p.ok());
    QCOMPARE(p.invocation.topic, QStringLiteral("org_E.runs"));
    QCOMPARE(p.invocation.value, QStringLiteral(R"({"owner":"jane.doe@example.com","env":"DEV"})").toUtf8());
    QCOMPARE(p.render.traces.size(), 2);
    QCOMPARE(p.render.traces.first().pointer, QStringLiteral("/invocationMethod/payload/owner"));
}

QTEST_GUILESS_MAIN(TestContextBuilderJq)
#include "tst_contextbuilder_jq.moc"
