#include "app/forms/inputids.h"

#include "json/jsonpointer.h"

#include <QRegularExpression>

namespace ad::app::userinputs {

QString propPointer(const QString &id)
{
    return jsonPointerAppend(kProps, id);
}

bool validId(const QString &id)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9@_=-]+$"));
    return re.match(id).hasMatch();
}

JsonValue renamedIds(const JsonValue &arr, const QString &from, const QString &to)
{
    if (!arr.isArray())
        return arr;
    JsonValue out = JsonValue::array();
    for (const JsonValue &v : arr.items()) {
        if (v.isString() && v.toString() == from) {
            if (!to.isEmpty())
                out.append(JsonValue::fromString(to));
        } else {
            out.append(v);
        }
    }
    return out;
}

void renameEverywhere(JsonValue &c, const QString &from, const QString &to)
{
    for (const char *k : {"required", "order"})
        if (JsonValue *a = c.find(QString::fromLatin1(k)); a && a->isArray())
            *a = renamedIds(*a, from, to);
    if (JsonValue *steps = c.find(u"steps"); steps && steps->isArray())
        for (JsonValue &s : steps->items())
            if (JsonValue *o = s.find(u"order"))
                *o = renamedIds(*o, from, to);
    if (JsonValue *props = c.find(u"properties"); props && props->isObject())
        for (JsonMember &m : props->members())
            if (JsonValue *d = m.value.find(u"dependsOn"))
                *d = renamedIds(*d, from, to);
}

}  // namespace ad::app::userinputs
