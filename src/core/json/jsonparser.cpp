#include "json/jsonparser.h"

#include <QCoreApplication>

#include <cstring>
#include <vector>

namespace ad {

namespace {

bool isContinuation(unsigned char c) { return (c & 0xC0) == 0x80; }

class Parser {
public:
    explicit Parser(const QByteArray &utf8)
        : m_begin(utf8.constData()), m_p(m_begin), m_end(m_begin + utf8.size()), m_lineStart(m_begin),
          m_colCursor(m_begin)
    {
        if (utf8.startsWith("\xEF\xBB\xBF"))
            m_p = m_lineStart = m_colCursor = m_begin + 3;
    }

    JsonParseResult run();

private:
    struct Frame {
        JsonValue value;
        QString key;  // objects: the key waiting for its value
        QString rawKey;
        SourcePos keyPos;
    };

    SourcePos posAt(const char *at);
    SourcePos here() { return posAt(m_p); }
    void skipWhitespace();
    bool fail(const QString &message, const char *at);
    bool fail(const QString &message, const SourcePos &pos);
    bool unexpected(const char *what);
    bool unexpectedWord();
    // Decodes one UTF-8 sequence at m_p (must be non-ASCII); returns the code point or -1 (and fails).
    int decodeUtf8(const char *&p);
    bool parseString(QString *value, QString *raw);
    bool parseNumber(JsonValue *out);
    bool parseLiteral(JsonValue *out);
    bool parseKey(Frame &frame, const char *expected);

    const char *m_begin;
    const char *m_p;
    const char *m_end;
    int m_line = 1;
    const char *m_lineStart;
    // Column counting is incremental (positions are asked for in increasing order), so minified
    // one-line megabyte files stay linear.
    const char *m_colCursor;
    int m_colCount = 0;
    JsonParseError m_error;
};

SourcePos Parser::posAt(const char *at)
{
    if (m_colCursor < m_lineStart || at < m_colCursor) {
        m_colCursor = m_lineStart;
        m_colCount = 0;
    }
    for (; m_colCursor < at; ++m_colCursor)
        if (!isContinuation(static_cast<unsigned char>(*m_colCursor)))
            ++m_colCount;
    SourcePos pos;
    pos.line = m_line;
    pos.column = m_colCount + 1;
    pos.offset = at - m_begin;
    return pos;
}

void Parser::skipWhitespace()
{
    while (m_p < m_end) {
        const char c = *m_p;
        if (c == ' ' || c == '\t' || c == '\r') {
            ++m_p;
        } else if (c == '\n') {
            ++m_p;
            ++m_line;
            m_lineStart = m_p;
        } else {
            break;
        }
    }
}

bool Parser::fail(const QString &message, const char *at)
{
    return fail(message, posAt(at));
}

bool Parser::fail(const QString &message, const SourcePos &pos)
{
    if (!m_error.isError()) {
        m_error.message = message;
        m_error.pos = pos;
    }
    return false;
}

int Parser::decodeUtf8(const char *&p)
{
    const auto *u = reinterpret_cast<const unsigned char *>(p);
    const auto *uend = reinterpret_cast<const unsigned char *>(m_end);
    const unsigned char c = u[0];
    int len = 0;
    uint cp = 0;
    uint min = 0;
    if (c >= 0xC2 && c <= 0xDF) {
        len = 2, cp = c & 0x1F, min = 0x80;
    } else if (c >= 0xE0 && c <= 0xEF) {
        len = 3, cp = c & 0x0F, min = 0x800;
    } else if (c >= 0xF0 && c <= 0xF4) {
        len = 4, cp = c & 0x07, min = 0x10000;
    } else {
        fail(QCoreApplication::translate("ad::JsonParser", "invalid UTF-8 byte 0x%1").arg(c, 2, 16, QLatin1Char('0')), p);
        return -1;
    }
    if (u + len > uend) {
        fail(QCoreApplication::translate("ad::JsonParser", "invalid UTF-8: truncated multi-byte sequence"), p);
        return -1;
    }
    for (int i = 1; i < len; ++i) {
        if (!isContinuation(u[i])) {
            fail(QCoreApplication::translate("ad::JsonParser", "invalid UTF-8: byte 0x%1 is not a continuation byte")
                     .arg(u[i], 2, 16, QLatin1Char('0')),
                 p);
            return -1;
        }
        cp = (cp << 6) | (u[i] & 0x3F);
    }
    if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        fail(QCoreApplication::translate("ad::JsonParser", "invalid UTF-8 sequence (overlong, surrogate or out of range)"), p);
        return -1;
    }
    p += len;
    return int(cp);
}

bool Parser::parseString(QString *value, QString *raw)
{
    const char *open = m_p;
    ++m_p;  // opening quote
    const char *start = m_p;
    bool hasEscapes = false;
    bool ascii = true;
    // First pass: find the end, validate UTF-8 and escapes' shape.
    const char *p = m_p;
    while (true) {
        if (p >= m_end)
            return fail(QCoreApplication::translate("ad::JsonParser", "unterminated string (opened at line %1, column %2)")
                            .arg(posAt(open).line)
                            .arg(posAt(open).column),
                        p);
        const auto c = static_cast<unsigned char>(*p);
        if (c == '"')
            break;
        if (c < 0x20) {
            return fail(c == '\n' ? QCoreApplication::translate("ad::JsonParser", "line break inside a string (write \\n)")
                                  : QCoreApplication::translate("ad::JsonParser", "control character 0x%1 inside a string").arg(c, 2, 16, QLatin1Char('0')),
                        p);
        }
        if (c == '\\') {
            hasEscapes = true;
            if (p + 1 >= m_end)
                return fail(QCoreApplication::translate("ad::JsonParser", "unterminated string"), p);
            const char e = p[1];
            if (e == 'u') {
                for (int i = 2; i < 6; ++i) {
                    if (p + i >= m_end || !isxdigit(static_cast<unsigned char>(p[i])))
                        return fail(QCoreApplication::translate("ad::JsonParser", "\\u must be followed by four hex digits"), p);
                }
                p += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                p += 2;
            } else {
                return fail(QCoreApplication::translate("ad::JsonParser", "invalid escape '\\%1' in a string").arg(QLatin1Char(e)), p);
            }
            continue;
        }
        if (c >= 0x80) {
            ascii = false;
            if (decodeUtf8(p) < 0)
                return false;
            continue;
        }
        ++p;
    }
    const qsizetype len = p - start;
    *raw = ascii ? QString::fromLatin1(start, len) : QString::fromUtf8(start, len);
    m_p = p + 1;
    if (!hasEscapes) {
        *value = *raw;
        return true;
    }
    // Second pass over the (valid) raw text: resolve escapes.
    QString out;
    out.reserve(raw->size());
    const QChar *q = raw->constData();
    const QChar *qend = q + raw->size();
    while (q < qend) {
        if (*q != QLatin1Char('\\')) {
            out += *q++;
            continue;
        }
        const QChar e = q[1];
        q += 2;
        switch (e.unicode()) {
        case '"': out += QLatin1Char('"'); break;
        case '\\': out += QLatin1Char('\\'); break;
        case '/': out += QLatin1Char('/'); break;
        case 'b': out += QLatin1Char('\b'); break;
        case 'f': out += QLatin1Char('\f'); break;
        case 'n': out += QLatin1Char('\n'); break;
        case 'r': out += QLatin1Char('\r'); break;
        case 't': out += QLatin1Char('\t'); break;
        case 'u': {
            // Lone surrogates are kept as they are: JavaScript (and so Port) accepts them.
            out += QChar(char16_t(QStringView(q, 4).toUInt(nullptr, 16)));
            q += 4;
            break;
        }
        }
    }
    *value = out;
    return true;
}

bool Parser::parseNumber(JsonValue *out)
{
    const char *start = m_p;
    const char *p = m_p;
    auto digit = [&](const char *x) { return x < m_end && *x >= '0' && *x <= '9'; };
    if (p < m_end && *p == '-')
        ++p;
    if (!digit(p))
        return fail(QCoreApplication::translate("ad::JsonParser", "invalid number: expected a digit"), p);
    if (*p == '0') {
        ++p;
        if (digit(p))
            return fail(QCoreApplication::translate("ad::JsonParser", "invalid number: leading zeros are not allowed"), start);
    } else {
        while (digit(p))
            ++p;
    }
    if (p < m_end && *p == '.') {
        ++p;
        if (!digit(p))
            return fail(QCoreApplication::translate("ad::JsonParser", "invalid number: expected a digit after '.'"), p);
        while (digit(p))
            ++p;
    }
    if (p < m_end && (*p == 'e' || *p == 'E')) {
        ++p;
        if (p < m_end && (*p == '+' || *p == '-'))
            ++p;
        if (!digit(p))
            return fail(QCoreApplication::translate("ad::JsonParser", "invalid number: expected a digit in the exponent"), p);
        while (digit(p))
            ++p;
    }
    *out = JsonValue::fromNumberText(QString::fromLatin1(start, p - start));
    m_p = p;
    return true;
}

bool Parser::parseLiteral(JsonValue *out)
{
    auto match = [&](const char *word) {
        const qsizetype n = qsizetype(strlen(word));
        return m_end - m_p >= n && memcmp(m_p, word, size_t(n)) == 0;
    };
    if (match("true")) {
        *out = JsonValue::fromBool(true);
        m_p += 4;
    } else if (match("false")) {
        *out = JsonValue::fromBool(false);
        m_p += 5;
    } else if (match("null")) {
        *out = JsonValue();
        m_p += 4;
    } else {
        return unexpectedWord();
    }
    // "trueish" must not parse as true followed by junk.
    if (m_p < m_end && (isalnum(static_cast<unsigned char>(*m_p)) || *m_p == '_'))
        return unexpectedWord();
    return true;
}

bool Parser::unexpectedWord()
{
    const char *start = m_p;
    while (start > m_begin && isalpha(static_cast<unsigned char>(start[-1])))
        --start;
    const char *end = start;
    while (end < m_end && (isalnum(static_cast<unsigned char>(*end)) || *end == '_') && end - start < 40)
        ++end;
    if (end == start)
        return unexpected(QT_TRANSLATE_NOOP("ad::JsonParser", "a value"));
    return fail(QCoreApplication::translate("ad::JsonParser", "unexpected word '%1', expected a value (a string in double "
                                                                 "quotes, a number, true, false, null, an object or an array)")
                    .arg(QString::fromLatin1(start, end - start)),
                start);
}

bool Parser::unexpected(const char *what)
{
    if (m_p >= m_end)
        return fail(QCoreApplication::translate("ad::JsonParser", "unexpected end of file: expected %1").arg(QCoreApplication::translate("ad::JsonParser", what)), m_p);
    const auto c = static_cast<unsigned char>(*m_p);
    QString found;
    QString hint;
    if (c >= 0x80) {
        const char *q = m_p;
        const int cp = decodeUtf8(q);
        if (cp < 0)
            return false;
        found = QString::fromUcs4(reinterpret_cast<const char32_t *>(&cp), 1);
        if (cp == 0x201C || cp == 0x201D)
            hint = QCoreApplication::translate("ad::JsonParser", "(curly quotes: JSON strings need plain \")");
    } else if (c < 0x20) {
        found = QCoreApplication::translate("ad::JsonParser", "control character 0x%1").arg(c, 2, 16, QLatin1Char('0'));
    } else {
        found = QLatin1Char(char(c));
        if (c == '/')
            hint = QCoreApplication::translate("ad::JsonParser", "(comments are not allowed in JSON)");
        else if (c == '\'')
            hint = QCoreApplication::translate("ad::JsonParser", "(JSON strings need double quotes)");
    }
    const QString expected = QCoreApplication::translate("ad::JsonParser", what);
    QString message = c < 0x20 || c >= 0x80
                          ? QCoreApplication::translate("ad::JsonParser", "unexpected %1, expected %2").arg(found, expected)
                          : QCoreApplication::translate("ad::JsonParser", "unexpected '%1', expected %2").arg(found, expected);
    if (!hint.isEmpty())
        message += u' ' + hint;
    return fail(message, m_p);
}

// Reads `"key" :` into the frame; `expected` names what was wanted if no key is there.
bool Parser::parseKey(Frame &frame, const char *expected)
{
    if (m_p >= m_end || *m_p != '"')
        return unexpected(expected);
    frame.keyPos = here();
    if (!parseString(&frame.key, &frame.rawKey))
        return false;
    skipWhitespace();
    if (m_p >= m_end || *m_p != ':')
        return unexpected(QT_TRANSLATE_NOOP("ad::JsonParser", "':' after the key"));
    ++m_p;
    return true;
}

JsonParseResult Parser::run()
{
    JsonParseResult result;
    std::vector<Frame> stack;
    JsonValue done;  // the value just completed, waiting to be attached

    skipWhitespace();
    if (m_p >= m_end) {
        fail(QCoreApplication::translate("ad::JsonParser", "empty document: expected a JSON value"), m_p);
        result.error = m_error;
        return result;
    }

    // State machine: parse a value (scalar, or open a container), then attach completed values to
    // their parent until a container needs its next element.
    bool needValue = true;
    while (true) {
        if (needValue) {
            skipWhitespace();
            if (m_p >= m_end) {
                unexpected(QT_TRANSLATE_NOOP("ad::JsonParser", "a value"));
                break;
            }
            const SourcePos pos = here();
            const char c = *m_p;
            if (c == '{' || c == '[') {
                if (int(stack.size()) >= kMaxJsonDepth) {
                    fail(QCoreApplication::translate("ad::JsonParser", "nesting deeper than %1 levels").arg(kMaxJsonDepth), m_p);
                    break;
                }
                Frame f;
                f.value = c == '{' ? JsonValue::object() : JsonValue::array();
                f.value.setPos(pos);
                ++m_p;
                skipWhitespace();
                const char close = c == '{' ? '}' : ']';
                if (m_p < m_end && *m_p == close) {
                    f.value.setEndPos(here());
                    ++m_p;
                    done = std::move(f.value);
                    needValue = false;
                } else {
                    stack.push_back(std::move(f));
                    if (c == '{'
                        && !parseKey(stack.back(), QT_TRANSLATE_NOOP("ad::JsonParser", "a key in double quotes or '}'")))
                        break;
                    continue;  // needValue stays true
                }
            } else {
                JsonValue scalar;
                bool ok = false;
                if (c == '"') {
                    QString value, raw;
                    ok = parseString(&value, &raw);
                    scalar = JsonValue::fromString(value);
                    scalar.setRawString(raw);
                } else if (c == '-' || (c >= '0' && c <= '9')) {
                    ok = parseNumber(&scalar);
                } else {
                    ok = parseLiteral(&scalar);
                }
                if (!ok)
                    break;
                scalar.setPos(pos);
                done = std::move(scalar);
                needValue = false;
            }
        }

        // Attach `done` to its parent.
        if (stack.empty()) {
            skipWhitespace();
            if (m_p < m_end)
                unexpected(QT_TRANSLATE_NOOP("ad::JsonParser",
                                             "the end of the document (only one top-level value is allowed)"));
            else
                result.value = std::move(done);
            break;
        }
        Frame &top = stack.back();
        if (top.value.isObject())
            top.value.members().push_back(JsonMember{std::move(top.key), std::move(top.rawKey), top.keyPos, std::move(done)});
        else
            top.value.items().push_back(std::move(done));

        skipWhitespace();
        const bool isObject = top.value.isObject();
        const char close = isObject ? '}' : ']';
        if (m_p < m_end && *m_p == ',') {
            ++m_p;
            skipWhitespace();
            if (m_p < m_end && *m_p == close) {
                fail(QCoreApplication::translate("ad::JsonParser", "trailing comma before '%1' is not allowed in JSON").arg(QLatin1Char(close)), m_p);
                break;
            }
            if (isObject && !parseKey(top, QT_TRANSLATE_NOOP("ad::JsonParser", "a key in double quotes")))
                break;
            needValue = true;
            continue;
        }
        if (m_p < m_end && *m_p == close) {
            top.value.setEndPos(here());
            ++m_p;
            done = std::move(top.value);
            stack.pop_back();
            needValue = false;
            continue;
        }
        if (m_p >= m_end) {
            const SourcePos open = top.value.pos();
            fail((isObject ? QCoreApplication::translate("ad::JsonParser", "unexpected end of file: object opened at "
                                                                         "line %1, column %2 is not closed")
                           : QCoreApplication::translate("ad::JsonParser", "unexpected end of file: array opened at line "
                                                                         "%1, column %2 is not closed"))
                     .arg(open.line)
                     .arg(open.column),
                 m_p);
            break;
        }
        unexpected(isObject ? QT_TRANSLATE_NOOP("ad::JsonParser", "',' or '}' after an object member")
                            : QT_TRANSLATE_NOOP("ad::JsonParser", "',' or ']' after an array element"));
        break;
    }

    result.error = m_error;
    if (result.error.isError())
        result.value = JsonValue();
    // Trees are at most kMaxJsonDepth deep, so the recursive destructors that run here are bounded.
    return result;
}

}  // namespace

JsonParseResult parseJson(const QByteArray &utf8)
{
    Parser parser(utf8);
    return parser.run();
}

}  // namespace ad
