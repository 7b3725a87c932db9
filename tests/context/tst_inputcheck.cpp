// Mock input values checked against their input as Port's form would (issue 13, point 8).
#include "context/inputcheck.h"
#include "json/jsonparser.h"

#include <QTest>

using namespace ad;

namespace {
JsonValue j(const char *text)
{
    return parseJson(QByteArray(text)).value;
}
}  // namespace

class TstInputCheck : public QObject {
    Q_OBJECT
private slots:
    void rules_data();
    void rules();
    void mockInputsOfAFormState();
};

void TstInputCheck::rules_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<bool>("required");
    QTest::addColumn<QString>("problem");  // a part of the expected problem; empty = accepted
    const QByteArray semver = R"({"type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$"})";
    QTest::newRow("pattern ok") << semver << QByteArray(R"("1.2.3")") << false << QString();
    QTest::newRow("pattern bad") << semver << QByteArray(R"("not-a-semver")") << false << QStringLiteral("pattern");
    QTest::newRow("maximum") << QByteArray(R"({"type": "number", "maximum": 10})") << QByteArray("50") << false
                             << QStringLiteral("above the maximum 10");
    QTest::newRow("minimum") << QByteArray(R"({"type": "number", "minimum": 1})") << QByteArray("0") << false
                             << QStringLiteral("below the minimum 1");
    QTest::newRow("exclusiveMaximum") << QByteArray(R"({"type": "number", "exclusiveMaximum": 10})") << QByteArray("10")
                                      << false << QStringLiteral("exclusive maximum");
    QTest::newRow("in range") << QByteArray(R"({"type": "number", "minimum": 1, "maximum": 10})") << QByteArray("5")
                              << false << QString();
    QTest::newRow("type") << QByteArray(R"({"type": "number"})") << QByteArray(R"("five")") << false
                          << QStringLiteral("is not a number");
    QTest::newRow("minLength") << QByteArray(R"({"type": "string", "minLength": 3})") << QByteArray(R"("ab")") << false
                               << QStringLiteral("minLength 3");
    QTest::newRow("maxLength") << QByteArray(R"({"type": "string", "maxLength": 3})") << QByteArray(R"("abcd")") << false
                               << QStringLiteral("maxLength 3");
    QTest::newRow("enum") << QByteArray(R"({"type": "string", "enum": ["a", "b"]})") << QByteArray(R"("c")") << false
                          << QStringLiteral("not one of the choices");
    QTest::newRow("email") << QByteArray(R"({"type": "string", "format": "email"})") << QByteArray(R"("nobody")")
                           << false << QStringLiteral("email");
    QTest::newRow("url") << QByteArray(R"({"type": "string", "format": "url"})") << QByteArray(R"("not a url")") << false
                         << QStringLiteral("URL");
    QTest::newRow("date-time") << QByteArray(R"({"type": "string", "format": "date-time"})")
                               << QByteArray(R"("yesterday")") << false << QStringLiteral("date");
    QTest::newRow("ipv4") << QByteArray(R"({"type": "string", "format": "ipv4"})") << QByteArray(R"("300.1.1.1")")
                          << false << QStringLiteral("IPv4");
    QTest::newRow("required") << QByteArray(R"({"type": "string"})") << QByteArray(R"("")") << true
                              << QStringLiteral("required");
    QTest::newRow("minItems") << QByteArray(R"({"type": "array", "minItems": 2})") << QByteArray(R"(["a"])") << false
                              << QStringLiteral("minItems 2");
    QTest::newRow("maxItems") << QByteArray(R"({"type": "array", "maxItems": 1})") << QByteArray(R"(["a", "b"])")
                              << false << QStringLiteral("maxItems 1");
    QTest::newRow("items") << QByteArray(R"({"type": "array", "items": {"type": "string", "format": "email"}})")
                           << QByteArray(R"(["a@b.io", "x"])") << false << QStringLiteral("item 2");
    QTest::newRow("entity") << QByteArray(R"({"type": "string", "format": "entity", "blueprint": "s"})")
                            << QByteArray(R"({"identifier": "x"})") << false << QString();
}

void TstInputCheck::rules()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, value);
    QFETCH(bool, required);
    QFETCH(QString, problem);
    const QStringList problems = checkInputValue(j(schema.constData()), j(value.constData()), required);
    if (problem.isEmpty()) {
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('|'))));
    } else {
        QVERIFY2(!problems.isEmpty() && problems.join(QLatin1Char('|')).contains(problem),
                 qPrintable(problems.join(QLatin1Char('|'))));
    }
}

void TstInputCheck::mockInputsOfAFormState()
{
    FormState form;
    InputState a;
    a.id = QStringLiteral("version");
    a.schema = j(R"({"type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$"})");
    a.value = JsonValue::fromString(QStringLiteral("not-a-semver"));
    a.source = InputState::Source::Scenario;
    InputState b;
    b.id = QStringLiteral("replicas");
    b.schema = j(R"({"type": "number", "maximum": 10})");
    b.value = JsonValue::fromInt(50);
    b.source = InputState::Source::Default;  // not the scenario's: the action's own default
    form.inputs = {a, b};
    const QHash<QString, QStringList> out = checkMockInputs(form);
    QCOMPARE(out.size(), 1);
    QVERIFY(out.contains(QStringLiteral("version")));
}

QTEST_MAIN(TstInputCheck)
#include "tst_inputcheck.moc"
