#include "model/migrate.h"

#include "backend/backends.h"
#include "json/jsonpointer.h"
#include "model/legacy.h"

namespace ad {

namespace {

QString str(const char *s) { return QString::fromLatin1(s); }

// A jq string literal for an input name ("a\"b" stays one token inside {{ }}).
QString jqString(const QString &s)
{
    QString out = QStringLiteral("\"");
    for (QChar c : s) {
        if (c == QLatin1Char('"') || c == QLatin1Char('\\'))
            out += QLatin1Char('\\');
        out += c;
    }
    return out + QLatin1Char('"');
}

// Input names that would end or open a template cannot be spliced into one.
bool usableInTemplate(const QString &name)
{
    return !name.contains(QLatin1String("{{")) && !name.contains(QLatin1String("}}"));
}

// "{{ if (.inputs | has("x")) then "x" else null end }}": the pair disappears when the user left
// the input empty, as in v1 where absent inputs were not sent (Port's documented idiom).
QString presentKeyTemplate(const QString &name)
{
    const QString q = jqString(name);
    return QStringLiteral("{{ if (.inputs | has(%1)) then %1 else null end }}").arg(q);
}

// v1 sent entity inputs as identifiers (§10.11); in v2 .inputs.x is the entity object.
QString inputValueTemplate(const QString &name, const JsonValue &schema)
{
    const QString base = QStringLiteral(".inputs.") + jqString(name);
    if (schema.value(u"format").toString() == QLatin1String("entity"))
        return QStringLiteral("{{ ") + base + QStringLiteral(".identifier }}");
    if (schema.value(u"type").toString() == QLatin1String("array")
        && schema.value(u"items").value(u"format").toString() == QLatin1String("entity"))
        return QStringLiteral("{{ ") + base + QStringLiteral(" | map(.identifier) }}");
    return QStringLiteral("{{ ") + base + QStringLiteral(" }}");
}

// One template pair per user input: {"{{ if has(x) ... }}": "{{ .inputs."x" }}", ...}.
// Appends report lines for inputs that need a word.
JsonValue perInputObject(const JsonValue &userInputs, QStringList *report)
{
    JsonValue obj = JsonValue::object();
    const JsonValue &props = userInputs.value(u"properties");
    for (const JsonMember &m : props.members()) {
        if (!usableInTemplate(m.key)) {
            if (report)
                report->append(QStringLiteral("left input '%1' out of the generated templates: its name contains {{ or }}")
                                   .arg(m.key));
            continue;
        }
        obj.set(presentKeyTemplate(m.key), JsonValue::fromString(inputValueTemplate(m.key, m.value)));
    }
    return obj;
}

QStringList entityInputNames(const JsonValue &userInputs)
{
    QStringList names;
    for (const JsonMember &m : userInputs.value(u"properties").members()) {
        const bool entity = m.value.value(u"format").toString() == QLatin1String("entity")
                            || m.value.value(u"items").value(u"format").toString() == QLatin1String("entity");
        if (entity)
            names << m.key;
    }
    return names;
}

// v1 invocationMethod keys (§10.1). A key of this list that the current backend does not declare
// is dropped; anything else unknown is the user's and stays for the validator to point at.
const QStringList &v1InvocationKeys()
{
    static const QStringList keys = {str("type"),          str("url"),          str("agent"),
                                     str("org"),           str("repo"),         str("workflow"),
                                     str("omitPayload"),   str("omitUserInputs"), str("reportWorkflowStatus"),
                                     str("projectName"),   str("groupName"),    str("defaultRef")};
    return keys;
}

struct InvocationMigration {
    JsonValue im;
    QStringList report;
};

// `legacyTrigger`: the action was v1 through and through (trigger string), so the backend got the
// fixed v1 message and the migrated action should send the same.
InvocationMigration migrateInvocation(const JsonValue &im, const JsonValue &userInputs, bool legacyTrigger)
{
    InvocationMigration r;
    r.im = JsonValue::object();
    const QString type = im.value(u"type").toString();
    const BackendDecl *decl = findBackend(type);

    bool omitPayload = false;
    bool omitUserInputs = false;
    for (const JsonMember &m : im.members()) {
        if (m.key == QLatin1String("omitPayload") || m.key == QLatin1String("omitUserInputs")) {
            const bool on = m.value.toBool(false);
            (m.key == QLatin1String("omitPayload") ? omitPayload : omitUserInputs) = on;
            r.report << QStringLiteral("dropped invocationMethod.%1 (v1 only)").arg(m.key);
            if (!m.value.isBool())
                r.report << QStringLiteral("note: invocationMethod.%1 was %2, not true/false; read as false")
                                .arg(m.key, m.value.typeName());
            continue;
        }
        if (decl && m.key != QLatin1String("type") && v1InvocationKeys().contains(m.key) && !findField(*decl, m.key)) {
            QString why = QStringLiteral("%1 has no '%2' in the current API").arg(type, m.key);
            if (type == QLatin1String("GITLAB") && m.key == QLatin1String("agent"))
                why += QStringLiteral("; GITLAB always runs through the Port Agent");
            r.report << QStringLiteral("dropped invocationMethod.%1 (%2)").arg(m.key, why);
            continue;
        }
        r.im.members().push_back(m);
    }
    if (!legacyTrigger)
        return r;

    auto addBody = [&](const QString &key, const JsonValue &body, const QString &line) {
        if (r.im.contains(key)) {
            r.report << QStringLiteral("kept the existing invocationMethod.%1 (no legacy-shaped %1 added)").arg(key);
            return;
        }
        r.im.set(key, body);
        r.report << line;
    };
    const QStringList entities = entityInputNames(userInputs);
    auto entityNote = [&]() {
        if (!entities.isEmpty())
            r.report << QStringLiteral("entity input(s) %1 sent as identifiers, as v1 did (§10.11)")
                            .arg(QLatin1Char('\'') + entities.join(QStringLiteral("', '")) + QLatin1Char('\''));
    };

    if (type == QLatin1String("WEBHOOK")) {
        addBody(str("body"), legacyMessageTemplate(im, userInputs),
                QStringLiteral("added a legacy-shaped body reproducing the v1 message (§5.4)"));
        entityNote();
    } else if (type == QLatin1String("KAFKA") || type == QLatin1String("AZURE_DEVOPS")) {
        addBody(str("payload"), legacyMessageTemplate(im, userInputs),
                QStringLiteral("added a legacy-shaped payload reproducing the v1 message (§5.4)"));
        entityNote();
    } else if (type == QLatin1String("GITHUB") || type == QLatin1String("GITLAB")) {
        const bool github = type == QLatin1String("GITHUB");
        const QString key = github ? str("workflowInputs") : str("pipelineVariables");
        if (omitPayload && omitUserInputs) {
            r.report << QStringLiteral("added no %1: v1 sent neither the payload nor the user inputs "
                                       "(omitPayload and omitUserInputs were true)")
                            .arg(key);
            return r;
        }
        QStringList parts;
        QStringList notes;
        JsonValue vars = JsonValue::object();
        if (!omitUserInputs) {
            vars = perInputObject(userInputs, &notes);
            parts << QStringLiteral("one %1 per user input (omitUserInputs was false)")
                         .arg(github ? QStringLiteral("workflow input") : QStringLiteral("pipeline variable"));
        }
        if (!omitPayload) {
            vars.set(str("port_payload"), legacyMessageTemplate(im, userInputs));
            parts << QStringLiteral("port_payload with the v1 message (omitPayload was false)");
        }
        addBody(key, vars,
                QStringLiteral("added a legacy-shaped %1 reproducing v1: %2 (§4.2, §5.4)").arg(key, parts.join(QStringLiteral(" and "))));
        r.report << notes;
        if (!omitUserInputs)
            entityNote();
        if (github && !omitUserInputs && userInputs.value(u"properties").contains(u"ref"))
            r.report << QStringLiteral("note: the user input 'ref' becomes workflowInputs.ref, which now selects the "
                                       "branch to run on (§6.2)");
        if (github && vars.size() > 10)
            r.report << QStringLiteral("warning: workflowInputs has %1 entries; Port's docs allow GitHub at most 10 "
                                       "(group inputs into one JSON input)")
                            .arg(vars.size());
        if (!github)
            r.report << QStringLiteral("note: how the Port Agent hands pipelineVariables to GitLab is undocumented "
                                       "(§10.13); check the pipeline");
    }
    return r;
}

}  // namespace

JsonValue legacyMessageTemplate(const JsonValue &v1InvocationMethod, const JsonValue &inputs)
{
    auto s = [](const char *text) { return JsonValue::fromString(QString::fromUtf8(text)); };
    JsonValue context = JsonValue::object();
    context.set(str("entity"), s("{{ .entity.identifier }}"));
    context.set(str("blueprint"), s("{{ .action.blueprint }}"));
    context.set(str("runId"), s("{{ .run.id }}"));

    JsonValue action = JsonValue::object();
    action.set(str("invocationMethod"), v1InvocationMethod);
    action.set(str("trigger"), s("{{ .trigger.operation }}"));

    JsonValue payload = JsonValue::object();
    payload.set(str("entity"), s("{{ if .entity == {} then null else .entity end }}"));
    payload.set(str("action"), action);
    payload.set(str("properties"), perInputObject(inputs, nullptr));
    payload.set(str("censoredProperties"), s("{{ .action.encryptedProperties }}"));

    JsonValue msg = JsonValue::object();
    msg.set(str("action"), s("{{ .action.identifier }}"));
    msg.set(str("resourceType"), s("run"));
    msg.set(str("status"), s("TRIGGERED"));
    msg.set(str("trigger"), s("{{ .trigger | {by, origin, at} }}"));
    msg.set(str("context"), context);
    msg.set(str("payload"), payload);
    return msg;
}

MigrationResult migrateLegacy(const JsonValue &action, const QString &blueprintHint)
{
    MigrationResult r;
    r.action = action;
    if (!isLegacyV1Action(action))
        return r;
    r.migrated = true;

    // Work on member indexes: with duplicate keys the last one is the one Port reads, and the
    // earlier ones stay where they are for the validator to flag.
    const std::vector<JsonMember> &members = action.members();
    auto lastIndex = [&members](const char *key) {
        for (qsizetype i = qsizetype(members.size()) - 1; i >= 0; --i)
            if (members[size_t(i)].key == QLatin1String(key))
                return i;
        return qsizetype(-1);
    };
    const qsizetype triggerAt = lastIndex("trigger");
    const qsizetype inputsAt = lastIndex("userInputs");
    const qsizetype imAt = lastIndex("invocationMethod");
    const JsonValue *oldTrigger = triggerAt >= 0 ? &members[size_t(triggerAt)].value : nullptr;
    const JsonValue *topInputs = inputsAt >= 0 ? &members[size_t(inputsAt)].value : nullptr;

    const bool legacyTrigger = oldTrigger && oldTrigger->isString();
    const bool triggerUsable = !oldTrigger || oldTrigger->isString() || oldTrigger->isObject();
    JsonValue trigger;
    bool moveInputs = false;
    if (!triggerUsable) {
        r.report << QStringLiteral("left 'trigger' as it is: it is %1, neither a v1 string nor an object")
                        .arg(oldTrigger->typeName());
    } else {
        if (legacyTrigger) {
            const QString op = oldTrigger->toString();
            trigger = JsonValue::object();
            trigger.set(str("type"), JsonValue::fromString(str("self-service")));
            JsonValue opValue = JsonValue::fromString(op);
            opValue.setRawString(oldTrigger->rawString());
            trigger.set(str("operation"), opValue);
            r.report << QStringLiteral("trigger \"%1\" -> {type: self-service, operation: %1}").arg(op);
            static const QStringList ops = {str("CREATE"), str("DAY-2"), str("DELETE")};
            if (!ops.contains(op))
                r.report << QStringLiteral("warning: \"%1\" is not an operation Port knows (CREATE, DAY-2, DELETE); kept as written")
                                .arg(op);
        } else if (oldTrigger) {
            trigger = *oldTrigger;
        } else {
            trigger = JsonValue::object();
            trigger.set(str("type"), JsonValue::fromString(str("self-service")));
            r.report << QStringLiteral("added trigger {type: self-service}; its 'operation' (CREATE, DAY-2 or DELETE) "
                                       "must be set by hand");
        }
        const bool selfService = trigger.value(u"type").toString() == QLatin1String("self-service");
        if (selfService && !trigger.contains(u"blueprintIdentifier")) {
            if (!blueprintHint.isEmpty()) {
                trigger.set(str("blueprintIdentifier"), JsonValue::fromString(blueprintHint));
                r.report << QStringLiteral("set trigger.blueprintIdentifier to \"%1\" (v1 actions took it from the "
                                           "blueprint they were stored under)")
                                .arg(blueprintHint);
            } else {
                r.report << QStringLiteral("left out trigger.blueprintIdentifier: v1 actions took it from the blueprint "
                                           "they were stored under (give it with --blueprint BP)");
            }
        }
        if (topInputs) {
            if (trigger.contains(u"userInputs")) {
                r.report << QStringLiteral("kept the top-level userInputs: trigger already has userInputs (merge them by hand)");
            } else {
                moveInputs = true;
                trigger.set(str("userInputs"), *topInputs);
                r.report << QStringLiteral("moved userInputs into trigger.userInputs");
            }
        } else if (selfService && !trigger.contains(u"userInputs")) {
            JsonValue empty = JsonValue::object();
            empty.set(str("properties"), JsonValue::object());
            trigger.set(str("userInputs"), empty);
            r.report << QStringLiteral("added an empty trigger.userInputs (the current API requires it)");
        }
    }

    const JsonValue &userInputs = trigger.isObject() ? trigger.value(u"userInputs") : action.value(u"userInputs");
    InvocationMigration im;
    if (imAt >= 0 && members[size_t(imAt)].value.isObject())
        im = migrateInvocation(members[size_t(imAt)].value, userInputs, legacyTrigger);

    JsonValue out = JsonValue::object();
    // The trigger goes where the v1 trigger was; without one, where userInputs was; else first.
    const qsizetype triggerSlot = triggerAt >= 0 ? triggerAt : inputsAt;
    const bool placeTrigger = triggerUsable && trigger.isObject();
    if (placeTrigger && triggerSlot < 0) {
        JsonMember tm;
        tm.key = str("trigger");
        tm.value = trigger;
        out.members().push_back(tm);
    }
    for (qsizetype i = 0; i < qsizetype(members.size()); ++i) {
        const JsonMember &m = members[size_t(i)];
        if (i == triggerSlot && placeTrigger) {
            JsonMember tm;
            tm.key = str("trigger");
            tm.rawKey = triggerAt >= 0 ? m.rawKey : QString();
            tm.keyPos = triggerAt >= 0 ? m.keyPos : SourcePos();
            tm.value = trigger;
            out.members().push_back(tm);
            if (i == inputsAt && !moveInputs)
                out.members().push_back(m);
            continue;
        }
        if (i == inputsAt && moveInputs)
            continue;
        if (i == imAt && im.im.isObject()) {
            JsonMember mm = m;
            mm.value = im.im;
            out.members().push_back(mm);
            continue;
        }
        out.members().push_back(m);
    }
    r.report << im.report;
    r.action = std::move(out);
    return r;
}

bool isFlatIntegrationAction(const JsonValue &action, QStringList *keys)
{
    const JsonValue &im = action.value(u"invocationMethod");
    if (im.value(u"type").toString() != QLatin1String("INTEGRATION_ACTION"))
        return false;
    const BackendDecl *decl = findBackend(QStringLiteral("INTEGRATION_ACTION"));
    const FieldDecl *group = decl ? findField(*decl, QStringLiteral("integrationActionExecutionProperties")) : nullptr;
    if (!group)
        return false;
    QStringList found;
    for (const FieldDecl &f : group->children)
        if (im.contains(f.key) && !findField(*decl, f.key))
            found << f.key;
    if (keys)
        *keys = found;
    return !found.isEmpty();
}

MigrationResult migrateFlatIntegrationAction(const JsonValue &action)
{
    MigrationResult r;
    r.action = action;
    QStringList keys;
    if (!isFlatIntegrationAction(action, &keys))
        return r;
    r.migrated = true;
    JsonValue *im = r.action.find(u"invocationMethod");
    JsonValue nested = im->value(u"integrationActionExecutionProperties");
    if (!nested.isObject())
        nested = JsonValue::object();
    for (const QString &k : keys) {
        if (nested.contains(k)) {
            r.report << QStringLiteral("dropped the flat invocationMethod.%1: integrationActionExecutionProperties "
                                       "already has it")
                            .arg(k);
        } else {
            nested.set(k, im->value(k));
            r.report << QStringLiteral("moved invocationMethod.%1 into invocationMethod."
                                       "integrationActionExecutionProperties")
                            .arg(k);
        }
        im->remove(k);
    }
    im->set(str("integrationActionExecutionProperties"), nested);
    return r;
}

bool needsMigration(const JsonValue &action)
{
    return isLegacyV1Action(action) || isFlatIntegrationAction(action);
}

FileMigration migrateLegacyFile(const ActionFile &file, const QString &blueprintHint)
{
    FileMigration fm;
    fm.root = file.root();
    for (const QString &p : file.actionPointers()) {
        JsonValue *a = resolvePointer(fm.root, p);
        if (!a)
            continue;
        MigrationResult r = migrateLegacy(*a, blueprintHint);
        // A v1 GITHUB action never is INTEGRATION_ACTION; a v2 one may still be flat.
        MigrationResult flat = migrateFlatIntegrationAction(r.action);
        if (flat.migrated) {
            r.action = std::move(flat.action);
            r.report << flat.report;
            r.migrated = true;
        }
        if (!r.migrated)
            continue;
        ++fm.migratedCount;
        const QString id = a->value(u"identifier").toString();
        fm.report << QStringLiteral("action \"%1\" (%2):").arg(id, p.isEmpty() ? QStringLiteral("/") : p);
        for (const QString &line : r.report)
            fm.report << QStringLiteral("  ") + line;
        *a = std::move(r.action);
    }
    return fm;
}

}  // namespace ad
