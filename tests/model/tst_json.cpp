// The JSON core: parser positions and errors, limits, writer output (canonical = Python's
// json.dumps(indent=2, ensure_ascii=False) + "\n"), compact/JS output, JS number formatting.
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "modeltestutil.h"

#include <QDir>
#include <QFile>
#include <QtTest>

#include <limits>

using namespace ad;

using namespace ad::test;

class TestJson : public QObject {
    Q_OBJECT
private slots:
    void positions_data();
    void positions();
    void multilinePositions();
    void errors_data();
    void errors();
    void surrogateEscapes();
    void loneSurrogateEscapeRoundTrip();
    void depthLimit();
    void deepNestingIsALocatedError();
    void hugeNumberLiterals();
    void bomIsSkipped();
    void duplicateKeysKeptLastWins();
    void canonicalMatchesPython_data();
    void canonicalMatchesPython();
    void canonicalGolden();
    void escapesGoldenWithoutSourceText();
    void compactKeepsSourceText();
    void compactJs();
    void formatJsNumber_data();
    void formatJsNumber();
    void pointers();
};

void TestJson::positions_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("pointer");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<int>("offset");

    QTest::newRow("root") << QByteArray("  {\"a\": 1}") << QString() << 1 << 3 << 2;
    QTest::newRow("member value") << QByteArray("{\"a\": 1}") << QStringLiteral("/a") << 1 << 7 << 6;
    // é is 2 bytes, one column.
    QTest::newRow("after 2-byte char") << QByteArray("{\"\xC3\xA9\": 12}") << QString::fromUtf8("/\xC3\xA9") << 1 << 7 << 7;
    // 😀 is 4 bytes (2 UTF-16 units) and still one column.
    QTest::newRow("after 4-byte char") << QByteArray("[\"\xF0\x9F\x98\x80\", 2]") << QStringLiteral("/1") << 1 << 7 << 9;
    // 中 is 3 bytes.
    QTest::newRow("after 3-byte chars") << QByteArray("[\"\xE4\xB8\xAD\xE6\x96\x87\", true]") << QStringLiteral("/1") << 1
                                        << 8 << 11;
    QTest::newRow("second line") << QByteArray("{\n  \"a\": [\n    false]}") << QStringLiteral("/a/0") << 3 << 5 << 15;
    QTest::newRow("crlf") << QByteArray("{\r\n\"a\": null\r\n}") << QStringLiteral("/a") << 2 << 6 << 8;
}

void TestJson::positions()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, pointer);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(int, offset);
    const JsonParseResult r = parseJson(text);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const JsonValue *v = resolvePointer(r.value, pointer);
    QVERIFY(v);
    QCOMPARE(v->pos().line, line);
    QCOMPARE(v->pos().column, column);
    QCOMPARE(v->pos().offset, qsizetype(offset));
}

void TestJson::multilinePositions()
{
    const QByteArray text = "{\n  \"k\u00e9y\": {\n    \"x\": [1, 2]\n  }\n}\n";
    const JsonParseResult r = parseJson(text);
    QVERIFY(r.ok());
    const JsonMember *m = r.value.findMember(u"k\u00e9y");
    QVERIFY(m);
    QCOMPARE(m->keyPos.line, 2);
    QCOMPARE(m->keyPos.column, 3);
    QCOMPARE(m->value.pos().line, 2);
    QCOMPARE(m->value.pos().column, 10);
    QCOMPARE(m->value.endPos().line, 4);
    QCOMPARE(m->value.endPos().column, 3);
    const JsonValue *two = resolvePointer(r.value, QStringLiteral("/k\u00e9y/x/1"));
    QVERIFY(two);
    QCOMPARE(two->pos().line, 3);
    QCOMPARE(two->pos().column, 14);
}

void TestJson::errors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");

    QTest::newRow("empty") << QByteArray("") << 1 << 1 << QStringLiteral("empty document");
    QTest::newRow("only whitespace") << QByteArray(" \n ") << 2 << 2 << QStringLiteral("empty document");
    QTest::newRow("truncated object") << QByteArray("{\n  \"a\": 1,\n  \"b\": [1, 2") << 3 << 13
                                      << QStringLiteral("unexpected end of file");
    QTest::newRow("missing comma") << QByteArray("{\"a\": 1 \"b\": 2}") << 1 << 9 << QStringLiteral("expected");
    QTest::newRow("trailing comma") << QByteArray("[1, 2,]") << 1 << 7 << QStringLiteral("trailing comma");
    QTest::newRow("single quotes") << QByteArray("{'a': 1}") << 1 << 2 << QStringLiteral("double quotes");
    QTest::newRow("comment") << QByteArray("{} // x") << 1 << 4 << QStringLiteral("comments");
    QTest::newRow("trailing text") << QByteArray("{} x") << 1 << 4 << QString();
    QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 2 << QStringLiteral("leading zeros");
    QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << 1 << 3 << QStringLiteral("invalid escape");
    QTest::newRow("short \\u") << QByteArray("[\"\\u12\"]") << 1 << 3 << QStringLiteral("four hex digits");
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << 1 << 4 << QStringLiteral("line break");
    QTest::newRow("unterminated string") << QByteArray("{\"a\": \"abc") << 1 << 11 << QStringLiteral("unterminated string");
    QTest::newRow("invalid utf-8") << QByteArray("{\"a\": \"x\xFFy\"}") << 1 << 9 << QStringLiteral("invalid UTF-8");
    QTest::newRow("invalid utf-8 after multibyte") << QByteArray("[\"\xC3\xA9\xC3\"]") << 1 << 4
                                                   << QStringLiteral("UTF-8");
    QTest::newRow("overlong utf-8") << QByteArray("[\"\xC0\xAF\"]") << 1 << 3 << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 surrogate") << QByteArray("[\"\xED\xA0\x80\"]") << 1 << 3 << QStringLiteral("UTF-8");
    QTest::newRow("NaN") << QByteArray("[NaN]") << 1 << 2 << QStringLiteral("unexpected word");
    QTest::newRow("minus alone") << QByteArray("[-]") << 1 << 3 << QStringLiteral("invalid number");
    QTest::newRow("exponent without digits") << QByteArray("[1e]") << 1 << 4 << QStringLiteral("exponent");
    QTest::newRow("error after multibyte") << QByteArray("{\"\xC3\xA9\xC3\xA9\": tru}") << 1 << 8
                                           << QStringLiteral("unexpected word");
}

void TestJson::errors()
{
    QFETCH(QByteArray, text);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const JsonParseResult r = parseJson(text);
    QVERIFY(!r.ok());
    QVERIFY(!r.error.message.isEmpty());
    if (!messagePart.isEmpty())
        QVERIFY2(r.error.message.contains(messagePart), qPrintable(r.error.message));
    QCOMPARE(r.error.pos.line, line);
    QCOMPARE(r.error.pos.column, column);
}

void TestJson::surrogateEscapes()
{
    const JsonParseResult r = parseJson(QByteArray("[\"\\ud83d\\ude00\", \"\\u00e9\", \"\\uD83D\\uDE00x\"]"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.at(0).toString(), QString::fromUtf8("\xF0\x9F\x98\x80"));
    QCOMPARE(r.value.at(1).toString(), QString::fromUtf8("\xC3\xA9"));
    QCOMPARE(r.value.at(2).toString(), QString::fromUtf8("\xF0\x9F\x98\x80x"));
    // The escapes themselves are kept for export.
    QCOMPARE(r.value.at(0).rawString(), QStringLiteral("\\ud83d\\ude00"));
    // JSON.stringify writes the character itself.
    QCOMPARE(toCompactJs(r.value), QByteArray("[\"\xF0\x9F\x98\x80\",\"\xC3\xA9\",\"\xF0\x9F\x98\x80x\"]"));
}

void TestJson::loneSurrogateEscapeRoundTrip()
{
    // JSON.parse accepts a lone surrogate escape; nothing may be lost or turned into U+FFFD.
    const QByteArray text = "[\"a\\ud800b\", \"\\udc00\"]";
    const JsonParseResult r = parseJson(text);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.at(0).toString().size(), 3);
    QCOMPARE(r.value.at(0).toString().at(1).unicode(), char16_t(0xD800));
    QCOMPARE(writeJson(r.value, {JsonWriteOptions::Style::Compact}), QByteArray("[\"a\\ud800b\",\"\\udc00\"]"));
    // JSON.stringify (ES2019) escapes lone surrogates as \uXXXX (lower-case hex).
    QCOMPARE(toCompactJs(r.value), QByteArray("[\"a\\ud800b\",\"\\udc00\"]"));
}

void TestJson::depthLimit()
{
    const QByteArray ok = QByteArray(kMaxJsonDepth, '[') + QByteArray(kMaxJsonDepth, ']');
    JsonParseResult r = parseJson(ok);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    const QByteArray tooDeep = QByteArray(kMaxJsonDepth + 1, '[') + QByteArray(kMaxJsonDepth + 1, ']');
    r = parseJson(tooDeep);
    QVERIFY(!r.ok());
    QVERIFY2(r.error.message.contains(QStringLiteral("nesting")), qPrintable(r.error.message));
    QCOMPARE(r.error.pos.line, 1);
    QCOMPARE(r.error.pos.column, kMaxJsonDepth + 1);
    // Objects count too.
    QByteArray objs;
    for (int i = 0; i <= kMaxJsonDepth; ++i)
        objs += "{\"a\":";
    r = parseJson(objs);
    QVERIFY(!r.ok());
    QVERIFY(r.error.message.contains(QStringLiteral("nesting")));
}

void TestJson::deepNestingIsALocatedError()
{
    const JsonParseResult r = parseJson(QByteArray(100000, '['));
    QVERIFY(!r.ok());
    QCOMPARE(r.error.pos.line, 1);
    QCOMPARE(r.error.pos.column, kMaxJsonDepth + 1);
    // Deep but legal: a value of the maximum depth can be written back.
    const JsonParseResult ok = parseJson(QByteArray(kMaxJsonDepth, '[') + QByteArray(kMaxJsonDepth, ']'));
    QVERIFY(ok.ok());
    QCOMPARE(writeJson(ok.value, {JsonWriteOptions::Style::Compact}).size(), qsizetype(2 * kMaxJsonDepth));
}

void TestJson::hugeNumberLiterals()
{
    // A literal that "claims" a value of a billion decimal digits is just 14 bytes of text.
    JsonParseResult r = parseJson(QByteArray("{\"n\": 1e999999999, \"m\": -1e-999999999}"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.value(u"n").numberText(), QStringLiteral("1e999999999"));
    QVERIFY(qIsInf(r.value.value(u"n").toDouble()));
    QCOMPARE(writeJson(r.value, {JsonWriteOptions::Style::Compact}), QByteArray("{\"n\":1e999999999,\"m\":-1e-999999999}"));
    QCOMPARE(toCompactJs(r.value), QByteArray("{\"n\":null,\"m\":0}"));

    // A million digits: kept exactly.
    const QByteArray digits(1000000, '7');
    r = parseJson(QByteArray("[") + digits + "]");
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.at(0).numberText().size(), qsizetype(1000000));
    QCOMPARE(writeJson(r.value, {JsonWriteOptions::Style::Compact}), QByteArray("[") + digits + "]");
}

void TestJson::bomIsSkipped()
{
    const JsonParseResult r = parseJson(QByteArray("\xEF\xBB\xBF{\"a\": 1}"));
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(r.value.value(u"a").pos().column, 7);
}

void TestJson::duplicateKeysKeptLastWins()
{
    const QByteArray text = "{\n  \"a\": 1,\n  \"b\": 2,\n  \"a\": 3\n}\n";
    const JsonParseResult r = parseJson(text);
    QVERIFY(r.ok());
    QCOMPARE(r.value.size(), 3);
    QCOMPARE(r.value.value(u"a").numberText(), QStringLiteral("3"));
    QCOMPARE(writeJson(r.value), text);
}

void TestJson::canonicalMatchesPython_data()
{
    QTest::addColumn<QString>("path");
    for (const QString &p : exampleFiles())
        QTest::newRow(qPrintable(QFileInfo(p).fileName())) << p;
}

void TestJson::canonicalMatchesPython()
{
    // Port's examples were written by json.dumps(indent=2, ensure_ascii=False); one lacks the final
    // newline that json.dumps(...) + "\n" has.
    QFETCH(QString, path);
    QByteArray expected = readAll(path);
    QVERIFY(!expected.isEmpty());
    if (!expected.endsWith('\n'))
        expected += '\n';
    const JsonParseResult r = parseJson(expected);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(writeJson(r.value), expected);
}

void TestJson::canonicalGolden()
{
    // Made with: python3 -c 'import json,sys; print(json.dumps(json.load(open(IN)), indent=2, ensure_ascii=False))'
    const QByteArray in = readAll(QStringLiteral(AD_TEST_DATA_DIR "/python-canonical-input.json"));
    const QByteArray expected = readAll(QStringLiteral(AD_TEST_DATA_DIR "/python-canonical-expected.json"));
    QVERIFY(!in.isEmpty() && !expected.isEmpty());
    const JsonParseResult r = parseJson(in);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    QCOMPARE(writeJson(r.value), expected);
    // Canonical text is a fixed point.
    QCOMPARE(writeJson(parseJson(expected).value), expected);
}

void TestJson::escapesGoldenWithoutSourceText()
{
    // Without the source text, strings are escaped like json.dumps(ensure_ascii=False) / JSON.stringify.
    const QByteArray in = readAll(QStringLiteral(AD_TEST_DATA_DIR "/escapes-input.json"));
    const QByteArray expected = readAll(QStringLiteral(AD_TEST_DATA_DIR "/escapes-expected.json"));
    const JsonParseResult r = parseJson(in);
    QVERIFY2(r.ok(), qPrintable(r.error.message));
    JsonWriteOptions opt;
    opt.keepSourceText = false;
    QCOMPARE(writeJson(r.value, opt), expected);
    // With it (export), the escapes stay as the user wrote them.
    const QByteArray kept = writeJson(r.value);
    QVERIFY(kept.contains("\"\\u00e9\\/\\u0041\\ud83d\\ude00\\u0007\""));
    QVERIFY(kept.contains("\"k\\u00fcy\""));
}

void TestJson::compactKeepsSourceText()
{
    const QByteArray in = "{ \"a\" : [ 1.0 , 1e400 , 12345678901234567890 , \"\\u00e9\\/\" ] , \"b\" : { } }";
    const JsonParseResult r = parseJson(in);
    QVERIFY(r.ok());
    JsonWriteOptions opt;
    opt.style = JsonWriteOptions::Style::Compact;
    QCOMPARE(writeJson(r.value, opt), QByteArray("{\"a\":[1.0,1e400,12345678901234567890,\"\\u00e9\\/\"],\"b\":{}}"));
    QCOMPARE(writeJson(r.value),
             QByteArray("{\n  \"a\": [\n    1.0,\n    1e400,\n    12345678901234567890,\n    \"\\u00e9\\/\"\n  ],\n"
                        "  \"b\": {}\n}\n"));
}

void TestJson::compactJs()
{
    // What JSON.stringify(JSON.parse(text)) gives in node.
    const QByteArray in = "{\"a\": [1.0, 1e400, 12345678901234567890, 0.1, 1E21, 5e-7, -0, 100], "
                          "\"s\": \"\\u00e9\\/\\u0001\\n\", \"e\": {}, \"l\": []}";
    const JsonParseResult r = parseJson(in);
    QVERIFY(r.ok());
    QCOMPARE(toCompactJs(r.value), QByteArray("{\"a\":[1,null,12345678901234567000,0.1,1e+21,5e-7,0,100],"
                                              "\"s\":\"\xC3\xA9/\\u0001\\n\",\"e\":{},\"l\":[]}"));
    QCOMPARE(quoteJsonString(QStringLiteral("a\"b\\c\td\x7f")), QStringLiteral("\"a\\\"b\\\\c\\td\x7f\""));
}

void TestJson::formatJsNumber_data()
{
    QTest::addColumn<double>("value");
    QTest::addColumn<QString>("expected");
    QTest::newRow("0.1") << 0.1 << QStringLiteral("0.1");
    QTest::newRow("1e21") << 1e21 << QStringLiteral("1e+21");
    QTest::newRow("5e-7") << 5e-7 << QStringLiteral("5e-7");
    QTest::newRow("1e20") << 1e20 << QStringLiteral("100000000000000000000");
    QTest::newRow("-0") << -0.0 << QStringLiteral("0");
    QTest::newRow("1e-7") << 1e-7 << QStringLiteral("1e-7");
    QTest::newRow("123e-20") << 123e-20 << QStringLiteral("1.23e-18");
    QTest::newRow("0.000001") << 0.000001 << QStringLiteral("0.000001");
    QTest::newRow("1.5") << 1.5 << QStringLiteral("1.5");
    QTest::newRow("-2.5e-8") << -2.5e-8 << QStringLiteral("-2.5e-8");
    QTest::newRow("0.1+0.2") << (0.1 + 0.2) << QStringLiteral("0.30000000000000004");
    QTest::newRow("2^53+2") << 9007199254740994.0 << QStringLiteral("9007199254740994");
    QTest::newRow("123456789012") << 123456789012.0 << QStringLiteral("123456789012");
    QTest::newRow("1.7976931348623157e308") << 1.7976931348623157e308 << QStringLiteral("1.7976931348623157e+308");
    QTest::newRow("5e-324") << 5e-324 << QStringLiteral("5e-324");
    QTest::newRow("inf") << std::numeric_limits<double>::infinity() << QStringLiteral("Infinity");
}

void TestJson::formatJsNumber()
{
    QFETCH(double, value);
    QFETCH(QString, expected);
    QCOMPARE(ad::formatJsNumber(value), expected);
}

void TestJson::pointers()
{
    QCOMPARE(jsonPointer({QStringLiteral("a/b"), QStringLiteral("c~d"), QStringLiteral("0")}), QStringLiteral("/a~1b/c~0d/0"));
    QCOMPARE(jsonPointerTokens(QStringLiteral("/a~1b/c~0d/0")),
             (QStringList{QStringLiteral("a/b"), QStringLiteral("c~d"), QStringLiteral("0")}));
    const JsonParseResult r = parseJson(QByteArray("{\"a/b\": [10, {\"c~d\": true}]}"));
    QVERIFY(r.ok());
    const JsonValue *v = resolvePointer(r.value, QStringLiteral("/a~1b/1/c~0d"));
    QVERIFY(v && v->toBool());
    QVERIFY(!resolvePointer(r.value, QStringLiteral("/a~1b/2")));
    QVERIFY(!resolvePointer(r.value, QStringLiteral("/nope")));
    QCOMPARE(resolvePointer(r.value, QString()), &r.value);
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
