#include "template/templatewarnings.h"

#include "template/jqlexer.h"
#include "template/jsobject.h"
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

// The paths from the context root a filter reads: `.a.b`, `.a["b"]`, `.a."b"`, `.a?.b`. Only paths
// that start at a key of the context root are checked later: inside map(...) or after a pipe, `.`
// is something else, and those paths rarely start with "inputs", "entity", ...
QList<QStringList> rootPaths(const QList<JqToken> &toks)
{
    QList<QStringList> out;
    for (qsizetype i = 0; i < toks.size(); ++i) {
        if (toks.at(i).kind != Kind::Field || (i > 0 && endsTerm(toks.at(i - 1))))
            continue;
        QStringList path{toks.at(i).text};
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
        out << path;
        i = j - 1;  // a path's later names never start one (they follow a name, a string or `]`)
    }
    return out;
}

// Where Port's engine (jq 1.7.1 plus 83 commits, PORT-SPEC §5.0a) and ours part ways in a way the
// prelude (jqprelude.h) cannot cover, or where a template reaches for what only a newer jq has.
void checkEngine(const QList<JqToken> &toks, QStringList &out)
{
    // jq 1.8 additions: Port's snapshot predates them, so a template using them fails in Port.
    static const QSet<QString> jq18 = {QStringLiteral("toarray"), QStringLiteral("trimstr"),
                                       QStringLiteral("have_decnum")};
    QSet<QString> userDefs;
    for (qsizetype i = 0; i + 1 < toks.size(); ++i)
        if (toks.at(i).kind == Kind::Ident && toks.at(i).text == QLatin1String("def") && toks.at(i + 1).kind == Kind::Ident)
            userDefs.insert(toks.at(i + 1).text);

    QSet<QString> said;
    auto warn = [&](const QString &w) {
        if (!said.contains(w))
            out << w;
        said.insert(w);
    };
    for (qsizetype i = 0; i < toks.size(); ++i) {
        const JqToken &t = toks.at(i);
        const bool afterDef = i > 0 && toks.at(i - 1).kind == Kind::Ident && toks.at(i - 1).text == QLatin1String("def");
        if (t.kind == Kind::Var && t.text == QLatin1String("__prog_name"))
            warn(QCoreApplication::translate("ad::TemplateWarnings", "$__prog_name is jq 1.8; Port's jq does not have it, so the template fails there"));
        if (t.kind != Kind::Ident || afterDef || userDefs.contains(t.text))
            continue;
        if (jq18.contains(t.text))
            warn(QCoreApplication::translate("ad::TemplateWarnings", "%1 is jq 1.8; Port's jq does not have it, so the template fails there (renders null)").arg(t.text));
        else if (t.text == QLatin1String("pow10"))
            warn(QCoreApplication::translate("ad::TemplateWarnings", "pow10 was removed from Port's jq: the template fails there; use exp10"));
    }
}

}  // namespace

FilterLint lintFilter(const QString &filter)
{
    return memoised<FilterLint>(filter, [&] {
        FilterLint m;
        const QList<JqToken> tokens = lexJq(filter).tokens;
        m.paths = rootPaths(tokens);
        checkEngine(tokens, m.engine);
        return m;
    });
}

const JsonValue *ContextPaths::member(const JsonValue &object, const QString &key)
{
    // Scenarios often hold one big object (200 inputs): looking names up there one by one, for
    // every template of every render, cost more than indexing it once per render.
    if (object.members().size() <= 16)
        return object.find(key);
    auto index = m_index.find(&object);
    if (index == m_index.end()) {
        index = m_index.insert(&object, {});
        index->reserve(qsizetype(object.members().size()));
        for (const JsonMember &m : object.members())
            index->insert(js::PropertyKey{m.key}, &m.value);  // the last of duplicates, as find()
    }
    return index->value(js::PropertyKey{key});
}

QStringList ContextPaths::warnings(const FilterLint &lint)
{
    QStringList out;
    auto report = [&](const QString &w) {
        if (!out.contains(w))
            out << w;
    };
    for (const QStringList &path : lint.paths) {
        if (!m_context || !m_context->isObject() || !member(*m_context, path.first()))
            continue;
        const JsonValue *cur = m_context;
        QString shown;
        for (const QString &seg : path) {
            const QString parent = shown.isEmpty() ? QStringLiteral(".") : shown;
            shown += QLatin1Char('.') + seg;
            if (cur->isNull()) {
                report(QCoreApplication::translate("ad::TemplateWarnings", "reads %1 but %2 is null in this context").arg(shown, parent));
                break;
            }
            if (!cur->isObject())
                break;
            const JsonValue *next = member(*cur, seg);
            if (!next) {
                report(QCoreApplication::translate("ad::TemplateWarnings", "reads %1 but the context has no %1").arg(shown));
                break;
            }
            cur = next;
        }
    }
    out << lint.engine;
    return out;
}

}  // namespace ad
