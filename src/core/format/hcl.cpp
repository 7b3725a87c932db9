#include "format/hcl.h"
#include "format/terraformmapping.h"
#include "json/jsonparser.h"

#include <QRegularExpression>

namespace ad {

namespace {

bool isIdentifier(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z_][A-Za-z0-9_-]*$"));
    static const QStringList keywords = {QStringLiteral("true"), QStringLiteral("false"), QStringLiteral("null"),
                                         QStringLiteral("for"),  QStringLiteral("in"),    QStringLiteral("if")};
    return re.match(key).hasMatch() && !keywords.contains(key);
}

QString hclKey(const QString &key) { return isIdentifier(key) ? key : hclQuote(key); }

class Writer {
public:
    explicit Writer(HclJsonAttribute json) : m_json(json) {}
    QString out;

    void value(const JsonValue &v, const QString &path, int indent)
    {
        if (v.isString() && m_json && m_json(path)) {
            const JsonParseResult r = parseJson(v.toString());
            if (r.ok()) {
                out += QStringLiteral("jsonencode(");
                expr(r.value, indent);
                out += QLatin1Char(')');
                return;
            }
        }
        if (v.isObject() && v.isEmpty()) {
            out += QStringLiteral("{}");
            return;
        }
        if (v.isObject()) {
            out += QStringLiteral("{\n");
            for (const JsonMember &m : v.members()) {
                const bool mapEntry = path.endsWith(QLatin1String("_props")) || path.endsWith(QLatin1String(".headers"));
                out += pad(indent + 1) + hclKey(m.key) + QStringLiteral(" = ");
                value(m.value, path + QLatin1Char('.') + (mapEntry ? QStringLiteral("*") : m.key), indent + 1);
                out += QLatin1Char('\n');
            }
            out += pad(indent) + QLatin1Char('}');
            return;
        }
        if (v.isArray()) {
            list(v, path, indent, false);
            return;
        }
        scalar(v);
    }

private:
    HclJsonAttribute m_json;

    static QString pad(int indent) { return QString(indent * 2, QLatin1Char(' ')); }

    void scalar(const JsonValue &v)
    {
        switch (v.type()) {
        case JsonValue::Type::Null:
            out += QStringLiteral("null");
            break;
        case JsonValue::Type::Bool:
            out += v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
            break;
        case JsonValue::Type::Number:
            out += v.numberText();
            break;
        case JsonValue::Type::String:
            out += hclQuote(v.toString());
            break;
        default:
            break;
        }
    }

    void list(const JsonValue &v, const QString &path, int indent, bool inJson)
    {
        bool flat = true;
        for (const JsonValue &i : v.items())
            flat = flat && !i.isContainer();
        if (flat) {
            out += QLatin1Char('[');
            for (qsizetype i = 0; i < v.size(); ++i) {
                if (i)
                    out += QStringLiteral(", ");
                scalar(v.at(i));
            }
            out += QLatin1Char(']');
            return;
        }
        out += QStringLiteral("[\n");
        for (const JsonValue &i : v.items()) {
            out += pad(indent + 1);
            if (inJson)
                expr(i, indent + 1);
            else
                value(i, path, indent + 1);
            out += QStringLiteral(",\n");
        }
        out += pad(indent) + QLatin1Char(']');
    }

    // The argument of jsonencode(): plain HCL values, every key as written.
    void expr(const JsonValue &v, int indent)
    {
        if (v.isObject()) {
            if (v.isEmpty()) {
                out += QStringLiteral("{}");
                return;
            }
            out += QStringLiteral("{\n");
            for (const JsonMember &m : v.members()) {
                out += pad(indent + 1) + hclKey(m.key) + QStringLiteral(" = ");
                expr(m.value, indent + 1);
                out += QLatin1Char('\n');
            }
            out += pad(indent) + QLatin1Char('}');
        } else if (v.isArray()) {
            list(v, QString(), indent, true);
        } else {
            scalar(v);
        }
    }
};

class Parser {
public:
    explicit Parser(const QString &text) : m_s(text) {}

    HclParse run()
    {
        HclParse out;
        while (skip(), m_i < m_s.size()) {
            const QString kw = identifier();
            if (kw != QLatin1String("resource"))
                return fail(QStringLiteral("expected 'resource'"));
            HclResource r;
            skip();
            r.type = stringLiteral();
            skip();
            r.name = stringLiteral();
            skip();
            if (!m_error.isEmpty())
                break;
            r.attributes = object();
            out.resources.append(r);
            if (!m_error.isEmpty())
                break;
        }
        if (!m_error.isEmpty()) {
            HclParse failed;
            failed.error = m_error;
            return failed;
        }
        return out;
    }

private:
    QString m_s;
    qsizetype m_i = 0;
    QString m_error;

    HclParse fail(const QString &what)
    {
        HclParse p;
        const int line = int(m_s.left(m_i).count(QLatin1Char('\n'))) + 1;
        p.error = QStringLiteral("line %1: %2").arg(line).arg(what);
        return p;
    }
    void error(const QString &what)
    {
        if (m_error.isEmpty()) {
            const int line = int(m_s.left(m_i).count(QLatin1Char('\n'))) + 1;
            m_error = QStringLiteral("line %1: %2").arg(line).arg(what);
            m_i = m_s.size();
        }
    }
    QChar peek() const { return m_i < m_s.size() ? m_s.at(m_i) : QChar(); }

    // Whitespace, newlines, commas (list and object separators are
    // interchangeable here) and comments.
    void skip(bool commas = false)
    {
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i);
            if (c.isSpace() || (commas && c == QLatin1Char(','))) {
                ++m_i;
            } else if (c == QLatin1Char('#') || m_s.mid(m_i, 2) == QLatin1String("//")) {
                while (m_i < m_s.size() && m_s.at(m_i) != QLatin1Char('\n'))
                    ++m_i;
            } else {
                break;
            }
        }
    }

    QString identifier()
    {
        const qsizetype start = m_i;
        while (m_i < m_s.size() &&
               (m_s.at(m_i).isLetterOrNumber() || m_s.at(m_i) == QLatin1Char('_') || m_s.at(m_i) == QLatin1Char('-')))
            ++m_i;
        return m_s.mid(start, m_i - start);
    }

    QString stringLiteral()
    {
        if (peek() != QLatin1Char('"')) {
            error(QStringLiteral("expected a string"));
            return {};
        }
        ++m_i;
        QString out;
        while (m_i < m_s.size()) {
            const QChar c = m_s.at(m_i++);
            if (c == QLatin1Char('"'))
                return out;
            if (c == QLatin1Char('\n')) {
                error(QStringLiteral("newline in a string"));
                return {};
            }
            if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && peek() == c && m_s.mid(m_i + 1, 1) == QLatin1String("{")) {
                out += c;  // "$${" is a literal "${"
                ++m_i;
                continue;
            }
            if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && peek() == QLatin1Char('{')) {
                error(QStringLiteral("template interpolation is not supported"));
                return {};
            }
            if (c != QLatin1Char('\\')) {
                out += c;
                continue;
            }
            const QChar e = m_i < m_s.size() ? m_s.at(m_i++) : QChar();
            switch (e.unicode()) {
            case 'n':
                out += QLatin1Char('\n');
                break;
            case 'r':
                out += QLatin1Char('\r');
                break;
            case 't':
                out += QLatin1Char('\t');
                break;
            case '"':
                out += QLatin1Char('"');
                break;
            case '\\':
                out += QLatin1Char('\\');
                break;
            case 'u':
            case 'U': {
                const int n = e == QLatin1Char('u') ? 4 : 8;
                bool ok = false;
                const char32_t cp = m_s.mid(m_i, n).toUInt(&ok, 16);
                if (!ok) {
                    error(QStringLiteral("bad \\%1 escape").arg(e));
                    return {};
                }
                m_i += n;
                out += QString::fromUcs4(&cp, 1);
                break;
            }
            default:
                error(QStringLiteral("unknown escape \\%1").arg(e));
                return {};
            }
        }
        error(QStringLiteral("unterminated string"));
        return {};
    }

    JsonValue object()
    {
        if (peek() != QLatin1Char('{')) {
            error(QStringLiteral("expected '{'"));
            return {};
        }
        ++m_i;
        JsonValue out = JsonValue::object();
        for (skip(true); m_i < m_s.size() && peek() != QLatin1Char('}'); skip(true)) {
            const QString key = peek() == QLatin1Char('"') ? stringLiteral() : identifier();
            if (key.isEmpty() && m_error.isEmpty())
                error(QStringLiteral("expected an attribute name"));
            skip();
            if (peek() != QLatin1Char('=') && peek() != QLatin1Char(':'))
                error(QStringLiteral("expected '=' after %1").arg(key));
            ++m_i;
            skip();
            out.members().push_back(JsonMember{key, {}, {}, expression()});
        }
        if (peek() != QLatin1Char('}'))
            error(QStringLiteral("expected '}'"));
        ++m_i;
        return out;
    }

    JsonValue expression()
    {
        const QChar c = peek();
        if (c == QLatin1Char('"'))
            return JsonValue::fromString(stringLiteral());
        if (c == QLatin1Char('{'))
            return object();
        if (c == QLatin1Char('[')) {
            ++m_i;
            JsonValue out = JsonValue::array();
            for (skip(true); m_i < m_s.size() && peek() != QLatin1Char(']'); skip(true))
                out.append(expression());
            if (peek() != QLatin1Char(']'))
                error(QStringLiteral("expected ']'"));
            ++m_i;
            return out;
        }
        if (c == QLatin1Char('-') || c.isDigit()) {
            static const QRegularExpression num(QStringLiteral("-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?"));
            const QRegularExpressionMatch m =
                num.match(m_s, m_i, QRegularExpression::NormalMatch, QRegularExpression::AnchorAtOffsetMatchOption);
            if (!m.hasMatch()) {
                error(QStringLiteral("bad number"));
                return {};
            }
            m_i += m.capturedLength();
            return JsonValue::fromNumberText(m.captured());
        }
        const QString word = identifier();
        if (word == QLatin1String("true") || word == QLatin1String("false"))
            return JsonValue::fromBool(word == QLatin1String("true"));
        if (word == QLatin1String("null"))
            return {};
        if (word == QLatin1String("jsonencode") && peek() == QLatin1Char('(')) {
            ++m_i;
            skip();
            const JsonValue arg = expression();
            skip();
            if (peek() != QLatin1Char(')'))
                error(QStringLiteral("expected ')'"));
            ++m_i;
            return JsonValue::fromString(terraformJsonEncode(arg));
        }
        error(word.isEmpty() ? QStringLiteral("expected a value") : QStringLiteral("unsupported expression '%1'").arg(word));
        return {};
    }
};

}  // namespace

QString hclQuote(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        const bool opensTemplate =
            (c == QLatin1Char('$') || c == QLatin1Char('%')) && i + 1 < s.size() && s.at(i + 1) == QLatin1Char('{');
        if (opensTemplate)
            out += c;  // doubled: "$${" and "%%{" are literal
        switch (c.unicode()) {
        case '\\':
            out += QStringLiteral("\\\\");
            break;
        case '"':
            out += QStringLiteral("\\\"");
            break;
        case '\n':
            out += QStringLiteral("\\n");
            break;
        case '\r':
            out += QStringLiteral("\\r");
            break;
        case '\t':
            out += QStringLiteral("\\t");
            break;
        default:
            if (c.unicode() < 0x20)
                out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                out += c;
        }
    }
    return out + QLatin1Char('"');
}

QString writeHcl(const QList<HclResource> &resources, HclJsonAttribute jsonAttribute)
{
    Writer w(jsonAttribute);
    for (qsizetype i = 0; i < resources.size(); ++i) {
        const HclResource &r = resources.at(i);
        if (i)
            w.out += QLatin1Char('\n');
        for (const QString &c : r.comments)
            w.out += QString(QStringLiteral("# ") + c).trimmed() + QLatin1Char('\n');
        w.out += QStringLiteral("resource %1 %2 {\n").arg(hclQuote(r.type), hclQuote(r.name));
        for (const JsonMember &m : r.attributes.members()) {
            w.out += QStringLiteral("  ") + m.key + QStringLiteral(" = ");
            w.value(m.value, m.key, 1);
            w.out += QLatin1Char('\n');
        }
        w.out += QStringLiteral("}\n");
    }
    return w.out;
}

HclParse parseHcl(const QString &text) { return Parser(text).run(); }

}  // namespace ad
