#include "validate/schemanode.h"

#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <vector>

// Q_INIT_RESOURCE must be used outside any namespace; adcore is a static library, so the resource
// object file is only linked when something references it.
static void adInitCoreResources()
{
    Q_INIT_RESOURCE(core);
}

namespace ad {

namespace schemadetail {

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

namespace {

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

}  // namespace

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

namespace {

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

}  // namespace

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

QStringList tokensOf(const Path *p)
{
    QStringList t;
    for (; p; p = p->parent)
        t.prepend(p->key ? *p->key : QString::number(p->index));
    return t;
}

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

SourcePos keyPosOr(const JsonMember &m, const JsonValue &object)
{
    if (m.keyPos.isValid())
        return m.keyPos;
    return m.value.pos().isValid() ? m.value.pos() : object.pos();
}

}  // namespace schemadetail

using namespace schemadetail;

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
