#include "cli/rendercontext.h"

#include "json/jsonparser.h"

#include <QFile>
#include <QFileInfo>

namespace ad::cli {

bool loadJsonFile(const QString &path, JsonValue *out, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: %2").arg(path, f.errorString());
        return false;
    }
    const JsonParseResult r = parseJson(f.readAll());
    if (!r.ok()) {
        *error = QStringLiteral("%1:%2:%3: %4").arg(path).arg(r.error.pos.line).arg(r.error.pos.column).arg(r.error.message);
        return false;
    }
    *out = r.value;
    return true;
}

bool loadAction(const QString &path, const QString &identifier, LoadedAction *out, QString *error)
{
    JsonValue root;
    if (!loadJsonFile(path, &root, error))
        return false;
    QList<LoadedAction> candidates;
    auto isAction = [](const JsonValue &v) {
        return v.isObject() && (v.contains(u"invocationMethod") || v.contains(u"trigger") || v.contains(u"identifier"));
    };
    auto addArray = [&](const JsonValue &arr, const QString &prefix) {
        for (qsizetype i = 0; i < arr.size(); ++i)
            if (isAction(arr.at(i)))
                candidates.append({arr.at(i), prefix + QLatin1Char('/') + QString::number(i)});
    };
    if (root.isArray())
        addArray(root, QString());
    else if (root.isObject() && root.value(u"action").isObject())
        candidates.append({root.value(u"action"), QStringLiteral("/action")});
    else if (root.isObject() && root.value(u"actions").isArray())
        addArray(root.value(u"actions"), QStringLiteral("/actions"));
    else if (isAction(root))
        candidates.append({root, QString()});
    if (candidates.isEmpty()) {
        *error = QStringLiteral("%1: no action found (expected an action object, an array of actions or an API response)").arg(path);
        return false;
    }
    if (identifier.isEmpty()) {
        *out = candidates.first();
        return true;
    }
    for (const LoadedAction &a : std::as_const(candidates)) {
        if (a.action.value(u"identifier").toString() == identifier) {
            *out = a;
            return true;
        }
    }
    *error = QStringLiteral("%1: no action with identifier '%2'").arg(path, identifier);
    return false;
}

JsonValue defaultPayloadContext(const JsonValue &action)
{
    const JsonValue &trigger = action.value(u"trigger");
    const bool automation = trigger.value(u"type").toString() == QLatin1String("automation");
    const QString operation = trigger.value(u"operation").toString(QStringLiteral("CREATE"));

    JsonValue user = JsonValue::object();
    user.set(QStringLiteral("email"), JsonValue::fromString(QStringLiteral("jane.doe@example.com")));
    user.set(QStringLiteral("firstName"), JsonValue::fromString(QStringLiteral("Jane")));
    user.set(QStringLiteral("lastName"), JsonValue::fromString(QStringLiteral("Doe")));
    JsonValue by = JsonValue::object();
    by.set(QStringLiteral("orgId"), JsonValue::fromString(QStringLiteral("org_preview")));
    by.set(QStringLiteral("userId"), JsonValue::fromString(QStringLiteral("auth0|preview")));
    by.set(QStringLiteral("user"), user);
    JsonValue trig = JsonValue::object();
    trig.set(QStringLiteral("by"), by);
    trig.set(QStringLiteral("origin"), JsonValue::fromString(automation ? QStringLiteral("AUTOMATION") : QStringLiteral("UI")));
    trig.set(QStringLiteral("at"), JsonValue::fromString(QStringLiteral("2024-06-06T05:21:00.565Z")));
    if (!automation)
        trig.set(QStringLiteral("operation"), JsonValue::fromString(operation));

    // Inputs: literal defaults only (the scenario context builder does the full job).
    JsonValue inputs = JsonValue::object();
    for (const JsonMember &m : trigger.value(u"userInputs").value(u"properties").members()) {
        const JsonValue *def = m.value.find(u"default");
        if (def && !(def->isObject() && def->contains(u"jqQuery")))
            inputs.set(m.key, *def);
    }
    JsonValue act = JsonValue::object();
    act.set(QStringLiteral("identifier"), JsonValue::fromString(action.value(u"identifier").toString()));
    if (!automation) {
        act.set(QStringLiteral("blueprint"), JsonValue::fromString(trigger.value(u"blueprintIdentifier").toString()));
        act.set(QStringLiteral("encryptedProperties"), JsonValue::array());
    }
    JsonValue run = JsonValue::object();
    run.set(QStringLiteral("id"), JsonValue::fromString(QStringLiteral("r_preview")));

    JsonValue ctx = JsonValue::object();
    ctx.set(QStringLiteral("inputs"), automation ? JsonValue() : inputs);
    ctx.set(QStringLiteral("trigger"), trig);
    ctx.set(QStringLiteral("event"), JsonValue());
    ctx.set(QStringLiteral("entity"), automation ? JsonValue() : JsonValue::object());
    ctx.set(QStringLiteral("action"), act);
    ctx.set(QStringLiteral("run"), run);
    ctx.set(QStringLiteral("secrets"), JsonValue::object());
    return ctx;
}

bool renderContextFor(const LoadedAction &action, const QString &actionPath, const QString &scenario,
                      const QString &contextPath, JsonValue *out, QString *error)
{
    if (!contextPath.isEmpty())
        return loadJsonFile(contextPath, out, error);
    Q_UNUSED(actionPath)
    // Scenarios (sidecar files) are built by the context builder (src/core/context); this build
    // renders with the built-in default context and accepts only the default scenario name.
    if (!scenario.isEmpty() && scenario != QLatin1String("default")) {
        *error = QStringLiteral("scenario '%1': this build has no scenario support; pass --context FILE").arg(scenario);
        return false;
    }
    *out = defaultPayloadContext(action.action);
    return true;
}

}  // namespace ad::cli
