#include "template/jqlexer.h"

#include <QVector>

namespace ad {

namespace {
bool isIdentStart(QChar c) { return c.isLetter() || c == QLatin1Char('_'); }
bool isIdentChar(QChar c) { return c.isLetterOrNumber() || c == QLatin1Char('_'); }
}  // namespace

JqLexResult lexJq(const QString &s)
{
    JqLexResult out;
    QVector<QChar> closers;         // expected closing brackets; '"' marks an interpolation's ')'
    const qsizetype n = s.size();
    qsizetype i = 0;
    bool inString = false;
    QString literal;
    qsizetype literalStart = 0;
    auto push = [&](JqToken::Kind k, const QString &text, qsizetype pos) { out.tokens.append(JqToken{k, text, pos}); };

    while (i < n) {
        if (inString) {
            const QChar c = s.at(i);
            if (c == QLatin1Char('\\') && i + 1 < n && s.at(i + 1) == QLatin1Char('(')) {
                push(JqToken::Kind::String, literal, literalStart);
                literal.clear();
                push(JqToken::Kind::Punct, QStringLiteral("("), i);
                closers.append(QLatin1Char('"'));
                inString = false;
                i += 2;
            } else if (c == QLatin1Char('\\')) {
                if (i + 1 < n)
                    literal += s.at(i + 1);
                i += 2;
            } else if (c == QLatin1Char('"')) {
                push(JqToken::Kind::String, literal, literalStart);
                inString = false;
                ++i;
            } else {
                literal += c;
                ++i;
            }
            continue;
        }
        const QChar c = s.at(i);
        if (c.isSpace()) {
            ++i;
        } else if (c == QLatin1Char('#')) {
            while (i < n && s.at(i) != QLatin1Char('\n'))
                ++i;
        } else if (c == QLatin1Char('"')) {
            inString = true;
            literal.clear();
            literalStart = i;
            ++i;
        } else if (c == QLatin1Char('.') && i + 1 < n && isIdentStart(s.at(i + 1))) {
            qsizetype j = i + 1;
            while (j < n && isIdentChar(s.at(j)))
                ++j;
            push(JqToken::Kind::Field, s.mid(i + 1, j - i - 1), i);
            i = j;
        } else if ((c == QLatin1Char('$') || c == QLatin1Char('@')) && i + 1 < n && isIdentStart(s.at(i + 1))) {
            qsizetype j = i + 1;
            while (j < n && (isIdentChar(s.at(j)) || (s.at(j) == QLatin1Char(':') && j + 2 < n && s.at(j + 1) == QLatin1Char(':'))))
                j += s.at(j) == QLatin1Char(':') ? 2 : 1;
            push(c == QLatin1Char('$') ? JqToken::Kind::Var : JqToken::Kind::Format, s.mid(i + 1, j - i - 1), i);
            i = j;
        } else if (isIdentStart(c)) {
            qsizetype j = i;
            while (j < n && (isIdentChar(s.at(j)) || (s.at(j) == QLatin1Char(':') && j + 2 < n && s.at(j + 1) == QLatin1Char(':'))))
                j += s.at(j) == QLatin1Char(':') ? 2 : 1;
            push(JqToken::Kind::Ident, s.mid(i, j - i), i);
            i = j;
        } else if (c.isDigit()) {
            qsizetype j = i;
            while (j < n && (s.at(j).isLetterOrNumber() || s.at(j) == QLatin1Char('.')
                             || ((s.at(j) == QLatin1Char('+') || s.at(j) == QLatin1Char('-')) && (s.at(j - 1) == QLatin1Char('e') || s.at(j - 1) == QLatin1Char('E')))))
                ++j;
            push(JqToken::Kind::Number, s.mid(i, j - i), i);
            i = j;
        } else {
            if (c == QLatin1Char('(') || c == QLatin1Char('[') || c == QLatin1Char('{')) {
                closers.append(c == QLatin1Char('(') ? QLatin1Char(')') : c == QLatin1Char('[') ? QLatin1Char(']') : QLatin1Char('}'));
            } else if (c == QLatin1Char(')') || c == QLatin1Char(']') || c == QLatin1Char('}')) {
                if (closers.isEmpty()) {
                    out.balanced = false;
                } else {
                    const QChar expected = closers.takeLast();
                    if (expected == QLatin1Char('"') && c == QLatin1Char(')')) {
                        // End of a \( ) interpolation: back inside the string literal.
                        push(JqToken::Kind::Punct, QStringLiteral(")"), i);
                        inString = true;
                        literal.clear();
                        literalStart = i;
                        ++i;
                        continue;
                    }
                    if (expected != c)
                        out.balanced = false;
                }
            }
            // Operators of two or three characters, so '?//' and '//' are one token.
            static const char *const ops[] = {"?//", "//=", "//", "|=", "==", "!=", "<=", ">=", "+=", "-=", "*=", "/=", "%=", "..", "?"};
            QString tok(c);
            for (const char *op : ops) {
                const QLatin1String o(op);
                if (s.mid(i, o.size()) == o) {
                    tok = o;
                    break;
                }
            }
            push(JqToken::Kind::Punct, tok, i);
            i += tok.size();
        }
    }
    if (inString || !closers.isEmpty())
        out.balanced = false;
    return out;
}

}  // namespace ad
