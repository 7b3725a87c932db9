#include "context/actionrefs.h"

#include <QRegularExpression>

namespace ad {

namespace {

void addUnique(QStringList &list, const QString &s)
{
    if (!s.isEmpty() && !list.contains(s))
        list << s;
}

void scanText(const QString &text, ActionRefs &refs)
{
    if (!text.contains(QLatin1Char('.')))
        return;
    static const QRegularExpression secret(
        QStringLiteral(R"re(\.secrets(?:\.([A-Za-z_][A-Za-z0-9_]*)|\s*\[\s*"([^"]+)"\s*\]|\."([^"]+)"))re"));
    static const QRegularExpression entity(QStringLiteral(R"re(\.entity\.(properties|relations)\.([A-Za-z_][A-Za-z0-9_]*))re"));
    static const QRegularExpression diff(
        QStringLiteral(R"re(\.diff\.(?:before|after)\.(properties|relations)\.([A-Za-z_][A-Za-z0-9_]*))re"));
    for (auto it = secret.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        addUnique(refs.secrets, m.captured(1) + m.captured(2) + m.captured(3));
    }
    for (auto it = entity.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        addUnique(m.captured(1) == QLatin1String("properties") ? refs.entityProperties : refs.entityRelations,
                  m.captured(2));
    }
    for (auto it = diff.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        addUnique(m.captured(1) == QLatin1String("properties") ? refs.diffProperties : refs.diffRelations,
                  m.captured(2));
    }
}

void scan(const JsonValue &v, ActionRefs &refs)
{
    if (v.isString()) {
        scanText(v.toString(), refs);
        return;
    }
    for (const JsonValue &item : v.items())
        scan(item, refs);
    for (const JsonMember &m : v.members()) {
        scanText(m.key, refs);
        scan(m.value, refs);
    }
}

}  // namespace

ActionRefs scanActionRefs(const JsonValue &action)
{
    ActionRefs refs;
    scan(action.value(u"invocationMethod"), refs);
    scan(action.value(u"trigger").value(u"userInputs"), refs);
    scan(action.value(u"trigger").value(u"condition"), refs);
    return refs;
}

void fillReferenced(JsonValue &entity, const QStringList &properties, const QStringList &relations)
{
    if (!entity.isObject())
        return;
    auto fill = [&](const char *key, const QStringList &names) {
        if (names.isEmpty())
            return;
        JsonValue obj = entity.value(QString::fromLatin1(key)).isObject() ? entity.value(QString::fromLatin1(key))
                                                                           : JsonValue::object();
        for (const QString &n : names)
            if (!obj.contains(n))
                obj.set(n, JsonValue::fromString(QStringLiteral("example-") + n));
        entity.set(QString::fromLatin1(key), obj);
    };
    fill("properties", properties);
    fill("relations", relations);
}

}  // namespace ad
