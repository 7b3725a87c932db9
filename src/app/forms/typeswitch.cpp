#include "app/forms/typeswitch.h"

#include "backend/backends.h"
#include "json/jsonparser.h"

#include <QHash>

namespace ad::app {

namespace {
struct Found {
    JsonValue value;
    FieldKind kind;
    bool known;
};

// key -> value of the fields in `obj` (top level and one group level down).
void collect(const JsonValue &obj, const BackendDecl *decl, QList<QPair<QString, Found>> &out)
{
    for (const JsonMember &m : obj.members()) {
        if (m.key == QLatin1String("type"))
            continue;
        const FieldDecl *f = decl ? findField(*decl, m.key) : nullptr;
        if (f && f->kind == FieldKind::Group && m.value.isObject()) {
            for (const JsonMember &c : m.value.members()) {
                const FieldDecl *cf = nullptr;
                for (const FieldDecl &ch : f->children)
                    if (ch.key == c.key)
                        cf = &ch;
                out.append({c.key, Found{c.value, cf ? cf->kind : FieldKind::String, cf != nullptr}});
            }
            continue;
        }
        out.append({m.key, Found{m.value, f ? f->kind : FieldKind::String, f != nullptr}});
    }
}
}  // namespace

TypeSwitch switchBackendType(const JsonValue &current, const QString &toType, const JsonValue *stashed)
{
    TypeSwitch r;
    const BackendDecl *from = findBackend(current.value(u"type").toString());
    const BackendDecl *to = findBackend(toType);
    QList<QPair<QString, Found>> old;
    collect(current, from, old);

    if (stashed && stashed->isObject()) {
        r.method = *stashed;
        for (const auto &o : old)
            r.dropped << o.first;
        r.dropped.removeDuplicates();
        return r;
    }

    JsonParseResult p = to ? parseJson(to->newActionJson) : JsonParseResult{};
    r.method = p.ok() && p.value.isObject() ? p.value : JsonValue::object();
    r.method.clearSourceInfo();
    r.method.set(QStringLiteral("type"), JsonValue::fromString(toType));
    if (!to) {
        for (const auto &o : old)
            r.dropped << o.first;
        return r;
    }
    auto take = [&](const FieldDecl &f, JsonValue &target) {
        for (const auto &o : old) {
            if (o.first != f.key || (o.second.known && o.second.kind != f.kind))
                continue;
            target.set(f.key, o.second.value);
            r.carried << f.key;
            return;
        }
    };
    for (const FieldDecl &f : to->fields) {
        if (f.kind == FieldKind::Group) {
            JsonValue g = r.method.value(f.key);
            if (!g.isObject())
                g = JsonValue::object();
            for (const FieldDecl &c : f.children)
                take(c, g);
            r.method.set(f.key, g);
        } else {
            take(f, r.method);
        }
    }
    for (const auto &o : old)
        if (!r.carried.contains(o.first))
            r.dropped << o.first;
    r.dropped.removeDuplicates();
    return r;
}

}  // namespace ad::app
