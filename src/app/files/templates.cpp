#include "app/files/templates.h"

#include "backend/backends.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

namespace ad::app {

namespace {

JsonValue parsed(const QString &json)
{
    JsonValue v = parseJson(json).value;
    v.clearSourceInfo();
    return v;
}

JsonValue selfService(const BackendDecl &b)
{
    const QString id = QStringLiteral("new_%1_action").arg(b.type.toLower());
    JsonValue a = JsonValue::object();
    a.set(QStringLiteral("identifier"), JsonValue::fromString(id));
    a.set(QStringLiteral("title"), JsonValue::fromString(QStringLiteral("New %1 action").arg(b.label)));
    a.set(QStringLiteral("icon"), JsonValue::fromString(QStringLiteral("DefaultProperty")));
    a.set(QStringLiteral("description"), JsonValue::fromString(QString()));
    a.set(QStringLiteral("trigger"), parsed(QStringLiteral(
        R"({"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service",
            "userInputs": {"properties": {"name": {"type": "string", "title": "Name"}},
                           "required": ["name"], "order": ["name"]}})")));
    a.set(QStringLiteral("invocationMethod"), parsed(b.newActionJson));
    a.set(QStringLiteral("requiredApproval"), JsonValue::fromBool(false));
    return a;
}

JsonValue automation(const QString &event, const QString &eventFields, const BackendDecl &b)
{
    JsonValue a = JsonValue::object();
    a.set(QStringLiteral("identifier"), JsonValue::fromString(QStringLiteral("on_%1").arg(event.toLower())));
    a.set(QStringLiteral("title"), JsonValue::fromString(QStringLiteral("New automation")));
    a.set(QStringLiteral("description"), JsonValue::fromString(QString()));
    a.set(QStringLiteral("trigger"), parsed(QStringLiteral(
        R"({"type": "automation", "event": {"type": "%1", %2},
            "condition": {"type": "JQ", "expressions": [], "combinator": "and"}})").arg(event, eventFields)));
    a.set(QStringLiteral("invocationMethod"), parsed(b.newActionJson));
    a.set(QStringLiteral("publish"), JsonValue::fromBool(true));
    return a;
}

QList<ActionTemplate> build()
{
    QList<ActionTemplate> list;
    for (const BackendDecl &b : backends()) {
        if (!b.inSchema || b.newActionJson.isEmpty())
            continue;
        list << ActionTemplate{QStringLiteral("self-service/") + b.type, b.label, false, writeJson(selfService(b))};
    }
    const BackendDecl *webhook = findBackend(QStringLiteral("WEBHOOK"));
    if (!webhook)
        return list;
    const struct {
        const char *event, *fields, *text;
    } events[] = {
        {"ENTITY_CREATED", R"("blueprintIdentifier": "service")", "Entity created"},
        {"ENTITY_UPDATED", R"("blueprintIdentifier": "service")", "Entity updated"},
        {"ENTITY_DELETED", R"("blueprintIdentifier": "service")", "Entity deleted"},
        {"ANY_ENTITY_CHANGE", R"("blueprintIdentifier": "service")", "Any entity change"},
        {"TIMER_PROPERTY_EXPIRED", R"("blueprintIdentifier": "environment", "propertyIdentifier": "ttl")",
         "Timer property expired"},
        {"RUN_CREATED", R"("actionIdentifier": "my_action")", "Run created"},
        {"RUN_UPDATED", R"("actionIdentifier": "my_action")", "Run updated"},
        {"ANY_RUN_CHANGE", R"("actionIdentifier": "my_action")", "Any run change"},
    };
    for (const auto &e : events) {
        const QString event = QString::fromLatin1(e.event);
        list << ActionTemplate{QStringLiteral("automation/") + event,
                               QStringLiteral("%1 → Webhook").arg(QString::fromUtf8(e.text)), true,
                               writeJson(automation(event, QString::fromUtf8(e.fields), *webhook))};
    }
    return list;
}

}  // namespace

QList<ActionTemplate> actionTemplates()
{
    static const QList<ActionTemplate> list = build();
    return list;
}

const ActionTemplate *findTemplate(const QString &id)
{
    static const QList<ActionTemplate> list = actionTemplates();
    for (const ActionTemplate &t : list)
        if (t.id == id)
            return &t;
    return nullptr;
}

}  // namespace ad::app
