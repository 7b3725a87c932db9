#include "template/templatewarnings.h"

#include "template/jqlexer.h"
#include "template/memo.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

namespace ad {

namespace {

using Kind = JqToken::Kind;

bool isPunct(const JqToken &t, const char *text) { return t.kind == Kind::Punct && t.text == QLatin1String(text); }

// A token after which ".x" is a postfix (x.y, $v.y, f(.).y) rather than the start of a path on `.`.
bool endsTerm(const JqToken &t)
{
    if (t.kind == Kind::Punct)
        return t.text == QLatin1String(")") || t.text == QLatin1String("]") || t.text == QLatin1String("}")
               || t.text == QLatin1String("?") || t.text == QLatin1String(".");
    if (t.kind == Kind::Ident) {
        static const QSet<QString> keywords = {QStringLiteral("if"), QStringLiteral("then"), QStringLiteral("elif"),
                                               QStringLiteral("else"), QStringLiteral("end"), QStringLiteral("and"),
                                               QStringLiteral("or"), QStringLiteral("not"), QStringLiteral("as"),
                                               QStringLiteral("reduce"), QStringLiteral("foreach"), QStringLiteral("try"),
                                               QStringLiteral("catch"), QStringLiteral("label"), QStringLiteral("def")};
        return !keywords.contains(t.text);
    }
    return true;
}

void checkPaths(const QList<JqToken> &toks, const JsonValue &context, QStringList &out)
{
    QSet<QString> reported;
    for (qsizetype i = 0; i < toks.size(); ++i) {
        if (toks.at(i).kind != Kind::Field || (i > 0 && endsTerm(toks.at(i - 1))))
            continue;
        // Only paths that start at a key of the context root are checked: inside map(...) or after a
        // pipe, `.` is something else, and those paths rarely start with "inputs", "entity", ...
        QStringList path{toks.at(i).text};
        if (!context.isObject() || !context.contains(path.first()))
            continue;
        qsizetype j = i + 1;
        while (j < toks.size()) {
            const JqToken &t = toks.at(j);
            if (t.kind == Kind::Field) {
                path << t.text;
                ++j;
            } else if (isPunct(t, ".") && j + 1 < toks.size() && toks.at(j + 1).kind == Kind::String
                       && !(j + 2 < toks.size() && isPunct(toks.at(j + 2), "("))) {
                path << toks.at(j + 1).text;
                j += 2;
            } else if (isPunct(t, "[") && j + 2 < toks.size() && toks.at(j + 1).kind == Kind::String
                       && isPunct(toks.at(j + 2), "]")) {
                path << toks.at(j + 1).text;
                j += 3;
            } else if (isPunct(t, "?")) {
                ++j;
            } else {
                break;
            }
        }
        const JsonValue *cur = &context;
        QString shown;
        for (const QString &seg : path) {
            const QString parent = shown.isEmpty() ? QStringLiteral(".") : shown;
            shown += QLatin1Char('.') + seg;
            if (cur->isNull()) {
                const QString w = QCoreApplication::translate("ad::TemplateWarnings", "reads %1 but %2 is null in this context").arg(shown, parent);
                if (!reported.contains(w))
                    out << w;
                reported.insert(w);
                break;
            }
            if (!cur->isObject())
                break;
            const JsonValue *next = cur->find(seg);
            if (!next) {
                const QString w = QCoreApplication::translate("ad::TemplateWarnings", "reads %1 but the context has no %1").arg(shown);
                if (!reported.contains(w))
                    out << w;
                reported.insert(w);
                break;
            }
            cur = next;
        }
        i = j - 1;
    }
}

void checkJq17(const QList<JqToken> &toks, QStringList &out)
{
    static const QSet<QString> newBuiltins = {
        QStringLiteral("pick"), QStringLiteral("trim"), QStringLiteral("ltrim"), QStringLiteral("rtrim"),
        QStringLiteral("abs"), QStringLiteral("toarray"), QStringLiteral("have_literal_numbers"),
        QStringLiteral("have_decnum"), QStringLiteral("trimstr"), QStringLiteral("getpath_or_null")};
    QSet<QString> userDefs;
    for (qsizetype i = 0; i + 1 < toks.size(); ++i)
        if (toks.at(i).kind == Kind::Ident && toks.at(i).text == QLatin1String("def") && toks.at(i + 1).kind == Kind::Ident)
            userDefs.insert(toks.at(i + 1).text);

    // Arity of a call at i (an Ident followed by "("): top-level ';' count + 1.
    auto arity = [&](qsizetype i) {
        if (i + 1 >= toks.size() || !isPunct(toks.at(i + 1), "("))
            return 0;
        int depth = 0, args = 1;
        for (qsizetype j = i + 1; j < toks.size(); ++j) {
            const JqToken &t = toks.at(j);
            if (isPunct(t, "(") || isPunct(t, "[") || isPunct(t, "{"))
                ++depth;
            else if (isPunct(t, ")") || isPunct(t, "]") || isPunct(t, "}")) {
                if (--depth == 0)
                    break;
            } else if (depth == 1 && isPunct(t, ";"))
                ++args;
        }
        return args;
    };

    QSet<QString> said;
    auto warn = [&](const QString &w) {
        if (!said.contains(w))
            out << w;
        said.insert(w);
    };
    QList<bool> ifHasElse;  // one entry per open `if`
    for (qsizetype i = 0; i < toks.size(); ++i) {
        const JqToken &t = toks.at(i);
        const bool afterDef = i > 0 && toks.at(i - 1).kind == Kind::Ident && toks.at(i - 1).text == QLatin1String("def");
        if (t.kind == Kind::Format && (t.text == QLatin1String("base32d") || t.text == QLatin1String("urid")))
            warn(QCoreApplication::translate("ad::TemplateWarnings", "@%1 needs jq 1.7+; Port runs jq 1.6, where it fails").arg(t.text));
        if (t.kind != Kind::Ident || afterDef || userDefs.contains(t.text))
            continue;
        if (newBuiltins.contains(t.text))
            warn(QCoreApplication::translate("ad::TemplateWarnings", "%1 needs jq 1.7+; Port runs jq 1.6, where it is a compile error").arg(t.text));
        else if (t.text == QLatin1String("debug") && arity(i) == 1)
            warn(QCoreApplication::translate("ad::TemplateWarnings", "debug(msg) needs jq 1.7+; jq 1.6 has only debug"));
        else if (t.text == QLatin1String("scan") && arity(i) == 2)
            warn(QCoreApplication::translate("ad::TemplateWarnings", "scan(re; flags) needs jq 1.7+; jq 1.6 has only scan(re)"));
        else if (t.text == QLatin1String("limit") && i + 2 < toks.size() && toks.at(i + 2).kind == Kind::Number
                 && toks.at(i + 2).text.toDouble() == 0)
            warn(QCoreApplication::translate("ad::TemplateWarnings", "limit(0; ...) yields one output in jq 1.6 (none in 1.7+)"));
        else if (t.text == QLatin1String("if"))
            ifHasElse.append(false);
        else if (t.text == QLatin1String("else") && !ifHasElse.isEmpty())
            ifHasElse.last() = true;
        else if (t.text == QLatin1String("end") && !ifHasElse.isEmpty()) {
            if (!ifHasElse.takeLast())
                warn(QCoreApplication::translate("ad::TemplateWarnings", "if ... then ... end without else needs jq 1.7+; jq 1.6 rejects it"));
        }
    }
}

}  // namespace

QStringList templateWarnings(const QString &filter, const JsonValue *context)
{
    // The jq-version part depends on the filter only.
    struct Memo {
        QList<JqToken> tokens;
        QStringList jq17;
    };
    const Memo &it = memoised<Memo>(filter, [&] {
        Memo m;
        m.tokens = lexJq(filter).tokens;
        checkJq17(m.tokens, m.jq17);
        return m;
    });
    QStringList out;
    if (context)
        checkPaths(it.tokens, *context, out);
    out << it.jq17;
    return out;
}

}  // namespace ad
