#include "template/renderplan.h"

#include "json/jsonpointer.h"
#include "template/jsobject.h"
#include "template/porttemplate.h"

#include <QHash>
#include <QRegularExpression>

#include <list>

namespace ad {

namespace {

// Where decoded index `index` of a string starts in the source: the string token begins at base
// (its opening quote) and reads `raw` (escapes kept) when it came from a file.
SourcePos sourcePosIn(const SourcePos &base, const QString &raw, const QString &decoded, qsizetype index)
{
    if (!base.isValid())
        return base;
    const QString &text = raw.isEmpty() ? decoded : raw;
    qsizetype r = 0, units = 0;
    while (r < text.size() && units < index) {
        if (!raw.isEmpty() && text.at(r) == QLatin1Char('\\')) {
            r += (r + 1 < text.size() && text.at(r + 1) == QLatin1Char('u')) ? 6 : 2;
        } else {
            r += 1;
        }
        units += 1;
    }
    r = qMin(r, text.size());
    const QString prefix = text.left(r);
    SourcePos p = base;
    p.column = base.column + 1 + int(prefix.toUcs4().size());
    if (base.offset >= 0)
        p.offset = base.offset + 1 + prefix.toUtf8().size();
    return p;
}

bool isSpreadKey(const QString &key)
{
    static const QRegularExpression re(QStringLiteral("^\\{\\{\\s*spreadValue\\(\\s*\\)\\s*\\}\\}$"));
    return re.match(js::trim(key)).hasMatch();
}

bool samePos(const SourcePos &a, const SourcePos &b) { return a == b && a.offset == b.offset; }

// Equal as a plan sees it: values, escapes as written and positions (traces carry them).
bool sameSource(const JsonValue &a, const JsonValue &b)
{
    if (a.type() != b.type() || !samePos(a.pos(), b.pos()))
        return false;
    switch (a.type()) {
    case JsonValue::Type::Null: return true;
    case JsonValue::Type::Bool: return a.toBool() == b.toBool();
    case JsonValue::Type::Number: return a.numberText() == b.numberText();
    case JsonValue::Type::String: return a.toString() == b.toString() && a.rawString() == b.rawString();
    case JsonValue::Type::Array: {
        const auto &x = a.items(), &y = b.items();
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (!sameSource(x[i], y[i]))
                return false;
        return true;
    }
    case JsonValue::Type::Object: {
        const auto &x = a.members(), &y = b.members();
        if (x.size() != y.size())
            return false;
        for (size_t i = 0; i < x.size(); ++i)
            if (x[i].key != y[i].key || x[i].rawKey != y[i].rawKey || !samePos(x[i].keyPos, y[i].keyPos)
                || !sameSource(x[i].value, y[i].value))
                return false;
        return true;
    }
    }
    return false;
}

class Builder {
public:
    QStringList programs;

    PlanNode node(const JsonValue &tpl, const QString &ptr)
    {
        PlanNode out;
        out.pointer = ptr;
        switch (tpl.type()) {
        case JsonValue::Type::String:
            out.kind = PlanNode::Kind::String;
            out.string = string(tpl.toString(), tpl.pos(), tpl.rawString());
            break;
        case JsonValue::Type::Array: {
            out.kind = PlanNode::Kind::Array;
            qsizetype i = 0;
            out.children.reserve(tpl.items().size());
            for (const JsonValue &item : tpl.items())
                out.children.push_back(node(item, jsonPointerAppend(ptr, i++)));
            break;
        }
        case JsonValue::Type::Object: object(tpl, out); break;
        default: out.literal = js::normalized(tpl);  // rule 10 (numbers as JavaScript doubles)
        }
        return out;
    }

private:
    QHash<QString, int> m_index;  // program -> its index in `programs`

    PlanString string(const QString &s, const SourcePos &pos, const QString &raw)
    {
        PlanString out;
        out.text = s;
        const TemplateScan scan = scanTemplates(s);
        out.error = scan.error;
        for (const TemplateSpan &span : scan.spans) {
            PlanSite site;
            site.start = span.start;
            site.end = span.end;
            site.filter = s.mid(span.start, span.end - span.start);
            const QString program = portProgram(site.filter, &site.quoted);
            if (const auto it = m_index.constFind(program); it != m_index.cend()) {
                site.program = *it;
            } else {
                site.program = int(programs.size());
                m_index.insert(program, site.program);
                programs << program;
            }
            site.pos = sourcePosIn(pos, raw, s, span.start - 2);
            // After the quote rule, as jq sees it (the prefix is Port's, not the user's).
            static const qsizetype prefix = portProgram(QString()).size();  // Port's "def env: ..."
            site.lint = lintFilter(program.mid(prefix));
            out.sites << site;
        }
        const QString trimmed = js::trim(s);
        out.whole = out.sites.size() == 1 && trimmed.startsWith(QLatin1String("{{")) && trimmed.endsWith(QLatin1String("}}"));
        return out;
    }

    void object(const JsonValue &tpl, PlanNode &out)
    {
        out.kind = PlanNode::Kind::Object;
        // Object.entries(JSON.parse(...)): last duplicate wins, at the first one's position.
        js::Object<const JsonMember *> source;
        source.reserve(qsizetype(tpl.members().size()));
        for (const JsonMember &m : tpl.members())
            source.set(m.key, &m);
        const auto entries = source.take();
        out.children.reserve(entries.size());
        out.keys.reserve(entries.size());
        out.plainKeys = true;
        for (const auto &e : entries) {
            const JsonMember &m = *e.second;
            const QString childPtr = jsonPointerAppend(out.pointer, m.key);
            PlanNode::Key key;
            key.spread = isSpreadKey(m.key);
            if (key.spread)
                key.spreadText = m.value;
            key.key = key.spread ? PlanString{m.key, {}, false, {}} : string(m.key, m.keyPos, m.rawKey);
            out.plainKeys = out.plainKeys && !key.spread && key.key.sites.isEmpty() && key.key.error.isEmpty();
            // The key's templates come before the value's, as Port evaluates them.
            out.keys.push_back(std::move(key));
            out.children.push_back(node(m.value, childPtr));
        }
    }
};

}  // namespace

RenderPlan::RenderPlan(const JsonValue &tpl) : m_source(tpl)
{
    Builder b;
    m_root = b.node(tpl, QString());
    m_programs = std::move(b.programs);
}

bool RenderPlan::builtFrom(const JsonValue &tpl) const { return sameSource(m_source, tpl); }

std::shared_ptr<const RenderPlan> RenderPlan::of(const JsonValue &tpl)
{
    // A few, not one: the preview renders the action's parts and the form's values in turn.
    constexpr size_t kKept = 8;
    thread_local std::list<std::shared_ptr<const RenderPlan>> recent;  // most recent first
    for (auto it = recent.begin(); it != recent.end(); ++it) {
        if ((*it)->builtFrom(tpl)) {
            recent.splice(recent.begin(), recent, it);
            return recent.front();
        }
    }
    recent.push_front(std::make_shared<const RenderPlan>(tpl));
    if (recent.size() > kKept)
        recent.pop_back();
    return recent.front();
}

}  // namespace ad
