#include "context/contextbuilder.h"

#include "context/actionrefs.h"
#include "context/automationcondition.h"
#include "context/inputexamples.h"
#include "context/jsonbuild.h"
#include "context/mockdata.h"

#include <QCoreApplication>

namespace ad {

namespace {

using namespace jsonbuild;

bool isJqQuery(const JsonValue &v) { return v.isObject() && v.value(u"jqQuery").isString(); }

// Form-time booleans: true/false, "true"/"false" strings, anything else truthy as jq sees it.
bool truthy(const JsonValue &v)
{
    if (v.isBool())
        return v.toBool();
    return !v.isNull();
}

}  // namespace

ContextBuilder::ContextBuilder(JqEvaluator jq) : m_jq(std::move(jq)) {}

bool ContextBuilder::isAutomation(const JsonValue &action)
{
    return action.value(u"trigger").value(u"type").toString() == QLatin1String("automation");
}

QStringList ContextBuilder::inputOrder(const JsonValue &userInputs)
{
    const JsonValue &props = userInputs.value(u"properties");
    QStringList ids;
    auto take = [&](const JsonValue &order) {
        for (const JsonValue &id : order.items())
            if (id.isString() && props.contains(id.toString()) && !ids.contains(id.toString()))
                ids << id.toString();
    };
    take(userInputs.value(u"order"));
    for (const JsonValue &step : userInputs.value(u"steps").items())
        take(step.value(u"order"));
    for (const JsonMember &m : props.members())
        if (!ids.contains(m.key))
            ids << m.key;
    return ids;
}

JsonValue ContextBuilder::targetEntity(const JsonValue &action, const Scenario &scenario)
{
    const JsonValue &trigger = action.value(u"trigger");
    const QString op = trigger.value(u"operation").toString();
    if (op != QLatin1String("DAY-2") && op != QLatin1String("DELETE"))
        return JsonValue::object();
    if (scenario.entity.isObject() && !scenario.entity.isEmpty())
        return scenario.entity;
    const QString bp = trigger.value(u"blueprintIdentifier").toString(QStringLiteral("service"));
    for (const JsonValue &e : scenario.mockEntities.items())
        if (e.value(u"blueprint").toString() == bp)
            return e;
    JsonValue e = mock::entity(bp, QStringLiteral("example-") + bp, scenario);
    const ActionRefs refs = scanActionRefs(action);
    fillReferenced(e, refs.entityProperties, refs.entityRelations);
    return e;
}

JsonValue ContextBuilder::resolveJq(const JsonValue &field, const JsonValue &formContext, const QString &what,
                                    InputState *state, bool *ok) const
{
    *ok = true;
    if (!isJqQuery(field))
        return field;
    *ok = false;
    const QString program = field.value(u"jqQuery").toString();
    if (!m_jq) {
        if (state)
            state->problems << QCoreApplication::translate("ad::ContextBuilder", "%1: jqQuery not evaluated (no jq engine)").arg(what);
        return {};
    }
    const auto pre = m_prefetchedFor == &formContext ? m_prefetched.constFind(program) : m_prefetched.constEnd();
    const JqResult r = pre != m_prefetched.constEnd() ? *pre : m_jq(program, formContext);
    if (r.failed()) {
        if (state)
            state->problems << QCoreApplication::translate("ad::ContextBuilder", "%1: jq error: %2").arg(what, r.error);
        return {};
    }
    if (r.isUndefined()) {
        if (state)
            state->problems << QCoreApplication::translate("ad::ContextBuilder", "%1: jqQuery produced no output").arg(what);
        return {};
    }
    *ok = true;
    return r.value;
}

namespace {

void collectPrograms(const JsonValue &v, QStringList &out)
{
    if (isJqQuery(v)) {
        const QString p = v.value(u"jqQuery").toString();
        if (!out.contains(p))
            out << p;
    }
}

void collectDatasetPrograms(const JsonValue &dataset, QStringList &out)
{
    for (const JsonValue &rule : dataset.value(u"rules").items()) {
        collectPrograms(rule.value(u"value"), out);
        collectDatasetPrograms(rule, out);
    }
}

// jqQuery programs in an input's fields: `keys` of the input itself, plus enum and dataset (on the
// input or its items).
void collectInputPrograms(const InputState &in, std::initializer_list<const char *> keys, QStringList &programs)
{
    const JsonValue &items = in.schema.value(u"items");
    for (const char *key : keys)
        collectPrograms(in.schema.value(QString::fromLatin1(key)), programs);
    collectPrograms(in.schema.value(u"enum"), programs);
    collectPrograms(items.value(u"enum"), programs);
    collectDatasetPrograms(in.schema.value(u"dataset"), programs);
    collectDatasetPrograms(items.value(u"dataset"), programs);
}

}  // namespace

QStringList ContextBuilder::valuePrograms(const std::vector<InputState> &inputs)
{
    QStringList programs;
    for (const InputState &in : inputs)
        collectInputPrograms(in, {"default"}, programs);
    return programs;
}

QStringList ContextBuilder::statePrograms(const JsonValue &userInputs, const std::vector<InputState> &inputs)
{
    QStringList programs;
    collectPrograms(userInputs.value(u"required"), programs);
    for (const InputState &in : inputs)
        collectInputPrograms(in, {"visible", "disabled"}, programs);
    for (const JsonValue &step : userInputs.value(u"steps").items())
        collectPrograms(step.value(u"visible"), programs);
    for (const JsonMember &title : userInputs.value(u"titles").members())
        collectPrograms(title.value.value(u"visible"), programs);
    return programs;
}

void ContextBuilder::prefetch(const QStringList &programs, const JsonValue &formContext) const
{
    m_prefetched.clear();
    m_prefetchedFor = nullptr;
    if (!m_batch || !m_jq || programs.isEmpty())
        return;
    const QList<JqResult> results = m_batch(programs, formContext);
    if (results.size() != programs.size())
        return;  // fall back to one call per field
    for (qsizetype i = 0; i < programs.size(); ++i)
        m_prefetched.insert(programs.at(i), results.at(i));
    m_prefetchedFor = &formContext;
}

JsonValue ContextBuilder::resolveDataset(const JsonValue &dataset, const JsonValue &formContext,
                                         InputState *state) const
{
    if (!dataset.isObject())
        return dataset;
    JsonValue out = dataset;
    out.clearSourceInfo();
    JsonValue *rules = out.find(u"rules");
    if (!rules || !rules->isArray())
        return out;
    for (JsonValue &rule : rules->items()) {
        if (rule.contains(u"rules")) {
            rule = resolveDataset(rule, formContext, state);
            continue;
        }
        if (JsonValue *value = rule.find(u"value"); value && isJqQuery(*value)) {
            bool ok = false;
            const JsonValue v = resolveJq(*value, formContext, QCoreApplication::translate("ad::ContextBuilder", "dataset rule value"), state, &ok);
            *value = ok ? v : JsonValue();
        }
    }
    return out;
}

void ContextBuilder::fillValue(InputState &in, const Scenario &s, const JsonValue &formContext) const
{
    const JsonValue &schema = in.schema;
    const JsonValue *given = s.inputs.isObject() ? s.inputs.find(in.id) : nullptr;
    if (given) {
        in.value = inputs::expandEntities(*given, schema, s);
        in.source = InputState::Source::Scenario;
        return;
    }
    const JsonValue &def = schema.value(u"default");
    if (schema.contains(u"default")) {
        bool ok = false;
        const JsonValue v = resolveJq(def, formContext, QStringLiteral("default"), &in, &ok);
        if (ok) {
            in.value = inputs::expandEntities(v, schema, s);
            in.source = isJqQuery(def) ? InputState::Source::JqDefault : InputState::Source::Default;
            return;
        }
    }
    if (in.enumValues.isArray() && !in.enumValues.isEmpty()) {
        // An enum on `items` constrains each element: the example is a one-element array.
        const bool itemsEnum = !schema.contains(u"enum") && schema.value(u"type").toString() == QLatin1String("array");
        if (itemsEnum) {
            const JsonValue &minItems = schema.value(u"minItems");
            const qsizetype count = std::max<qsizetype>(1, minItems.isNumber() ? qsizetype(std::min(minItems.toDouble(), 100.0)) : 1);
            JsonValue a = JsonValue::array();
            for (qsizetype i = 0; i < count; ++i)
                a.append(in.enumValues.at(i % in.enumValues.size()));
            in.value = a;
        } else {
            in.value = in.enumValues.at(0);
        }
        in.source = InputState::Source::Enum;
        return;
    }
    in.value = inputs::example(in.id, schema, s, in.dataset);
    in.source = InputState::Source::Example;
}

FormState ContextBuilder::evaluateForm(const JsonValue &action, const Scenario &s) const
{
    FormState form;
    const JsonValue &userInputs = action.value(u"trigger").value(u"userInputs");
    const JsonValue &props = userInputs.value(u"properties");

    JsonValue ctx = JsonValue::object();
    ctx.set(QStringLiteral("form"), JsonValue::object());
    ctx.set(QStringLiteral("entity"), targetEntity(action, s));
    ctx.set(QStringLiteral("user"), mock::formUser(s));
    auto setForm = [&](const QString &id, const JsonValue &v) { ctx.find(u"form")->set(id, v); };

    // enum and dataset may depend on the form too: resolved before choosing a value and again
    // on the complete form (what the user finally sees).
    auto resolveChoices = [&](InputState &in) {
        const JsonValue &items = in.schema.value(u"items");
        const JsonValue &enumField = in.schema.contains(u"enum") ? in.schema.value(u"enum") : items.value(u"enum");
        if (!enumField.isNull()) {
            bool ok = false;
            const JsonValue e = resolveJq(enumField, ctx, QStringLiteral("enum"), &in, &ok);
            in.enumValues = ok && e.isArray() ? e : JsonValue();
            if (ok && !e.isArray())
                in.problems << QCoreApplication::translate("ad::ContextBuilder", "enum: jqQuery returned %1, not an array").arg(e.typeName());
        }
        const JsonValue &dataset = in.schema.contains(u"dataset") ? in.schema.value(u"dataset") : items.value(u"dataset");
        if (!dataset.isNull())
            in.dataset = resolveDataset(dataset, ctx, &in);
    };

    std::vector<InputState> states;
    for (const QString &id : inputOrder(userInputs)) {
        InputState in;
        in.id = id;
        in.schema = props.value(id);
        in.secret = in.schema.contains(u"encryption");
        states.push_back(in);
    }
    const QStringList valueJq = valuePrograms(states);

    // Pass 1, in form order: each value may use the inputs filled before it (.form). With a batch
    // evaluator all programs run at once on the empty form instead (one round trip), and pass 2
    // settles what depends on other inputs.
    prefetch(valueJq, ctx);
    for (InputState &in : states) {
        resolveChoices(in);
        fillValue(in, s, ctx);
        setForm(in.id, in.value);
    }

    // Pass 2: defaults, enums and datasets may read inputs that come later in the form (and may
    // have failed for lack of them); run them again on the full form.
    if (!valueJq.isEmpty()) {
        prefetch(valueJq, ctx);
        for (InputState &in : states) {
            if (in.source == InputState::Source::Scenario)
                continue;
            const JsonValue &items = in.schema.value(u"items");
            const bool usesJq = isJqQuery(in.schema.value(u"default")) || isJqQuery(in.schema.value(u"enum"))
                                || isJqQuery(items.value(u"enum")) || in.schema.contains(u"dataset")
                                || items.contains(u"dataset");
            if (!usesJq)
                continue;
            in.problems.clear();
            resolveChoices(in);
            fillValue(in, s, ctx);
            setForm(in.id, in.value);
        }
    }
    form.inputs = std::move(states);

    // Form-time state on the complete form.
    prefetch(statePrograms(userInputs, form.inputs), ctx);
    QStringList requiredIds;
    const JsonValue &required = userInputs.value(u"required");
    if (isJqQuery(required)) {
        bool ok = false;
        const JsonValue r = resolveJq(required, ctx, QStringLiteral("required"), nullptr, &ok);
        if (!ok)
            form.warnings << QCoreApplication::translate("ad::ContextBuilder", "userInputs.required: jqQuery could not be evaluated");
        else if (r.isBool())
            form.warnings << QCoreApplication::translate("ad::ContextBuilder", "userInputs.required: jqQuery returned a boolean; Port's documented "
                                            "form is an array of input ids");
        for (const JsonValue &id : r.items())
            requiredIds << id.toString();
        if (ok && r.isBool() && r.toBool())
            for (const InputState &in : form.inputs)
                requiredIds << in.id;
    } else {
        for (const JsonValue &id : required.items())
            requiredIds << id.toString();
    }
    for (InputState &in : form.inputs) {
        // Choices seen on the incomplete form are superseded by the complete form's.
        // The German catalogue keeps these messages' "enum:" / "dataset" prefix for this match.
        in.problems.removeIf([](const QString &p) {
            return p.startsWith(QLatin1String("enum:")) || p.startsWith(QLatin1String("dataset"));
        });
        resolveChoices(in);
        in.required = requiredIds.contains(in.id);
        bool ok = false;
        if (in.schema.contains(u"visible")) {
            const JsonValue v = resolveJq(in.schema.value(u"visible"), ctx, QStringLiteral("visible"), &in, &ok);
            in.visible = ok ? truthy(v) : true;
        }
        if (in.schema.contains(u"disabled")) {
            const JsonValue v = resolveJq(in.schema.value(u"disabled"), ctx, QStringLiteral("disabled"), &in, &ok);
            in.disabled = ok ? truthy(v) : false;
        }
        if (in.secret)
            form.warnings << QCoreApplication::translate("ad::ContextBuilder", "input %1 is encrypted by Port before sending (AES-256-GCM); the "
                                            "preview renders its clear value, masked")
                                 .arg(in.id);
        for (const QString &p : in.problems)
            form.warnings << QCoreApplication::translate("ad::ContextBuilder", "input %1: %2").arg(in.id, p);
    }
    // Steps and section titles have a form-time `visible` too (PORT-SPEC §3.1), on the same form.
    const auto visibleOf = [&](const JsonValue &visible, const QString &where) {
        if (visible.isNull())
            return true;
        InputState probe;
        bool ok = false;
        const JsonValue v = resolveJq(visible, ctx, QStringLiteral("visible"), &probe, &ok);
        for (const QString &p : std::as_const(probe.problems))
            form.warnings << QCoreApplication::translate("ad::ContextBuilder", "%1: %2").arg(where, p);
        return ok ? truthy(v) : true;
    };
    int stepNo = 0;
    for (const JsonValue &step : userInputs.value(u"steps").items())
        form.stepsVisible.push_back(visibleOf(
            step.value(u"visible"), QCoreApplication::translate("ad::ContextBuilder", "step %1").arg(++stepNo)));
    for (const JsonMember &title : userInputs.value(u"titles").members())
        form.titlesVisible.insert(
            title.key, visibleOf(title.value.value(u"visible"),
                                 QCoreApplication::translate("ad::ContextBuilder", "title %1").arg(title.key)));
    m_prefetched.clear();
    m_prefetchedFor = nullptr;
    form.formContext = ctx;
    return form;
}

ContextResult ContextBuilder::buildWithForm(const JsonValue &action, const Scenario &s) const
{
    ContextResult result;
    JsonValue c = JsonValue::object();
    const JsonValue &trigger = action.value(u"trigger");
    const QString identifier = action.value(u"identifier").toString();

    JsonValue secrets = JsonValue::object();
    for (const ScenarioSecret &sec : s.secrets)
        secrets.set(sec.name, str(sec.value));

    if (isAutomation(action)) {
        c.set(QStringLiteral("inputs"), JsonValue());
        JsonValue t = JsonValue::object();
        t.set(QStringLiteral("by"), mock::triggerBy(s, true));
        t.set(QStringLiteral("origin"), str(s.triggerOrigin.isEmpty() ? QStringLiteral("AUTOMATION") : s.triggerOrigin));
        t.set(QStringLiteral("at"), str(s.triggerAt));
        c.set(QStringLiteral("trigger"), t);
        JsonValue event = s.event;
        if (!event.isObject()) {
            // The generated event satisfies the trigger condition where it is simple enough to.
            event = mock::event(action, s);
            satisfyCondition(event, action);
        }
        c.set(QStringLiteral("event"), event);
        c.set(QStringLiteral("entity"), JsonValue());
        JsonValue a = JsonValue::object();
        a.set(QStringLiteral("identifier"), str(identifier));
        c.set(QStringLiteral("action"), a);
    } else {
        result.form = evaluateForm(action, s);
        result.warnings << result.form.warnings;
        c.set(QStringLiteral("inputs"), result.form.values());
        JsonValue t = JsonValue::object();
        t.set(QStringLiteral("by"), mock::triggerBy(s, true));
        t.set(QStringLiteral("origin"), str(s.triggerOrigin.isEmpty() ? QStringLiteral("UI") : s.triggerOrigin));
        t.set(QStringLiteral("at"), str(s.triggerAt));
        t.set(QStringLiteral("operation"), str(trigger.value(u"operation").toString(QStringLiteral("CREATE"))));
        c.set(QStringLiteral("trigger"), t);
        c.set(QStringLiteral("event"), JsonValue());
        c.set(QStringLiteral("entity"), targetEntity(action, s));
        JsonValue a = JsonValue::object();
        a.set(QStringLiteral("identifier"), str(identifier));
        a.set(QStringLiteral("blueprint"), trigger.value(u"blueprintIdentifier"));
        JsonValue encrypted = JsonValue::array();
        for (const InputState &in : result.form.inputs)
            if (in.secret)
                encrypted.append(str(in.id));
        a.set(QStringLiteral("encryptedProperties"), encrypted);
        c.set(QStringLiteral("action"), a);
    }
    for (const QString &name : scanActionRefs(action).secrets) {
        const ScenarioSecret *sec = s.findSecret(name);
        if (!sec || sec->value.isEmpty())
            result.warnings << QCoreApplication::translate("ad::ContextBuilder", "secret %1 is used by the action but the scenario has no value for it "
                                              "(.secrets.%1 is null)")
                                   .arg(name);
    }
    JsonValue run = JsonValue::object();
    run.set(QStringLiteral("id"), str(s.runId));
    c.set(QStringLiteral("run"), run);
    c.set(QStringLiteral("secrets"), secrets);
    c.clearSourceInfo();
    result.context = c;
    return result;
}

JsonValue ContextBuilder::build(const JsonValue &action, const Scenario &s) const
{
    return buildWithForm(action, s).context;
}

}  // namespace ad
