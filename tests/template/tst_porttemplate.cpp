// Port's template rules (PORT-SPEC §5.0), one table row per rule and quirk. Evaluates in-process
// with JqProgram (trusted filters only); the worker path is covered by tst_templateengine.
#include "template/jqprogram.h"
#include "template/jsobject.h"
#include "template/porttemplate.h"
#include "template/renderplan.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QHash>
#include <QTest>

#include "../context/testjson.h"
#include "localjq.h"

#include <memory>

using namespace ad;
using testjson::parse;

namespace {

const char *kContext = R"({"n":5,"a":1,"b":2,"s":"x","o":{"a":1,"b":2},"k":"name","empty":"",
  "big":12345678901234567890,"inputs":{"ref":"main","services":[{"identifier":"api"},{"identifier":"web"}]},
  "entity":{}})";

RenderOutput render(const JsonValue &tpl, const JsonValue &ctx) { return localjq::render(tpl, ctx); }
QString summary(const RenderOutput &out) { return localjq::summary(out); }

}  // namespace

class TestPortTemplate : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void scanSpans();
    void quoteRule_data();
    void quoteRule();
    void programText();
    void collectsUniquePrograms();
    void tracePointersAndPositions();
    void traceWarnings();
    void traceErrors();
    void jsObjectOrderAtEverySize();
    void planIsReusedOnlyForTheSameTemplate();
    void duplicateKeysRunOnlyTheWinner();
};

void TestPortTemplate::rules_data()
{
    QTest::addColumn<QString>("tpl");       // the template, as JSON text
    QTest::addColumn<QString>("expected");  // compact JSON, "undefined", or "error: <message>"

    // Rule 1: scanning.
    QTest::newRow("1 closing without opening") << R"("a}}b")" << "error: Found closing double braces in index 1 without opening double braces";
    QTest::newRow("1 never closed") << R"("x {{ .a")" << "error: Found opening double braces in index 2 without closing double braces";
    QTest::newRow("1 nested") << R"("{{ {{ }}")" << "error: Found double braces in index 3 inside other one in index 0";
    QTest::newRow("1 braces in double quotes") << R"("{{ \"}}\" }}")" << R"("}}")";
    QTest::newRow("1 braces in single quotes") << R"("{{ '}}' }}")" << R"("}}")";
    QTest::newRow("1 backslash skips") << R"("{{ \"a\\\"}}\" }}")" << R"("a\"}}")";
    QTest::newRow("1 triple open is {{ + {") << R"("{{{a:1}}}")" << "null";
    QTest::newRow("1 triple in text") << R"("x{{{a:1}}}")" << R"("xnull}")";
    QTest::newRow("1 spaced object") << R"("{{ {a:1} }}")" << R"({"a":1})";
    QTest::newRow("1 single braces are text") << R"("a{b}c")" << R"("a{b}c")";
    QTest::newRow("1 error in nested value") << R"({"a":["ok","}}"]})" << "error: Found closing double braces in index 0 without opening double braces";
    QTest::newRow("1 error in key") << R"({"a}}":1})" << "error: Found closing double braces in index 1 without opening double braces";
    QTest::newRow("1 plain string") << R"("plain")" << R"("plain")";

    // Rule 2: whole-string template keeps the type.
    QTest::newRow("2 number") << R"("{{ .n }}")" << "5";
    QTest::newRow("2 object, spaces trimmed") << R"("  {{ .o }}\n")" << R"({"a":1,"b":2})";
    QTest::newRow("2 array") << R"("{{ [.a, .b] }}")" << "[1,2]";
    QTest::newRow("2 boolean") << R"("{{ .a == 1 }}")" << "true";
    QTest::newRow("2 null") << R"("{{ null }}")" << "null";
    QTest::newRow("2 no spaces") << R"("{{.s}}")" << R"("x")";
    QTest::newRow("2 two templates are text") << R"("{{ .a }}{{ .b }}")" << R"("12")";
    QTest::newRow("2 trailing brace after whole") << R"("{{ .n }}}")" << "5";

    // Rule 3: mixed text.
    QTest::newRow("3 number in text") << R"("id-{{ .n }}")" << R"("id-5")";
    QTest::newRow("3 string raw") << R"("<{{ .s }}>")" << R"("<x>")";
    QTest::newRow("3 object as JSON.stringify") << R"("o={{ .o }}")" << R"("o={\"a\":1,\"b\":2}")";
    QTest::newRow("3 undefined") << R"("x{{ empty }}")" << R"("xundefined")";
    QTest::newRow("3 error is null") << R"("x{{ 1 | ascii_upcase }}")" << R"("xnull")";
    QTest::newRow("3 null") << R"("x{{ null }}")" << R"("xnull")";
    QTest::newRow("3 several") << R"("{{ .s }}-{{ 1.5 }}-{{ [1] }}")" << R"("x-1.5-[1]")";
    QTest::newRow("3 unicode") << R"("é{{ \"ü\" }}€")" << R"("éü€")";

    // Rule 4: filter preparation.
    QTest::newRow("4 single-quoted string") << R"("{{ 'prod' }}")" << R"("prod")";
    QTest::newRow("4 single quotes in comparison") << R"("{{ .s == 'x' }}")" << "true";
    QTest::newRow("4 apostrophe inside word kept") << R"("{{ \"it's\" }}")" << R"("it's")";
    QTest::newRow("4 apostrophe before space breaks") << R"("{{ \"it' s\" }}")" << "null";
    QTest::newRow("4 env disabled") << R"("{{ env }}")" << "{}";
    QTest::newRow("4 $ENV disabled") << R"("{{ $ENV }}")" << "{}";
    QTest::newRow("4 env.HOME") << R"("{{ env.HOME }}")" << "null";

    // Rule 5: first output only.
    QTest::newRow("5 first of many") << R"("{{ 1, 2 }}")" << "1";
    QTest::newRow("5 error after first") << R"("{{ 1, error(\"x\") }}")" << "1";
    QTest::newRow("5 error before first") << R"("{{ error(\"x\"), 1 }}")" << "null";
    QTest::newRow("5 undefined top level") << R"("{{ empty }}")" << "undefined";
    QTest::newRow("5 undefined member drops") << R"({"a":"{{ empty }}","b":1})" << R"({"b":1})";
    QTest::newRow("5 undefined item is null") << R"(["{{ empty }}",1])" << "[null,1]";

    // Rule 6: errors render as null.
    QTest::newRow("6 runtime error") << R"("{{ .o.a.b }}")" << "null";
    QTest::newRow("6 compile error") << R"("{{ nosuch(.a) }}")" << "null";
    QTest::newRow("6 if without else (jq 1.7)") << R"("{{ if true then 1 end }}")" << "1";
    QTest::newRow("6 syntax error") << R"("{{ .a | }}")" << "null";
    QTest::newRow("6 empty filter") << R"("{{}}")" << "null";
    QTest::newRow("6 error(null) is undefined") << R"("{{ error(null) }}")" << "undefined";
    QTest::newRow("6 error(object) is undefined") << R"("{{ error({}) }}")" << "undefined";

    // Rule 7: keys.
    QTest::newRow("7 spread") << R"({"{{ spreadValue() }}":"{{ .o }}","z":1})" << R"({"a":1,"b":2,"z":1})";
    QTest::newRow("7 spread keeps order") << R"({"z":0,"{{spreadValue()}}":{"a":1}})" << R"({"z":0,"a":1})";
    QTest::newRow("7 spread spaces") << R"({" {{ spreadValue( ) }} ":"{{ .o }}"})" << R"({"a":1,"b":2})";
    QTest::newRow("7 spread overrides earlier") << R"({"a":0,"{{ spreadValue() }}":"{{ .o }}"})" << R"({"a":1,"b":2})";
    QTest::newRow("7 spread array") << R"({"{{ spreadValue() }}":"{{ [\"x\",\"y\"] }}"})" << R"({"0":"x","1":"y"})";
    QTest::newRow("7 spread number") << R"({"{{ spreadValue() }}":"{{ 5 }}"})"
                                     << "error: Evaluated value should be an object if the key is {{ spreadValue() }}. "
                                        "Original value: {{ 5 }}, evaluated to: 5";
    QTest::newRow("7 spread string") << R"({"{{ spreadValue() }}":"abc"})"
                                     << "error: Evaluated value should be an object if the key is {{ spreadValue() }}. "
                                        "Original value: abc, evaluated to: \"abc\"";
    QTest::newRow("7 spread undefined") << R"({"{{ spreadValue() }}":"{{ empty }}"})"
                                        << "error: Evaluated value should be an object if the key is {{ spreadValue() }}. "
                                           "Original value: {{ empty }}, evaluated to: undefined";
    QTest::newRow("7 spread null") << R"({"{{ spreadValue() }}":"{{ null }}"})" << "error: Cannot convert undefined or null to object";
    QTest::newRow("7 spread original array value") << R"({"{{ spreadValue() }}":[1,"{{ 2 }}"],"x":1})" << R"({"0":1,"1":2,"x":1})";
    QTest::newRow("7 templated key") << R"({"{{ .k }}":1})" << R"({"name":1})";
    QTest::newRow("7 mixed key") << R"({"k-{{ .a }}":2})" << R"({"k-1":2})";
    QTest::newRow("7 null key drops") << R"({"{{ null }}":1,"b":2})" << R"({"b":2})";
    QTest::newRow("7 empty key drops") << R"({"{{ .empty }}":1})" << "{}";
    QTest::newRow("7 undefined key drops") << R"({"{{ empty }}":1})" << "{}";
    QTest::newRow("7 literal empty key drops") << R"({"":1,"a":2})" << R"({"a":2})";
    QTest::newRow("7 failed key drops") << R"({"{{ 1 | ascii_upcase }}":1})" << "{}";
    QTest::newRow("7 dropped key skips its value") << R"({"{{ null }}":"}}"})" << "{}";
    QTest::newRow("7 number key") << R"({"{{ 1 }}":1})"
                                  << "error: Evaluated object key should be undefined, null or string. Original key: {{ 1 }}, evaluated to: 1";
    QTest::newRow("7 boolean key") << R"({"{{ true }}":1})"
                                   << "error: Evaluated object key should be undefined, null or string. Original key: {{ true }}, evaluated to: true";
    QTest::newRow("7 object key") << R"({"{{ {a:1} }}":1})"
                                  << "error: Evaluated object key should be undefined, null or string. Original key: {{ {a:1} }}, evaluated to: {\"a\":1}";
    QTest::newRow("7 key idiom") << R"({"{{ if (.inputs | has(\"ref\")) then \"ref\" else null end }}":"{{ .inputs.ref }}",
                                       "{{ if (.inputs | has(\"tag\")) then \"tag\" else null end }}":"{{ .inputs.tag }}"})"
                                 << R"({"ref":"main"})";
    QTest::newRow("7 recursion") << R"({"outer":{"inner":["{{ .n }}","x{{ .n }}",{"{{ .k }}":"{{ .inputs.services | map(.identifier) }}"}]}})"
                                 << R"({"outer":{"inner":[5,"x5",{"name":["api","web"]}]}})";

    // Rule 8: JavaScript objects.
    QTest::newRow("8 duplicate keeps first position") << R"({"b":1,"a":2,"b":3})" << R"({"b":3,"a":2})";
    QTest::newRow("8 index keys first") << R"({"b":1,"10":0,"2":0,"a":0,"1":0})" << R"({"1":0,"2":0,"10":0,"b":1,"a":0})";
    QTest::newRow("8 leading zero is no index") << R"({"01":1,"1":2})" << R"({"1":2,"01":1})";
    QTest::newRow("8 2^32-1 is no index") << R"({"b":0,"4294967295":1,"4294967294":2})" << R"({"4294967294":2,"b":0,"4294967295":1})";
    QTest::newRow("8 templated duplicate") << R"({"a":1,"{{ \"a\" }}":2})" << R"({"a":2})";
    QTest::newRow("8 undefined keeps position") << R"({"a":"{{ empty }}","b":1,"{{ \"a\" }}":2})" << R"({"a":2,"b":1})";
    QTest::newRow("8 jq object order") << R"("{{ {b:1, \"1\":2, a:3} }}")" << R"({"1":2,"b":1,"a":3})";
    QTest::newRow("8 templated index key") << R"({"x":1,"{{ \"3\" }}":2})" << R"({"3":2,"x":1})";

    // Rule 9: JavaScript numbers.
    QTest::newRow("9 1e21") << R"("{{ 1e21 }}")" << "1e+21";
    QTest::newRow("9 0.1+0.2") << R"("{{ 0.1 + 0.2 }}")" << "0.30000000000000004";
    QTest::newRow("9 5e-7") << R"("{{ 5e-7 }}")" << "5e-7";
    QTest::newRow("9 1e20") << R"("{{ 100000000000000000000 }}")" << "100000000000000000000";
    QTest::newRow("9 1.0") << R"("{{ 1.0 }}")" << "1";
    QTest::newRow("9 in text") << R"("n={{ 1e21 }}")" << R"("n=1e+21")";
    QTest::newRow("9 big literal rounds") << R"("{{ 100000000000000000001 }}")" << "100000000000000000000";
    QTest::newRow("9 big context number") << R"("{{ .big }}")" << "12345678901234567000";
    QTest::newRow("9 infinite is null") << R"("{{ infinite }}")" << "null";
    QTest::newRow("9 minus zero") << R"("{{ -0 }}")" << "0";
    QTest::newRow("9 division") << R"("{{ 3 / 2 }}")" << "1.5";

    // Rule 10: non-string scalars pass through (as JavaScript numbers).
    QTest::newRow("10 scalars") << R"([1,1.50,true,false,null,1e400,-0.0])" << "[1,1.5,true,false,null,null,0]";
    QTest::newRow("10 object") << R"({"a":10,"b":{"c":[]}})" << R"({"a":10,"b":{"c":[]}})";

    // Port's binding quirks.
    QTest::newRow("q NUL cuts a string") << R"("{{ \"a\\u0000b\" }}")" << R"("a")";
    QTest::newRow("q comment in filter") << R"("{{ .n # five }}")" << "5";
}

void TestPortTemplate::rules()
{
    QFETCH(QString, tpl);
    QFETCH(QString, expected);
    const RenderOutput out = render(parse(tpl.toUtf8()), parse(kContext));
    QCOMPARE(summary(out), expected);
}

void TestPortTemplate::scanSpans()
{
    const TemplateScan s = scanTemplates(QStringLiteral("a{{ .x }}b{{.y}}"));
    QVERIFY(s.ok());
    QCOMPARE(s.spans.size(), 2);
    QCOMPARE(s.spans.at(0).start, 3);
    QCOMPARE(s.spans.at(0).end, 7);
    QCOMPARE(QStringLiteral("a{{ .x }}b{{.y}}").mid(s.spans.at(1).start, s.spans.at(1).end - s.spans.at(1).start),
             QStringLiteral(".y"));
    // Indexes count UTF-16 units, as in JavaScript.
    QCOMPARE(scanTemplates(QStringLiteral("😀}}")).error,
             QStringLiteral("Found closing double braces in index 2 without opening double braces"));
}

void TestPortTemplate::quoteRule_data()
{
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("expected");
    QTest::addColumn<bool>("applied");
    QTest::newRow("string") << "'prod'" << "\"prod\"" << true;
    QTest::newRow("after space") << ".a == 'x'" << ".a == \"x\"" << true;
    QTest::newRow("apostrophe in word") << "\"it's\"" << "\"it's\"" << false;
    QTest::newRow("apostrophe then space") << "\"it' s\"" << "\"it\" s\"" << true;
    QTest::newRow("quote next to double quote") << "\"'\"" << "\"'\"" << false;
    QTest::newRow("lone quote in spaces") << ". + ' ' + ." << ". + ' ' + ." << false;
    QTest::newRow("newline counts as space") << "\n'a'\n" << "\n\"a\"\n" << true;
    QTest::newRow("no-break space is JS whitespace") << QString::fromUtf8("\xc2\xa0'a'") << QString::fromUtf8("\xc2\xa0\"a\"") << true;
}

void TestPortTemplate::quoteRule()
{
    QFETCH(QString, filter);
    QFETCH(QString, expected);
    QFETCH(bool, applied);
    bool was = false;
    QCOMPARE(applyQuoteRule(filter, &was), expected);
    QCOMPARE(was, applied);
}

void TestPortTemplate::programText()
{
    QCOMPARE(portProgram(QStringLiteral(" .a ")), QStringLiteral("def env: {}; {} as $ENV |  .a "));
    bool q = false;
    QCOMPARE(portProgram(QStringLiteral("'x'"), &q), QStringLiteral("def env: {}; {} as $ENV | \"x\""));
    QVERIFY(q);
}

// A context change renders the plan of the last render again; anything else about the template
// (a filter, an escape, where it sits in the file) makes a new plan, so no trace is ever stale.
void TestPortTemplate::planIsReusedOnlyForTheSameTemplate()
{
    const QByteArray text = "{\n  \"a\": \"{{ .n }}\",\n  \"b\": \"x{{ .s }}\"\n}";
    const JsonValue tpl = parse(text);
    const auto plan = RenderPlan::of(tpl);
    QCOMPARE(RenderPlan::of(tpl).get(), plan.get());
    QCOMPARE(RenderPlan::of(parse(text)).get(), plan.get());  // parsed again: the same source
    QCOMPARE(plan->programs().size(), 2);

    JsonValue edited = tpl;
    edited.set(QStringLiteral("b"), JsonValue::fromString(QStringLiteral("x{{ .n }}")));
    const auto editedPlan = RenderPlan::of(edited);
    QVERIFY(editedPlan.get() != plan.get());
    QCOMPARE(editedPlan->programs().size(), 1);  // .n twice

    // Same values, one line further down: the same programs, but positions of their own.
    const JsonValue moved = parse("\n" + text);
    QCOMPARE(moved, tpl);
    const auto movedPlan = RenderPlan::of(moved);
    QVERIFY(movedPlan.get() != plan.get());
    const JsonValue ctx = parse(kContext);
    PortRenderer r([&](const QString &p) { return localjq::evaluate(p, ctx); });
    QCOMPARE(r.render(tpl).traces.at(0).pos.line, 2);
    QCOMPARE(r.render(moved).traces.at(0).pos.line, 3);
    QCOMPARE(r.render(*movedPlan, [&](int i) { return localjq::evaluate(movedPlan->programs().at(i), ctx); })
                 .traces.at(0)
                 .pos.line,
             3);
    // And the first plan still renders its own template, with this context.
    const RenderOutput out = r.render(*plan, [&](int i) { return localjq::evaluate(plan->programs().at(i), ctx); });
    QCOMPARE(toCompactJs(out.value), QByteArray(R"({"a":5,"b":"xx"})"));
    QCOMPARE(out.traces.at(1).pos.line, 3);
}

// Object.entries keeps the last of duplicate keys: the others are never evaluated, so never run.
void TestPortTemplate::duplicateKeysRunOnlyTheWinner()
{
    const JsonValue tpl = parse(R"({"a":"{{ .x }}","b":1,"a":"{{ .s }}"})");
    QCOMPARE(collectPrograms(tpl), QStringList{portProgram(QStringLiteral(" .s "))});
    QCOMPARE(summary(render(tpl, parse(kContext))), QStringLiteral(R"({"a":"x","b":1})"));
}

void TestPortTemplate::collectsUniquePrograms()
{
    const JsonValue tpl = parse(R"({"a":"{{ .a }}","{{ .k }}":["{{ .a }}","x{{ .b }}","}}"]})");
    const QStringList programs = collectPrograms(tpl);
    QCOMPARE(programs, QStringList({portProgram(QStringLiteral(" .a ")), portProgram(QStringLiteral(" .k ")),
                                    portProgram(QStringLiteral(" .b "))}));
}

void TestPortTemplate::tracePointersAndPositions()
{
    // Line 2, column 9 is the "{{" of the body template; the escaped quote shifts the second one.
    const QByteArray text = "{\n  \"a\": \"{{ .n }}\",\n  \"b\": [\"\\\"x{{ .s }}\"],\n  \"{{ .k }}\": 1\n}";
    const JsonValue tpl = parse(text);
    const JsonValue ctx = parse(kContext);
    PortRenderer r([&](const QString &p) { return localjq::evaluate(p, ctx); });
    r.setPointerPrefix(QStringLiteral("/invocationMethod"));
    const RenderOutput out = r.render(tpl);
    QCOMPARE(out.traces.size(), 3);
    QCOMPARE(out.traces.at(0).pointer, QStringLiteral("/invocationMethod/a"));
    QCOMPARE(out.traces.at(0).pos.line, 2);
    QCOMPARE(out.traces.at(0).pos.column, 9);
    QCOMPARE(out.traces.at(0).filter, QStringLiteral(" .n "));
    QCOMPARE(out.traces.at(0).resultType, QStringLiteral("number"));
    QCOMPARE(out.traces.at(1).pointer, QStringLiteral("/invocationMethod/b/0"));
    QCOMPARE(out.traces.at(1).pos.line, 3);
    QCOMPARE(out.traces.at(1).pos.column, 13);  // after ["\"x
    QCOMPARE(out.traces.at(1).result, JsonValue::fromString(QStringLiteral("x")));
    QCOMPARE(out.traces.at(2).pointer, QStringLiteral("/invocationMethod/{{ .k }}"));
    QVERIFY(out.traces.at(2).inKey);
    QCOMPARE(out.traces.at(2).pos.line, 4);
    QCOMPARE(out.traces.at(2).pos.column, 4);
}

void TestPortTemplate::traceWarnings()
{
    const JsonValue ctx = parse(kContext);
    const JsonValue tpl = parse(R"(["{{ .inputs.region }}", "{{ .inputs.ref }}", "{{ .entity.identifier }}",
        "{{ pick(.a) }}", "{{ if .a then 1 end }}", "{{ 'x' }}", "{{ .inputs.services | map(.identifier) }}",
        "{{ def pick(f): f; pick(.a) }}", "{{ debug(\"m\") }}", "{{ [limit(0; 1,2)] }}", "{{ 1 | debug }}"])");
    const RenderOutput out = render(tpl, ctx);
    QCOMPARE(out.traces.size(), 11);
    QCOMPARE(out.traces.at(0).warnings, QStringList{QStringLiteral("reads .inputs.region but the context has no .inputs.region")});
    QVERIFY(out.traces.at(1).warnings.isEmpty());
    QCOMPARE(out.traces.at(2).warnings, QStringList{QStringLiteral("reads .entity.identifier but the context has no .entity.identifier")});
    QVERIFY(out.traces.at(3).warnings.isEmpty());  // Port runs the jq 1.7.1 line: pick is fine
    QVERIFY(out.traces.at(4).warnings.isEmpty());
    QVERIFY(out.traces.at(5).quoteRuleApplied);
    QVERIFY(out.traces.at(5).warnings.value(0).startsWith(QLatin1String("single quotes turned into double quotes")));
    QVERIFY(out.traces.at(6).warnings.isEmpty());
    QVERIFY(out.traces.at(7).warnings.isEmpty());  // user-defined pick
    QCOMPARE(out.traces.at(8).warnings, QStringList{QStringLiteral("debug: \"m\"")});
    QVERIFY(out.traces.at(9).warnings.isEmpty());
    QCOMPARE(out.traces.at(9).result, parse("[]"));  // jq 1.7 behaviour, as Port
    QCOMPARE(out.traces.at(10).warnings, QStringList{QStringLiteral("debug: 1")});

    // A big object (indexed for the lookups) answers as a small one; a duplicate key's last value counts.
    QString big = QStringLiteral(R"({"inputs":{"dup":null)");
    for (int i = 0; i < 40; ++i)
        big += QStringLiteral(R"(,"f%1":{"v":%1})").arg(i);
    big += QStringLiteral(R"(,"dup":{"x":1}}})");
    const JsonValue bigCtx = parse(big.toUtf8());
    const RenderOutput many = render(parse(R"(["{{ .inputs.f39.v }}", "{{ .inputs.f40 }}", "{{ .inputs.f7.w }}",
        "{{ .inputs.dup.x }}", "{{ .inputs[\"f3\"].v, .inputs.f41 }}"])"), bigCtx);
    QCOMPARE(toCompactJs(many.value), QByteArray("[39,null,null,1,3]"));
    QVERIFY(many.traces.at(0).warnings.isEmpty());
    QCOMPARE(many.traces.at(1).warnings, QStringList{QStringLiteral("reads .inputs.f40 but the context has no .inputs.f40")});
    QCOMPARE(many.traces.at(2).warnings, QStringList{QStringLiteral("reads .inputs.f7.w but the context has no .inputs.f7.w")});
    QVERIFY(many.traces.at(3).warnings.isEmpty());
    QCOMPARE(many.traces.at(4).warnings, QStringList{QStringLiteral("reads .inputs.f41 but the context has no .inputs.f41")});
}

void TestPortTemplate::traceErrors()
{
    const RenderOutput out = render(parse(R"(["{{ nosuch(.a) }}", "{{ .o.a.b }}", "{{ empty }}"])"), parse(kContext));
    QCOMPARE(out.traces.size(), 3);
    QVERIFY(out.traces.at(0).compileError);
    QCOMPARE(out.traces.at(0).error, QStringLiteral("jq: compile error: nosuch/1 is not defined at <top-level>, line 1:"));
    QVERIFY(!out.traces.at(1).compileError);
    QCOMPARE(out.traces.at(1).error, QStringLiteral("jq: error: Cannot index number with string \"b\""));
    QVERIFY(out.traces.at(2).undefined);
    QCOMPARE(out.traces.at(2).resultType, QStringLiteral("undefined"));
    QCOMPARE(out.failedCount(), 2);
}

void TestPortTemplate::jsObjectOrderAtEverySize()
{
    // Small objects compare keys, larger ones hash them: JS order and duplicates must not change
    // at the switch. Keys k0..k(n-1), then "7" and every key again (last value, first position).
    for (int n : {1, 2, 11, 12, 13, 30, 200, -1, -12, -13, -200}) {
        js::Object<int> obj;
        if (n < 0) {  // with the size announced
            n = -n;
            obj.reserve(n);
        }
        for (int i = 0; i < n; ++i)
            obj.set(QStringLiteral("k%1").arg(i), i);
        obj.set(QStringLiteral("7"), -1);
        for (int i = 0; i < n; ++i)
            obj.set(QStringLiteral("k%1").arg(i), 1000 + i);
        obj.set(QStringLiteral("7"), -2);
        const auto entries = obj.take();
        QCOMPARE(int(entries.size()), n + 1);
        QCOMPARE(entries.front().first, QStringLiteral("7"));  // an array index comes first
        QCOMPARE(entries.front().second, -2);
        for (int i = 0; i < n; ++i) {
            QCOMPARE(entries[size_t(i) + 1].first, QStringLiteral("k%1").arg(i));
            QCOMPARE(entries[size_t(i) + 1].second, 1000 + i);
        }
    }
}

QTEST_GUILESS_MAIN(TestPortTemplate)
#include "tst_porttemplate.moc"
