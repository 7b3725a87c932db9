// Payload contexts shaped exactly like Port's samples and default inputs (form-time jqQuery:
// tst_contextbuilder_jq).
#include "context/actionrefs.h"
#include "context/contextbuilder.h"
#include "context/inputexamples.h"
#include "context/mockdata.h"
#include "json/jsonwriter.h"

#include "contextfixture.h"
#include "testjson.h"

#include <QTest>

using namespace ad;
using contextfixture::example;
using contextfixture::FakeJq;
using testjson::parse;

namespace {

// The keys of an object, recursively for the named sub-objects: how we compare shapes with samples.
QStringList keysAt(const JsonValue &root, const QString &path)
{
    const JsonValue *v = &root;
    for (const QString &part : path.split(QLatin1Char('.'), Qt::SkipEmptyParts))
        v = &v->value(part);
    return v->keys();
}

}  // namespace

class TestContextBuilder : public QObject {
    Q_OBJECT
private slots:
    void selfServiceCreateShape();
    void day2EntityAndEntityArrayInputs();
    void deleteUsesScenarioEntity();
    void automationEntityUpdatedShape();
    void automationEventsPerType_data();
    void automationEventsPerType();
    void automationScenarioEvent();
    void defaultsByTypeAndFormat();
    void numberRanges_data();
    void numberRanges();
    void scenarioInputsWinAndEntitiesExpand();
    void withoutEvaluator();
    void secretsAndEncryptedInputs();
    void formOrder();
    void actionRefsAndSecretWarnings();
    void generatedEntitiesHaveReferencedFields();
};

void TestContextBuilder::selfServiceCreateShape()
{
    FakeJq jq;
    Scenario s;
    s.setSecret(QStringLiteral("TOKEN"), QStringLiteral("tok-123"));
    const JsonValue action = example(QStringLiteral("webhook-selfservice-steps-survey.json"));
    const JsonValue ctx = ContextBuilder(jq.evaluator()).build(action, s);
    const JsonValue sample = example(QStringLiteral("context/context-selfservice-trigger-data.json"));

    QCOMPARE(ctx.keys(), QStringList(sample.keys()) << QStringLiteral("secrets"));
    QCOMPARE(keysAt(ctx, QStringLiteral("trigger")), keysAt(sample, QStringLiteral("trigger")));
    QCOMPARE(keysAt(ctx, QStringLiteral("trigger.by")), keysAt(sample, QStringLiteral("trigger.by")));
    QCOMPARE(keysAt(ctx, QStringLiteral("trigger.by.user")), keysAt(sample, QStringLiteral("trigger.by.user")));
    QCOMPARE(keysAt(ctx, QStringLiteral("action")), keysAt(sample, QStringLiteral("action")));
    QCOMPARE(keysAt(ctx, QStringLiteral("run")), keysAt(sample, QStringLiteral("run")));
    QVERIFY(ctx.value(u"event").isNull());
    QVERIFY(ctx.value(u"entity").isObject() && ctx.value(u"entity").isEmpty());  // CREATE: {}
    QCOMPARE(ctx.value(u"trigger").value(u"operation").toString(), QStringLiteral("CREATE"));
    QCOMPARE(ctx.value(u"trigger").value(u"origin").toString(), QStringLiteral("UI"));
    QCOMPARE(ctx.value(u"trigger").value(u"by").value(u"orgId").toString(), s.orgId);
    QCOMPARE(ctx.value(u"trigger").value(u"by").value(u"user").value(u"email").toString(), s.user.email);
    QCOMPARE(ctx.value(u"action").value(u"identifier").toString(), QStringLiteral("example_survey"));
    QVERIFY(ctx.value(u"action").value(u"blueprint").isNull());  // no blueprintIdentifier
    QCOMPARE(ctx.value(u"run").value(u"id").toString(), s.runId);
    QCOMPARE(ctx.value(u"secrets").value(u"TOKEN").toString(), QStringLiteral("tok-123"));

    // Inputs in step order; the hidden `user` entity input defaults from .user.email to an entity.
    const JsonValue &inputs = ctx.value(u"inputs");
    QCOMPARE(inputs.keys(), (QStringList{"how_would_you_rate_this_rating", "select_from_options",
                                         "what_do_you_think_on_this_open", "version", "user"}));
    QCOMPARE(inputs.value(u"how_would_you_rate_this_rating").toDouble(), 5.0);
    QCOMPARE(inputs.value(u"select_from_options").toString(), QStringLiteral("Option A"));
    QCOMPARE(inputs.value(u"version").toString(), QStringLiteral("Q1 2025"));
    const JsonValue &user = inputs.value(u"user");
    QCOMPARE(user.value(u"identifier").toString(), s.user.email);
    QCOMPARE(user.value(u"blueprint").toString(), QStringLiteral("_user"));
    QVERIFY(user.value(u"properties").isObject());
    QVERIFY(jq.calls.contains(QStringLiteral(".user.email")));
}

void TestContextBuilder::day2EntityAndEntityArrayInputs()
{
    FakeJq jq;
    const JsonValue action = example(QStringLiteral("github-day2-entity-array-dataset.json"));
    Scenario s;
    const ContextResult r = ContextBuilder(jq.evaluator()).buildWithForm(action, s);
    const JsonValue &entity = r.context.value(u"entity");
    QCOMPARE(entity.keys(), (QStringList{"identifier", "title", "icon", "blueprint", "team", "properties", "relations",
                                         "createdAt", "createdBy", "updatedAt", "updatedBy"}));
    QCOMPARE(entity.value(u"blueprint").toString(), QStringLiteral("aws_resource"));
    QCOMPARE(r.context.value(u"trigger").value(u"operation").toString(), QStringLiteral("DAY-2"));
    QCOMPARE(r.context.value(u"action").value(u"blueprint").toString(), QStringLiteral("aws_resource"));

    const JsonValue &perms = r.context.value(u"inputs").value(u"permissions");
    QVERIFY(perms.isArray());
    QCOMPARE(perms.size(), 1);
    QCOMPARE(perms.at(0).value(u"blueprint").toString(), QStringLiteral("iam_permissions"));
    QVERIFY(perms.at(0).value(u"identifier").isString());
    QVERIFY(perms.at(0).contains(u"relations"));

    // The dataset rule's jqQuery value was evaluated against .entity.
    const InputState *in = r.form.find(QStringLiteral("permissions"));
    QVERIFY(in);
    QVERIFY(in->required);
    QVERIFY(jq.calls.contains(QStringLiteral(".entity.properties.resource_type")));
    // The generated entity has the property the dataset reads, so the rule gets a value.
    QCOMPARE(entity.value(u"properties").value(u"resource_type").toString(), QStringLiteral("example-resource_type"));
    QCOMPARE(in->dataset.value(u"rules").at(0).value(u"value").toString(), QStringLiteral("example-resource_type"));
}

void TestContextBuilder::deleteUsesScenarioEntity()
{
    const JsonValue action = parse(R"({"identifier":"del","trigger":{"type":"self-service","operation":"DELETE",
        "blueprintIdentifier":"service","userInputs":{"properties":{}}},"invocationMethod":{"type":"KAFKA"}})");
    Scenario s;
    s.entity = parse(R"({"identifier":"svc-9","title":"Svc 9","blueprint":"service","properties":{"tier":"gold"}})");
    const JsonValue ctx = ContextBuilder().build(action, s);
    QCOMPARE(ctx.value(u"entity"), s.entity);
    QCOMPARE(ctx.value(u"trigger").value(u"operation").toString(), QStringLiteral("DELETE"));
    QVERIFY(ctx.value(u"inputs").isObject() && ctx.value(u"inputs").isEmpty());
}

void TestContextBuilder::automationEntityUpdatedShape()
{
    const JsonValue action = example(QStringLiteral("automation-entity-updated-call-port-api.json"));
    Scenario s;
    const JsonValue ctx = ContextBuilder().build(action, s);
    const JsonValue sample = example(QStringLiteral("context/context-automation-entity-updated.json"));
    QCOMPARE(ctx.keys(), QStringList(sample.keys()) << QStringLiteral("secrets"));
    QVERIFY(ctx.value(u"inputs").isNull());
    QVERIFY(ctx.value(u"entity").isNull());
    QCOMPARE(keysAt(ctx, QStringLiteral("trigger")), keysAt(sample, QStringLiteral("trigger")));
    QCOMPARE(ctx.value(u"trigger").value(u"origin").toString(), QStringLiteral("AUTOMATION"));
    QCOMPARE(keysAt(ctx, QStringLiteral("trigger.by.user")).mid(0, 3), (QStringList{"email", "firstName", "lastName"}));
    QCOMPARE(keysAt(ctx, QStringLiteral("event")), keysAt(sample, QStringLiteral("event")));
    QCOMPARE(keysAt(ctx, QStringLiteral("event.trigger")), keysAt(sample, QStringLiteral("event.trigger")));
    QCOMPARE(keysAt(ctx, QStringLiteral("event.trigger.by")), keysAt(sample, QStringLiteral("event.trigger.by")));
    QCOMPARE(keysAt(ctx, QStringLiteral("event.context")), keysAt(sample, QStringLiteral("event.context")));
    QCOMPARE(keysAt(ctx, QStringLiteral("event.diff")), keysAt(sample, QStringLiteral("event.diff")));
    QCOMPARE(keysAt(ctx, QStringLiteral("event.diff.after")), keysAt(sample, QStringLiteral("event.diff.after")));
    QCOMPARE(keysAt(ctx, QStringLiteral("action")), keysAt(sample, QStringLiteral("action")));
    QCOMPARE(ctx.value(u"action").value(u"identifier").toString(), action.value(u"identifier").toString());
    QCOMPARE(ctx.value(u"event").value(u"action").toString(), QStringLiteral("UPDATE"));
    QCOMPARE(ctx.value(u"event").value(u"context").value(u"blueprintIdentifier").toString(), QStringLiteral("service"));
    QVERIFY(ctx.value(u"event").value(u"diff").value(u"before") != ctx.value(u"event").value(u"diff").value(u"after"));
}

void TestContextBuilder::automationEventsPerType_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("resourceType");
    QTest::addColumn<QString>("diffKeys");  // "before,after"; "-" marks null
    QTest::newRow("created") << R"({"type":"ENTITY_CREATED","blueprintIdentifier":"service"})" << "CREATE" << "entity" << "-before,after";
    QTest::newRow("updated") << R"({"type":"ENTITY_UPDATED","blueprintIdentifier":"service"})" << "UPDATE" << "entity" << "before,after";
    QTest::newRow("deleted") << R"({"type":"ENTITY_DELETED","blueprintIdentifier":"service"})" << "DELETE" << "entity" << "before,-after";
    QTest::newRow("any entity") << R"({"type":"ANY_ENTITY_CHANGE","blueprintIdentifier":"service"})" << "UPDATE" << "entity" << "before,after";
    QTest::newRow("timer") << R"({"type":"TIMER_PROPERTY_EXPIRED","blueprintIdentifier":"env","propertyIdentifier":"ttl"})" << "UPDATE" << "entity" << "after";
    QTest::newRow("run created") << R"({"type":"RUN_CREATED","actionIdentifier":"deploy"})" << "CREATE" << "run" << "-before,after";
    QTest::newRow("run updated") << R"({"type":"RUN_UPDATED","actionIdentifier":"deploy"})" << "UPDATE" << "run" << "before,after";
    QTest::newRow("any run") << R"({"type":"ANY_RUN_CHANGE","actionIdentifier":"deploy"})" << "UPDATE" << "run" << "before,after";
}

void TestContextBuilder::automationEventsPerType()
{
    QFETCH(QString, event);
    QFETCH(QString, action);
    QFETCH(QString, resourceType);
    QFETCH(QString, diffKeys);
    JsonValue a = parse(R"({"identifier":"auto","trigger":{"type":"automation"},"invocationMethod":{"type":"KAFKA"}})");
    a.find(u"trigger")->set(QStringLiteral("event"), parse(event.toUtf8()));
    const JsonValue ev = ContextBuilder().build(a, Scenario()).value(u"event");
    QCOMPARE(ev.value(u"action").toString(), action);
    QCOMPARE(ev.value(u"resourceType").toString(), resourceType);
    const JsonValue &diff = ev.value(u"diff");
    QStringList expected;
    for (QString k : diffKeys.split(QLatin1Char(','))) {
        const bool null = k.startsWith(QLatin1Char('-'));
        if (null)
            k.remove(0, 1);
        expected << k;
        QVERIFY2(diff.contains(k), qPrintable(k));
        QCOMPARE(diff.value(k).isNull(), null);
    }
    QCOMPARE(diff.keys(), expected);
    const JsonValue &after = diff.value(u"after");
    if (resourceType == QLatin1String("run")) {
        QVERIFY(ev.value(u"id").toString().startsWith(QLatin1String("event_")));
        QCOMPARE(ev.value(u"context").value(u"action").value(u"identifier").toString(), QStringLiteral("deploy"));
        QVERIFY(after.value(u"id").toString().startsWith(QLatin1String("r_")));
        QCOMPARE(after.value(u"action").value(u"identifier").toString(), QStringLiteral("deploy"));
        for (const char *k : {"status", "blueprint", "entity", "source", "properties", "payload", "createdAt"})
            QVERIFY2(after.contains(QString::fromLatin1(k)), k);
    } else {
        const JsonValue &entity = after.isNull() ? diff.value(u"before") : after;
        QVERIFY(entity.value(u"identifier").isString());
        QCOMPARE(ev.value(u"context").value(u"entityIdentifier"), entity.value(u"identifier"));
        if (event.contains(QLatin1String("TIMER"))) {
            QCOMPARE(ev.value(u"context").value(u"propertyIdentifier").toString(), QStringLiteral("ttl"));
            QVERIFY(after.value(u"properties").value(u"ttl").isString());
        } else {
            QVERIFY(ev.value(u"context").value(u"propertyIdentifier").isNull());
        }
    }
}

void TestContextBuilder::automationScenarioEvent()
{
    const JsonValue action = example(QStringLiteral("automation-run-updated-upsert-sync-status.json"));
    Scenario s;
    s.event = example(QStringLiteral("context/context-automation-run-updated.json")).value(u"event");
    QCOMPARE(ContextBuilder().build(action, s).value(u"event"), s.event);
}

void TestContextBuilder::defaultsByTypeAndFormat()
{
    const JsonValue action = parse(R"({"identifier":"a","trigger":{"type":"self-service","operation":"CREATE",
      "userInputs":{"properties":{
        "lit":{"type":"string","default":"given"},
        "en":{"type":"string","enum":["b","a"]},
        "email":{"type":"string","format":"email"},
        "url":{"type":"string","format":"url"},
        "dt":{"type":"string","format":"date-time"},
        "ip":{"type":"string","format":"ipv4"},
        "yaml":{"type":"string","format":"yaml"},
        "md":{"type":"string","format":"markdown"},
        "usr":{"type":"string","format":"user"},
        "team":{"type":"string","format":"team"},
        "plain":{"type":"string","maxLength":5},
        "long":{"type":"string","minLength":20},
        "flag":{"type":"boolean"},
        "flagDefault":{"type":"boolean","default":true},
        "num":{"type":"number"},
        "obj":{"type":"object"},
        "arr":{"type":"array","items":{"type":"string"}},
        "arrEnum":{"type":"array","items":{"type":"string","enum":["x","y"]},"minItems":2},
        "nums":{"type":"array","items":{"type":"number","minimum":10}},
        "svc":{"type":"string","format":"entity","blueprint":"service"},
        "svcs":{"type":"array","items":{"type":"string","format":"entity","blueprint":"service"},"minItems":2}
      }}},"invocationMethod":{"type":"KAFKA"}})");
    Scenario s;
    const JsonValue in = ContextBuilder().build(action, s).value(u"inputs");
    QCOMPARE(in.value(u"lit").toString(), QStringLiteral("given"));
    QCOMPARE(in.value(u"en").toString(), QStringLiteral("b"));
    QCOMPARE(in.value(u"email").toString(), s.user.email);
    QVERIFY(in.value(u"url").toString().startsWith(QLatin1String("https://")));
    QCOMPARE(in.value(u"dt").toString(), s.triggerAt);
    QCOMPARE(in.value(u"ip").toString(), QStringLiteral("192.0.2.10"));
    QVERIFY(in.value(u"yaml").toString().contains(QLatin1String(": ")));
    QVERIFY(in.value(u"md").toString().startsWith(QLatin1String("## ")));
    QCOMPARE(in.value(u"usr").toString(), s.user.email);
    QCOMPARE(in.value(u"team").toString(), s.user.teams.first());
    QCOMPARE(in.value(u"plain").toString().size(), 5);
    QCOMPARE(in.value(u"long").toString().size(), 20);
    QCOMPARE(in.value(u"flag"), JsonValue::fromBool(false));
    QCOMPARE(in.value(u"flagDefault"), JsonValue::fromBool(true));
    QCOMPARE(in.value(u"num").toDouble(), 1.0);
    QVERIFY(in.value(u"obj").isObject());
    QCOMPARE(in.value(u"arr").size(), 1);
    QVERIFY(in.value(u"arr").at(0).isString());
    QCOMPARE(QString::fromUtf8(toCompactJs(in.value(u"arrEnum"))), QStringLiteral(R"(["x","y"])"));
    QCOMPARE(in.value(u"nums").at(0).toDouble(), 10.0);
    QCOMPARE(in.value(u"svc").value(u"blueprint").toString(), QStringLiteral("service"));
    QVERIFY(in.value(u"svc").value(u"identifier").isString());
    QVERIFY(in.value(u"svc").value(u"title").isString());
    QCOMPARE(in.value(u"svcs").size(), 2);
    QVERIFY(in.value(u"svcs").at(0).value(u"identifier") != in.value(u"svcs").at(1).value(u"identifier"));
}

void TestContextBuilder::numberRanges_data()
{
    QTest::addColumn<QString>("schema");
    QTest::addColumn<double>("expected");
    QTest::newRow("none") << R"({"type":"number"})" << 1.0;
    QTest::newRow("minimum") << R"({"type":"number","minimum":5})" << 5.0;
    QTest::newRow("maximum below 1") << R"({"type":"number","maximum":-3})" << -3.0;
    QTest::newRow("exclusiveMinimum") << R"({"type":"number","exclusiveMinimum":1})" << 2.0;
    QTest::newRow("exclusiveMaximum") << R"({"type":"number","exclusiveMaximum":1})" << 0.0;
    QTest::newRow("tight exclusive") << R"({"type":"number","exclusiveMinimum":0.5,"exclusiveMaximum":0.7})" << 0.6;
    QTest::newRow("range") << R"({"type":"number","minimum":0,"maximum":100})" << 1.0;
}

void TestContextBuilder::numberRanges()
{
    QFETCH(QString, schema);
    QFETCH(double, expected);
    QCOMPARE(inputs::example(QStringLiteral("n"), parse(schema.toUtf8()), Scenario()).toDouble(), expected);
}

void TestContextBuilder::scenarioInputsWinAndEntitiesExpand()
{
    const JsonValue action = parse(R"({"identifier":"a","trigger":{"type":"self-service","operation":"CREATE",
      "userInputs":{"properties":{
        "name":{"type":"string","default":"d"},
        "svc":{"type":"string","format":"entity","blueprint":"service"},
        "svcs":{"type":"array","items":{"type":"string","format":"entity","blueprint":"service"}},
        "obj":{"type":"string","format":"entity","blueprint":"service"}
      }}},"invocationMethod":{"type":"KAFKA"}})");
    Scenario s;
    s.inputs = parse(R"({"name":"mine","svc":"known","svcs":["known","unknown"],"obj":{"identifier":"as-is"}})");
    s.mockEntities = parse(R"([{"identifier":"known","title":"Known","blueprint":"service","properties":{"lang":"go"},"relations":{}}])");
    const ContextResult r = ContextBuilder().buildWithForm(action, s);
    const JsonValue &in = r.context.value(u"inputs");
    QCOMPARE(in.value(u"name").toString(), QStringLiteral("mine"));
    QCOMPARE(in.value(u"svc"), s.mockEntities.at(0));
    QCOMPARE(in.value(u"svcs").at(0), s.mockEntities.at(0));
    QCOMPARE(in.value(u"svcs").at(1).value(u"identifier").toString(), QStringLiteral("unknown"));
    QCOMPARE(in.value(u"svcs").at(1).value(u"blueprint").toString(), QStringLiteral("service"));
    QCOMPARE(in.value(u"obj"), parse(R"({"identifier":"as-is"})"));
    QCOMPARE(r.form.find(QStringLiteral("name"))->source, InputState::Source::Scenario);
}

void TestContextBuilder::withoutEvaluator()
{
    const JsonValue action = example(QStringLiteral("webhook-selfservice-steps-survey.json"));
    const ContextResult r = ContextBuilder().buildWithForm(action, Scenario());
    const InputState *user = r.form.find(QStringLiteral("user"));
    QCOMPARE(user->source, InputState::Source::Example);
    QVERIFY(user->value.isObject());
    QVERIFY(user->problems.first().contains(QLatin1String("no jq engine")));
}

void TestContextBuilder::secretsAndEncryptedInputs()
{
    const JsonValue action = example(QStringLiteral("github-create-secret-input.json"));
    Scenario s;
    s.setSecret(QStringLiteral("a-b"), QStringLiteral("v1"));
    const ContextResult r = ContextBuilder().buildWithForm(action, s);
    QStringList encrypted;
    for (const InputState &in : r.form.inputs)
        if (in.secret)
            encrypted << in.id;
    QVERIFY(!encrypted.isEmpty());
    QStringList listed;
    for (const JsonValue &v : r.context.value(u"action").value(u"encryptedProperties").items())
        listed << v.toString();
    QCOMPARE(listed, encrypted);
    QCOMPARE(r.context.value(u"secrets").value(u"a-b").toString(), QStringLiteral("v1"));
    QVERIFY(r.warnings.join(QLatin1Char('\n')).contains(QLatin1String("encrypted by Port")));
}

void TestContextBuilder::formOrder()
{
    const JsonValue ui = parse(R"({"properties":{"a":{},"b":{},"c":{},"d":{}},"order":["c","title1","a"]})");
    QCOMPARE(ContextBuilder::inputOrder(ui), (QStringList{"c", "a", "b", "d"}));
    const JsonValue steps = parse(R"({"properties":{"a":{},"b":{},"c":{}},"steps":[{"order":["b"]},{"order":["c","a"]}]})");
    QCOMPARE(ContextBuilder::inputOrder(steps), (QStringList{"b", "c", "a"}));
}

void TestContextBuilder::actionRefsAndSecretWarnings()
{
    const JsonValue action = parse(R"({"identifier":"a","trigger":{"type":"self-service","operation":"DAY-2",
      "blueprintIdentifier":"svc","userInputs":{"properties":{"x":{"type":"string","default":{"jqQuery":".entity.properties.tier"}}}}},
      "invocationMethod":{"type":"WEBHOOK","url":"https://e.com/{{ .secrets.URL_PART }}/{{ .entity.relations.owner }}",
      "headers":{"A":"{{ .secrets[\"my-token\"] }}","B":"{{ .secrets.\"other\" }}"},
      "body":{"{{ .entity.properties.region }}":"{{ .diff.after.properties.ignored }}"}}})");
    const ActionRefs refs = scanActionRefs(action);
    QCOMPARE(refs.secrets, (QStringList{"URL_PART", "my-token", "other"}));
    QCOMPARE(refs.entityProperties, (QStringList{"region", "tier"}));
    QCOMPARE(refs.entityRelations, (QStringList{"owner"}));
    QCOMPARE(refs.diffProperties, (QStringList{"ignored"}));

    Scenario s;
    s.setSecret(QStringLiteral("my-token"), QStringLiteral("t"));
    const ContextResult r = ContextBuilder().buildWithForm(action, s);
    const QString warnings = r.warnings.join(QLatin1Char('\n'));
    QVERIFY(warnings.contains(QLatin1String("secret URL_PART is used")));
    QVERIFY(warnings.contains(QLatin1String("secret other is used")));
    QVERIFY(!warnings.contains(QLatin1String("secret my-token")));
    const JsonValue &entity = r.context.value(u"entity");
    QCOMPARE(entity.value(u"properties").value(u"region").toString(), QStringLiteral("example-region"));
    QCOMPARE(entity.value(u"properties").value(u"tier").toString(), QStringLiteral("example-tier"));
    QCOMPARE(entity.value(u"relations").value(u"owner").toString(), QStringLiteral("example-owner"));

    // An entity the scenario gives is used as it is.
    s.entity = parse(R"({"identifier":"e","properties":{}})");
    QVERIFY(ContextBuilder().build(action, s).value(u"entity").value(u"properties").isEmpty());
}

void TestContextBuilder::generatedEntitiesHaveReferencedFields()
{
    const JsonValue action = example(QStringLiteral("automation-entity-created-upsert-relation.json"));
    const JsonValue ev = ContextBuilder().build(action, Scenario()).value(u"event");
    // The condition reads .diff.after.relations.repository: the generated entity has one.
    QCOMPARE(ev.value(u"diff").value(u"after").value(u"relations").value(u"repository").toString(),
             QStringLiteral("example-repository"));
}

QTEST_GUILESS_MAIN(TestContextBuilder)
#include "tst_contextbuilder.moc"
