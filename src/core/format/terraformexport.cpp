// Action JSON -> port_action attributes, with every part Terraform cannot carry
// listed as a gap.
#include "format/terraformmapping.h"
#include "model/actionfile.h"
#include "model/legacy.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>

#include <algorithm>

#include "format/terraformexporter_p.h"

namespace ad {

using namespace tfexport;

namespace {

JsonValue selfServiceTrigger(Exporter &ex, const JsonValue &t)
{
    JsonValue out = JsonValue::object();
    out.set(QStringLiteral("operation"), t.value(u"operation"));
    if (t.contains(u"blueprintIdentifier"))
        out.set(QStringLiteral("blueprint_identifier"), t.value(u"blueprintIdentifier"));
    if (t.contains(u"condition"))
        out.set(QStringLiteral("condition"), ex.payload(t.value(u"condition"), QStringLiteral("/trigger/condition")));
    ex.unknownKeys(t, QStringLiteral("/trigger"),
                   {QStringLiteral("type"), QStringLiteral("operation"), QStringLiteral("blueprintIdentifier"),
                    QStringLiteral("condition"), QStringLiteral("userInputs")});
    const JsonValue &ui = t.value(u"userInputs");
    const QString uiRel = QStringLiteral("/trigger/userInputs");
    ex.unknownKeys(ui, uiRel,
                   {QStringLiteral("properties"), QStringLiteral("required"), QStringLiteral("order"), QStringLiteral("steps")});
    QStringList required;
    const JsonValue &req = ui.value(u"required");
    if (isJqQuery(req)) {
        out.set(QStringLiteral("required_jq_query"), req.value(u"jqQuery"));
    } else if (req.isArray()) {
        for (qsizetype i = 0; i < req.size(); ++i) {
            if (req.at(i).isString() && ui.value(u"properties").contains(req.at(i).toString()))
                required << req.at(i).toString();
            else
                ex.gap(jsonPointerAppend(uiRel + QStringLiteral("/required"), i),
                       QCoreApplication::translate("ad::Terraform",
                                                   "required names no input; the provider keeps 'required' on "
                                                   "the inputs themselves"));
        }
    }
    JsonValue props = JsonValue::object();
    const JsonValue &properties = ui.value(u"properties");
    QList<QByteArray> names;
    for (const JsonMember &m : properties.members()) {
        names.append(m.key.toUtf8());
        const QString rel = jsonPointerAppend(uiRel + QStringLiteral("/properties"), m.key);
        QString group;
        const JsonValue attrs = inputAttrs(ex, m.value, rel, required.contains(m.key), &group);
        if (attrs.isNull())
            continue;
        if (!props.contains(group))
            props.set(group, JsonValue::object());
        props.find(group)->set(m.key, attrs);
    }
    // Terraform maps come back sorted by key; without order/steps that is the
    // form's order.
    if (!ui.contains(u"order") && !ui.contains(u"steps") && !std::is_sorted(names.begin(), names.end()))
        ex.gap(uiRel + QStringLiteral("/properties"),
               QCoreApplication::translate("ad::Terraform",
                                           "inputs come back sorted by name; without 'order' or 'steps' the "
                                           "form's order changes"));
    if (!properties.isEmpty() || ui.contains(u"properties"))
        out.set(QStringLiteral("user_properties"), props);
    if (ui.contains(u"order")) {
        const JsonValue l = ex.stringList(ui.value(u"order"), uiRel + QStringLiteral("/order"));
        if (!l.isNull())
            out.set(QStringLiteral("order_properties"), l);
    }
    if (ui.value(u"steps").isArray()) {
        JsonValue steps = JsonValue::array();
        const JsonValue &in = ui.value(u"steps");
        for (qsizetype i = 0; i < in.size(); ++i) {
            const QString rel = jsonPointerAppend(uiRel + QStringLiteral("/steps"), i);
            const JsonValue &s = in.at(i);
            JsonValue o = JsonValue::object();
            o.set(QStringLiteral("title"), s.value(u"title"));
            if (s.value(u"title").toString().size() > 25)
                ex.gap(
                    jsonPointerAppend(rel, QStringLiteral("title")),
                    QCoreApplication::translate("ad::Terraform", "the provider rejects step titles longer than 25 characters"));
            o.set(QStringLiteral("order"), ex.stringList(s.value(u"order"), jsonPointerAppend(rel, QStringLiteral("order"))));
            ex.unknownKeys(s, rel, {QStringLiteral("title"), QStringLiteral("order")});
            steps.append(o);
        }
        out.set(QStringLiteral("steps"), steps);
    }
    return out;
}

// event.type -> (attribute, the event's key -> attribute)
struct EventMap {
    const char *type;
    const char *attr;
};
const EventMap kEvents[] = {
    {"ENTITY_CREATED", "entity_created_event"},
    {"ENTITY_UPDATED", "entity_updated_event"},
    {"ENTITY_DELETED", "entity_deleted_event"},
    {"ANY_ENTITY_CHANGE", "any_entity_change_event"},
    {"TIMER_PROPERTY_EXPIRED", "timer_property_expired_event"},
    {"RUN_CREATED", "run_created_event"},
    {"RUN_UPDATED", "run_updated_event"},
    {"ANY_RUN_CHANGE", "any_run_change_event"},
};

JsonValue automationTrigger(Exporter &ex, const JsonValue &t)
{
    JsonValue out = JsonValue::object();
    const JsonValue &ev = t.value(u"event");
    const QString type = ev.value(u"type").toString();
    const EventMap *map = nullptr;
    for (const EventMap &e : kEvents)
        if (type == QString::fromLatin1(e.type))
            map = &e;
    if (!map) {
        ex.gap(QStringLiteral("/trigger/event/type"),
               QCoreApplication::translate("ad::Terraform", "the provider has no automation event \"%1\"").arg(type));
    } else {
        JsonValue e = JsonValue::object();
        for (const auto &[json, tf] :
             {std::pair{"blueprintIdentifier", "blueprint_identifier"}, std::pair{"propertyIdentifier", "property_identifier"},
              std::pair{"actionIdentifier", "action_identifier"}})
            if (ev.contains(QString::fromLatin1(json)))
                e.set(QString::fromLatin1(tf), ev.value(QString::fromLatin1(json)));
        out.set(QString::fromLatin1(map->attr), e);
        ex.unknownKeys(ev, QStringLiteral("/trigger/event"),
                       {QStringLiteral("type"), QStringLiteral("blueprintIdentifier"), QStringLiteral("propertyIdentifier"),
                        QStringLiteral("actionIdentifier")});
    }
    if (t.contains(u"condition")) {
        const JsonValue &c = t.value(u"condition");
        if (c.value(u"expressions").isArray() && c.value(u"expressions").isEmpty()) {
            ex.gap(QStringLiteral("/trigger/condition"),
                   QCoreApplication::translate("ad::Terraform", "the provider drops a condition whose expressions are empty"));
        } else {
            JsonValue o = JsonValue::object();
            o.set(QStringLiteral("expressions"),
                  ex.stringList(c.value(u"expressions"), QStringLiteral("/trigger/condition/expressions")));
            if (c.contains(u"combinator"))
                o.set(QStringLiteral("combinator"), c.value(u"combinator"));
            out.set(QStringLiteral("jq_condition"), o);
            ex.unknownKeys(c, QStringLiteral("/trigger/condition"),
                           {QStringLiteral("type"), QStringLiteral("expressions"), QStringLiteral("combinator")});
        }
    }
    ex.unknownKeys(t, QStringLiteral("/trigger"), {QStringLiteral("type"), QStringLiteral("event"), QStringLiteral("condition")});
    return out;
}

// agent / synchronized / reportWorkflowStatus: booleans or a template, a string
// attribute in Terraform.
void boolString(JsonValue &out, const JsonValue &in, const char *json, const char *tf)
{
    const JsonValue &v = in.value(QString::fromLatin1(json));
    if (v.isBool())
        out.set(QString::fromLatin1(tf), str(v.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
    else if (v.isString())
        out.set(QString::fromLatin1(tf), v);
}

void copy(JsonValue &out, const JsonValue &in, const char *json, const char *tf)
{
    if (in.contains(QString::fromLatin1(json)))
        out.set(QString::fromLatin1(tf), in.value(QString::fromLatin1(json)));
}

void invocation(Exporter &ex, JsonValue &attrs, const JsonValue &im)
{
    const QString type = im.value(u"type").toString();
    const QString rel = QStringLiteral("/invocationMethod");
    auto payload = [&](JsonValue &out, const char *json, const char *tf,
                       const QString &base = QStringLiteral("/invocationMethod")) {
        const JsonValue &container = base == rel ? im : *resolvePointer(im, base.mid(rel.size()));
        if (container.contains(QString::fromLatin1(json)))
            out.set(QString::fromLatin1(tf),
                    ex.payload(container.value(QString::fromLatin1(json)), jsonPointerAppend(base, QString::fromLatin1(json))));
    };
    JsonValue out = JsonValue::object();
    QStringList known = {QStringLiteral("type")};
    if (type == QString::fromLatin1("WEBHOOK")) {
        copy(out, im, "url", "url");
        boolString(out, im, "agent", "agent");
        boolString(out, im, "synchronized", "synchronized");
        copy(out, im, "method", "method");
        if (im.contains(u"headers")) {
            const JsonValue &h = im.value(u"headers");
            bool strings = h.isObject();
            for (const JsonMember &m : h.members())
                strings = strings && m.value.isString();
            if (strings) {
                ex.payload(h,
                           rel + QStringLiteral("/headers"));  // key-order check only: a map is sorted too
                out.set(QStringLiteral("headers"), h);
            } else {
                ex.gap(rel + QStringLiteral("/headers"),
                       QCoreApplication::translate("ad::Terraform", "the provider's headers are a map of strings"));
            }
        }
        payload(out, "body", "body");
        known << QStringLiteral("url") << QStringLiteral("agent") << QStringLiteral("synchronized") << QStringLiteral("method")
              << QStringLiteral("headers") << QStringLiteral("body");
        attrs.set(QStringLiteral("webhook_method"), out);
    } else if (type == QString::fromLatin1("GITHUB")) {
        copy(out, im, "org", "org");
        copy(out, im, "repo", "repo");
        copy(out, im, "workflow", "workflow");
        payload(out, "workflowInputs", "workflow_inputs");
        boolString(out, im, "reportWorkflowStatus", "report_workflow_status");
        known << QStringLiteral("org") << QStringLiteral("repo") << QStringLiteral("workflow") << QStringLiteral("workflowInputs")
              << QStringLiteral("reportWorkflowStatus");
        attrs.set(QStringLiteral("github_method"), out);
    } else if (type == QString::fromLatin1("GITLAB")) {
        copy(out, im, "projectName", "project_name");
        copy(out, im, "groupName", "group_name");
        copy(out, im, "defaultRef", "default_ref");
        payload(out, "pipelineVariables", "pipeline_variables");
        known << QStringLiteral("projectName") << QStringLiteral("groupName") << QStringLiteral("defaultRef")
              << QStringLiteral("pipelineVariables");
        attrs.set(QStringLiteral("gitlab_method"), out);
    } else if (type == QString::fromLatin1("AZURE_DEVOPS")) {
        copy(out, im, "org", "org");
        copy(out, im, "webhook", "webhook");
        payload(out, "payload", "payload");
        known << QStringLiteral("org") << QStringLiteral("webhook") << QStringLiteral("payload");
        attrs.set(QStringLiteral("azure_method"), out);
    } else if (type == QString::fromLatin1("KAFKA")) {
        payload(out, "payload", "payload");
        known << QStringLiteral("payload");
        attrs.set(QStringLiteral("kafka_method"), out);
    } else if (type == QString::fromLatin1("UPSERT_ENTITY")) {
        copy(out, im, "blueprintIdentifier", "blueprint_identifier");
        const JsonValue &m = im.value(u"mapping");
        copy(out, m, "title", "title");
        JsonValue mapping = JsonValue::object();
        copy(mapping, m, "identifier", "identifier");
        copy(mapping, m, "icon", "icon");
        if (m.contains(u"team")) {
            if (m.value(u"team").isArray() && allOf(m.value(u"team"), JsonValue::Type::String))
                mapping.set(QStringLiteral("teams"), m.value(u"team"));
            else
                ex.gap(rel + QStringLiteral("/mapping/team"),
                       QCoreApplication::translate("ad::Terraform",
                                                   "the provider's teams is a list of strings (a jq template "
                                                   "for the team has no verified attribute)"));
        }
        payload(mapping, "properties", "properties", rel + QStringLiteral("/mapping"));
        payload(mapping, "relations", "relations", rel + QStringLiteral("/mapping"));
        out.set(QStringLiteral("mapping"), mapping);
        ex.unknownKeys(m, rel + QStringLiteral("/mapping"),
                       {QStringLiteral("identifier"), QStringLiteral("title"), QStringLiteral("icon"), QStringLiteral("team"),
                        QStringLiteral("properties"), QStringLiteral("relations")});
        known << QStringLiteral("blueprintIdentifier") << QStringLiteral("mapping");
        attrs.set(QStringLiteral("upsert_entity_method"), out);
    } else if (type == QString::fromLatin1("INTEGRATION_ACTION")) {
        copy(out, im, "installationId", "installation_id");
        copy(out, im, "integrationActionType", "integration_action_type");
        known << QStringLiteral("installationId") << QStringLiteral("integrationActionType")
              << QStringLiteral("integrationActionExecutionProperties");
        if (im.value(u"integrationActionType").toString() != QString::fromLatin1("dispatch_workflow")) {
            ex.gap(rel + QStringLiteral("/integrationActionType"),
                   QCoreApplication::translate("ad::Terraform",
                                               "the provider only handles the dispatch_workflow integration "
                                               "action"));
        } else {
            const QString propsRel = rel + QStringLiteral("/integrationActionExecutionProperties");
            const JsonValue &p = im.value(u"integrationActionExecutionProperties");
            JsonValue e = JsonValue::object();
            copy(e, p, "org", "org");
            copy(e, p, "repo", "repo");
            copy(e, p, "workflow", "workflow");
            payload(e, "workflowInputs", "workflow_inputs", propsRel);
            boolString(e, p, "reportWorkflowStatus", "report_workflow_status");
            ex.unknownKeys(p, propsRel,
                           {QStringLiteral("org"), QStringLiteral("repo"), QStringLiteral("workflow"),
                            QStringLiteral("workflowInputs"), QStringLiteral("reportWorkflowStatus")});
            out.set(QStringLiteral("integration_action_execution_properties"), e);
        }
        attrs.set(QStringLiteral("integration_method"), out);
    } else {
        ex.gap(rel + QStringLiteral("/type"),
               QCoreApplication::translate("ad::Terraform", "the provider has no invocation method \"%1\"").arg(type));
        return;
    }
    ex.unknownKeys(im, rel, known);
}

}  // namespace

TerraformAction actionToTerraform(const JsonValue &original, const QString &pointer)
{
    Exporter ex(pointer);
    TerraformAction out;
    out.attributes = JsonValue::object();
    QStringList legacy;
    if (isLegacyV1Action(original, &legacy)) {
        for (const QString &why : legacy)
            ex.gap(QString(),
                   QCoreApplication::translate("ad::Terraform", "legacy v1 action (%1); run 'action-designer migrate' first")
                       .arg(why));
        out.gaps = ex.gaps;
        return out;
    }
    // The flat INTEGRATION_ACTION form is read as the nested one Port stores.
    JsonValue action = ActionFile::fromValue(original).forPort();
    JsonValue &attrs = out.attributes;
    for (const char *k : {"identifier", "title", "icon", "description"})
        copy(attrs, action, k, k);
    const JsonValue &t = action.value(u"trigger");
    if (t.value(u"type").toString() == QString::fromLatin1("self-service"))
        attrs.set(QStringLiteral("self_service_trigger"), selfServiceTrigger(ex, t));
    else if (t.value(u"type").toString() == QString::fromLatin1("automation"))
        attrs.set(QStringLiteral("automation_trigger"), automationTrigger(ex, t));
    else
        ex.gap(QStringLiteral("/trigger"),
               QCoreApplication::translate("ad::Terraform", "the provider has self-service and automation triggers only"));
    invocation(ex, attrs, action.value(u"invocationMethod"));
    const JsonValue &ra = action.value(u"requiredApproval");
    if (ra.isBool())
        attrs.set(QStringLiteral("required_approval"), str(ra.toBool() ? QStringLiteral("true") : QStringLiteral("false")));
    else if (ra.isObject() && (ra.value(u"type").toString() == QString::fromLatin1("ANY") ||
                               ra.value(u"type").toString() == QString::fromLatin1("ALL")))
        attrs.set(QStringLiteral("required_approval"), ra.value(u"type"));
    else if (action.contains(u"requiredApproval"))
        ex.gap(QStringLiteral("/requiredApproval"),
               QCoreApplication::translate("ad::Terraform", "the provider takes true, false, ANY or ALL"));
    if (action.contains(u"approvalNotification")) {
        const JsonValue &n = action.value(u"approvalNotification");
        const QString type = n.value(u"type").toString();
        if (type == QString::fromLatin1("email")) {
            attrs.set(QStringLiteral("approval_email_notification"), JsonValue::object());
        } else if (type == QString::fromLatin1("webhook")) {
            JsonValue o = JsonValue::object();
            copy(o, n, "url", "url");
            copy(o, n, "format", "format");
            attrs.set(QStringLiteral("approval_webhook_notification"), o);
        } else {
            ex.gap(
                QStringLiteral("/approvalNotification"),
                QCoreApplication::translate("ad::Terraform", "the provider has email and webhook approval notifications only"));
        }
    }
    copy(attrs, action, "publish", "publish");
    copy(attrs, action, "allowAnyoneToViewRuns", "allow_anyone_to_view_runs");
    ex.unknownKeys(action, QString(),
                   {QStringLiteral("identifier"), QStringLiteral("title"), QStringLiteral("icon"), QStringLiteral("description"),
                    QStringLiteral("trigger"), QStringLiteral("invocationMethod"), QStringLiteral("requiredApproval"),
                    QStringLiteral("approvalNotification"), QStringLiteral("publish"), QStringLiteral("allowAnyoneToViewRuns")});
    out.gaps = ex.gaps;
    return out;
}

QString terraformJsonEncode(const JsonValue &v)
{
    JsonValue s = terraformSortedKeys(v);
    s.clearSourceInfo();
    QString text = QString::fromUtf8(toCompactJs(s));
    text.replace(QLatin1Char('<'), QString::fromLatin1("\\u003c"));
    text.replace(QLatin1Char('>'), QString::fromLatin1("\\u003e"));
    text.replace(QLatin1Char('&'), QString::fromLatin1("\\u0026"));
    text.replace(QChar(0x2028), QString::fromLatin1("\\u2028"));
    text.replace(QChar(0x2029), QString::fromLatin1("\\u2029"));
    return text;
}

QString terraformResourceName(const QString &identifier)
{
    QString out;
    for (const QChar c : identifier)
        out +=
            (c.isLetterOrNumber() && c.unicode() < 128) || c == QLatin1Char('_') || c == QLatin1Char('-') ? c : QLatin1Char('_');
    if (out.isEmpty() || !(out.at(0).isLetter() || out.at(0) == QLatin1Char('_')))
        out.prepend(QLatin1Char('_'));
    return out;
}

QString formatGapLine(const FormatGap &gap)
{
    return (gap.pointer.isEmpty() ? QStringLiteral("/") : gap.pointer) + QStringLiteral(": ") + gap.reason;
}

}  // namespace ad
