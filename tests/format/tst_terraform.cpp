// Terraform export/import: the port_action mapping both ways on every shared
// example, one test per kind of gap, HCL escaping, and HCL written then read
// back into the same attribute model.
#include "../model/modeltestutil.h"
#include "format/hcl.h"
#include "format/terraformformat.h"
#include "format/terraformmapping.h"
#include "model/actionfile.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

#include <QtTest>

using namespace ad;
using namespace ad::test;

namespace {

JsonValue json(const char *text)
{
    JsonParseResult r = parseJson(QByteArray(text));
    if (!r.ok())
        qFatal("bad test JSON: %s", qPrintable(r.error.message));
    return r.value;
}

QStringList pointers(const FormatGaps &gaps)
{
    QStringList out;
    for (const FormatGap &g : gaps)
        out << g.pointer;
    return out;
}

QString dump(const JsonValue &v) { return QString::fromUtf8(writeJson(v)); }

// A self-service WEBHOOK action with one input whose schema is `input`.
JsonValue withInput(const char *input)
{
    JsonValue a = json(
        R"({"identifier":"x","trigger":{"type":"self-service","operation":"CREATE",
        "userInputs":{"properties":{}}},"invocationMethod":{"type":"WEBHOOK","url":"https://example.com"}})");
    resolvePointer(a, QStringLiteral("/trigger/userInputs/properties"))->set(QStringLiteral("in"), json(input));
    return a;
}

}  // namespace

class TstTerraform : public QObject {
    Q_OBJECT
private slots:
    void roundTripEveryExample_data();
    void roundTripEveryExample();
    void hclReadsBackEveryExample_data();
    void hclReadsBackEveryExample();
    void gapKinds_data();
    void gapKinds();
    void keyOrderGapOnlyWhereOrderMatters();
    void stepTitleLongerThan25();
    void integrationActionOtherThanDispatch();
    void emptyAutomationCondition();
    void inputOrderGapOnlyWithoutOrder();
    void attributeNames();
    void jsonEncodeLikeTerraform();
    void hclEscaping_data();
    void hclEscaping();
    void hclRejectsInterpolation();
    void importShowJsonAndState();
    void importRejectsOtherJson();
};

void TstTerraform::roundTripEveryExample_data()
{
    QTest::addColumn<QString>("path");
    const QDir d(QStringLiteral(AD_EXAMPLES_DIR));
    for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        QTest::newRow(qPrintable(name)) << d.filePath(name);
}

// action JSON -> attributes (what `terraform show -json` prints) -> action
// JSON: equal wherever the gap list is empty, and every gap names a place that
// exists in the file.
void TstTerraform::roundTripEveryExample()
{
    QFETCH(QString, path);
    const ActionFile file = ActionFile::fromFile(path);
    QVERIFY(file.ok());
    const QStringList ptrs = file.actionPointers();
    QVERIFY(!ptrs.isEmpty());
    for (qsizetype i = 0; i < ptrs.size(); ++i) {
        const JsonValue &action = *file.action(i);
        const TerraformAction t = actionToTerraform(action, ptrs.at(i));
        for (const FormatGap &g : t.gaps) {
            QVERIFY2(g.pointer.isEmpty() || resolvePointer(file.root(), g.pointer), qPrintable(formatGapLine(g)));
            QVERIFY(!g.reason.isEmpty());
        }
        const JsonValue expected = terraformComparable(action, t.gaps, ptrs.at(i));
        if (expected.isNull()) {
            QVERIFY(file.legacyActionPointers().contains(ptrs.at(i)));  // only legacy actions are wholly lost
            continue;
        }
        QStringList warnings;
        const JsonValue back = terraformToAction(t.attributes, &warnings);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
        // What came back loses exactly the gaps too; compare both in the same
        // normal form.
        FormatGaps relative;
        for (const FormatGap &g : t.gaps)
            relative.append({g.pointer.mid(ptrs.at(i).size()), g.reason});
        const JsonValue actual = terraformComparable(back, relative);
        QCOMPARE(dump(actual), dump(expected));
    }
}

void TstTerraform::hclReadsBackEveryExample_data() { roundTripEveryExample_data(); }

// The HCL text parsed back gives the attribute model the export produced,
// resource by resource.
void TstTerraform::hclReadsBackEveryExample()
{
    QFETCH(QString, path);
    const ActionFile file = ActionFile::fromFile(path);
    QList<ActionFormat::Source> sources;
    for (qsizetype i = 0; i < file.actionCount(); ++i)
        sources.append({file.actionPointers().at(i), *file.action(i)});
    FormatGaps gaps;
    const QList<HclResource> written = TerraformFormat::resources(sources, &gaps);
    if (written.isEmpty()) {
        QVERIFY(!file.legacyActionPointers().isEmpty());
        return;
    }
    const QString text = writeHcl(written, &TerraformFormat::isJsonAttribute);
    const HclParse parsed = parseHcl(text);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error + QLatin1Char('\n') + text));
    QCOMPARE(parsed.resources.size(), written.size());
    for (qsizetype i = 0; i < written.size(); ++i) {
        QCOMPARE(parsed.resources.at(i).type, QStringLiteral("port_action"));
        QCOMPARE(parsed.resources.at(i).name, written.at(i).name);
        QCOMPARE(dump(parsed.resources.at(i).attributes), dump(written.at(i).attributes));
    }
    // Payloads are written as jsonencode(...), never as escaped JSON strings.
    if (text.contains(QLatin1String("body =")))
        QVERIFY(text.contains(QLatin1String("body = jsonencode(")));
}

void TstTerraform::gapKinds_data()
{
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("pointer");
    const QString in = QStringLiteral("/trigger/userInputs/properties/in");
    QTest::newRow("dataset literal value")
        << QByteArray(
               R"({"type":"string","format":"entity","blueprint":"b","dataset":{"combinator":"and","rules":[{"property":"$title","operator":"=","value":"x"}]}})")
        << in + QStringLiteral("/dataset/rules/0/value");
    QTest::newRow("relation direction")
        << QByteArray(
               R"({"type":"string","format":"entity","blueprint":"b","dataset":{"combinator":"and","rules":[{"blueprint":"c","operator":"relatedTo","value":{"jqQuery":"1"},"direction":"upstream"}]}})")
        << in + QStringLiteral("/dataset/rules/0/direction");
    QTest::newRow("relation required")
        << QByteArray(
               R"({"type":"string","format":"entity","blueprint":"b","dataset":{"combinator":"and","rules":[{"blueprint":"c","operator":"relatedTo","value":{"jqQuery":"1"},"required":true}]}})")
        << in + QStringLiteral("/dataset/rules/0/required");
    QTest::newRow("propertySchema rule")
        << QByteArray(
               R"({"type":"string","format":"entity","blueprint":"b","dataset":{"combinator":"and","rules":[{"propertySchema":{"type":"string"},"operator":"=","value":{"jqQuery":"1"}}]}})")
        << in + QStringLiteral("/dataset/rules/0/propertySchema");
    QTest::newRow("path property")
        << QByteArray(
               R"({"type":"string","format":"entity","blueprint":"b","dataset":{"combinator":"and","rules":[{"property":{"path":["r"]},"operator":"=","value":{"jqQuery":"1"}}]}})")
        << in + QStringLiteral("/dataset/rules/0/property");
    QTest::newRow("context property")
        << QByteArray(
               R"({"type":"string","format":"entity","blueprint":"b","dataset":{"combinator":"and","rules":[{"property":{"property":"$team","context":"user"},"operator":"=","value":{"jqQuery":"1"}}]}})")
        << in + QStringLiteral("/dataset/rules/0/property");
    QTest::newRow("date preset")
        << QByteArray(
               R"({"type":"string","format":"entity","blueprint":"b","dataset":{"combinator":"and","rules":[{"property":"$createdAt","operator":"between","value":{"preset":"lastWeek"}}]}})")
        << in + QStringLiteral("/dataset/rules/0/value");
    QTest::newRow("object JSON schema") << QByteArray(R"({"type":"object","properties":{"a":{"type":"string"}}})")
                                        << in + QStringLiteral("/properties");
    QTest::newRow("exclusiveMinimum") << QByteArray(R"({"type":"number","exclusiveMinimum":0})")
                                      << in + QStringLiteral("/exclusiveMinimum");
    QTest::newRow("exclusiveMaximum") << QByteArray(R"({"type":"number","exclusiveMaximum":9})")
                                      << in + QStringLiteral("/exclusiveMaximum");
    QTest::newRow("uniqueItems") << QByteArray(R"({"type":"array","items":{"type":"string"},"uniqueItems":true})")
                                 << in + QStringLiteral("/uniqueItems");
    QTest::newRow("spec") << QByteArray(R"({"type":"string","format":"proto","spec":"x"})") << in + QStringLiteral("/spec");
    QTest::newRow("specAuthentication") << QByteArray(R"({"type":"string","specAuthentication":{"clientId":"c"}})")
                                        << in + QStringLiteral("/specAuthentication");
    QTest::newRow("enumColors") << QByteArray(R"({"type":"string","enum":["a"],"enumColors":{"a":"red"}})")
                                << in + QStringLiteral("/enumColors");
    QTest::newRow("client-side encryption") << QByteArray(
                                                   R"({"type":"string","encryption":{"algorithm":"client-side","key":"k"}})")
                                            << in + QStringLiteral("/encryption");
}

void TstTerraform::gapKinds()
{
    QFETCH(QByteArray, input);
    QFETCH(QString, pointer);
    const TerraformAction t = actionToTerraform(withInput(input.constData()));
    QVERIFY2(pointers(t.gaps).contains(pointer), qPrintable(pointers(t.gaps).join(QLatin1Char(' '))));
    QCOMPARE(t.gaps.size(), 1);
}

void TstTerraform::keyOrderGapOnlyWhereOrderMatters()
{
    JsonValue a = withInput(R"({"type":"string"})");
    // Unsorted plain keys: every backend sees the same object, so no gap.
    resolvePointer(a, QStringLiteral("/invocationMethod"))->set(QStringLiteral("body"), json(R"({"z":1,"a":2})"));
    QVERIFY(actionToTerraform(a).gaps.isEmpty());
    // A spread key before a plain one: sorted, "port_context" would come first
    // and be overridden.
    resolvePointer(a, QStringLiteral("/invocationMethod"))
        ->set(QStringLiteral("body"),
              json(R"({"{{ spreadValue() }}":"{{ .inputs }}","port_context":{"runId":"{{ .run.id }}"}})"));
    QCOMPARE(pointers(actionToTerraform(a).gaps), QStringList{QStringLiteral("/invocationMethod/body")});
    // Already in sorted order: nothing moves.
    resolvePointer(a, QStringLiteral("/invocationMethod"))
        ->set(QStringLiteral("body"),
              json(R"({"port_context":{"runId":"{{ .run.id }}"},"{{ spreadValue() }}":"{{ .inputs }}"})"));
    QVERIFY(actionToTerraform(a).gaps.isEmpty());
}

void TstTerraform::stepTitleLongerThan25()
{
    JsonValue a = withInput(R"({"type":"string"})");
    resolvePointer(a, QStringLiteral("/trigger/userInputs"))
        ->set(QStringLiteral("steps"), json(R"([{"title":"Exactly twenty-five chars","order":["in"]},
                                                 {"title":"Twenty-six characters long","order":[]}])"));
    QCOMPARE(QStringLiteral("Exactly twenty-five chars").size(), 25);
    QCOMPARE(pointers(actionToTerraform(a).gaps), QStringList{QStringLiteral("/trigger/userInputs/steps/1/title")});
}

void TstTerraform::integrationActionOtherThanDispatch()
{
    JsonValue a = withInput(R"({"type":"string"})");
    a.set(QStringLiteral("invocationMethod"), json(R"({"type":"INTEGRATION_ACTION","installationId":"gh",
        "integrationActionType":"dispatch_workflow","integrationActionExecutionProperties":{"org":"o","repo":"r","workflow":"w.yml"}})"));
    TerraformAction t = actionToTerraform(a);
    QVERIFY(t.gaps.isEmpty());
    QCOMPARE(
        t.attributes.value(u"integration_method").value(u"integration_action_execution_properties").value(u"workflow").toString(),
        QStringLiteral("w.yml"));
    resolvePointer(a, QStringLiteral("/invocationMethod"))
        ->set(QStringLiteral("integrationActionType"), JsonValue::fromString(QStringLiteral("update_repo_external_properties")));
    t = actionToTerraform(a);
    QVERIFY(pointers(t.gaps).contains(QStringLiteral("/invocationMethod/integrationActionType")));
}

void TstTerraform::emptyAutomationCondition()
{
    const JsonValue a =
        json(R"({"identifier":"x","trigger":{"type":"automation","event":{"type":"RUN_CREATED","actionIdentifier":"y"},
        "condition":{"type":"JQ","expressions":[],"combinator":"and"}},"invocationMethod":{"type":"KAFKA"}})");
    const TerraformAction t = actionToTerraform(a);
    QCOMPARE(pointers(t.gaps), QStringList{QStringLiteral("/trigger/condition")});
    QCOMPARE(t.attributes.value(u"automation_trigger").value(u"run_created_event").value(u"action_identifier").toString(),
             QStringLiteral("y"));
}

void TstTerraform::inputOrderGapOnlyWithoutOrder()
{
    JsonValue a = withInput(R"({"type":"string"})");
    resolvePointer(a, QStringLiteral("/trigger/userInputs/properties"))->set(QStringLiteral("a"), json(R"({"type":"number"})"));
    QCOMPARE(pointers(actionToTerraform(a).gaps), QStringList{QStringLiteral("/trigger/userInputs/properties")});
    resolvePointer(a, QStringLiteral("/trigger/userInputs"))->set(QStringLiteral("order"), json(R"(["in","a"])"));
    QVERIFY(actionToTerraform(a).gaps.isEmpty());
}

// Names as the provider's schema spells them (port/action/schema.go,
// docs/resources/port_action.md).
void TstTerraform::attributeNames()
{
    JsonValue a = json(
        R"({"identifier":"deploy","title":"Deploy","trigger":{"type":"self-service","operation":"DAY-2",
      "blueprintIdentifier":"service","userInputs":{"properties":{
        "s":{"type":"string","default":{"jqQuery":".entity.title"},"minLength":1,"maxLength":9,"visible":{"jqQuery":"true"},"dependsOn":["n"]},
        "n":{"type":"number","minimum":0,"maximum":5,"enum":[1,2]},
        "b":{"type":"boolean","default":true},
        "o":{"type":"object","default":{"k":"v"}},
        "l":{"type":"array","minItems":1,"items":{"type":"string","format":"entity","blueprint":"svc"}}},
        "required":["s"],"steps":[{"title":"One","order":["s","n","b","o","l"]}]}},
      "invocationMethod":{"type":"GITLAB","projectName":"p","groupName":"g","defaultRef":"main","pipelineVariables":{"a":"{{ .run.id }}"}},
      "requiredApproval":{"type":"ALL"},"approvalNotification":{"type":"webhook","url":"https://h","format":"slack"}})");
    const TerraformAction t = actionToTerraform(a);
    QVERIFY2(t.gaps.isEmpty(), qPrintable(formatGapLine(t.gaps.value(0))));
    const JsonValue &at = t.attributes;
    const JsonValue &props = at.value(u"self_service_trigger").value(u"user_properties");
    QCOMPARE(props.value(u"string_props").value(u"s").value(u"default_jq_query").toString(), QStringLiteral(".entity.title"));
    QCOMPARE(props.value(u"string_props").value(u"s").value(u"visible_jq_query").toString(), QStringLiteral("true"));
    QCOMPARE(props.value(u"string_props").value(u"s").value(u"min_length").numberText(), QStringLiteral("1"));
    QVERIFY(props.value(u"string_props").value(u"s").value(u"required").toBool());
    QCOMPARE(props.value(u"string_props").value(u"s").value(u"depends_on").at(0).toString(), QStringLiteral("n"));
    QCOMPARE(props.value(u"number_props").value(u"n").value(u"enum").size(), 2);
    QVERIFY(props.value(u"boolean_props").value(u"b").value(u"default").toBool());
    QCOMPARE(props.value(u"object_props").value(u"o").value(u"default").toString(), QStringLiteral(R"({"k":"v"})"));
    QCOMPARE(props.value(u"array_props").value(u"l").value(u"string_items").value(u"blueprint").toString(),
             QStringLiteral("svc"));
    QCOMPARE(at.value(u"self_service_trigger").value(u"steps").at(0).value(u"title").toString(), QStringLiteral("One"));
    QCOMPARE(at.value(u"gitlab_method").value(u"pipeline_variables").toString(), QStringLiteral(R"({"a":"{{ .run.id }}"})"));
    QCOMPARE(at.value(u"required_approval").toString(), QStringLiteral("ALL"));
    QCOMPARE(at.value(u"approval_webhook_notification").value(u"format").toString(), QStringLiteral("slack"));
}

void TstTerraform::jsonEncodeLikeTerraform()
{
    QCOMPARE(terraformJsonEncode(json(R"({"b":1,"a":{"d":"<&>","c":[true,null]},"b":2})")),
             QStringLiteral(R"({"a":{"c":[true,null],"d":"\u003c\u0026\u003e"},"b":2})"));
}

void TstTerraform::hclEscaping_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("hcl");
    QTest::newRow("template") << QStringLiteral("{{ .run.id }}") << QStringLiteral(R"("{{ .run.id }}")");
    QTest::newRow("interpolation") << QStringLiteral("${var.x}") << QStringLiteral(R"("$${var.x}")");
    QTest::newRow("directive") << QStringLiteral("%{ if x }") << QStringLiteral(R"("%%{ if x }")");
    QTest::newRow("lone dollar") << QStringLiteral("$5 and 50%") << QStringLiteral(R"("$5 and 50%")");
    QTest::newRow("quotes and backslash") << QStringLiteral("a\"b\\c") << QStringLiteral(R"("a\"b\\c")");
    QTest::newRow("control") << QStringLiteral("l1\nl2\t\x01") << QStringLiteral(R"("l1\nl2\t\u0001")");
}

void TstTerraform::hclEscaping()
{
    QFETCH(QString, value);
    QFETCH(QString, hcl);
    QCOMPARE(hclQuote(value), hcl);
    // And back: the reader turns the escapes into the same text.
    HclResource r{QStringLiteral("port_action"), QStringLiteral("x"), JsonValue::object(), {}};
    r.attributes.set(QStringLiteral("title"), JsonValue::fromString(value));
    const HclParse p = parseHcl(writeHcl({r}, nullptr));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.resources.at(0).attributes.value(u"title").toString(), value);
}

void TstTerraform::hclRejectsInterpolation()
{
    const HclParse p = parseHcl(QStringLiteral("resource \"port_action\" \"x\" {\n  title = \"${var.t}\"\n}\n"));
    QVERIFY(!p.ok());
    QVERIFY(p.error.startsWith(QLatin1String("line 2:")));
}

void TstTerraform::importShowJsonAndState()
{
    const TerraformAction t = actionToTerraform(withInput(R"({"type":"string","title":"In"})"));
    JsonValue resource = JsonValue::object();
    resource.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("port_action")));
    JsonValue values = t.attributes;
    values.set(QStringLiteral("kafka_method"),
               JsonValue());  // show -json prints unset attributes as null
    resource.set(QStringLiteral("values"), values);
    JsonValue child = JsonValue::object();
    child.set(QStringLiteral("resources"), JsonValue::array());
    child.find(u"resources")->append(resource);
    JsonValue show = json(R"({"format_version":"1.0","values":{"root_module":{"resources":[],"child_modules":[]}}})");
    resolvePointer(show, QStringLiteral("/values/root_module/child_modules"))->append(child);
    const FormatImport fromShow = TerraformFormat().importActions(writeJson(show));
    QVERIFY2(fromShow.ok(), qPrintable(fromShow.error));
    QCOMPARE(fromShow.actions.size(), 1);
    QCOMPARE(fromShow.actions.at(0).name, QStringLiteral("x"));
    QCOMPARE(fromShow.actions.at(0).action.value(u"invocationMethod").value(u"type").toString(), QStringLiteral("WEBHOOK"));

    JsonValue state = json(
        R"({"version":4,"resources":[{"mode":"managed","type":"port_action","name":"x","instances":[{"attributes":null}]}]})");
    *resolvePointer(state, QStringLiteral("/resources/0/instances/0/attributes")) = values;
    const FormatImport fromState = TerraformFormat().importActions(writeJson(state));
    QVERIFY(fromState.ok());
    QCOMPARE(dump(fromState.actions.at(0).action), dump(fromShow.actions.at(0).action));
}

void TstTerraform::importRejectsOtherJson()
{
    QVERIFY(!TerraformFormat().importActions("{\"identifier\":\"x\"}").ok());
    QVERIFY(!TerraformFormat().importActions("not json").ok());
    QVERIFY(!TerraformFormat().importActions(R"({"values":{"root_module":{}}})").ok());
}

QTEST_GUILESS_MAIN(TstTerraform)
#include "tst_terraform.moc"
