#include "cli/rendercontext.h"

#include "context/contextbuilder.h"
#include "context/scenariofile.h"
#include "invocation/invocationrender.h"
#include "json/jsonparser.h"

#include <QFile>

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

bool renderContextFor(const LoadedAction &action, const QString &actionPath, const QString &scenario,
                      const QString &contextPath, TemplateEngine &engine, JsonValue *out, QString *error,
                      QStringList *warnings)
{
    if (!contextPath.isEmpty())
        return loadJsonFile(contextPath, out, error);
    Scenario s;
    if (!ScenarioFile::scenarioForAction(actionPath, scenario, nullptr, &s, error, warnings))
        return false;
    const ContextBuilder builder = engineContextBuilder(engine);
    const ContextResult built = builder.buildWithForm(action.action, s);
    *out = built.context;
    if (warnings)
        *warnings << built.warnings;
    return true;
}

}  // namespace ad::cli
