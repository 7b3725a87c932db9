// The libjq wrapper: conversions, callbacks, error texts, batching. In-process (trusted programs).
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "template/jqlexer.h"
#include "template/jqprogram.h"
#include "template/jqworker.h"

#include <QTest>

using namespace ad;

namespace {
JsonValue parse(const QByteArray &text) { return parseJson(text).value; }
QByteArray compact(const JsonValue &v) { return toCompactJs(v); }
}  // namespace

class TestJqProgram : public QObject {
    Q_OBJECT
private slots:
    void firstOutput();
    void conversions();
    void compileErrors();
    void inputAndDebugCallbacks();
    void parseInput();
    void batchProgram();
    void batchPathReachesEveryBranch();
    void lexerBalance_data();
    void lexerBalance();
};

void TestJqProgram::firstOutput()
{
    JqProgram p;
    QVERIFY(p.compile(QStringLiteral(".a, 2")));
    JqResult r = p.first(parse(R"({"a":{"x":[1,"s",null,true]}})"));
    QVERIFY(r.hasValue());
    QCOMPARE(compact(r.value), QByteArray(R"({"x":[1,"s",null,true]})"));
    // The state is reused across inputs, including after a runtime error.
    QVERIFY(p.compile(QStringLiteral(".a | ascii_upcase")));
    QCOMPARE(p.first(parse(R"({"a":1})")).error, QStringLiteral("jq: error: explode input must be a string"));
    QCOMPARE(p.first(parse(R"({"a":"b"})")).value, JsonValue::fromString(QStringLiteral("B")));
    QVERIFY(p.compile(QStringLiteral("empty")));
    QVERIFY(p.first(JsonValue()).isUndefined());
    QVERIFY(p.compile(QStringLiteral("1, 2, 3")));
    QCOMPARE(p.all(JqValue::fromJson(JsonValue())).size(), 3);
}

void TestJqProgram::conversions()
{
    JqProgram p;
    QVERIFY(p.compile(QStringLiteral(".")));
    // JS property order in both directions; duplicates: last value at the first position.
    QCOMPARE(compact(p.first(parse(R"({"b":1,"7":2,"a":3,"b":4})")).value), QByteArray(R"({"7":2,"b":4,"a":3})"));
    // Numbers are doubles.
    QCOMPARE(compact(p.first(parse("[1.0, 1e21, 12345678901234567890, 0.1]")).value),
             QByteArray("[1,1e+21,12345678901234567000,0.1]"));
    QVERIFY(p.compile(QStringLiteral("[infinite, nan, -infinite]")));
    QCOMPARE(compact(p.first(JsonValue()).value), QByteArray("[null,null,null]"));
    QVERIFY(p.compile(QStringLiteral("\"a\\u0000b\", {\"k\\u0000x\": 1}")));
    QCOMPARE(p.first(JsonValue()).value, JsonValue::fromString(QStringLiteral("a")));
    QVERIFY(p.compile(QStringLiteral("\"é😀\" | length")));
    QCOMPARE(compact(p.first(JsonValue()).value), QByteArray("2"));
}

void TestJqProgram::compileErrors()
{
    JqProgram p;
    QVERIFY(!p.compile(QStringLiteral("def env: {}; {} as $ENV | nosuch(.a)")));
    QCOMPARE(p.compileError(), QStringLiteral("jq: compile error: nosuch/1 is not defined at <top-level>, line 1:"));
    QVERIFY(p.compileMessages().size() >= 2);  // the error, then "jq: 1 compile error"
    const JqResult r = p.first(JsonValue());
    QVERIFY(r.failed());
    QVERIFY(r.compileError);
    // Several errors: Port keeps the last one.
    QVERIFY(!p.compile(QStringLiteral("if true then 1")));
    QVERIFY(p.compileError().startsWith(QLatin1String("jq: compile error: Possibly unterminated 'if' statement")));
}

void TestJqProgram::inputAndDebugCallbacks()
{
    JqProgram p;
    // Without an input callback libjq 1.6 segfaulted here.
    QVERIFY(p.compile(QStringLiteral("input")));
    QVERIFY(p.first(JsonValue()).failed());
    QVERIFY(p.compile(QStringLiteral("[inputs]")));
    QCOMPARE(compact(p.first(JsonValue()).value), QByteArray("[]"));
    QVERIFY(p.compile(QStringLiteral("debug | . + 1")));
    const JqResult r = p.first(JsonValue::fromInt(1));
    QCOMPARE(compact(r.value), QByteArray("2"));
    QCOMPARE(r.debug, QStringList{QStringLiteral("1")});
    QVERIFY(p.compile(QStringLiteral("error({a: 1})")));
    const JqResult e = p.first(JsonValue());
    QVERIFY(e.isUndefined());  // Port's binding: a non-string error message means no output
    QCOMPARE(e.debug.size(), 1);
}

void TestJqProgram::parseInput()
{
    QString error;
    QVERIFY(JqValue::parse("{\"a\":[1,2]}", &error).isValid());
    QVERIFY(!JqValue::parse("{\"a\":", &error).isValid());
    QVERIFY(!error.isEmpty());
    QCOMPARE(compact(JqValue::parse("{\"b\":1,\"0\":2}").toJson()), QByteArray(R"({"0":2,"b":1})"));
}

void TestJqProgram::batchProgram()
{
    const QStringList programs = {QStringLiteral(".a"), QStringLiteral(".b # comment"), QStringLiteral("empty"),
                                  QStringLiteral("error(\"x\")"), QStringLiteral("1, 2")};
    JqProgram p;
    QVERIFY2(p.compile(ad::batchProgram(programs)), qPrintable(p.compileError()));
    const JqValue input = JqValue::fromJson(parse(R"({"a":"A","b":"B"})"));
    QCOMPARE(p.first(input, ad::batchPath(0, 5)).value, JsonValue::fromString(QStringLiteral("A")));
    QCOMPARE(p.first(input, ad::batchPath(1, 5)).value, JsonValue::fromString(QStringLiteral("B")));
    QVERIFY(p.first(input, ad::batchPath(2, 5)).isUndefined());
    QCOMPARE(p.first(input, ad::batchPath(3, 5)).error, QStringLiteral("jq: error: x"));
    QCOMPARE(compact(p.first(input, ad::batchPath(4, 5)).value), QByteArray("1"));

    // The branch is read with `input`: a template's own input/inputs still find none, as alone.
    const QStringList reading = {QStringLiteral("[inputs]"), QStringLiteral("try input catch ."), QStringLiteral("input"),
                                 QStringLiteral("[.a, (first(inputs)? // \"none\")]")};
    JqProgram batch;
    QVERIFY2(batch.compile(ad::batchProgram(reading)), qPrintable(batch.compileError()));
    for (int i = 0; i < reading.size(); ++i) {
        JqProgram alone;
        QVERIFY(alone.compile(reading.at(i)));
        const JqResult a = alone.first(input), b = batch.first(input, ad::batchPath(i, int(reading.size())));
        QCOMPARE(int(b.kind), int(a.kind));
        QCOMPARE(b.error, a.error);
        QCOMPARE(compact(b.value), compact(a.value));
    }
    QCOMPARE(compact(batch.first(input, ad::batchPath(0, 4)).value), QByteArray("[]"));
}

void TestJqProgram::batchPathReachesEveryBranch()
{
    for (int n : {1, 2, 3, 7, 8, 9, 200}) {
        QStringList programs;
        for (int i = 0; i < n; ++i)
            programs << QStringLiteral("\"p%1\"").arg(i);
        JqProgram p;
        QVERIFY2(p.compile(ad::batchProgram(programs)), qPrintable(p.compileError()));
        const JqValue input = JqValue::fromJson(parse("null"));
        for (int i = 0; i < n; ++i)
            QCOMPARE(compact(p.first(input, ad::batchPath(i, n)).value),
                     QStringLiteral("\"p%1\"").arg(i).toUtf8());
    }
}

void TestJqProgram::lexerBalance_data()
{
    QTest::addColumn<QString>("program");
    QTest::addColumn<bool>("balanced");
    QTest::newRow("plain") << ".a | map(.b)" << true;
    QTest::newRow("escape attempt") << "1) , (2" << false;
    QTest::newRow("bracket in string") << "\")\"" << true;
    QTest::newRow("interpolation") << "\"a\\(.b | (1))c\"" << true;
    QTest::newRow("open string") << "\"abc" << false;
    QTest::newRow("comment hides bracket") << ". # )" << true;
    QTest::newRow("mismatch") << "[1)" << false;
    QTest::newRow("object") << "{a: [1, {b: 2}]}" << true;
}

void TestJqProgram::lexerBalance()
{
    QFETCH(QString, program);
    QFETCH(bool, balanced);
    QCOMPARE(lexJq(program).balanced, balanced);
}

QTEST_GUILESS_MAIN(TestJqProgram)
#include "tst_jqprogram.moc"
