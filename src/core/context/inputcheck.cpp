#include "context/inputcheck.h"

#include "json/jsonwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QRegularExpression>
#include <QUrl>

namespace ad {

namespace {

// Marked with QT_TRANSLATE_NOOP so lupdate finds the texts; translated here.
QString msg(const char *s)
{
    return QCoreApplication::translate("ad::InputCheck", s);
}

QString shown(const JsonValue &v)
{
    return QString::fromUtf8(toCompactJs(v));
}

bool isEntity(const JsonValue &schema)
{
    return schema.value(u"format").toString() == QLatin1String("entity");
}

bool typeMatches(const QString &type, const JsonValue &v)
{
    if (type == QLatin1String("string"))
        return v.isString();
    if (type == QLatin1String("number"))
        return v.isNumber();
    if (type == QLatin1String("integer"))
        return v.isNumber() && v.toDouble() == double(qint64(v.toDouble()));
    if (type == QLatin1String("boolean"))
        return v.isBool();
    if (type == QLatin1String("array"))
        return v.isArray();
    if (type == QLatin1String("object"))
        return v.isObject();
    return true;  // unknown types are the validator's business
}

// Port's form checks the formats it offers; the others (yaml, markdown, multi-line, proto, user,
// team) accept any string.
QString formatProblem(const QString &format, const QString &s)
{
    if (format == QLatin1String("email")) {
        static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
        return re.match(s).hasMatch() ? QString() : msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is not an email address"));
    }
    if (format == QLatin1String("url")) {
        const QUrl u(s, QUrl::StrictMode);
        return u.isValid() && !u.scheme().isEmpty() && !u.host().isEmpty() ? QString() : msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is not a URL"));
    }
    if (format == QLatin1String("date-time")) {
        return QDateTime::fromString(s, Qt::ISODateWithMs).isValid() || QDateTime::fromString(s, Qt::ISODate).isValid()
                   ? QString()
                   : msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is not a date and time (ISO 8601)"));
    }
    if (format == QLatin1String("ipv4")) {
        static const QRegularExpression re(
            QStringLiteral("^((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)$"));
        return re.match(s).hasMatch() ? QString() : msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is not an IPv4 address"));
    }
    if (format == QLatin1String("ipv6")) {
        static const QRegularExpression re(QStringLiteral("^[0-9A-Fa-f:.]+$"));
        return re.match(s).hasMatch() && s.contains(QLatin1Char(':')) && s.count(QStringLiteral(":::")) == 0
                   ? QString()
                   : msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is not an IPv6 address"));
    }
    return {};
}

void checkScalar(const JsonValue &schema, const JsonValue &v, QStringList *out)
{
    const QString type = schema.value(u"type").toString();
    if (!type.isEmpty() && !typeMatches(type, v)) {
        *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "%1 is not a %2")).arg(shown(v), type);
        return;
    }
    if (v.isString()) {
        const QString s = v.toString();
        const qsizetype len = s.size();
        if (const JsonValue *min = schema.find(u"minLength"); min && min->isNumber() && len < min->toDouble())
            *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is shorter than minLength %1")).arg(min->numberText());
        if (const JsonValue *max = schema.find(u"maxLength"); max && max->isNumber() && len > max->toDouble())
            *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is longer than maxLength %1")).arg(max->numberText());
        if (const JsonValue *pattern = schema.find(u"pattern"); pattern && pattern->isString()) {
            // JSON Schema patterns are ECMA-262 and not anchored: a match anywhere counts.
            const QRegularExpression re(pattern->toString());
            if (re.isValid() && !re.match(s).hasMatch())
                *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "does not match the pattern %1")).arg(pattern->toString());
        }
        const QString problem = formatProblem(schema.value(u"format").toString(), s);
        if (!problem.isEmpty())
            *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "%1 %2")).arg(shown(v), problem);
    }
    if (v.isNumber()) {
        const double d = v.toDouble();
        if (const JsonValue *m = schema.find(u"minimum"); m && m->isNumber() && d < m->toDouble())
            *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "%1 is below the minimum %2")).arg(v.numberText(), m->numberText());
        if (const JsonValue *m = schema.find(u"maximum"); m && m->isNumber() && d > m->toDouble())
            *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "%1 is above the maximum %2")).arg(v.numberText(), m->numberText());
        if (const JsonValue *m = schema.find(u"exclusiveMinimum"); m && m->isNumber() && d <= m->toDouble())
            *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "%1 is not above the exclusive minimum %2")).arg(v.numberText(), m->numberText());
        if (const JsonValue *m = schema.find(u"exclusiveMaximum"); m && m->isNumber() && d >= m->toDouble())
            *out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "%1 is not below the exclusive maximum %2")).arg(v.numberText(), m->numberText());
    }
}

}  // namespace

QStringList checkInputValue(const JsonValue &schema, const JsonValue &value, bool required, const JsonValue &enumValues)
{
    QStringList out;
    const bool empty = value.isNull() || (value.isString() && value.toString().isEmpty())
                       || (value.isArray() && value.isEmpty() && required);
    if (empty) {
        if (required)
            out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "is required but empty"));
        return out;
    }
    // Entities are picked from Port's catalogue, not typed: their shape is the context builder's.
    if (isEntity(schema) || (value.isArray() && isEntity(schema.value(u"items"))))
        return out;
    checkScalar(schema, value, &out);
    if (!out.isEmpty())
        return out;
    const JsonValue &choices = enumValues.isArray() ? enumValues : schema.value(u"enum");
    if (choices.isArray()) {
        bool found = false;
        for (const JsonValue &c : choices.items())
            found = found || c == value;
        if (!found)
            out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "%1 is not one of the choices")).arg(shown(value));
    }
    if (value.isArray()) {
        if (const JsonValue *m = schema.find(u"minItems"); m && m->isNumber() && value.size() < m->toDouble())
            out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "has %1 items, fewer than minItems %2")).arg(value.size()).arg(m->numberText());
        if (const JsonValue *m = schema.find(u"maxItems"); m && m->isNumber() && value.size() > m->toDouble())
            out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "has %1 items, more than maxItems %2")).arg(value.size()).arg(m->numberText());
        const JsonValue &items = schema.value(u"items");
        if (items.isObject()) {
            for (qsizetype i = 0; i < value.size(); ++i) {
                QStringList itemProblems;
                checkScalar(items, value.at(i), &itemProblems);
                for (const QString &p : std::as_const(itemProblems))
                    out << msg(QT_TRANSLATE_NOOP("ad::InputCheck", "item %1: %2")).arg(i + 1).arg(p);
            }
        }
    }
    return out;
}

QHash<QString, QStringList> checkMockInputs(const FormState &form)
{
    QHash<QString, QStringList> out;
    for (const InputState &in : form.inputs) {
        const bool mock = in.source == InputState::Source::Scenario;
        // A required input the form shows must have a value; a hidden one Port does not ask for.
        if (!mock && !(in.required && in.visible))
            continue;
        const QStringList problems = checkInputValue(in.schema, in.value, in.required && in.visible, in.enumValues);
        if (!problems.isEmpty())
            out.insert(in.id, problems);
    }
    return out;
}

}  // namespace ad
