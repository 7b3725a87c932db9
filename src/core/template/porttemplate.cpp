#include "template/porttemplate.h"

#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "template/jsobject.h"
#include "template/memo.h"
#include "template/renderplan.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <utility>
#include <vector>

namespace ad {

TemplateScan scanTemplates(const QString &input)
{
    // A literal port of findInsideDoubleBracesIndices (lib/template.js), quirks included.
    TemplateScan out;
    QChar wrappingQuote;  // null = none
    qsizetype insideStart = -1;
    const qsizetype n = input.size();
    auto at = [&](qsizetype i) { return i >= 0 && i < n ? input.at(i) : QChar(); };
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = input.at(i);
        if (insideStart >= 0 && c == QLatin1Char('\\'))
            i += 1;  // the next character is escaped
        if (insideStart >= 0 && (c == QLatin1Char('"') || c == QLatin1Char('\''))) {
            if (wrappingQuote.isNull())
                wrappingQuote = c;
            else if (wrappingQuote == c)
                wrappingQuote = QChar();
        } else if (wrappingQuote.isNull() && c == QLatin1Char('{') && i > 0 && at(i - 1) == QLatin1Char('{')) {
            if (insideStart >= 0) {
                out.error = QStringLiteral("Found double braces in index %1 inside other one in index %2")
                                .arg(i - 1)
                                .arg(insideStart - 2);
                out.spans.clear();
                return out;
            }
            insideStart = i + 1;
            if (at(i + 1) == QLatin1Char('{'))
                i += 1;  // "{{{" is "{{" followed by "{"
        } else if (wrappingQuote.isNull() && c == QLatin1Char('}') && i > 0 && at(i - 1) == QLatin1Char('}')) {
            if (insideStart >= 0) {
                out.spans.append(TemplateSpan{insideStart, i - 1});
                insideStart = -1;
                if (at(i + 1) == QLatin1Char('}'))
                    i += 1;
            } else {
                out.error = QStringLiteral("Found closing double braces in index %1 without opening double braces")
                                .arg(i - 1);
                out.spans.clear();
                return out;
            }
        }
    }
    if (insideStart >= 0) {
        out.error = QStringLiteral("Found opening double braces in index %1 without closing double braces")
                        .arg(insideStart - 2);
        out.spans.clear();
    }
    return out;
}

QString applyQuoteRule(const QString &filter, bool *applied)
{
    // lib/jq.js: filter.replace(/(^|\s)'(?!\s|")|(?<!\s|")'(\s|$)/g, '$1"$2'), with JavaScript's \s
    // and $ (end of input only, hence \z).
    static const QString ws = QStringLiteral(
        "[\\t\\n\\x{0B}\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]");
    static const QRegularExpression re(QStringLiteral("(^|%1)'(?!%1|\")|(?<!%1|\")'(%1|\\z)").arg(ws));
    QString out = filter;
    if (filter.contains(QLatin1Char('\'')))
        out.replace(re, QStringLiteral("\\1\"\\2"));
    if (applied)
        *applied = out != filter;
    return out;
}

QString portProgram(const QString &filter, bool *quoteRuleApplied)
{
    struct Prepared {
        QString program;
        bool quoted = false;
    };
    // The regex is the costly part, and every render prepares every filter again.
    const Prepared &it = memoised<Prepared>(filter, [&] {
        Prepared p;
        p.program = QLatin1String("def env: {}; {} as $ENV | ") + applyQuoteRule(filter, &p.quoted);
        return p;
    });
    if (quoteRuleApplied)
        *quoteRuleApplied = it.quoted;
    return it.program;
}

namespace {

// JavaScript's String.prototype.slice.
QString jsSlice(const QString &s, qsizetype from, qsizetype to)
{
    from = qBound<qsizetype>(0, from, s.size());
    to = qBound<qsizetype>(0, to, s.size());
    return to > from ? s.mid(from, to - from) : QString();
}

// A rendered value as JavaScript holds it before JSON.stringify: may be undefined, and objects
// keep undefined members (they still take their position).
struct Node {
    enum class Kind { Undefined, Leaf, Array, Object };
    Kind kind = Kind::Undefined;
    JsonValue leaf;
    std::vector<Node> items;
    std::vector<std::pair<QString, Node>> members;

    static Node undefined() { return Node(); }
    static Node of(JsonValue v)
    {
        Node n;
        n.kind = Kind::Leaf;
        n.leaf = std::move(v);
        return n;
    }
};

// JSON.stringify semantics: undefined members vanish, undefined items become null.
// Takes the node apart (a copy for an error message costs one, once).
JsonValue finalize(Node n)
{
    switch (n.kind) {
    case Node::Kind::Undefined: return JsonValue();
    case Node::Kind::Leaf: return std::move(n.leaf);
    case Node::Kind::Array: {
        JsonValue out = JsonValue::array();
        out.items().reserve(n.items.size());
        for (Node &item : n.items)
            out.items().push_back(finalize(std::move(item)));
        return out;
    }
    case Node::Kind::Object: {
        JsonValue out = JsonValue::object();
        out.members().reserve(n.members.size());
        for (auto &m : n.members)
            if (m.second.kind != Node::Kind::Undefined)
                out.members().push_back(JsonMember{std::move(m.first), QString(), SourcePos(), finalize(std::move(m.second))});
        return out;
    }
    }
    return JsonValue();
}

QString stringify(const Node &n)
{
    return n.kind == Node::Kind::Undefined ? QStringLiteral("undefined") : QString::fromUtf8(toCompactJs(finalize(n)));
}

struct RenderError {
    QString message;
};

class Walker {
public:
    Walker(const PortRenderer::IndexedEvaluator &eval, const JsonValue *context, const QString &prefix)
        : m_eval(eval), m_paths(context), m_prefix(prefix)
    {
    }

    QList<TemplateTrace> traces;

    Node node(const PlanNode &p)
    {
        switch (p.kind) {
        case PlanNode::Kind::String: return string(p.string, p.pointer, false);
        case PlanNode::Kind::Array: {
            Node out;
            out.kind = Node::Kind::Array;
            out.items.reserve(p.children.size());
            for (const PlanNode &item : p.children)
                out.items.push_back(node(item));
            return out;
        }
        case PlanNode::Kind::Object: return object(p);
        case PlanNode::Kind::Literal: break;
        }
        return Node::of(p.literal);
    }

private:
    const PortRenderer::IndexedEvaluator &m_eval;
    ContextPaths m_paths;
    const QString &m_prefix;

    JqResult evaluate(const PlanSite &site, const QString &ptr, bool inKey)
    {
        JqResult r = m_eval(site.program);
        TemplateTrace t;
        t.pointer = m_prefix.isEmpty() ? ptr : m_prefix + ptr;
        t.pos = site.pos;
        t.filter = site.filter;
        t.result = r.failed() ? JsonValue() : r.value;
        t.undefined = r.isUndefined();
        t.resultType = t.undefined ? QStringLiteral("undefined") : t.result.typeName();
        t.error = r.error;
        t.compileError = r.compileError;
        t.timedOut = r.timedOut;
        t.ms = r.ms;
        t.quoteRuleApplied = site.quoted;
        t.inKey = inKey;
        if (site.quoted)
            t.warnings << QCoreApplication::translate("ad::TemplateWarnings", "single quotes turned into double quotes (Port's "
                                                                                "quote rule; plain jq rejects 'text')");
        t.warnings << m_paths.warnings(site.lint);
        for (const QString &d : r.debug)
            t.warnings << QLatin1String("debug: ") + d;
        traces << std::move(t);
        return r;
    }

    Node string(const PlanString &s, const QString &ptr, bool inKey)
    {
        if (!s.error.isEmpty())
            throw RenderError{s.error};
        if (s.sites.isEmpty())
            return Node::of(JsonValue::fromString(s.text));
        if (s.whole) {
            // Rule 2: the whole string is one template; the result keeps its JSON type.
            const JqResult r = evaluate(s.sites.first(), ptr, inKey);
            if (r.failed())
                return Node::of(JsonValue());
            return r.isUndefined() ? Node::undefined() : Node::of(r.value);
        }
        // Rule 3: splice each result into the text.
        QString out = jsSlice(s.text, 0, s.sites.first().start - 2);
        for (qsizetype i = 0; i < s.sites.size(); ++i) {
            const PlanSite &sp = s.sites.at(i);
            const JqResult r = evaluate(sp, ptr, inKey);
            if (r.failed())
                out += QLatin1String("null");
            else if (r.isUndefined())
                out += QLatin1String("undefined");
            else if (r.value.isString())
                out += r.value.toString();
            else
                out += QString::fromUtf8(toCompactJs(r.value));
            const qsizetype to = i + 1 == s.sites.size() ? s.text.size() : s.sites.at(i + 1).start - 2;
            out += jsSlice(s.text, sp.end + 2, to);
        }
        return Node::of(JsonValue::fromString(out));
    }

    Node object(const PlanNode &p)
    {
        Node out;
        out.kind = Node::Kind::Object;
        if (p.plainKeys) {
            // The plan's keys are the object's, unique and in JS order already.
            out.members.reserve(p.children.size());
            for (size_t k = 0; k < p.children.size(); ++k)
                if (!p.keys[k].key.text.isEmpty())  // Port drops a "" key, as an empty rendered one
                    out.members.emplace_back(p.keys[k].key.text, node(p.children[k]));
            return out;
        }
        std::vector<std::pair<QString, Node>> entries;
        entries.reserve(p.children.size());
        for (size_t k = 0; k < p.children.size(); ++k) {
            const PlanNode::Key &m = p.keys[k];
            const PlanNode &value = p.children[k];
            if (m.spread) {
                spreadInto(entries, node(value), m);
                continue;
            }
            Node key = string(m.key, value.pointer, true);
            const bool isString = key.kind == Node::Kind::Leaf && key.leaf.isString();
            const bool isNull = key.kind == Node::Kind::Leaf && key.leaf.isNull();
            if (key.kind != Node::Kind::Undefined && !isString && !isNull)
                throw RenderError{QStringLiteral("Evaluated object key should be undefined, null or string. "
                                                 "Original key: %1, evaluated to: %2")
                                      .arg(m.key.text, stringify(key))};
            if (isString && !key.leaf.toString().isEmpty())
                entries.emplace_back(key.leaf.toString(), node(value));
        }
        // Object.fromEntries: JS assignment semantics.
        js::Object<Node> obj;
        obj.reserve(qsizetype(entries.size()));
        for (auto &e : entries)
            obj.set(e.first, std::move(e.second));
        out.members = obj.take();
        return out;
    }

    static void spreadInto(std::vector<std::pair<QString, Node>> &entries, Node v, const PlanNode::Key &m)
    {
        const bool isObjectLike = v.kind == Node::Kind::Array || v.kind == Node::Kind::Object
                                  || (v.kind == Node::Kind::Leaf && (v.leaf.isContainer() || v.leaf.isNull()));
        if (!isObjectLike)
            throw RenderError{QStringLiteral("Evaluated value should be an object if the key is %1. "
                                             "Original value: %2, evaluated to: %3")
                                  .arg(m.key.text, js::toDisplayString(m.spreadText), stringify(v))};
        switch (v.kind) {
        case Node::Kind::Array:
            for (size_t i = 0; i < v.items.size(); ++i)
                entries.emplace_back(QString::number(i), std::move(v.items[i]));
            break;
        case Node::Kind::Object:
            for (auto &member : v.members)
                entries.push_back(std::move(member));
            break;
        default:
            if (v.leaf.isNull())
                throw RenderError{QStringLiteral("Cannot convert undefined or null to object")};
            if (v.leaf.isArray()) {
                qsizetype i = 0;
                for (const JsonValue &item : v.leaf.items())
                    entries.emplace_back(QString::number(i++), Node::of(item));
            } else {
                for (const JsonMember &member : v.leaf.members())
                    entries.emplace_back(member.key, Node::of(member.value));
            }
        }
    }
};

}  // namespace

QStringList collectPrograms(const JsonValue &tpl) { return RenderPlan(tpl).programs(); }

RenderOutput PortRenderer::render(const JsonValue &tpl)
{
    const RenderPlan plan(tpl);
    return render(plan, [&](int program) { return m_evaluate(plan.programs().at(program)); });
}

RenderOutput PortRenderer::render(const RenderPlan &plan, const IndexedEvaluator &evaluate)
{
    RenderOutput out;
    Walker walker(evaluate, m_context, m_prefix);
    try {
        Node n = walker.node(plan.root());
        out.undefined = n.kind == Node::Kind::Undefined;
        out.value = finalize(std::move(n));
    } catch (const RenderError &e) {
        out.fatalError = e.message;
        out.value = JsonValue();
    }
    out.traces = walker.traces;
    return out;
}

}  // namespace ad
