#include "invocation/pythonjson.h"

#include "json/jsonwriter.h"

#include <QSet>

namespace ad {

namespace {

void appendString(QByteArray &out, const QString &s)
{
    out += '"';
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            if (c < 0x20 || c > 0x7e)  // Python escapes everything outside " ".."~", DEL included
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0')).toLatin1();
            else
                out += char(c);
        }
    }
    out += '"';
}

// Python parses "3" as int (printed back unchanged) and "3.0"/"1e-7" as float, printed by repr().
QByteArray pythonNumber(const JsonValue &v)
{
    const QString js = formatJsNumber(v.toDouble());
    const QString &text = v.numberText();
    const bool isFloat = text.contains(QLatin1Char('.')) || text.contains(QLatin1Char('e'))
                         || text.contains(QLatin1Char('E'));
    if (!isFloat)
        return text.toLatin1();
    if (js == QLatin1String("Infinity") || js == QLatin1String("-Infinity") || js == QLatin1String("NaN"))
        return js.toLatin1();
    // Decompose JS's shortest form into sign, digits and the exponent n with value 0.DIGITS x 10^n.
    QString s = js;
    const bool negative = s.startsWith(QLatin1Char('-'));
    if (negative)
        s.remove(0, 1);
    int exp = 0;
    const qsizetype e = s.indexOf(QLatin1Char('e'));
    if (e >= 0) {
        exp = s.mid(e + 1).toInt();
        s.truncate(e);
    }
    const qsizetype dot = s.indexOf(QLatin1Char('.'));
    QString digits = s;
    int n = int(dot >= 0 ? dot : s.size());
    if (dot >= 0)
        digits.remove(dot, 1);
    while (digits.size() > 1 && digits.startsWith(QLatin1Char('0'))) {
        digits.remove(0, 1);
        --n;
    }
    while (digits.size() > 1 && digits.endsWith(QLatin1Char('0')))
        digits.chop(1);
    n += exp;
    if (digits == QLatin1String("0"))
        return negative ? "-0.0" : "0.0";
    const int k = int(digits.size());
    const int decimalExp = n - 1;
    QString out;
    if (decimalExp >= -4 && decimalExp < 16) {
        if (n <= 0)
            out = QStringLiteral("0.") + QString(-n, QLatin1Char('0')) + digits;
        else if (n >= k)
            out = digits + QString(n - k, QLatin1Char('0')) + QStringLiteral(".0");
        else
            out = digits.left(n) + QLatin1Char('.') + digits.mid(n);
    } else {
        out = digits.left(1);
        if (k > 1)
            out += QLatin1Char('.') + digits.mid(1);
        out += QLatin1Char('e') + QLatin1Char(decimalExp < 0 ? '-' : '+')
               + QString::number(std::abs(decimalExp)).rightJustified(2, QLatin1Char('0'));
    }
    return (negative ? QByteArray("-") : QByteArray()) + out.toLatin1();
}

void append(QByteArray &out, const JsonValue &v, bool compact)
{
    const char *itemSep = compact ? "," : ", ";
    const char *keySep = compact ? ":" : ": ";
    switch (v.type()) {
    case JsonValue::Type::Null: out += "null"; break;
    case JsonValue::Type::Bool: out += v.toBool() ? "true" : "false"; break;
    case JsonValue::Type::Number: out += pythonNumber(v); break;
    case JsonValue::Type::String: appendString(out, v.toString()); break;
    case JsonValue::Type::Array: {
        out += '[';
        bool first = true;
        for (const JsonValue &item : v.items()) {
            if (!first)
                out += itemSep;
            first = false;
            append(out, item, compact);
        }
        out += ']';
        break;
    }
    case JsonValue::Type::Object: {
        // A Python dict keeps one entry per key: the last value, at the first key's position.
        out += '{';
        QSet<QString> seen;
        bool first = true;
        for (const JsonMember &m : v.members()) {
            if (seen.contains(m.key))
                continue;
            seen.insert(m.key);
            if (!first)
                out += itemSep;
            first = false;
            appendString(out, m.key);
            out += keySep;
            append(out, *v.find(m.key), compact);
        }
        out += '}';
        break;
    }
    }
}

}  // namespace

QByteArray pythonJsonDumps(const JsonValue &v, bool compact)
{
    QByteArray out;
    append(out, v, compact);
    return out;
}

}  // namespace ad
