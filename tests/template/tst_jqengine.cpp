// The engine is the jq Port runs (PORT-SPEC §5.0a): jq 1.7.1 plus what the 83 later commits of Port's
// snapshot changed, as far as jq can express it (jqprelude.h). One row per template written from the
// jq 1.7 manual and §5.0a, rendered under Port's template rules; the expected text is Port's output
// (compact, JavaScript numbers and key order) and, for failures, jq 1.7's error text.
#include "json/jsonwriter.h"
#include "template/jqprelude.h"
#include "template/jqprogram.h"
#include "template/porttemplate.h"

#include <QHash>
#include <QTest>

#include "../context/testjson.h"
#include "localjq.h"

#include <memory>

using namespace ad;
using testjson::parse;

namespace {

const char *kContext = R"({"inputs":{"replicas":3,"name":"  svc  ","tags":["a","b"],"ref":"main"},
  "entity":{"identifier":"api","properties":{"tier":"gold"}},"o":{"b":1,"a":2},"n":-5})";

RenderOutput render(const QString &tplJson)
{
    static const JsonValue ctx = parse(kContext);
    return localjq::render(parse(tplJson.toUtf8()), ctx);
}

QString summary(const RenderOutput &out) { return localjq::summary(out); }

}  // namespace

class TestJqEngine : public QObject {
    Q_OBJECT
private slots:
    void templates_data();
    void templates();
    void preludeIsOneLine();
    void compileErrorsNameLineOne();
    void preludeOnlyWhatTheProgramReaches();
};

void TestJqEngine::templates_data()
{
    QTest::addColumn<QString>("tpl");       // the template, as JSON
    QTest::addColumn<QString>("expected");  // Port's rendered output, compact
    QTest::addColumn<QString>("error");     // the first template's error text ("" = none)
    QTest::addColumn<QString>("warning");   // start of a warning the trace must carry ("" = none needed)
    auto row = [](const char *name, const char *tpl, const char *expected, const char *error = "", const char *warning = "") {
        QTest::newRow(name) << QString::fromUtf8(tpl) << QString::fromUtf8(expected) << QString::fromUtf8(error)
                            << QString::fromUtf8(warning);
    };

    // Syntax that jq 1.6 rejected.
    row("if without else", R"("{{ if .inputs.replicas > 1 then \"many\" end }}")", R"("many")");
    row("if without else, false", R"("{{ .inputs.replicas | if . > 5 then \"many\" end }}")", "3");
    row("elif without else", R"("{{ .inputs.replicas | if . == 1 then \"one\" elif . == 3 then \"three\" end }}")", R"("three")");
    row("$binding as key", R"("{{ \"a\" as $key | {$key: 1} }}")", R"({"a":1})");
    row("dot before [\"key\"]", R"("{{ .o.[\"b\"] }}")", "1");
    row("$__loc__", R"("{{ $__loc__ }}")", R"({"file":"<top-level>","line":1})");
    row("string interpolation", R"("{{ \"n=\\(.inputs.replicas)\" }}")", R"("n=3")");
    row("destructuring alternative", R"("{{ [[1,2]] | .[] as [$a] ?// $a | $a }}")", "1");
    row("try/catch", R"("{{ try error(\"x\") catch . }}")", R"("x")");
    row("foreach with extract", R"("{{ [foreach (1,2,3) as $x (0; . + $x; [$x, .])] }}")", "[[1,1],[2,3],[3,6]]");
    row("label/break", R"("{{ [label $f | 1, break $f, 2] }}")", "[1]");
    row("alternative operator", R"("{{ .missing // \"dflt\" }}")", R"("dflt")");
    row("optional iteration", R"("{{ [.n[]?] }}")", "[]");
    // Generators.
    row("limit(0) is empty", R"("{{ [limit(0; 1,2)] }}")", "[]");
    row("limit(2)", R"("{{ [limit(2; 1,2,3)] }}")", "[1,2]");
    row("limit(-1) yields all (1.8 errors)", R"("{{ [limit(-1; 1,2)] }}")", "[1,2]");
    row("first(empty)", R"("{{ [first(empty)] }}")", "[]");
    row("last(f)", R"("{{ last(1,2,3) }}")", "3");
    row("last(empty) yields nothing", R"("{{ [last(empty)] }}")", "[]");
    row("nth(1; ...)", R"("{{ [nth(1; 1,2,3)] }}")", "[2]");
    row("nth out of range", R"("{{ [nth(5; 1,2)] }}")", "[]");
    row("skip(1; ...)", R"("{{ [skip(1; 1,2,3)] }}")", "[2,3]");
    row("skip(0; ...)", R"("{{ [skip(0; 1,2)] }}")", "[1,2]");
    row("skip negative", R"("{{ [skip(-1; 1,2)] }}")", "null", "jq: error: skip doesn't support negative count");
    row("range/3", R"("{{ [range(0; 10; 3)] }}")", "[0,3,6,9]");
    row("first output only", R"("{{ (1,2) as $x | $x * 10 }}")", "10");
    // Builtins new in 1.7.
    row("pick", R"("{{ .inputs | pick(.ref) }}")", R"({"ref":"main"})");
    row("pick nested, missing", R"("{{ {} | pick(.a.b) }}")", R"({"a":{"b":null}})");
    row("abs of a literal", R"("{{ -5 | abs }}")", "5");
    row("abs of a value", R"("{{ .n | abs }}")", "5");
    row("splits", R"("{{ [\"a, b,c\" | splits(\", *\")] }}")", R"(["a","b","c"])");
    row("scan with flags", R"("{{ \"abAB\" | [scan(\"ab\"; \"i\")] }}")", R"(["ab","AB"])");
    row("getpath", R"("{{ getpath([\"inputs\",\"ref\"]) }}")", R"("main")");
    row("@base32d", R"("{{ \"MFRGG===\" | @base32d }}")", R"("abc")");
    row("debug(msg) passes input", R"("{{ 1 | debug(\"msg\") }}")", "1");
    row("have_literal_numbers", R"("{{ have_literal_numbers }}")", "true");
    row("significand", R"("{{ 10 | significand }}")", "1.25");
    row("implode", R"("{{ [65,66] | implode }}")", R"("AB")");
    // The snapshot's additions, from the prelude.
    row("trim", R"("{{ .inputs.name | trim }}")", R"("svc")");
    row("trim literal", R"("{{ \"  x \" | trim }}")", R"("x")");
    row("ltrim", R"("{{ .inputs.name | ltrim }}")", R"("svc  ")");
    row("rtrim", R"("{{ .inputs.name | rtrim }}")", R"("  svc")");
    row("trim Unicode spaces", R"("{{ \"\u00a0\u2003x y\u3000\n\" | trim }}")", R"("x y")");
    row("trim all-space", R"("{{ \"   \" | trim }}")", R"("")");
    row("trim non-string", R"("{{ 1 | trim }}")", "null", "jq: error: trim input must be a string");
    row("add(f)", R"("{{ [1,2,3] | add(.[] * 2) }}")", "12");
    row("add(f) on the context", R"("{{ add(.inputs.tags[]) }}")", R"("ab")");
    row("add(empty) is null", R"("{{ add(empty) }}")", "null");
    row("add/0 unchanged", R"("{{ .inputs.tags | add }}")", R"("ab")");
    row("ltrimstr", R"("{{ \"abc\" | ltrimstr(\"a\") }}")", R"("bc")");
    row("ltrimstr no match", R"("{{ \"abc\" | ltrimstr(\"x\") }}")", R"("abc")");
    row("ltrimstr non-string errors", R"("{{ 1 | ltrimstr(\"a\") }}")", "null", "jq: error: startswith() requires string inputs");
    row("rtrimstr", R"("{{ \"abc\" | rtrimstr(\"c\") }}")", R"("ab")");
    row("rtrimstr empty suffix", R"("{{ \"abc\" | rtrimstr(\"\") }}")", R"("abc")");
    row("rtrimstr non-string errors", R"("{{ [1] | rtrimstr(\"a\") }}")", "null", "jq: error: endswith() requires string inputs");
    row("indices count codepoints", R"("{{ \"aé😀bé\" | indices(\"b\") }}")", "[3]");
    row("index", R"("{{ \"a,b, cd, efg\" | index(\", \") }}")", "3");
    row("rindex", R"("{{ \"a,b, cd, efg\" | rindex(\", \") }}")", "7");
    row("rindex after multibyte", R"("{{ \"éé\" | rindex(\"é\") }}")", "1");
    row("indices overlapping", R"("{{ \"aaa\" | indices(\"aa\") }}")", "[0,1]");
    row("indices empty needle", R"("{{ \"abc\" | indices(\"\") }}")", "[]");
    row("indices on arrays", R"("{{ [0,1,1,2] | indices(1) }}")", "[1,2]");
    row("indices subarray", R"("{{ [0,1,2,1,2] | indices([1,2]) }}")", "[1,3]");
    row("mktime", R"("{{ [2024,0,1,0,0,0,1,0] | mktime }}")", "1704067200");
    row("mktime short array", R"("{{ [2024,0,1] | mktime }}")", "1704067200");
    row("pow10 removed", R"("{{ 2 | pow10 }}")", "null", "jq: error: pow10/0 is not defined", "pow10 was removed");
    row("exp10", R"("{{ 2 | exp10 }}")", "100");
    // Numbers: literals keep their precision inside jq; what leaves jq is a JavaScript number.
    row("big literal tostring", R"("{{ 100000000000000000001 | tostring }}")", R"("100000000000000000001")");
    row("big literal out", R"("{{ 100000000000000000001 }}")", "100000000000000000000");
    row("literal tojson keeps digits", R"("{{ [1.000, 1.10] | tojson }}")", R"("[1.000,1.10]")");
    row("arithmetic drops literal", R"("{{ 1.000 + 0 | tojson }}")", R"("1")");
    row("float sum", R"("{{ 0.1 + 0.2 }}")", "0.30000000000000004");
    row("exponent literal", R"("{{ 1.5e3 }}")", "1500");
    row("tonumber", R"("{{ \"1.000\" | tonumber }}")", "1");
    row("division by zero", R"("{{ 1 / 0 }}")", "null",
        "jq: error: number (1) and number (0) cannot be divided because the divisor is zero");
    // Key order.
    row("input order kept", R"("{{ .o }}")", R"({"b":1,"a":2})");
    row("walk keeps order", R"("{{ {\"b\":1,\"a\":2} | walk(.) }}")", R"({"b":1,"a":2})");
    row("keys sorted", R"("{{ .o | keys }}")", R"(["a","b"])");
    row("keys_unsorted", R"("{{ .o | keys_unsorted }}")", R"(["b","a"])");
    row("to_entries order", R"("{{ .o | to_entries | map(.key) }}")", R"(["b","a"])");
    row("integer keys first (JS)", R"("{{ {\"2\":1,\"a\":2,\"1\":3} }}")", R"({"1":3,"2":1,"a":2})");
    row("tojson keeps jq order", R"("{{ .o | tojson }}")", R"("{\"b\":1,\"a\":2}")");
    row("with_entries", R"("{{ {\"a\":1} | with_entries(.value += 1) }}")", R"({"a":2})");
    row("setpath builds", R"("{{ {} | .a.b.c = 1 }}")", R"({"a":{"b":{"c":1}}})");
    // Strings and formats.
    row("@uri keeps unreserved", R"("{{ \"a b~\" | @uri }}")", R"("a%20b~")");
    row("@csv", R"("{{ .inputs.tags | @csv }}")", R"("\"a\",\"b\"")");
    row("@sh", R"("{{ [.inputs.replicas, .inputs.ref] | @sh }}")", R"("3 'main'")");
    row("test with flags", R"("{{ \"test\" | test(\"T\"; \"i\") }}")", "true");
    row("sub", R"("{{ \"a-b-c\" | sub(\"-\"; \"+\") }}")", R"("a+b-c")");
    row("gsub", R"("{{ \"aXbXc\" | gsub(\"X\"; \"\") }}")", R"("abc")");
    row("fromdateiso8601", R"("{{ \"2024-01-01T00:00:00Z\" | fromdateiso8601 }}")", "1704067200");
    row("todate", R"("{{ 1704067200 | todate }}")", R"("2024-01-01T00:00:00Z")");
    row("ascii_upcase non-string", R"("{{ 5 | ascii_upcase }}")", "null", "jq: error: explode input must be a string");
    row("mixed text", R"("replicas={{ .inputs.replicas }} tags={{ .inputs.tags }}")", R"("replicas=3 tags=[\"a\",\"b\"]")");
    // Port's own rules over the new engine.
    row("single quotes", R"("{{ .inputs.ref == 'main' }}")", "true", "", "single quotes");
    row("env disabled", R"("{{ env }}")", "{}");
    row("input has no source", R"("{{ input }}")", "null", "jq: error: break");
    row("inputs is empty", R"("{{ [inputs] }}")", "[]");
    // What Port's jq does not have (jq 1.8): compile errors in both, and a warning.
    row("toarray is 1.8", R"("{{ 1 | toarray }}")", "null", "jq: compile error: toarray/0 is not defined at <top-level>, line 1:",
        "toarray is jq 1.8");
    row("trimstr is 1.8", R"("{{ \"a\" | trimstr(\"a\") }}")", "null", "jq: compile error: trimstr/1 is not defined at <top-level>, line 1:",
        "trimstr is jq 1.8");
    row("have_decnum is 1.8", R"("{{ have_decnum }}")", "null", "jq: compile error: have_decnum/0 is not defined at <top-level>, line 1:",
        "have_decnum is jq 1.8");
    row("$__prog_name is 1.8", R"("{{ $__prog_name }}")", "null", "jq: compile error: $__prog_name is not defined at <top-level>, line 1:",
        "$__prog_name is jq 1.8");
    row("@urid decodes", R"("{{ \"%41%C3%A9x%F0%9F%98%80\" | @urid }}")", R"("Aéx😀")");
    row("@urid invalid", R"("{{ \"%C3x\" | @urid }}")", "null", "jq: error: string (\"%C3x\") is not a valid uri encoding");
    row("@urid in a string", R"("{{ @urid \"a=\\(\"%41\")\" }}")", R"("a=A")");
    row("@base32d invalid", R"("{{ \"m\" | @base32d }}")", "null", "jq: error: string (\"m\") is not valid base32 data");
    row("other formats unchanged", R"("{{ \"x\" | @base64 }}")", R"("eA==")");
    // Compile errors read like jq 1.7.1's, as Port shows them.
    row("syntax error", R"("{{ { }}")", "null",
        "jq: compile error: syntax error, unexpected end of file (Unix shell quoting issues?) at <top-level>, line 1:");
    row("unknown function", R"("{{ nosuch(1) }}")", "null", "jq: compile error: nosuch/1 is not defined at <top-level>, line 1:");
}

void TestJqEngine::templates()
{
    QFETCH(QString, tpl);
    QFETCH(QString, expected);
    QFETCH(QString, error);
    QFETCH(QString, warning);
    const RenderOutput out = render(tpl);
    const QString firstError = out.traces.isEmpty() ? QString() : out.traces.first().error;
    QCOMPARE(summary(out), expected);
    if (error.isEmpty())
        QVERIFY2(firstError.isEmpty(), qPrintable(firstError));
    else
        QCOMPARE(firstError.left(error.size()), error);
    if (!warning.isEmpty()) {
        const QStringList warnings = out.traces.isEmpty() ? QStringList() : out.traces.first().warnings;
        bool found = false;
        for (const QString &w : warnings)
            found = found || w.startsWith(warning);
        QVERIFY2(found, qPrintable(warnings.join(QLatin1String(" | "))));
    }
    // No warning tells the user a 1.7 feature fails in Port: Port runs the 1.7.1 line.
    for (const TemplateTrace &t : out.traces)
        for (const QString &w : t.warnings)
            QVERIFY2(!w.contains(QLatin1String("jq 1.6")), qPrintable(w));
}

void TestJqEngine::preludeIsOneLine()
{
    QVERIFY(!jqPrelude().contains(QLatin1Char('\n')));
    QVERIFY(jqPreludeNames().contains(QStringLiteral("trim")));
    JqProgram p;
    QVERIFY2(p.compile(QStringLiteral(".")), qPrintable(p.compileError()));
}

void TestJqEngine::compileErrorsNameLineOne()
{
    // A two-line filter: the error is on line 2 of the template, as in Port.
    JqProgram p;
    QVERIFY(!p.compile(QStringLiteral("def env: {}; {} as $ENV | 1 +\n nosuch")));
    QCOMPARE(p.compileError(), QStringLiteral("jq: compile error: nosuch/0 is not defined at <top-level>, line 2:"));
}

void TestJqEngine::preludeOnlyWhatTheProgramReaches()
{
    // Nothing of the prelude is reachable: nothing is compiled in front.
    QCOMPARE(jqPreludeFor(QStringLiteral(".inputs.name | ascii_upcase")), QString());
    // A name reaches its definition and the helpers it calls, nothing else.
    const QString trim = jqPreludeFor(QStringLiteral(".x | trim"));
    QVERIFY(trim.contains(QLatin1String("def trim:")));
    QVERIFY(trim.contains(QLatin1String("def _ad_trim(")));
    QVERIFY(trim.contains(QLatin1String("def _ad_ws:")));
    QVERIFY(!trim.contains(QLatin1String("def ltrim:")));
    QVERIFY(!trim.contains(QLatin1String("def _ad_urid:")));
    // Words as jq lexes them (ASCII): a name after a non-ASCII letter or a digit is still reached.
    QVERIFY(jqPreludeFor(QStringLiteral("1 as $x | \u00e9trim")).contains(QLatin1String("def trim:")));
    QVERIFY(jqPreludeFor(QStringLiteral("x_trim | trim2")).isEmpty());
    // Transitively: index calls indices, which calls _ad_strindices.
    const QString index = jqPreludeFor(QStringLiteral("index(\"b\")"));
    QVERIFY(index.contains(QLatin1String("def _ad_strindices(")));
    QVERIFY(index.indexOf(QLatin1String("def indices(")) < index.indexOf(QLatin1String("def index(")));
    // A format is a call of format/1: "@" reaches it and its helpers.
    const QString urid = jqPreludeFor(QStringLiteral("@urid"));
    QVERIFY(urid.contains(QLatin1String("def format(")));
    QVERIFY(urid.contains(QLatin1String("def _ad_urid:")));
    QVERIFY(urid.contains(QLatin1String("def _ad_cp:")));
    // The whole prelude reaches all of itself, in its order, on one line.
    QCOMPARE(jqPreludeFor(jqPrelude()), jqPrelude());
    QVERIFY(!urid.contains(QLatin1Char('\n')));
    // The same results as with the whole prelude in front, also for names that only occur inside
    // a string or as a field, and with a filter's own definition shadowing the prelude's.
    const QList<QPair<QString, QString>> rows = {
        {QStringLiteral("\"  x \" | trim"), QStringLiteral("\"x\"")},
        {QStringLiteral("{trim: 1} | .trim"), QStringLiteral("1")},
        {QStringLiteral("def trim: 5; trim"), QStringLiteral("5")},
        {QStringLiteral("\"MFRGG===\" | @base32d"), QStringLiteral("\"abc\"")},
        {QStringLiteral("\"%41\" | @urid"), QStringLiteral("\"A\"")},
        {QStringLiteral("\"aéb\" | index(\"b\")"), QStringLiteral("2")},
        {QStringLiteral("[1,2] | last(.[])"), QStringLiteral("2")},
        {QStringLiteral("[1,2] | add(.[])"), QStringLiteral("3")},
    };
    for (const auto &row : rows) {
        JqProgram p;
        QVERIFY2(p.compile(row.first), qPrintable(row.first + QLatin1String(": ") + p.compileError()));
        const JqResult r = p.first(JqValue());
        QCOMPARE(toCompactJs(r.value), row.second.toUtf8());
    }
    // Compile errors still name the template's own line, with and without a prelude in front.
    for (const QString &head : {QStringLiteral("trim | "), QStringLiteral(". | ")}) {
        JqProgram p;
        QVERIFY(!p.compile(head + QStringLiteral("1 +\n nosuch")));
        QCOMPARE(p.compileError(),
                 QStringLiteral("jq: compile error: nosuch/0 is not defined at <top-level>, line 2:"));
    }
}

QTEST_GUILESS_MAIN(TestJqEngine)
#include "tst_jqengine.moc"
