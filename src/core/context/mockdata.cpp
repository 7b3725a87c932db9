#include "context/mockdata.h"

#include "context/actionrefs.h"
#include "context/jsonbuild.h"

namespace ad::mock {

namespace {

using namespace jsonbuild;

// "my_service-2" -> "My service 2"
QString titleFrom(const QString &identifier)
{
    QString t = identifier;
    t.replace(QLatin1Char('_'), QLatin1Char(' ')).replace(QLatin1Char('-'), QLatin1Char(' '));
    if (!t.isEmpty())
        t[0] = t[0].toUpper();
    return t;
}

const QString kCreatedAt = QStringLiteral("2024-06-01T09:57:52.931Z");

}  // namespace

JsonValue entity(const QString &blueprint, const QString &identifier, const Scenario &s)
{
    JsonValue e = JsonValue::object();
    e.set(QStringLiteral("identifier"), str(identifier));
    e.set(QStringLiteral("title"), str(titleFrom(identifier)));
    e.set(QStringLiteral("icon"), JsonValue());
    e.set(QStringLiteral("blueprint"), str(blueprint));
    e.set(QStringLiteral("team"), stringArray(s.user.teams.mid(0, 1)));
    e.set(QStringLiteral("properties"), JsonValue::object());
    e.set(QStringLiteral("relations"), JsonValue::object());
    e.set(QStringLiteral("createdAt"), str(kCreatedAt));
    e.set(QStringLiteral("createdBy"), str(s.user.userId));
    e.set(QStringLiteral("updatedAt"), str(kCreatedAt));
    e.set(QStringLiteral("updatedBy"), str(s.user.userId));
    return e;
}

JsonValue payloadUser(const Scenario &s)
{
    JsonValue u = JsonValue::object();
    u.set(QStringLiteral("email"), str(s.user.email));
    u.set(QStringLiteral("firstName"), str(s.user.firstName));
    u.set(QStringLiteral("lastName"), str(s.user.lastName));
    u.set(QStringLiteral("phoneNumber"), str(QString()));
    u.set(QStringLiteral("picture"), str(QString()));
    u.set(QStringLiteral("providers"), JsonValue::array());
    u.set(QStringLiteral("status"), str(QStringLiteral("ACTIVE")));
    u.set(QStringLiteral("id"), str(s.user.userId));
    u.set(QStringLiteral("createdAt"), str(kCreatedAt));
    u.set(QStringLiteral("updatedAt"), str(kCreatedAt));
    return u;
}

JsonValue formUser(const Scenario &s)
{
    JsonValue u = JsonValue::object();
    u.set(QStringLiteral("picture"), str(QString()));
    u.set(QStringLiteral("userId"), str(s.user.userId));
    u.set(QStringLiteral("email"), str(s.user.email));
    u.set(QStringLiteral("name"), str(QString(s.user.firstName + QLatin1Char(' ') + s.user.lastName).trimmed()));
    u.set(QStringLiteral("mainRole"), str(s.user.roles.value(0, QStringLiteral("Member"))));
    JsonValue roles = JsonValue::array();
    for (const QString &r : s.user.roles) {
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("name"), str(r));
        roles.append(o);
    }
    u.set(QStringLiteral("roles"), roles);
    JsonValue teams = JsonValue::array();
    for (const QString &t : s.user.teams) {
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("name"), str(t));
        o.set(QStringLiteral("provider"), str(QStringLiteral("port")));
        teams.append(o);
    }
    u.set(QStringLiteral("teams"), teams);
    // Not in the documented shape, but used by docs examples (PORT-SPEC §10.14).
    u.set(QStringLiteral("teamsIdentifiers"), stringArray(s.user.teams));
    u.set(QStringLiteral("team"), stringArray(s.user.teams));
    return u;
}

JsonValue triggerBy(const Scenario &s, bool withUser)
{
    JsonValue by = JsonValue::object();
    by.set(QStringLiteral("orgId"), str(s.orgId));
    by.set(QStringLiteral("userId"), str(s.user.userId));
    if (withUser)
        by.set(QStringLiteral("user"), payloadUser(s));
    return by;
}

JsonValue run(const JsonValue &action, const QString &runId, const QString &status, const Scenario &s)
{
    auto ref = [](const QString &identifier, const QString &title) {
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("identifier"), str(identifier));
        o.set(QStringLiteral("title"), str(title));
        o.set(QStringLiteral("icon"), JsonValue());
        return o;
    };
    const QString actionId = action.value(u"identifier").toString(QStringLiteral("my_action"));
    const QString blueprint = action.value(u"trigger").value(u"blueprintIdentifier").toString(QStringLiteral("service"));
    JsonValue r = JsonValue::object();
    r.set(QStringLiteral("id"), str(runId));
    r.set(QStringLiteral("status"), str(status));
    r.set(QStringLiteral("blueprint"), ref(blueprint, titleFrom(blueprint)));
    r.set(QStringLiteral("entity"), ref(QStringLiteral("example-") + blueprint, QStringLiteral("Example ") + blueprint));
    JsonValue act = ref(actionId, action.value(u"title").toString(titleFrom(actionId)));
    act.set(QStringLiteral("deleted"), JsonValue::fromBool(false));
    r.set(QStringLiteral("action"), act);
    r.set(QStringLiteral("source"), str(QStringLiteral("UI")));
    r.set(QStringLiteral("link"), JsonValue::array());
    r.set(QStringLiteral("requiredApproval"), JsonValue::fromBool(false));
    r.set(QStringLiteral("properties"), JsonValue::object());
    r.set(QStringLiteral("createdAt"), str(s.triggerAt));
    r.set(QStringLiteral("updatedAt"), str(s.triggerAt));
    r.set(QStringLiteral("createdBy"), str(s.user.userId));
    r.set(QStringLiteral("updatedBy"), str(s.user.userId));
    // payload = the rendered invocation; unrendered templates would mislead, so only the static parts.
    JsonValue payload = JsonValue::object();
    const JsonValue &im = action.value(u"invocationMethod");
    payload.set(QStringLiteral("type"), str(im.value(u"type").toString(QStringLiteral("WEBHOOK"))));
    if (im.value(u"url").isString())
        payload.set(QStringLiteral("url"), im.value(u"url"));
    r.set(QStringLiteral("payload"), payload);
    return r;
}

JsonValue event(const JsonValue &action, const Scenario &s)
{
    const JsonValue &trigger = action.value(u"trigger");
    if (trigger.value(u"type").toString() != QLatin1String("automation"))
        return {};
    const JsonValue &ev = trigger.value(u"event");
    const QString type = ev.value(u"type").toString();

    JsonValue e = JsonValue::object();
    JsonValue evTrigger = JsonValue::object();
    evTrigger.set(QStringLiteral("by"), triggerBy(s, false));
    evTrigger.set(QStringLiteral("origin"), str(QStringLiteral("UI")));
    evTrigger.set(QStringLiteral("at"), str(s.triggerAt));
    JsonValue diff = JsonValue::object();

    if (type.startsWith(QLatin1String("RUN_")) || type == QLatin1String("ANY_RUN_CHANGE")) {
        const bool created = type == QLatin1String("RUN_CREATED");
        const QString actionId = ev.value(u"actionIdentifier").toString(QStringLiteral("my_action"));
        // The triggering action's definition (templates unrendered), as Port puts it in context.
        JsonValue triggering = JsonValue::object();
        triggering.set(QStringLiteral("identifier"), str(actionId));
        triggering.set(QStringLiteral("title"), str(titleFrom(actionId)));
        JsonValue tt = JsonValue::object();
        tt.set(QStringLiteral("type"), str(QStringLiteral("self-service")));
        tt.set(QStringLiteral("operation"), str(QStringLiteral("CREATE")));
        JsonValue ui = JsonValue::object();
        ui.set(QStringLiteral("properties"), JsonValue::object());
        ui.set(QStringLiteral("required"), JsonValue::array());
        tt.set(QStringLiteral("userInputs"), ui);
        triggering.set(QStringLiteral("trigger"), tt);
        JsonValue im = JsonValue::object();
        im.set(QStringLiteral("type"), str(QStringLiteral("WEBHOOK")));
        im.set(QStringLiteral("url"), str(QStringLiteral("https://example.com")));
        triggering.set(QStringLiteral("invocationMethod"), im);
        triggering.set(QStringLiteral("requiredApproval"), JsonValue::fromBool(false));

        const QString runId = QStringLiteral("r_MockTriggeringRun01");
        e.set(QStringLiteral("id"), str(QStringLiteral("event_MockEvent00000001")));
        e.set(QStringLiteral("resourceType"), str(QStringLiteral("run")));
        e.set(QStringLiteral("action"), str(created ? QStringLiteral("CREATE") : QStringLiteral("UPDATE")));
        e.set(QStringLiteral("trigger"), evTrigger);
        JsonValue ctx = JsonValue::object();
        ctx.set(QStringLiteral("action"), triggering);
        e.set(QStringLiteral("context"), ctx);
        JsonValue after = run(triggering, runId, created ? QStringLiteral("IN_PROGRESS") : QStringLiteral("SUCCESS"), s);
        if (created) {
            diff.set(QStringLiteral("before"), JsonValue());
        } else {
            diff.set(QStringLiteral("before"), run(triggering, runId, QStringLiteral("IN_PROGRESS"), s));
        }
        diff.set(QStringLiteral("after"), after);
        e.set(QStringLiteral("diff"), diff);
        return e;
    }

    // Entity events.
    const QString blueprint = ev.value(u"blueprintIdentifier").toString(QStringLiteral("service"));
    JsonValue before = s.entity.isObject() && !s.entity.isEmpty()
                           ? s.entity
                           : entity(blueprint, QStringLiteral("example-") + blueprint, s);
    if (!(s.entity.isObject() && !s.entity.isEmpty())) {
        // What the templates and the condition read from the diff exists, so the preview shows values.
        const ActionRefs refs = scanActionRefs(action);
        fillReferenced(before, refs.diffProperties, refs.diffRelations);
    }
    JsonValue after = before;
    after.set(QStringLiteral("title"), str(before.value(u"title").toString() + QStringLiteral(" (updated)")));
    after.set(QStringLiteral("updatedAt"), str(s.triggerAt));
    after.set(QStringLiteral("updatedBy"), str(s.user.userId));

    QString act = QStringLiteral("UPDATE");
    if (type == QLatin1String("ENTITY_CREATED"))
        act = QStringLiteral("CREATE");
    else if (type == QLatin1String("ENTITY_DELETED"))
        act = QStringLiteral("DELETE");
    e.set(QStringLiteral("action"), str(act));
    e.set(QStringLiteral("resourceType"), str(QStringLiteral("entity")));
    e.set(QStringLiteral("trigger"), evTrigger);
    JsonValue ctx = JsonValue::object();
    ctx.set(QStringLiteral("blueprintIdentifier"), str(blueprint));
    ctx.set(QStringLiteral("entityIdentifier"), before.value(u"identifier"));
    const bool timer = type == QLatin1String("TIMER_PROPERTY_EXPIRED");
    ctx.set(QStringLiteral("propertyIdentifier"), timer ? ev.value(u"propertyIdentifier") : JsonValue());
    e.set(QStringLiteral("context"), ctx);

    if (act == QLatin1String("CREATE")) {
        diff.set(QStringLiteral("before"), JsonValue());
        diff.set(QStringLiteral("after"), before);  // the newly created entity, not a changed copy
    } else if (act == QLatin1String("DELETE")) {
        diff.set(QStringLiteral("before"), before);
        diff.set(QStringLiteral("after"), JsonValue());
    } else if (timer) {
        JsonValue expired = before;
        const QString prop = ev.value(u"propertyIdentifier").toString();
        if (!prop.isEmpty()) {
            JsonValue props = expired.value(u"properties").isObject() ? expired.value(u"properties") : JsonValue::object();
            props.set(prop, str(s.triggerAt));
            expired.set(QStringLiteral("properties"), props);
        }
        diff.set(QStringLiteral("after"), expired);
    } else {
        diff.set(QStringLiteral("before"), before);
        diff.set(QStringLiteral("after"), after);
    }
    e.set(QStringLiteral("diff"), diff);
    return e;
}

}  // namespace ad::mock
