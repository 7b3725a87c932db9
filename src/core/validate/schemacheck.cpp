#include "validate/schemacheck.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>
#include <deque>
#include <tuple>
#include <vector>

// Q_INIT_RESOURCE must be used outside any namespace; adcore is a static library, so the resource
// object file is only linked when something references it.
static void adInitCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace ad {

namespace {

enum TypeBit : unsigned {
    TNull = 1, TBool = 2, TNumber = 4, TString = 8, TArray = 16, TObject = 32,
};

unsigned typeBitOf(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null: return TNull;
    case JsonValue::Type::Bool: return TBool;
    case JsonValue::Type::Number: return TNumber;
    case JsonValue::Type::String: return TString;
    case JsonValue::Type::Array: return TArray;
    case JsonValue::Type::Object: return TObject;
    }
    return 0;
}

unsigned typeBitOfName(const QString &name)
{
    if (name == u"null") return TNull;
    if (name == u"boolean") return TBool;
    if (name == u"number" || name == u"integer") return TNumber;
    if (name == u"string") return TString;
    if (name == u"array") return TArray;
    if (name == u"object") return TObject;
    return 0;
}

QStringList typeNames(unsigned bits)
{
    static const std::pair<unsigned, const char *> names[] = {
        {TObject, "object"}, {TArray, "array"}, {TString, "string"},
        {TNumber, "number"}, {TBool, "boolean"}, {TNull, "null"},
    };
    QStringList out;
    for (const auto &[bit, name] : names)
        if (bits & bit)
            out << QString::fromLatin1(name);
    return out;
}

// JS (`u` flag) -> PCRE2: `$` means the very end, `.` excludes every line terminator.
QString jsToPcre(const QString &js)
{
    QString out;
    out.reserve(js.size() + 16);
    bool inClass = false;
    for (qsizetype i = 0; i < js.size(); ++i) {
        const QChar c = js.at(i);
        if (c == u'\\' && i + 1 < js.size()) {
            out += c;
            out += js.at(++i);
            continue;
        }
        if (inClass) {
            if (c == u']')
                inClass = false;
            out += c;
            continue;
        }
        if (c == u'[')
            inClass = true;
        if (c == u'$')
            out += QStringLiteral("\\z");
        else if (c == u'.')
            out += QStringLiteral("[^\\n\\r\\x{2028}\\x{2029}]");
        else
            out += c;
    }
    return out;
}

QRegularExpression compileJsPattern(const QString &pattern)
{
    return compiledRegex(jsToPcre(pattern), QRegularExpression::UseUnicodePropertiesOption);
}

QString displayEnumValue(const QJsonValue &v)
{
    if (v.isString())
        return v.toString();
    if (v.isNull())
        return QStringLiteral("null");
    if (v.isBool())
        return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    if (v.isDouble())
        return formatJsNumber(v.toDouble());
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

bool enumEquals(const QJsonValue &e, const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::String: return e.isString() && e.toString() == v.toString();
    case JsonValue::Type::Number: return e.isDouble() && e.toDouble() == v.toDouble();
    case JsonValue::Type::Bool: return e.isBool() && e.toBool() == v.toBool();
    case JsonValue::Type::Null: return e.isNull();
    default: return false;  // the schema's enums hold scalars only
    }
}

bool isDateTime(const QString &s)
{
    static const QRegularExpression re = compiledRegex(QStringLiteral(
        "^\\d{4}-(\\d{2})-(\\d{2})[Tt ](\\d{2}):(\\d{2}):(\\d{2})(\\.\\d+)?([Zz]|[+-]\\d{2}:\\d{2})\\z"));
    const QRegularExpressionMatch m = re.match(s);
    if (!m.hasMatch())
        return false;
    const int month = m.captured(1).toInt(), day = m.captured(2).toInt();
    const int hour = m.captured(3).toInt(), minute = m.captured(4).toInt(), second = m.captured(5).toInt();
    return month >= 1 && month <= 12 && day >= 1 && day <= 31 && hour <= 23 && minute <= 59 && second <= 60;
}

bool isUri(const QString &s)
{
    // An absolute URI: a scheme, then no white space (RFC 3986 allows no spaces anywhere).
    static const QRegularExpression re = compiledRegex(QStringLiteral("^[A-Za-z][A-Za-z0-9+.\\-]*:\\S*\\z"), QRegularExpression::UseUnicodePropertiesOption);
    return re.match(s).hasMatch();
}

// The place being checked, as a chain up to the root; tokens are only built when an error is.
struct Path {
    const Path *parent = nullptr;
    const QString *key = nullptr;
    qsizetype index = -1;
};

QStringList tokensOf(const Path *p)
{
    QStringList t;
    for (; p; p = p->parent)
        t.prepend(p->key ? *p->key : QString::number(p->index));
    return t;
}

}  // namespace

struct SchemaChecker::Node {
    unsigned types = 0;  // 0 = any
    bool hasEnum = false;
    QList<QJsonValue> enumValues;
    std::vector<std::pair<QString, const Node *>> properties;
    QStringList required;
    int additional = -1;  // -1 absent, 0 false, 1 true, 2 schema
    const Node *additionalSchema = nullptr;
    const Node *items = nullptr;
    std::vector<const Node *> oneOf;
    std::vector<const Node *> anyOf;
    const Node *propertyNames = nullptr;
    const Node *ref = nullptr;
    bool hasPattern = false;
    QString pattern;
    QRegularExpression patternRe;
    qsizetype minLength = -1;
    qsizetype maxLength = -1;
    bool hasMinimum = false, hasMaximum = false;
    double minimum = 0, maximum = 0;
    std::vector<std::pair<QString, QStringList>> dependencies;
    QString format;

    const Node *property(const QString &key) const
    {
        for (const auto &[k, n] : properties)
            if (k == key)
                return n;
        return nullptr;
    }
    QStringList propertyKeys() const
    {
        QStringList keys;
        for (const auto &p : properties)
            keys << p.first;
        return keys;
    }
};

struct SchemaChecker::Impl {
    QJsonObject document;
    std::deque<Node> nodes;
    QHash<QString, Node *> refs;

    const Node *compile(const QJsonObject &o);
    void fill(Node &n, const QJsonObject &o);
    const Node *resolveRef(const QString &ref);

    bool eval(const Node *n, const JsonValue &v, const Path *path, SchemaErrors *out) const;
    bool evalObject(const Node *n, const JsonValue &v, const Path *path, SchemaErrors *out) const;
    bool evalAlternatives(const std::vector<const Node *> &branches, bool exactlyOne, const JsonValue &v,
                          const Path *path, SchemaErrors *out) const;
    void reportBestBranch(const std::vector<const Node *> &branches, const JsonValue &v, const Path *path,
                          SchemaErrors *out) const;
};

namespace {

unsigned effectiveTypes(const SchemaChecker::Node *n);

}  // namespace

const SchemaChecker::Node *SchemaChecker::Impl::compile(const QJsonObject &o)
{
    nodes.emplace_back();
    Node &n = nodes.back();
    fill(n, o);
    return &n;
}

const SchemaChecker::Node *SchemaChecker::Impl::resolveRef(const QString &ref)
{
    if (Node *known = refs.value(ref))
        return known;
    if (!ref.startsWith(u"#/"))
        return nullptr;
    QJsonValue cur = document;
    for (QString tok : ref.mid(2).split(u'/')) {
        tok.replace(QStringLiteral("~1"), QStringLiteral("/")).replace(QStringLiteral("~0"), QStringLiteral("~"));
        cur = cur.toObject().value(tok);
    }
    if (!cur.isObject())
        return nullptr;
    // Registered before filling so recursive definitions (rule groups) terminate.
    nodes.emplace_back();
    Node &n = nodes.back();
    refs.insert(ref, &n);
    fill(n, cur.toObject());
    return &n;
}

void SchemaChecker::Impl::fill(Node &n, const QJsonObject &o)
{
    if (o.contains(u"$ref"))
        n.ref = resolveRef(o.value(u"$ref").toString());
    const QJsonValue type = o.value(u"type");
    if (type.isString())
        n.types = typeBitOfName(type.toString());
    else if (type.isArray())
        for (const QJsonValue &t : type.toArray())
            n.types |= typeBitOfName(t.toString());
    if (o.contains(u"enum")) {
        n.hasEnum = true;
        for (const QJsonValue &e : o.value(u"enum").toArray())
            n.enumValues << e;
    }
    const QJsonObject props = o.value(u"properties").toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        n.properties.emplace_back(it.key(), compile(it.value().toObject()));
    for (const QJsonValue &r : o.value(u"required").toArray())
        n.required << r.toString();
    const QJsonValue additional = o.value(u"additionalProperties");
    if (additional.isBool()) {
        n.additional = additional.toBool() ? 1 : 0;
    } else if (additional.isObject()) {
        n.additional = 2;
        n.additionalSchema = compile(additional.toObject());
    }
    if (o.value(u"items").isObject())
        n.items = compile(o.value(u"items").toObject());
    for (const QJsonValue &b : o.value(u"oneOf").toArray())
        n.oneOf.push_back(compile(b.toObject()));
    for (const QJsonValue &b : o.value(u"anyOf").toArray())
        n.anyOf.push_back(compile(b.toObject()));
    if (o.value(u"propertyNames").isObject())
        n.propertyNames = compile(o.value(u"propertyNames").toObject());
    if (o.value(u"pattern").isString()) {
        n.hasPattern = true;
        n.pattern = o.value(u"pattern").toString();
        n.patternRe = compileJsPattern(n.pattern);
    }
    if (o.contains(u"minLength"))
        n.minLength = o.value(u"minLength").toInt();
    if (o.contains(u"maxLength"))
        n.maxLength = o.value(u"maxLength").toInt();
    if (o.contains(u"minimum")) {
        n.hasMinimum = true;
        n.minimum = o.value(u"minimum").toDouble();
    }
    if (o.contains(u"maximum")) {
        n.hasMaximum = true;
        n.maximum = o.value(u"maximum").toDouble();
    }
    const QJsonObject deps = o.value(u"dependencies").toObject();
    for (auto it = deps.begin(); it != deps.end(); ++it) {
        QStringList needs;
        for (const QJsonValue &k : it.value().toArray())
            needs << k.toString();
        n.dependencies.emplace_back(it.key(), needs);
    }
    n.format = o.value(u"format").toString();
}

namespace {

unsigned effectiveTypes(const SchemaChecker::Node *n)
{
    if (n->types)
        return n->types;
    return n->ref ? effectiveTypes(n->ref) : 0;
}

SchemaError makeError(SchemaError::Kind kind, const Path *path, const JsonValue &v)
{
    SchemaError e;
    e.kind = kind;
    e.path = tokensOf(path);
    e.pos = v.pos();
    e.value = &v;
    return e;
}

// Where a key is; keys added in memory have no position, so fall back to its value or object.
SourcePos keyPosOr(const JsonMember &m, const JsonValue &object)
{
    if (m.keyPos.isValid())
        return m.keyPos;
    return m.value.pos().isValid() ? m.value.pos() : object.pos();
}

}  // namespace

bool SchemaChecker::Impl::eval(const Node *n, const JsonValue &v, const Path *path, SchemaErrors *out) const
{
    const qsizetype before = out ? out->size() : 0;
    if (n->ref && !eval(n->ref, v, path, out) && !out)
        return false;
    bool ok = true;
    if (n->types && !(n->types & typeBitOf(v))) {
        if (out) {
            SchemaError e = makeError(SchemaError::Kind::Type, path, v);
            e.allowed = typeNames(n->types);
            out->append(e);
        }
        // Nothing else about this value makes sense to report once its type is wrong.
        return false;
    }
    if (n->hasEnum) {
        bool found = false;
        for (const QJsonValue &e : n->enumValues)
            if (enumEquals(e, v)) {
                found = true;
                break;
            }
        if (!found) {
            if (!out)
                return false;
            ok = false;
            SchemaError e = makeError(SchemaError::Kind::Enum, path, v);
            for (const QJsonValue &ev : n->enumValues)
                e.allowed << displayEnumValue(ev);
            out->append(e);
        }
    }
    if (v.isString()) {
        const QString &s = v.toString();
        if (n->minLength >= 0 || n->maxLength >= 0) {
            const qsizetype len = codePointLength(s);
            if ((n->minLength >= 0 && len < n->minLength) || (n->maxLength >= 0 && len > n->maxLength)) {
                if (!out)
                    return false;
                ok = false;
                SchemaError e = makeError(SchemaError::Kind::Length, path, v);
                e.minimum = double(n->minLength);
                e.maximum = double(n->maxLength);
                out->append(e);
            }
        }
        if (n->hasPattern && !n->patternRe.match(s).hasMatch()) {
            if (!out)
                return false;
            ok = false;
            SchemaError e = makeError(SchemaError::Kind::Pattern, path, v);
            e.detail = n->pattern;
            out->append(e);
        }
        if (!n->format.isEmpty()) {
            const bool good = n->format == u"uri" ? isUri(s) : n->format == u"date-time" ? isDateTime(s) : true;
            if (!good) {
                if (!out)
                    return false;
                ok = false;
                SchemaError e = makeError(SchemaError::Kind::Format, path, v);
                e.detail = n->format;
                out->append(e);
            }
        }
    } else if (v.isNumber() && (n->hasMinimum || n->hasMaximum)) {
        const double d = v.toDouble();
        if ((n->hasMinimum && !(d >= n->minimum)) || (n->hasMaximum && !(d <= n->maximum))) {
            if (!out)
                return false;
            ok = false;
            SchemaError e = makeError(SchemaError::Kind::Range, path, v);
            e.minimum = n->hasMinimum ? n->minimum : qQNaN();
            e.maximum = n->hasMaximum ? n->maximum : qQNaN();
            out->append(e);
        }
    } else if (v.isArray() && n->items) {
        const auto &items = v.items();
        for (qsizetype i = 0; i < qsizetype(items.size()); ++i) {
            const Path child{path, nullptr, i};
            if (!eval(n->items, items[size_t(i)], &child, out)) {
                if (!out)
                    return false;
                ok = false;
            }
        }
    } else if (v.isObject()) {
        if (!evalObject(n, v, path, out)) {
            if (!out)
                return false;
            ok = false;
        }
    }
    if (!n->oneOf.empty() && !evalAlternatives(n->oneOf, true, v, path, out)) {
        if (!out)
            return false;
        ok = false;
    }
    if (!n->anyOf.empty() && !evalAlternatives(n->anyOf, false, v, path, out)) {
        if (!out)
            return false;
        ok = false;
    }
    return ok && (!out || out->size() == before);
}

bool SchemaChecker::Impl::evalObject(const Node *n, const JsonValue &v, const Path *path, SchemaErrors *out) const
{
    bool ok = true;
    const std::vector<JsonMember> &members = v.members();
    const qsizetype count = qsizetype(members.size());
    for (qsizetype i = 0; i < count; ++i) {
        const JsonMember &m = members[size_t(i)];
        // JSON.parse keeps the last of duplicate keys, so only that one is what Port sees.
        bool shadowed = false;
        for (qsizetype j = i + 1; j < count && !shadowed; ++j)
            shadowed = members[size_t(j)].key == m.key;
        if (shadowed)
            continue;
        const Path child{path, &m.key, -1};
        if (n->propertyNames && n->propertyNames->hasPattern
            && !n->propertyNames->patternRe.match(m.key).hasMatch()) {
            if (!out)
                return false;
            ok = false;
            SchemaError e = makeError(SchemaError::Kind::PropertyName, path, v);
            e.pos = keyPosOr(m, v);
            e.key = m.key;
            e.detail = n->propertyNames->pattern;
            out->append(e);
        }
        if (const Node *p = n->property(m.key)) {
            if (!eval(p, m.value, &child, out)) {
                if (!out)
                    return false;
                ok = false;
            }
        } else if (n->additional == 0) {
            if (!out)
                return false;
            ok = false;
            SchemaError e = makeError(SchemaError::Kind::UnknownKey, path, v);
            e.pos = keyPosOr(m, v);
            e.key = m.key;
            e.knownKeys = n->propertyKeys();
            out->append(e);
        } else if (n->additional == 2) {
            if (!eval(n->additionalSchema, m.value, &child, out)) {
                if (!out)
                    return false;
                ok = false;
            }
        }
    }
    for (const QString &r : n->required) {
        if (!v.contains(r)) {
            if (!out)
                return false;
            ok = false;
            SchemaError e = makeError(SchemaError::Kind::Required, path, v);
            e.key = r;
            out->append(e);
        }
    }
    for (const auto &[key, needs] : n->dependencies) {
        const JsonMember *m = v.findMember(key);
        if (!m)
            continue;
        QStringList missing;
        for (const QString &k : needs)
            if (!v.contains(k))
                missing << k;
        if (!missing.isEmpty()) {
            if (!out)
                return false;
            ok = false;
            SchemaError e = makeError(SchemaError::Kind::Dependency, path, v);
            e.pos = keyPosOr(*m, v);
            e.key = key;
            e.allowed = missing;
            out->append(e);
        }
    }
    return ok;
}

bool SchemaChecker::Impl::evalAlternatives(const std::vector<const Node *> &branches, bool exactlyOne,
                                           const JsonValue &v, const Path *path, SchemaErrors *out) const
{
    int matches = 0;
    for (const Node *b : branches) {
        if (eval(b, v, path, nullptr)) {
            ++matches;
            if (!exactlyOne || matches > 1)
                break;
        }
    }
    if (exactlyOne ? matches == 1 : matches >= 1)
        return true;
    if (!out)
        return false;
    if (matches > 1) {
        out->append(makeError(SchemaError::Kind::OneOfMany, path, v));
        return false;
    }
    reportBestBranch(branches, v, path, out);
    return false;
}

// No branch matched: report what is wrong in terms of the branch the value evidently meant,
// never as "oneOf failed".
//  1. A key whose value every branch rejects (operation "UPDATE", type "SLACK") is reported once,
//     with the values any branch would take. When it is the discriminator (every branch rejects
//     its value, or branches allow different values) nothing else is said.
//  2. A key every branch requires is reported once (an invocationMethod without `type`).
//  3. The rest comes from the best-fitting branch: fewest discriminator conflicts, fewest keys it
//     does not know, most of the value's keys it declares, fewest errors.
void SchemaChecker::Impl::reportBestBranch(const std::vector<const Node *> &branches, const JsonValue &v,
                                           const Path *path, SchemaErrors *out) const
{
    std::vector<const Node *> candidates;
    unsigned wanted = 0;
    for (const Node *b : branches) {
        const unsigned t = effectiveTypes(b);
        wanted |= t;
        if (t == 0 || (t & typeBitOf(v)))
            candidates.push_back(b);
    }
    if (candidates.empty()) {
        SchemaError e = makeError(SchemaError::Kind::Type, path, v);
        e.allowed = typeNames(wanted);
        out->append(e);
        return;
    }
    std::vector<SchemaErrors> errs(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i)
        eval(candidates[i], v, path, &errs[i]);

    const QStringList here = tokensOf(path);
    auto isChild = [&](const SchemaError &e, const QString &key) {
        return e.path.size() == here.size() + 1 && e.path.last() == key
               && std::equal(here.begin(), here.end(), e.path.begin());
    };
    auto isUnder = [&](const SchemaError &e, const QString &key) {
        return e.path.size() > here.size() && e.path.at(here.size()) == key
               && std::equal(here.begin(), here.end(), e.path.begin());
    };
    auto isOwn = [&](const SchemaError &e, SchemaError::Kind kind, const QString &key) {
        return e.kind == kind && e.key == key && e.path == here;
    };
    auto declared = [](const Node *b, const QString &key) {
        return b->property(key) || (b->ref && b->ref->property(key));
    };

    QStringList handled;
    bool stop = false;
    if (v.isObject()) {
        for (const JsonMember &m : v.members()) {
            bool allReject = true, byValue = true;
            const SchemaError *first = nullptr;
            QStringList allowed;
            int valueBranches = 0;
            QList<QStringList> enumSets;
            for (const SchemaErrors &be : errs) {
                const SchemaError *valueError = nullptr;
                bool unknown = false;
                for (const SchemaError &e : be) {
                    if ((e.kind == SchemaError::Kind::Enum || e.kind == SchemaError::Kind::Type) && isChild(e, m.key)) {
                        valueError = &e;
                        break;
                    }
                    unknown |= isOwn(e, SchemaError::Kind::UnknownKey, m.key);
                }
                if (!valueError && !unknown) {
                    allReject = false;
                    break;
                }
                if (!valueError) {
                    byValue = false;
                    continue;
                }
                if (!first)
                    first = valueError;
                if (valueError->kind == SchemaError::Kind::Enum && !enumSets.contains(valueError->allowed))
                    enumSets << valueError->allowed;
                if (valueError->kind == first->kind) {
                    ++valueBranches;
                    for (const QString &a : valueError->allowed)
                        if (!allowed.contains(a))
                            allowed << a;
                }
            }
            if (!allReject || !first)
                continue;
            SchemaError e = *first;
            if (valueBranches > 1 && e.kind == SchemaError::Kind::Enum)
                std::sort(allowed.begin(), allowed.end());
            e.allowed = allowed;
            out->append(e);
            handled << m.key;
            // A key whose allowed values differ per branch (trigger `operation`, rule `operator`)
            // decides the branch: with it wrong, the branches' other complaints are guesses.
            stop |= byValue || enumSets.size() > 1;
        }
        for (const SchemaError &e : errs.front()) {
            if (e.kind != SchemaError::Kind::Required || e.path != here || handled.contains(e.key))
                continue;
            bool everywhere = true;
            for (size_t i = 1; i < errs.size() && everywhere; ++i)
                everywhere = std::any_of(errs[i].begin(), errs[i].end(), [&](const SchemaError &o) {
                    return isOwn(o, SchemaError::Kind::Required, e.key);
                });
            if (!everywhere || candidates.size() < 2)
                continue;
            SchemaError r = e;
            for (const Node *b : candidates) {
                const Node *p = b->property(e.key);
                if (!p && b->ref)
                    p = b->ref->property(e.key);
                if (p && p->hasEnum)
                    for (const QJsonValue &ev : p->enumValues)
                        if (!r.allowed.contains(displayEnumValue(ev)))
                            r.allowed << displayEnumValue(ev);
            }
            std::sort(r.allowed.begin(), r.allowed.end());
            out->append(r);
            handled << e.key;
            // Without its discriminator the branches' other complaints are guesses.
            stop |= !r.allowed.isEmpty();
        }
    }
    if (stop)
        return;

    auto relevant = [&](const SchemaError &e) {
        for (const QString &k : handled)
            if (isUnder(e, k) || (e.path == here && e.key == k))
                return false;
        return true;
    };
    size_t best = 0;
    std::tuple<qsizetype, qsizetype, qsizetype, qsizetype> bestScore;
    for (size_t i = 0; i < errs.size(); ++i) {
        qsizetype conflicts = 0, unknown = 0, count = 0, known = 0;
        for (const SchemaError &e : errs[i]) {
            if (!relevant(e))
                continue;
            ++count;
            if ((e.kind == SchemaError::Kind::Enum || e.kind == SchemaError::Kind::Type) && e.path.size() == here.size() + 1)
                ++conflicts;
            else if (e.kind == SchemaError::Kind::UnknownKey && e.path == here)
                ++unknown;
        }
        if (v.isObject())
            for (const JsonMember &m : v.members())
                known += declared(candidates[i], m.key) ? 1 : 0;
        const auto score = std::make_tuple(conflicts, unknown, -known, count);
        if (i == 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    for (const SchemaError &e : errs[best])
        if (relevant(e))
            out->append(e);
}

SchemaChecker::SchemaChecker(const QJsonObject &document, const QJsonObject &schema)
    : d(std::make_unique<Impl>())
{
    d->document = document;
    m_root = d->compile(schema);
}

SchemaChecker::~SchemaChecker() = default;

bool SchemaChecker::check(const JsonValue &value, SchemaErrors *errors) const
{
    if (!m_root)
        return false;
    return d->eval(m_root, value, nullptr, errors);
}

QJsonObject actionBodySchema(const QJsonObject &openApi)
{
    return openApi.value(u"paths").toObject()
        .value(u"/v1/actions").toObject()
        .value(u"post").toObject()
        .value(u"requestBody").toObject()
        .value(u"content").toObject()
        .value(u"application/json").toObject()
        .value(u"schema").toObject();
}

const SchemaChecker *SchemaChecker::portAction(QString *error)
{
    struct Loaded {
        std::unique_ptr<SchemaChecker> checker;
        QString error;
    };
    static const Loaded loaded = [] {
        Loaded l;
        adInitCoreResources();
        QFile f(QStringLiteral(":/core/port-actions-schema.json"));
        if (!f.open(QIODevice::ReadOnly)) {
            l.error = QStringLiteral("cannot read Port's action schema (resource :/core/port-actions-schema.json)");
            return l;
        }
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll());
        const QJsonObject schema = actionBodySchema(doc.object());
        if (schema.isEmpty()) {
            l.error = QStringLiteral("Port's action schema resource has no POST /v1/actions body schema");
            return l;
        }
        l.checker = std::make_unique<SchemaChecker>(doc.object(), schema);
        return l;
    }();
    if (error)
        *error = loaded.error;
    return loaded.checker.get();
}

bool matchesJsPattern(const QString &pattern, const QString &text)
{
    return compileJsPattern(pattern).match(text).hasMatch();
}

QRegularExpression compiledRegex(const QString &pattern, QRegularExpression::PatternOptions options)
{
    QRegularExpression re(pattern, options);
    re.optimize();
    return re;
}

qsizetype codePointLength(const QString &s)
{
    qsizetype n = 0;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate())
            ++i;
        ++n;
    }
    return n;
}

}  // namespace ad
