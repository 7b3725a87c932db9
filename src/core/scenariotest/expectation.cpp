#include "scenariotest/expectation.h"

#include "context/jsonbuild.h"
#include "invocation/invocationformat.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>

#include <cmath>

namespace ad {

namespace {

using namespace jsonbuild;

const QString kAny = QStringLiteral("<any>");
const QString kTimestamp = QStringLiteral("<timestamp>");
const QString kSignature = QStringLiteral("<signature>");
const QString kRunId = QStringLiteral("<runId>");
const QString kNow = QStringLiteral("<now>");
constexpr qint64 kDay = 24 * 60 * 60;

// Parsed JSON when the text is a JSON object or array, else the text itself.
JsonValue parsedOrText(const QString &text)
{
    const JsonParseResult r = parseJson(text.toUtf8());
    if (r.ok() && r.value.isContainer()) {
        JsonValue v = r.value;
        v.clearSourceInfo();
        return v;
    }
    return str(text);
}

bool nearNow(double secs, qint64 now)
{
    return std::fabs(secs - double(now)) <= double(kDay);
}

// A value a template derived from jq's `now` (or the render's clock): unix seconds or milliseconds, as a
// number or digits, or an ISO 8601 date-time, within a day of the render.
bool isNowDerived(const JsonValue &v, qint64 now)
{
    if (now <= 0)
        return false;
    if (v.isNumber()) {
        const double d = v.toDouble();
        return nearNow(d, now) || nearNow(d / 1000.0, now);
    }
    if (!v.isString())
        return false;
    const QString &s = v.toString();
    static const QRegularExpression digits(QStringLiteral("^\\d{10}(\\d{3})?(\\.\\d+)?$"));
    if (digits.match(s).hasMatch()) {
        const double d = s.toDouble();
        return nearNow(d, now) || nearNow(d / 1000.0, now);
    }
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d"));
    if (!iso.match(s).hasMatch())
        return false;
    const QDateTime t = QDateTime::fromString(s, Qt::ISODateWithMs);
    return t.isValid() && nearNow(double(t.toSecsSinceEpoch()), now);
}

JsonValue normalize(const JsonValue &v, const QString &key, const SnapshotVolatiles &vol)
{
    if (key.compare(QLatin1String("X-Port-Timestamp"), Qt::CaseInsensitive) == 0 && (v.isString() || v.isNumber()))
        return str(kTimestamp);
    if (key.compare(QLatin1String("X-Port-Signature"), Qt::CaseInsensitive) == 0 && v.isString()) {
        // Only a well-formed signature becomes the placeholder, so a broken one still shows.
        static const QRegularExpression sig(QStringLiteral("^v1,[A-Za-z0-9+/]+=*$"));
        return sig.match(v.toString()).hasMatch() ? str(kSignature) : v;
    }
    if (v.isObject()) {
        JsonValue o = JsonValue::object();
        for (const JsonMember &m : v.members())
            o.set(m.key, normalize(m.value, m.key, vol));
        return o;
    }
    if (v.isArray()) {
        JsonValue a = JsonValue::array();
        for (const JsonValue &item : v.items())
            a.append(normalize(item, QString(), vol));
        return a;
    }
    if (isNowDerived(v, vol.nowSecs))
        return str(kNow);
    // A run id shorter than 3 characters would replace unrelated text.
    if (v.isString() && vol.runId.size() >= 3 && v.toString().contains(vol.runId)) {
        QString s = v.toString();
        s.replace(vol.runId, kRunId);
        return str(s);
    }
    return v;
}

QString pointerText(const QString &pointer)
{
    return pointer.isEmpty() ? QStringLiteral("/") : pointer;
}

QStringList quotedKeys(const JsonValue &o)
{
    QStringList keys;
    for (const JsonMember &m : o.members())
        keys << quoteJsonString(m.key);
    return keys;
}

}  // namespace

QString ExpectationIssue::text() const
{
    return pointerText(pointer) + QStringLiteral(": ") + message;
}

ScenarioExpectation ScenarioExpectation::fromJson(const JsonValue &expect, QStringList *warnings)
{
    ScenarioExpectation e;
    if (expect.isNull())
        return e;
    if (!expect.isObject()) {
        if (warnings)
            *warnings << QCoreApplication::translate(
                "ad::ScenarioTest", "expect: expected an object with \"snapshot\" and/or \"assertions\"");
        return e;
    }
    e.snapshot = expect.value(u"snapshot");
    const JsonValue &assertions = expect.value(u"assertions");
    if (assertions.isArray())
        e.assertions = assertions;
    else if (!assertions.isNull() && warnings)
        *warnings << QCoreApplication::translate("ad::ScenarioTest", "expect.assertions: expected an array");
    return e;
}

JsonValue ScenarioExpectation::toJson() const
{
    if (isEmpty())
        return {};
    JsonValue o = JsonValue::object();
    if (hasSnapshot())
        o.set(QStringLiteral("snapshot"), snapshot);
    if (!assertions.isEmpty())
        o.set(QStringLiteral("assertions"), assertions);
    return o;
}

JsonValue invocationComparable(const RenderedInvocation &inv)
{
    JsonValue o = invocationToJson(inv, false);
    for (const QString &field : {QStringLiteral("body"), QStringLiteral("value")})
        if (const JsonValue *text = o.find(field); text && text->isString())
            o.set(field, parsedOrText(text->toString()));
    return o;
}

JsonValue normalizeComparable(const JsonValue &comparable, const SnapshotVolatiles &volatiles)
{
    return normalize(comparable, QString(), volatiles);
}

QString shortJson(const JsonValue &v, int maxChars)
{
    QString s = QString::fromUtf8(toCompactJs(v));
    if (s.size() > maxChars)
        s = s.left(maxChars - 1) + QChar(0x2026);
    return s;
}

QList<ExpectationIssue> diffJson(const JsonValue &expected, const JsonValue &actual, const QString &pointer)
{
    QList<ExpectationIssue> out;
    if (expected.isString() && expected.toString() == kAny)
        return out;
    if (expected.type() != actual.type()) {
        out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "expected %1, got %2")
                                 .arg(shortJson(expected), shortJson(actual))});
        return out;
    }
    if (expected.isObject()) {
        for (const JsonMember &m : expected.members()) {
            const QString p = jsonPointerAppend(pointer, m.key);
            if (const JsonValue *a = actual.find(m.key))
                out += diffJson(m.value, *a, p);
            else
                out.append(
                    {p,
                     QCoreApplication::translate("ad::ScenarioTest", "missing (expected %1)").arg(shortJson(m.value))});
        }
        for (const JsonMember &m : actual.members())
            if (!expected.contains(m.key))
                out.append({jsonPointerAppend(pointer, m.key),
                            QCoreApplication::translate("ad::ScenarioTest", "unexpected %1").arg(shortJson(m.value))});
        if (out.isEmpty() && expected.keys() != actual.keys())
            out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "key order: expected %1, got %2")
                                     .arg(quotedKeys(expected).join(QStringLiteral(", ")),
                                          quotedKeys(actual).join(QStringLiteral(", ")))});
        return out;
    }
    if (expected.isArray()) {
        const qsizetype n = std::min(expected.size(), actual.size());
        for (qsizetype i = 0; i < n; ++i)
            out += diffJson(expected.at(i), actual.at(i), jsonPointerAppend(pointer, i));
        for (qsizetype i = n; i < expected.size(); ++i)
            out.append(
                {jsonPointerAppend(pointer, i), QCoreApplication::translate("ad::ScenarioTest", "missing (expected %1)")
                                                    .arg(shortJson(expected.at(i)))});
        for (qsizetype i = n; i < actual.size(); ++i)
            out.append({jsonPointerAppend(pointer, i),
                        QCoreApplication::translate("ad::ScenarioTest", "unexpected %1").arg(shortJson(actual.at(i)))});
        return out;
    }
    if (expected != actual)
        out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "expected %1, got %2")
                                 .arg(shortJson(expected), shortJson(actual))});
    return out;
}

QList<ExpectationIssue> checkAssertions(const JsonValue &assertions, const JsonValue &comparable)
{
    QList<ExpectationIssue> out;
    qsizetype index = -1;
    for (const JsonValue &a : assertions.items()) {
        ++index;
        const QString where = QStringLiteral("assertions[%1]").arg(index);
        if (!a.isObject() || !a.value(u"pointer").isString()) {
            out.append(
                {QString(), QCoreApplication::translate("ad::ScenarioTest", "%1: expected {\"pointer\": \"/...\", ...}")
                                .arg(where)});
            continue;
        }
        const QString pointer = a.value(u"pointer").toString();
        const JsonValue *actual = resolvePointer(comparable, pointer);
        bool checked = false;
        if (const JsonValue *exists = a.find(u"exists")) {
            checked = true;
            const bool want = exists->toBool(true);
            if (want && !actual)
                out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "expected to exist, missing")});
            else if (!want && actual)
                out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "expected not to exist, got %1")
                                         .arg(shortJson(*actual))});
        }
        if (const JsonValue *equals = a.find(u"equals")) {
            checked = true;
            if (!actual)
                out.append(
                    {pointer,
                     QCoreApplication::translate("ad::ScenarioTest", "missing (expected %1)").arg(shortJson(*equals))});
            else if (equals->isContainer() && equals->type() == actual->type())
                out += diffJson(*equals, *actual, pointer);  // pointer by pointer, as a snapshot
            else if (*actual != *equals)
                out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "expected %1, got %2")
                                         .arg(shortJson(*equals), shortJson(*actual))});
        }
        if (const JsonValue *matches = a.find(u"matches")) {
            checked = true;
            const QRegularExpression re(matches->toString());
            if (!matches->isString() || !re.isValid()) {
                out.append({pointer, QCoreApplication::translate("ad::ScenarioTest",
                                                                 "%1: \"matches\" is not a valid regular expression")
                                         .arg(where)});
            } else if (!actual) {
                out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "missing (expected to match %1)")
                                         .arg(shortJson(*matches))});
            } else {
                const QString text = actual->isString() ? actual->toString() : QString::fromUtf8(toCompactJs(*actual));
                if (!re.match(text).hasMatch())
                    out.append({pointer, QCoreApplication::translate("ad::ScenarioTest", "%1 does not match %2")
                                             .arg(shortJson(*actual), shortJson(*matches))});
            }
        }
        if (const JsonValue *type = a.find(u"type")) {
            checked = true;
            const QString want = type->toString();
            const QString got = actual ? actual->typeName() : QStringLiteral("missing");
            const bool integer = want == QLatin1String("integer") && actual && actual->isNumber() &&
                                 std::floor(actual->toDouble()) == actual->toDouble();
            if (got != want && !integer)
                out.append(
                    {pointer,
                     QCoreApplication::translate("ad::ScenarioTest", "expected type %1, got %2").arg(want, got)});
        }
        if (!checked)
            out.append(
                {pointer, QCoreApplication::translate(
                              "ad::ScenarioTest", "%1: no check (use \"equals\", \"exists\", \"matches\" or \"type\")")
                              .arg(where)});
    }
    return out;
}

QList<ExpectationIssue> checkExpectation(const ScenarioExpectation &expectation, const JsonValue &comparable,
                                         const SnapshotVolatiles &volatiles)
{
    QList<ExpectationIssue> out;
    if (expectation.hasSnapshot())
        out +=
            diffJson(normalizeComparable(expectation.snapshot, volatiles), normalizeComparable(comparable, volatiles));
    out += checkAssertions(expectation.assertions, comparable);
    return out;
}

}  // namespace ad
