#include "template/jsobject.h"

#include "json/jsonwriter.h"

#include <cmath>

namespace ad::js {

bool isArrayIndex(const QString &key)
{
    if (key.isEmpty() || key.size() > 10)
        return false;
    if (key.size() > 1 && key.at(0) == QLatin1Char('0'))
        return false;
    for (const QChar c : key)
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    return key.toULongLong() < 4294967295ULL;  // 2^32 - 1 is not an index
}

bool isSpace(QChar ch)
{
    switch (ch.unicode()) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
        return true;
    default:
        return ch.unicode() >= 0x2000 && ch.unicode() <= 0x200A;
    }
}

QString trim(const QString &s)
{
    qsizetype b = 0, e = s.size();
    while (b < e && isSpace(s.at(b)))
        ++b;
    while (e > b && isSpace(s.at(e - 1)))
        --e;
    return s.mid(b, e - b);
}

QString toDisplayString(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null: return QStringLiteral("null");
    case JsonValue::Type::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Number: return formatJsNumber(v.toDouble());
    case JsonValue::Type::String: return v.toString();
    case JsonValue::Type::Object: return QStringLiteral("[object Object]");
    case JsonValue::Type::Array: {
        // Array.prototype.join: null items become empty strings.
        QStringList parts;
        for (const JsonValue &item : v.items())
            parts << (item.isNull() ? QString() : toDisplayString(item));
        return parts.join(QLatin1Char(','));
    }
    }
    return {};
}

JsonValue normalized(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Number: {
        const double d = v.toDouble();
        return std::isfinite(d) ? JsonValue::fromDouble(d) : JsonValue();
    }
    case JsonValue::Type::String: return JsonValue::fromString(v.toString());
    case JsonValue::Type::Array: {
        JsonValue out = JsonValue::array();
        out.items().reserve(v.items().size());
        for (const JsonValue &item : v.items())
            out.items().push_back(normalized(item));
        return out;
    }
    case JsonValue::Type::Object: {
        Object<JsonValue> obj;
        obj.reserve(qsizetype(v.members().size()));
        for (const JsonMember &m : v.members())
            obj.set(m.key, normalized(m.value));
        JsonValue out = JsonValue::object();
        for (auto &e : obj.take())
            out.members().push_back(JsonMember{e.first, QString(), SourcePos(), std::move(e.second)});
        return out;
    }
    default: {
        JsonValue copy = v;
        copy.clearSourceInfo();
        return copy;
    }
    }
}

}  // namespace ad::js
