// port_action attributes (as `terraform show -json` prints them) -> action
// JSON, and the normal form the round trip is compared in.
#include "format/terraformmapping.h"
#include "model/actionfile.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad {

namespace {

// An attribute Terraform set: null (what show -json prints for unset
// attributes) counts as absent.
const JsonValue *attr(const JsonValue &obj, const char *key)
{
    const JsonValue *v = obj.find(QString::fromLatin1(key));
    return v && !v->isNull() ? v : nullptr;
}

void copy(JsonValue &out, const JsonValue &in, const char *tf, const char *json)
{
    if (const JsonValue *v = attr(in, tf))
        out.set(QString::fromLatin1(json), *v);
}

JsonValue jq(const JsonValue &query)
{
    JsonValue o = JsonValue::object();
    o.set(QStringLiteral("jqQuery"), query);
    return o;
}

// A jsonencode()d attribute back to JSON.
JsonValue decoded(const JsonValue &text, const QString &where, QStringList *warnings)
{
    JsonParseResult r = parseJson(text.toString());
    if (!r.ok()) {
        if (warnings)
            warnings->append(QCoreApplication::translate("ad::Terraform", "%1 is not JSON (%2); kept as a string")
                                 .arg(where, r.error.message));
        return text;
    }
    JsonValue v = r.value;
    v.clearSourceInfo();
    return v;
}

void decode(JsonValue &out, const JsonValue &in, const char *tf, const char *json, QStringList *warnings)
{
    if (const JsonValue *v = attr(in, tf))
        out.set(QString::fromLatin1(json), decoded(*v, QString::fromLatin1(tf), warnings));
}

// "true"/"false" back to booleans; templates stay strings.
void boolString(JsonValue &out, const JsonValue &in, const char *tf, const char *json)
{
    const JsonValue *v = attr(in, tf);
    if (!v)
        return;
    if (v->toString() == QString::fromLatin1("true") || v->toString() == QString::fromLatin1("false"))
        out.set(QString::fromLatin1(json), JsonValue::fromBool(v->toString() == QString::fromLatin1("true")));
    else
        out.set(QString::fromLatin1(json), *v);
}

// name / name_jq_query -> name (literal or {"jqQuery"}).
void literalOrJq(JsonValue &out, const JsonValue &in, const char *key)
{
    const QString k = QString::fromLatin1(key);
    if (const JsonValue *q = in.find(QString(k + QStringLiteral("_jq_query"))); q && !q->isNull())
        out.set(k, jq(*q));
    else if (const JsonValue *v = attr(in, key))
        out.set(k, *v);
}

JsonValue dataset(const JsonValue &ds)
{
    JsonValue out = JsonValue::object();
    copy(out, ds, "combinator", "combinator");
    JsonValue rules = JsonValue::array();
    if (const JsonValue *rs = attr(ds, "rules")) {
        for (const JsonValue &r : rs->items()) {
            JsonValue o = JsonValue::object();
            copy(o, r, "blueprint", "blueprint");
            copy(o, r, "property", "property");
            copy(o, r, "operator", "operator");
            if (const JsonValue *v = attr(r, "value"); v && attr(*v, "jq_query"))
                o.set(QStringLiteral("value"), jq(*attr(*v, "jq_query")));
            rules.append(o);
        }
    }
    out.set(QStringLiteral("rules"), rules);
    return out;
}

JsonValue input(const QString &group, const JsonValue &p, QStringList *warnings)
{
    JsonValue out = JsonValue::object();
    const QString type = group.left(group.indexOf(QLatin1Char('_')));
    out.set(QStringLiteral("type"), JsonValue::fromString(type));
    copy(out, p, "title", "title");
    copy(out, p, "icon", "icon");
    copy(out, p, "description", "description");
    copy(out, p, "format", "format");
    copy(out, p, "blueprint", "blueprint");
    if (type == QString::fromLatin1("object")) {
        if (const JsonValue *q = attr(p, "default_jq_query"))
            out.set(QStringLiteral("default"), jq(*q));
        else
            decode(out, p, "default", "default", warnings);
    } else if (type != QString::fromLatin1("array")) {
        literalOrJq(out, p, "default");
    }
    literalOrJq(out, p, "enum");
    copy(out, p, "pattern", "pattern");
    copy(out, p, "min_length", "minLength");
    copy(out, p, "max_length", "maxLength");
    copy(out, p, "minimum", "minimum");
    copy(out, p, "maximum", "maximum");
    copy(out, p, "min_items", "minItems");
    copy(out, p, "max_items", "maxItems");
    copy(out, p, "encryption", "encryption");
    if (const JsonValue *ds = attr(p, "dataset"))
        out.set(QStringLiteral("dataset"), dataset(*ds));
    if (type == QString::fromLatin1("array")) {
        if (const JsonValue *q = attr(p, "default_jq_query"))
            out.set(QStringLiteral("default"), jq(*q));
        for (const char *itemsAttr : {"string_items", "number_items", "boolean_items", "object_items"}) {
            const JsonValue *items = attr(p, itemsAttr);
            if (!items)
                continue;
            JsonValue i = JsonValue::object();
            const QString itemType =
                QString::fromLatin1(itemsAttr).left(QString::fromLatin1(itemsAttr).indexOf(QLatin1Char('_')));
            i.set(QStringLiteral("type"), JsonValue::fromString(itemType));
            copy(i, *items, "format", "format");
            copy(i, *items, "blueprint", "blueprint");
            literalOrJq(i, *items, "enum");
            decode(i, *items, "dataset", "dataset", warnings);
            out.set(QStringLiteral("items"), i);
            if (const JsonValue *d = attr(*items, "default"))
                out.set(QStringLiteral("default"), *d);
        }
    }
    if (const JsonValue *s = attr(p, "sort")) {
        JsonValue o = JsonValue::object();
        copy(o, *s, "property", "property");
        copy(o, *s, "order", "order");
        out.set(QStringLiteral("sort"), o);
    }
    literalOrJq(out, p, "visible");
    copy(out, p, "depends_on", "dependsOn");
    return out;
}

JsonValue selfService(const JsonValue &t, QStringList *warnings)
{
    JsonValue out = JsonValue::object();
    out.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("self-service")));
    copy(out, t, "operation", "operation");
    copy(out, t, "blueprint_identifier", "blueprintIdentifier");
    JsonValue ui = JsonValue::object();
    // Terraform maps carry no order: inputs come back sorted by name, whatever
    // their type.
    std::vector<std::pair<QByteArray, JsonMember>> inputs;
    QStringList required;
    if (const JsonValue *up = attr(t, "user_properties")) {
        for (const char *group : {"string_props", "number_props", "boolean_props", "object_props", "array_props"}) {
            if (const JsonValue *g = attr(*up, group)) {
                for (const JsonMember &m : g->members()) {
                    inputs.emplace_back(m.key.toUtf8(),
                                        JsonMember{m.key, {}, {}, input(QString::fromLatin1(group), m.value, warnings)});
                    if (attr(m.value, "required") && attr(m.value, "required")->toBool())
                        required << m.key;
                }
            }
        }
    }
    std::stable_sort(inputs.begin(), inputs.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    JsonValue props = JsonValue::object();
    for (const auto &i : inputs)
        props.members().push_back(i.second);
    ui.set(QStringLiteral("properties"), props);
    if (const JsonValue *q = attr(t, "required_jq_query")) {
        ui.set(QStringLiteral("required"), jq(*q));
    } else {
        std::sort(required.begin(), required.end());
        JsonValue r = JsonValue::array();
        for (const QString &n : required)
            r.append(JsonValue::fromString(n));
        ui.set(QStringLiteral("required"), r);
    }
    copy(ui, t, "order_properties", "order");
    if (const JsonValue *steps = attr(t, "steps")) {
        JsonValue s = JsonValue::array();
        for (const JsonValue &step : steps->items()) {
            JsonValue o = JsonValue::object();
            copy(o, step, "title", "title");
            copy(o, step, "order", "order");
            s.append(o);
        }
        ui.set(QStringLiteral("steps"), s);
    }
    out.set(QStringLiteral("userInputs"), ui);
    decode(out, t, "condition", "condition", warnings);
    return out;
}

const std::pair<const char *, const char *> kEvents[] = {
    {"entity_created_event", "ENTITY_CREATED"},
    {"entity_updated_event", "ENTITY_UPDATED"},
    {"entity_deleted_event", "ENTITY_DELETED"},
    {"any_entity_change_event", "ANY_ENTITY_CHANGE"},
    {"timer_property_expired_event", "TIMER_PROPERTY_EXPIRED"},
    {"run_created_event", "RUN_CREATED"},
    {"run_updated_event", "RUN_UPDATED"},
    {"any_run_change_event", "ANY_RUN_CHANGE"},
};

JsonValue automation(const JsonValue &t)
{
    JsonValue out = JsonValue::object();
    out.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("automation")));
    for (const auto &[tf, type] : kEvents) {
        if (const JsonValue *e = attr(t, tf)) {
            JsonValue ev = JsonValue::object();
            ev.set(QStringLiteral("type"), JsonValue::fromString(QString::fromLatin1(type)));
            copy(ev, *e, "blueprint_identifier", "blueprintIdentifier");
            copy(ev, *e, "property_identifier", "propertyIdentifier");
            copy(ev, *e, "action_identifier", "actionIdentifier");
            out.set(QStringLiteral("event"), ev);
        }
    }
    if (const JsonValue *c = attr(t, "jq_condition")) {
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("JQ")));
        copy(o, *c, "expressions", "expressions");
        copy(o, *c, "combinator", "combinator");
        out.set(QStringLiteral("condition"), o);
    }
    return out;
}

JsonValue invocation(const JsonValue &a, QStringList *warnings)
{
    JsonValue out = JsonValue::object();
    auto type = [&](const char *t) { out.set(QStringLiteral("type"), JsonValue::fromString(QString::fromLatin1(t))); };
    if (const JsonValue *m = attr(a, "webhook_method")) {
        type("WEBHOOK");
        copy(out, *m, "url", "url");
        boolString(out, *m, "agent", "agent");
        boolString(out, *m, "synchronized", "synchronized");
        copy(out, *m, "method", "method");
        copy(out, *m, "headers", "headers");
        decode(out, *m, "body", "body", warnings);
    } else if (const JsonValue *m = attr(a, "github_method")) {
        type("GITHUB");
        copy(out, *m, "org", "org");
        copy(out, *m, "repo", "repo");
        copy(out, *m, "workflow", "workflow");
        decode(out, *m, "workflow_inputs", "workflowInputs", warnings);
        boolString(out, *m, "report_workflow_status", "reportWorkflowStatus");
    } else if (const JsonValue *m = attr(a, "gitlab_method")) {
        type("GITLAB");
        copy(out, *m, "project_name", "projectName");
        copy(out, *m, "group_name", "groupName");
        copy(out, *m, "default_ref", "defaultRef");
        decode(out, *m, "pipeline_variables", "pipelineVariables", warnings);
    } else if (const JsonValue *m = attr(a, "azure_method")) {
        type("AZURE_DEVOPS");
        copy(out, *m, "org", "org");
        copy(out, *m, "webhook", "webhook");
        decode(out, *m, "payload", "payload", warnings);
    } else if (const JsonValue *m = attr(a, "kafka_method")) {
        type("KAFKA");
        decode(out, *m, "payload", "payload", warnings);
    } else if (const JsonValue *m = attr(a, "upsert_entity_method")) {
        type("UPSERT_ENTITY");
        copy(out, *m, "blueprint_identifier", "blueprintIdentifier");
        JsonValue mapping = JsonValue::object();
        const JsonValue &mm = m->value(u"mapping");
        copy(mapping, mm, "identifier", "identifier");
        copy(mapping, *m, "title", "title");
        copy(mapping, mm, "icon", "icon");
        copy(mapping, mm, "teams", "team");
        decode(mapping, mm, "properties", "properties", warnings);
        decode(mapping, mm, "relations", "relations", warnings);
        out.set(QStringLiteral("mapping"), mapping);
    } else if (const JsonValue *m = attr(a, "integration_method")) {
        type("INTEGRATION_ACTION");
        copy(out, *m, "installation_id", "installationId");
        copy(out, *m, "integration_action_type", "integrationActionType");
        if (const JsonValue *p = attr(*m, "integration_action_execution_properties")) {
            JsonValue e = JsonValue::object();
            copy(e, *p, "org", "org");
            copy(e, *p, "repo", "repo");
            copy(e, *p, "workflow", "workflow");
            decode(e, *p, "workflow_inputs", "workflowInputs", warnings);
            boolString(e, *p, "report_workflow_status", "reportWorkflowStatus");
            out.set(QStringLiteral("integrationActionExecutionProperties"), e);
        }
    } else if (warnings) {
        warnings->append(
            QCoreApplication::translate("ad::Terraform", "no invocation method attribute (webhook_method, github_method, ...)"));
    }
    return out;
}

}  // namespace

JsonValue terraformSortedKeys(const JsonValue &in)
{
    if (in.isArray()) {
        JsonValue out = JsonValue::array();
        for (const JsonValue &i : in.items())
            out.append(terraformSortedKeys(i));
        return out;
    }
    if (!in.isObject())
        return in;
    std::vector<JsonMember> members = in.members();
    std::stable_sort(members.begin(), members.end(),
                     [](const JsonMember &a, const JsonMember &b) { return a.key.toUtf8() < b.key.toUtf8(); });
    JsonValue out = JsonValue::object();
    for (JsonMember &m : members)
        out.set(m.key, terraformSortedKeys(m.value));  // set() keeps the first slot, takes the last value
    return out;
}

JsonValue terraformToAction(const JsonValue &a, QStringList *warnings)
{
    JsonValue out = JsonValue::object();
    copy(out, a, "identifier", "identifier");
    copy(out, a, "title", "title");
    copy(out, a, "icon", "icon");
    copy(out, a, "description", "description");
    if (const JsonValue *t = attr(a, "self_service_trigger"))
        out.set(QStringLiteral("trigger"), selfService(*t, warnings));
    else if (const JsonValue *t = attr(a, "automation_trigger"))
        out.set(QStringLiteral("trigger"), automation(*t));
    else if (warnings)
        warnings->append(
            QCoreApplication::translate("ad::Terraform", "neither self_service_trigger nor automation_trigger is set"));
    out.set(QStringLiteral("invocationMethod"), invocation(a, warnings));
    if (const JsonValue *r = attr(a, "required_approval")) {
        const QString v = r->toString();
        if (v == QString::fromLatin1("true") || v == QString::fromLatin1("false") || r->isBool()) {
            out.set(QStringLiteral("requiredApproval"),
                    JsonValue::fromBool(r->isBool() ? r->toBool() : v == QString::fromLatin1("true")));
        } else {
            JsonValue o = JsonValue::object();
            o.set(QStringLiteral("type"), *r);
            out.set(QStringLiteral("requiredApproval"), o);
        }
    }
    if (attr(a, "approval_email_notification")) {
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("email")));
        out.set(QStringLiteral("approvalNotification"), o);
    } else if (const JsonValue *n = attr(a, "approval_webhook_notification")) {
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("webhook")));
        copy(o, *n, "url", "url");
        copy(o, *n, "format", "format");
        out.set(QStringLiteral("approvalNotification"), o);
    }
    copy(out, a, "publish", "publish");
    copy(out, a, "allow_anyone_to_view_runs", "allowAnyoneToViewRuns");
    return out;
}

JsonValue terraformComparable(const JsonValue &original, const FormatGaps &gaps, const QString &pointer)
{
    JsonValue a = ActionFile::fromValue(original).forPort();
    a.clearSourceInfo();
    // Deepest first, so removing a member does not shift a later pointer.
    QStringList rel;
    for (const FormatGap &g : gaps) {
        if (!g.pointer.startsWith(pointer))
            continue;
        if (g.pointer == pointer)
            return {};  // the whole action is a gap: nothing to compare
        rel << g.pointer.mid(pointer.size());
    }
    std::sort(rel.begin(), rel.end(), [](const QString &x, const QString &y) { return x.size() > y.size(); });
    for (const QString &p : rel) {
        QStringList tokens = jsonPointerTokens(p);
        const QString last = tokens.takeLast();
        JsonValue *parent = resolvePointer(a, jsonPointer(tokens));
        if (parent && parent->isObject())
            parent->remove(last);
        else if (parent && parent->isArray())
            (*parent)[last.toLongLong()] = JsonValue();  // keep indices of later items stable
    }
    // Defaults the provider (or Port) fills in when they are left out.
    if (a.value(u"publish").toBool(false) == true && a.value(u"publish").isBool())
        a.remove(u"publish");
    if (a.value(u"requiredApproval").isBool() && !a.value(u"requiredApproval").toBool())
        a.remove(u"requiredApproval");
    if (JsonValue *ui = resolvePointer(a, QStringLiteral("/trigger/userInputs"))) {
        for (const char *k : {"required", "order"}) {
            const JsonValue *v = ui->find(QString::fromLatin1(k));
            if (v && v->isArray() && v->isEmpty())
                ui->remove(QString::fromLatin1(k));
        }
        if (JsonValue *req = ui->find(u"required"); req && req->isArray())
            std::sort(req->items().begin(), req->items().end(),
                      [](const JsonValue &x, const JsonValue &y) { return x.toString() < y.toString(); });
        if (JsonValue *props = ui->find(u"properties")) {
            for (JsonMember &m : props->members()) {
                if (JsonValue *s = m.value.find(u"sort"); s && !s->contains(u"order"))
                    s->set(QStringLiteral("order"), JsonValue::fromString(QStringLiteral("ASC")));
            }
        }
    }
    if (JsonValue *c = resolvePointer(a, QStringLiteral("/trigger/condition"));
        c && c->value(u"type").toString() == QString::fromLatin1("JQ") && !c->contains(u"combinator"))
        c->set(QStringLiteral("combinator"), JsonValue::fromString(QStringLiteral("and")));
    return terraformSortedKeys(a);
}

}  // namespace ad
