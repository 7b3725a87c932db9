#include "json/jsonvalue.h"

#include <QStringList>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdlib>

namespace ad {

namespace {
const JsonValue &sharedNull()
{
    static const JsonValue n;
    return n;
}
const QString &emptyString()
{
    static const QString s;
    return s;
}
}  // namespace

JsonValue JsonValue::fromBool(bool b)
{
    JsonValue v;
    v.m_type = Type::Bool;
    v.m_bool = b;
    return v;
}

JsonValue JsonValue::fromNumberText(const QString &literal)
{
    JsonValue v;
    v.m_type = Type::Number;
    v.m_text = literal;
    return v;
}

JsonValue JsonValue::fromDouble(double d)
{
    // JSON has no NaN/Infinity; JSON.stringify writes null for them.
    if (!std::isfinite(d))
        return JsonValue();
    return fromNumberText(formatJsNumber(d));
}

JsonValue JsonValue::fromInt(qint64 i)
{
    return fromNumberText(QString::number(i));
}

JsonValue JsonValue::fromString(const QString &s)
{
    JsonValue v;
    v.m_type = Type::String;
    v.m_text = s;
    return v;
}

JsonValue JsonValue::array()
{
    JsonValue v;
    v.m_type = Type::Array;
    return v;
}

JsonValue JsonValue::object()
{
    JsonValue v;
    v.m_type = Type::Object;
    return v;
}

QString JsonValue::typeName(Type t)
{
    switch (t) {
    case Type::Null: return QStringLiteral("null");
    case Type::Bool: return QStringLiteral("boolean");
    case Type::Number: return QStringLiteral("number");
    case Type::String: return QStringLiteral("string");
    case Type::Array: return QStringLiteral("array");
    case Type::Object: return QStringLiteral("object");
    }
    return {};
}

double JsonValue::toDouble(double fallback) const
{
    if (!isNumber())
        return fallback;
    const QByteArray latin = m_text.toLatin1();
    // strtod handles overflow (inf) and long literals; the literal was validated by the parser.
    return std::strtod(latin.constData(), nullptr);
}

const QString &JsonValue::toString() const
{
    return isString() ? m_text : emptyString();
}

qsizetype JsonValue::size() const
{
    if (isArray())
        return qsizetype(m_items.size());
    if (isObject())
        return qsizetype(m_members.size());
    return 0;
}

const JsonValue &JsonValue::at(qsizetype i) const
{
    if (!isArray() || i < 0 || i >= qsizetype(m_items.size()))
        return sharedNull();
    return m_items[size_t(i)];
}

JsonValue &JsonValue::operator[](qsizetype i)
{
    Q_ASSERT(isArray() && i >= 0 && i < qsizetype(m_items.size()));
    return m_items[size_t(i)];
}

void JsonValue::append(const JsonValue &v)
{
    Q_ASSERT(isArray());
    m_items.push_back(v);
}

void JsonValue::insert(qsizetype i, const JsonValue &v)
{
    Q_ASSERT(isArray());
    i = qBound<qsizetype>(0, i, qsizetype(m_items.size()));
    m_items.insert(m_items.begin() + i, v);
}

void JsonValue::removeAt(qsizetype i)
{
    if (isArray() && i >= 0 && i < qsizetype(m_items.size()))
        m_items.erase(m_items.begin() + i);
}

const JsonMember *JsonValue::findMember(QStringView key) const
{
    if (!isObject())
        return nullptr;
    for (auto it = m_members.rbegin(); it != m_members.rend(); ++it)
        if (it->key == key)
            return &*it;
    return nullptr;
}

const JsonValue *JsonValue::find(QStringView key) const
{
    const JsonMember *m = findMember(key);
    return m ? &m->value : nullptr;
}

JsonValue *JsonValue::find(QStringView key)
{
    return const_cast<JsonValue *>(static_cast<const JsonValue *>(this)->find(key));
}

const JsonValue &JsonValue::value(QStringView key) const
{
    const JsonValue *v = find(key);
    return v ? *v : sharedNull();
}

JsonValue &JsonValue::set(const QString &key, const JsonValue &v)
{
    Q_ASSERT(isObject());
    if (JsonValue *existing = find(key)) {
        *existing = v;
        return *existing;
    }
    m_members.push_back(JsonMember{key, QString(), SourcePos(), v});
    return m_members.back().value;
}

int JsonValue::remove(QStringView key)
{
    if (!isObject())
        return 0;
    const auto before = m_members.size();
    m_members.erase(std::remove_if(m_members.begin(), m_members.end(),
                                   [&](const JsonMember &m) { return m.key == key; }),
                    m_members.end());
    return int(before - m_members.size());
}

QStringList JsonValue::keys() const
{
    QStringList k;
    for (const JsonMember &m : m_members)
        k << m.key;
    return k;
}

bool JsonValue::operator==(const JsonValue &o) const
{
    if (m_type != o.m_type)
        return false;
    switch (m_type) {
    case Type::Null: return true;
    case Type::Bool: return m_bool == o.m_bool;
    case Type::Number: return m_text == o.m_text || toDouble() == o.toDouble();
    case Type::String: return m_text == o.m_text;
    case Type::Array: return m_items == o.m_items;
    case Type::Object:
        if (m_members.size() != o.m_members.size())
            return false;
        for (size_t i = 0; i < m_members.size(); ++i)
            if (m_members[i].key != o.m_members[i].key || m_members[i].value != o.m_members[i].value)
                return false;
        return true;
    }
    return false;
}

void JsonValue::clearSourceInfo()
{
    m_raw.clear();
    m_pos = SourcePos();
    m_endPos = SourcePos();
    for (JsonValue &v : m_items)
        v.clearSourceInfo();
    for (JsonMember &m : m_members) {
        m.rawKey.clear();
        m.keyPos = SourcePos();
        m.value.clearSourceInfo();
    }
}

QString formatJsNumber(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == 0)
        return QStringLiteral("0");  // JS prints -0 as "0" too

    // Shortest round-trip digits and exponent, then laid out by ECMA-262 Number::toString.
    char buf[64];
    auto res = std::to_chars(buf, buf + sizeof buf, d, std::chars_format::scientific);
    std::string sci(buf, res.ptr);  // e.g. "-1.2345e+02"
    bool negative = false;
    if (!sci.empty() && sci[0] == '-') {
        negative = true;
        sci.erase(0, 1);
    }
    const auto ePos = sci.find('e');
    std::string mantissa = sci.substr(0, ePos);
    const int exp10 = std::atoi(sci.c_str() + ePos + 1);
    std::string digits;
    for (char c : mantissa)
        if (c != '.')
            digits += c;
    while (digits.size() > 1 && digits.back() == '0')
        digits.pop_back();
    const int k = int(digits.size());
    const int n = exp10 + 1;  // decimal point position: value = 0.digits * 10^n

    std::string out;
    if (k <= n && n <= 21) {
        out = digits + std::string(size_t(n - k), '0');
    } else if (0 < n && n <= 21) {
        out = digits.substr(0, size_t(n)) + '.' + digits.substr(size_t(n));
    } else if (-6 < n && n <= 0) {
        out = "0." + std::string(size_t(-n), '0') + digits;
    } else {
        const int e = n - 1;
        std::string expo = (e >= 0 ? "+" : "-") + std::to_string(std::abs(e));
        if (k == 1)
            out = digits + 'e' + expo;
        else
            out = digits.substr(0, 1) + '.' + digits.substr(1) + 'e' + expo;
    }
    if (negative)
        out.insert(out.begin(), '-');
    return QString::fromLatin1(out.data(), qsizetype(out.size()));
}

}  // namespace ad
