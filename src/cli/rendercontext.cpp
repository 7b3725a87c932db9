#include "cli/rendercontext.h"

#include "backend/backends.h"
#include "context/contextbuilder.h"
#include "context/scenariofile.h"
#include "invocation/invocationrender.h"
#include "json/jsonparser.h"
#include "model/actionfile.h"

namespace ad::cli {

bool loadJsonFile(const QString &path, JsonValue *out, Located *error)
{
    QByteArray bytes;
    QString why;
    if (!ActionFile::readInput(path, &bytes, &why)) {
        *error = {path, {}, why};
        return false;
    }
    const JsonParseResult r = parseJson(bytes);
    if (!r.ok()) {
        *error = {path, r.error.pos, r.error.message};
        return false;
    }
    *out = r.value;
    return true;
}

bool checkInvocationMethod(const LoadedAction &action, const QString &path, Located *error)
{
    const JsonValue &method = action.action.value(u"invocationMethod");
    if (!method.isObject()) {
        const bool present = action.action.contains(u"invocationMethod");
        *error = {path, present ? method.pos() : action.action.pos(),
                  present ? QStringLiteral("invocationMethod must be an object")
                          : QStringLiteral("the action has no invocationMethod; there is nothing to send")};
        return false;
    }
    const JsonValue &type = method.value(u"type");
    if (!findBackend(type.toString())) {
        const bool present = method.contains(u"type");
        *error = {path, present ? type.pos() : method.pos(),
                  QStringLiteral("%1; expected one of %2")
                      .arg(present ? QStringLiteral("unknown invocationMethod.type '%1'").arg(type.toString())
                                   : QStringLiteral("invocationMethod has no type"),
                           schemaBackendTypes().join(QStringLiteral(", ")))};
        return false;
    }
    return true;
}

bool loadAction(const QString &path, const QString &identifier, LoadedAction *out, Located *error)
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
        *error = {path, root.pos(), QStringLiteral("no action found (expected an action object, an array of actions or an API response)")};
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
    *error = {path, {}, QStringLiteral("no action with identifier '%1'").arg(identifier)};
    return false;
}

bool renderContextFor(const LoadedAction &action, const QString &actionPath, const QString &scenario,
                      const QString &contextPath, TemplateEngine &engine, JsonValue *out, Located *error,
                      QStringList *warnings)
{
    if (!contextPath.isEmpty())
        return loadJsonFile(contextPath, out, error);
    Scenario s;
    QString why;
    if (!ScenarioFile::scenarioForAction(actionPath, scenario, nullptr, &s, &why, warnings)) {
        *error = Located::fromMessage(actionPath, why);
        return false;
    }
    const ContextBuilder builder = engineContextBuilder(engine);
    const ContextResult built = builder.buildWithForm(action.action, s);
    *out = built.context;
    if (warnings)
        *warnings << built.warnings;
    return true;
}

}  // namespace ad::cli
