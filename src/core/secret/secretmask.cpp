#include "secret/secretmask.h"

#include <algorithm>
#include <cstring>
#include <utility>

namespace ad {

namespace {

using Span = std::pair<qsizetype, qsizetype>;  // [begin, end) in the original text

// Text decoded from the original: byte i of `bytes` came from original bytes [from[i], to[i]).
// Searching the decoded bytes finds a secret however it was encoded, and the map says what to hide.
struct Decoded {
    QByteArray bytes;
    QList<qsizetype> from, to;

    void add(char c, qsizetype f, qsizetype t)
    {
        bytes.append(c);
        from.append(f);
        to.append(t);
    }
    Span span(qsizetype begin, qsizetype end) const { return {from.at(begin), to.at(end - 1)}; }
};

Decoded identity(const QByteArray &text)
{
    Decoded d;
    d.bytes = text;
    d.from.resize(text.size());
    d.to.resize(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        d.from[i] = i;
        d.to[i] = i + 1;
    }
    return d;
}

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

void addUtf8(Decoded &d, uint cp, qsizetype f, qsizetype t)
{
    const char32_t c = cp;
    const QByteArray utf8 = QString::fromUcs4(&c, 1).toUtf8();
    for (char b : utf8)
        d.add(b, f, t);
}

// JSON string escapes (\" \\ \/ \n ... \uXXXX, surrogate pairs) undone.
Decoded jsonUnescaped(const Decoded &in)
{
    Decoded d;
    const QByteArray &s = in.bytes;
    const qsizetype n = s.size();
    auto hex4 = [&](qsizetype at) -> int {
        if (at + 4 > n)
            return -1;
        int v = 0;
        for (qsizetype k = at; k < at + 4; ++k) {
            const int h = hexValue(s.at(k));
            if (h < 0)
                return -1;
            v = v * 16 + h;
        }
        return v;
    };
    for (qsizetype i = 0; i < n; ++i) {
        const char c = s.at(i);
        if (c != '\\' || i + 1 >= n) {
            d.add(c, in.from.at(i), in.to.at(i));
            continue;
        }
        const char e = s.at(i + 1);
        const char *simple = "\"\\/bfnrt";
        const char *decoded = "\"\\/\b\f\n\r\t";
        if (const char *p = std::strchr(simple, e); p && e) {
            d.add(decoded[p - simple], in.from.at(i), in.to.at(i + 1));
            ++i;
            continue;
        }
        const int u = e == 'u' ? hex4(i + 2) : -1;
        if (u < 0) {
            d.add(c, in.from.at(i), in.to.at(i));
            continue;
        }
        qsizetype last = i + 5;
        uint cp = uint(u);
        if (u >= 0xD800 && u < 0xDC00 && last + 2 < n && s.at(last + 1) == '\\' && s.at(last + 2) == 'u') {
            const int low = hex4(last + 3);
            if (low >= 0xDC00 && low < 0xE000) {
                cp = 0x10000 + ((uint(u) - 0xD800) << 10) + (uint(low) - 0xDC00);
                last += 6;
            }
        }
        addUtf8(d, cp, in.from.at(i), in.to.at(last));
        i = last;
    }
    return d;
}

// %XX undone (either hex case); with plusIsSpace also form encoding's '+'.
Decoded percentDecoded(const Decoded &in, bool plusIsSpace)
{
    Decoded d;
    const QByteArray &s = in.bytes;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char c = s.at(i);
        if (c == '%' && i + 2 < s.size() && hexValue(s.at(i + 1)) >= 0 && hexValue(s.at(i + 2)) >= 0) {
            d.add(char(hexValue(s.at(i + 1)) * 16 + hexValue(s.at(i + 2))), in.from.at(i), in.to.at(i + 2));
            i += 2;
        } else if (c == '+' && plusIsSpace) {
            d.add(' ', in.from.at(i), in.to.at(i));
        } else {
            d.add(c, in.from.at(i), in.to.at(i));
        }
    }
    return d;
}

bool isBase64Char(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '/'
        || c == '-' || c == '_';
}

}  // namespace

SecretMasker::SecretMasker(const QStringList &secrets)
{
    for (const QString &s : secrets) {
        const QByteArray raw = s.toUtf8();
        if (raw.isEmpty() || m_secrets.contains(raw))
            continue;
        m_secrets.append(raw);
        if (!m_inDecoded.contains(raw))
            m_inDecoded.append(raw);
        // A JSON body that was base64-encoded holds the secret escaped.
        QByteArray escaped = raw;
        escaped.replace('\\', "\\\\").replace('"', "\\\"");
        if (!m_inDecoded.contains(escaped))
            m_inDecoded.append(escaped);
    }
}

QByteArray SecretMasker::mask(const QByteArray &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    QList<Span> spans;
    auto search = [&](const Decoded &d) {
        for (const QByteArray &secret : m_secrets)
            for (qsizetype at = d.bytes.indexOf(secret); at >= 0; at = d.bytes.indexOf(secret, at + 1))
                spans.append(d.span(at, at + secret.size()));
        // Base64 tokens: try every alignment (a token may start with bytes that are not base64 data,
        // "/path/<token>") in both alphabets; a hit hides the whole token.
        const QByteArray &b = d.bytes;
        for (qsizetype i = 0; i < b.size();) {
            if (!isBase64Char(b.at(i))) {
                ++i;
                continue;
            }
            qsizetype end = i;
            while (end < b.size() && isBase64Char(b.at(end)))
                ++end;
            while (end < b.size() && b.at(end) == '=')
                ++end;
            if (end - i >= 4) {
                const QByteArray token = b.mid(i, end - i);
                bool hit = false;
                for (int offset = 0; offset < 4 && !hit; ++offset) {
                    for (auto alphabet : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                        const QByteArray decoded = QByteArray::fromBase64(token.mid(offset), alphabet);
                        hit = std::any_of(m_inDecoded.cbegin(), m_inDecoded.cend(),
                                          [&](const QByteArray &s) { return decoded.contains(s); });
                        if (hit)
                            break;
                    }
                }
                if (hit)
                    spans.append(d.span(i, end));
            }
            i = end;
        }
    };
    const Decoded plain = identity(text);
    QList<Decoded> views{plain};
    // JSON escapes, once or more (a JSON document carried in a JSON string, printed as JSON).
    constexpr int kMaxEscapeDepth = 4;
    for (int depth = 0; depth < kMaxEscapeDepth && views.last().bytes.contains('\\'); ++depth)
        views.append(jsonUnescaped(views.last()));
    const qsizetype escapedViews = views.size();
    for (qsizetype v = 0; v < escapedViews; ++v) {
        if (views.at(v).bytes.contains('%'))
            views.append(percentDecoded(views.at(v), false));
        if (views.at(v).bytes.contains('+'))
            views.append(percentDecoded(views.at(v), true));
    }
    for (const Decoded &d : std::as_const(views))
        search(d);
    if (spans.isEmpty())
        return text;
    std::sort(spans.begin(), spans.end());
    QByteArray out;
    out.reserve(text.size());
    qsizetype pos = 0;
    for (qsizetype k = 0; k < spans.size();) {
        Span merged = spans.at(k);
        for (++k; k < spans.size() && spans.at(k).first < merged.second; ++k)
            merged.second = std::max(merged.second, spans.at(k).second);
        out.append(text.mid(pos, merged.first - pos));
        out.append(kSecretMask);
        pos = merged.second;
    }
    out.append(text.mid(pos));
    return out;
}

QString SecretMasker::mask(const QString &text) const
{
    if (m_secrets.isEmpty() || text.isEmpty())
        return text;
    return QString::fromUtf8(mask(text.toUtf8()));
}

QByteArray maskSecrets(const QByteArray &text, const QStringList &secrets) { return SecretMasker(secrets).mask(text); }

QString maskSecrets(const QString &text, const QStringList &secrets) { return SecretMasker(secrets).mask(text); }

QStringList secretValuesIn(const JsonValue &context)
{
    QStringList out;
    for (const JsonMember &m : context.value(u"secrets").members())
        if (m.value.isString() && !m.value.toString().isEmpty())
            out << m.value.toString();
    return out;
}

}  // namespace ad
