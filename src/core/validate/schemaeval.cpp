// SchemaChecker: checking a value against the compiled schema.
#include "json/duplicatekeys.h"
#include "validate/schemanode.h"

#include <QRegularExpression>

namespace ad {

using namespace schemadetail;

namespace {

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
    const std::vector<qsizetype> next = nextSameKey(v);
    for (qsizetype i = 0; i < count; ++i) {
        const JsonMember &m = members[size_t(i)];
        // JSON.parse keeps the last of duplicate keys, so only that one is what Port sees.
        if (next[size_t(i)] >= 0)
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

}  // namespace ad
