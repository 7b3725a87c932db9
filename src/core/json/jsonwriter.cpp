#include "json/jsonwriter.h"

#include <cmath>

namespace ad {

namespace {

void appendEscaped(QString &out, const QString &s)
{
    out += QLatin1Char('"');
    for (const QChar ch : s) {
        const char16_t c = ch.unicode();
        switch (c) {
        case '"': out += QLatin1String("\\\""); break;
        case '\\': out += QLatin1String("\\\\"); break;
        case '\b': out += QLatin1String("\\b"); break;
        case '\f': out += QLatin1String("\\f"); break;
        case '\n': out += QLatin1String("\\n"); break;
        case '\r': out += QLatin1String("\\r"); break;
        case '\t': out += QLatin1String("\\t"); break;
        default:
            if (c < 0x20)
                out += QStringLiteral("\\u%1").arg(uint(c), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    // Lone surrogates: JSON.stringify (ES2019) escapes them; QString::toUtf8 would turn them into
    // U+FFFD. Handled in a second pass only when present (rare).
    out += QLatin1Char('"');
}

QString escapeLoneSurrogates(const QString &s)
{
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            out += c;
            out += s.at(++i);
        } else if (c.isSurrogate()) {
            out += QStringLiteral("\\u%1").arg(uint(c.unicode()), 4, 16, QLatin1Char('0'));
        } else {
            out += c;
        }
    }
    return out;
}

bool hasLoneSurrogate(const QString &s)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        else if (c.isSurrogate())
            return true;
    }
    return false;
}

class Writer {
public:
    explicit Writer(const JsonWriteOptions &opt) : m_opt(opt) {}

    void write(const JsonValue &v, int depth)
    {
        switch (v.type()) {
        case JsonValue::Type::Null: m_out += QLatin1String("null"); break;
        case JsonValue::Type::Bool: m_out += v.toBool() ? QLatin1String("true") : QLatin1String("false"); break;
        case JsonValue::Type::Number:
            if (m_opt.keepSourceText)
                m_out += v.numberText();
            else if (const double d = v.toDouble(); std::isfinite(d))
                m_out += formatJsNumber(d);
            else
                m_out += QLatin1String("null");  // JSON.stringify(Infinity)
            break;
        case JsonValue::Type::String: writeString(v.toString(), v.rawString()); break;
        case JsonValue::Type::Array: {
            if (v.isEmpty()) {
                m_out += QLatin1String("[]");
                break;
            }
            m_out += QLatin1Char('[');
            bool first = true;
            for (const JsonValue &item : v.items()) {
                if (!first)
                    m_out += QLatin1Char(',');
                first = false;
                newline(depth + 1);
                write(item, depth + 1);
            }
            newline(depth);
            m_out += QLatin1Char(']');
            break;
        }
        case JsonValue::Type::Object: {
            if (v.isEmpty()) {
                m_out += QLatin1String("{}");
                break;
            }
            m_out += QLatin1Char('{');
            bool first = true;
            for (const JsonMember &m : v.members()) {
                if (!first)
                    m_out += QLatin1Char(',');
                first = false;
                newline(depth + 1);
                writeString(m.key, m.rawKey);
                m_out += pretty() ? QLatin1String(": ") : QLatin1String(":");
                write(m.value, depth + 1);
            }
            newline(depth);
            m_out += QLatin1Char('}');
            break;
        }
        }
    }

    QString take() { return std::move(m_out); }

private:
    bool pretty() const { return m_opt.style == JsonWriteOptions::Style::Pretty; }

    void newline(int depth)
    {
        if (!pretty())
            return;
        m_out += QLatin1Char('\n');
        m_out += QString(qsizetype(depth) * m_opt.indent, QLatin1Char(' '));
    }

    void writeString(const QString &value, const QString &raw)
    {
        // Only the parser sets a raw token, and any edit replaces the whole JsonValue, so a raw token
        // always spells the current value.
        if (m_opt.keepSourceText && !raw.isEmpty()) {
            m_out += QLatin1Char('"');
            m_out += raw;
            m_out += QLatin1Char('"');
            return;
        }
        const qsizetype start = m_out.size();
        appendEscaped(m_out, value);
        if (hasLoneSurrogate(value)) {
            const QString tail = m_out.mid(start);
            m_out.truncate(start);
            m_out += escapeLoneSurrogates(tail);
        }
    }

    JsonWriteOptions m_opt;
    QString m_out;
};

}  // namespace

QByteArray writeJson(const JsonValue &v, const JsonWriteOptions &opt)
{
    Writer w(opt);
    w.write(v, 0);
    QString s = w.take();
    if (opt.style == JsonWriteOptions::Style::Pretty && opt.finalNewline)
        s += QLatin1Char('\n');
    return s.toUtf8();
}

QByteArray toCompactJs(const JsonValue &v)
{
    JsonWriteOptions opt;
    opt.style = JsonWriteOptions::Style::Compact;
    opt.keepSourceText = false;
    return writeJson(v, opt);
}

QString quoteJsonString(const QString &s)
{
    QString out;
    appendEscaped(out, s);
    return hasLoneSurrogate(s) ? escapeLoneSurrogates(out) : out;
}

}  // namespace ad
