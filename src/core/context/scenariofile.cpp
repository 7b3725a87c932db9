#include "context/scenariofile.h"

#include "context/jsonbuild.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QUuid>

namespace ad {

namespace {

using namespace jsonbuild;

const QString kSecretRef = QStringLiteral("secretRef");

JsonValue refObject(const QString &ref)
{
    JsonValue o = JsonValue::object();
    o.set(kSecretRef, ref.isEmpty() ? JsonValue() : str(ref));
    return o;
}

QString newSecretKey()
{
    return QStringLiteral("action-designer/scenario-secret/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// Reads {"secretRef": key} into value/ref; a bare string is accepted (hand-edited file) but flagged.
void readSecretValue(const JsonValue &v, const QString &what, const SecretResolver *resolver, QString *value,
                     QString *ref, QStringList *warnings)
{
    if (v.isString()) {
        *value = v.toString();
        if (warnings)
            *warnings << QCoreApplication::translate("ad::Scenario", "%1 is stored in clear text in the scenario file; saving moves it "
                                        "to the secret store")
                             .arg(what);
        return;
    }
    const JsonValue *r = v.isObject() ? v.find(kSecretRef) : nullptr;
    if (!r || !r->isString() || r->toString().isEmpty()) {
        if (warnings && !v.isNull() && !(r && r->isNull()))
            *warnings << QCoreApplication::translate("ad::Scenario", "%1: expected {\"secretRef\": \"<key>\"}").arg(what);
        return;
    }
    *ref = r->toString();
    const std::optional<QString> stored = resolver ? resolver->readSecret(*ref) : std::nullopt;
    if (stored)
        *value = *stored;
    else if (warnings)
        *warnings << QCoreApplication::translate("ad::Scenario", "%1: no value in the secret store (ref %2)").arg(what, *ref);
}

void setIfNotEmpty(JsonValue &o, const QString &key, const QString &value)
{
    if (!value.isEmpty())
        o.set(key, str(value));
}

}  // namespace

QString ScenarioFile::sidecarPath(const QString &actionPath)
{
    QString base = actionPath;
    if (base.endsWith(QLatin1String(".json"), Qt::CaseInsensitive))
        base.chop(5);
    return base + QStringLiteral(".scenarios.json");
}

const Scenario *ScenarioFile::activeScenario() const
{
    if (const Scenario *s = find(active))
        return s;
    return scenarios.isEmpty() ? nullptr : &scenarios.first();
}

const Scenario *ScenarioFile::find(const QString &name) const
{
    for (const Scenario &s : scenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

Scenario *ScenarioFile::find(const QString &name)
{
    for (Scenario &s : scenarios)
        if (s.name == name)
            return &s;
    return nullptr;
}

QString ScenarioFile::uniqueName(const QString &base) const
{
    if (!find(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = base + QLatin1Char(' ') + QString::number(i);
        if (!find(candidate))
            return candidate;
    }
}

JsonValue ScenarioFile::scenarioToJson(const Scenario &s)
{
    JsonValue o = JsonValue::object();
    o.set(QStringLiteral("name"), str(s.name));

    JsonValue user = JsonValue::object();
    user.set(QStringLiteral("email"), str(s.user.email));
    user.set(QStringLiteral("firstName"), str(s.user.firstName));
    user.set(QStringLiteral("lastName"), str(s.user.lastName));
    user.set(QStringLiteral("userId"), str(s.user.userId));
    user.set(QStringLiteral("teams"), stringArray(s.user.teams));
    user.set(QStringLiteral("roles"), stringArray(s.user.roles));
    o.set(QStringLiteral("user"), user);

    o.set(QStringLiteral("orgId"), str(s.orgId));
    o.set(QStringLiteral("runId"), str(s.runId));
    JsonValue trigger = JsonValue::object();
    setIfNotEmpty(trigger, QStringLiteral("origin"), s.triggerOrigin);
    setIfNotEmpty(trigger, QStringLiteral("at"), s.triggerAt);
    o.set(QStringLiteral("trigger"), trigger);
    if (s.timestamp >= 0)
        o.set(QStringLiteral("timestamp"), JsonValue::fromInt(s.timestamp));

    o.set(QStringLiteral("inputs"), s.inputs.isObject() ? s.inputs : JsonValue::object());
    if (!s.entity.isNull())
        o.set(QStringLiteral("entity"), s.entity);
    if (s.mockEntities.isArray() && !s.mockEntities.isEmpty())
        o.set(QStringLiteral("mockEntities"), s.mockEntities);
    if (!s.event.isNull())
        o.set(QStringLiteral("event"), s.event);

    JsonValue secrets = JsonValue::object();
    for (const ScenarioSecret &sec : s.secrets)
        secrets.set(sec.name, refObject(sec.ref));
    o.set(QStringLiteral("secrets"), secrets);
    if (!s.clientSecretRef.isEmpty() || !s.clientSecret.isEmpty())
        o.set(QStringLiteral("clientSecret"), refObject(s.clientSecretRef));

    JsonValue backend = JsonValue::object();
    setIfNotEmpty(backend, QStringLiteral("githubDefaultBranch"), s.githubDefaultBranch);
    setIfNotEmpty(backend, QStringLiteral("githubApiBase"), s.githubApiBase);
    setIfNotEmpty(backend, QStringLiteral("gitlabBaseUrl"), s.gitlabBaseUrl);
    setIfNotEmpty(backend, QStringLiteral("azureBaseUrl"), s.azureBaseUrl);
    if (!backend.isEmpty())
        o.set(QStringLiteral("backend"), backend);
    if (!s.expect.isNull())
        o.set(QStringLiteral("expect"), s.expect);
    return o;
}

Scenario ScenarioFile::scenarioFromJson(const JsonValue &v, const SecretResolver *resolver, QStringList *warnings)
{
    Scenario s;
    if (!v.isObject())
        return s;
    s.name = v.value(u"name").toString(s.name);
    const QString label = QStringLiteral("scenario '%1'").arg(s.name);

    const JsonValue &user = v.value(u"user");
    if (user.isObject()) {
        s.user.email = user.value(u"email").toString(s.user.email);
        s.user.firstName = user.value(u"firstName").toString(s.user.firstName);
        s.user.lastName = user.value(u"lastName").toString(s.user.lastName);
        s.user.userId = user.value(u"userId").toString(s.user.userId);
        if (user.value(u"teams").isArray())
            s.user.teams = stringList(user.value(u"teams"));
        if (user.value(u"roles").isArray())
            s.user.roles = stringList(user.value(u"roles"));
    }
    s.orgId = v.value(u"orgId").toString(s.orgId);
    s.runId = v.value(u"runId").toString(s.runId);
    const JsonValue &trigger = v.value(u"trigger");
    s.triggerOrigin = trigger.value(u"origin").toString(s.triggerOrigin);
    s.triggerAt = trigger.value(u"at").toString(s.triggerAt);
    if (v.value(u"timestamp").isNumber())
        s.timestamp = qint64(v.value(u"timestamp").toDouble());

    if (v.value(u"inputs").isObject())
        s.inputs = v.value(u"inputs");
    s.entity = v.value(u"entity");
    if (v.value(u"mockEntities").isArray())
        s.mockEntities = v.value(u"mockEntities");
    s.event = v.value(u"event");

    for (const JsonMember &m : v.value(u"secrets").members()) {
        ScenarioSecret sec;
        sec.name = m.key;
        readSecretValue(m.value, QCoreApplication::translate("ad::Scenario", "%1: secret %2").arg(label, m.key), resolver, &sec.value, &sec.ref,
                        warnings);
        s.secrets.append(sec);
    }
    if (const JsonValue *cs = v.find(u"clientSecret"))
        readSecretValue(*cs, QCoreApplication::translate("ad::Scenario", "%1: client secret").arg(label), resolver, &s.clientSecret,
                        &s.clientSecretRef, warnings);

    const JsonValue &backend = v.value(u"backend");
    s.githubDefaultBranch = backend.value(u"githubDefaultBranch").toString(QString());
    s.githubApiBase = backend.value(u"githubApiBase").toString(QString());
    s.gitlabBaseUrl = backend.value(u"gitlabBaseUrl").toString(QString());
    s.azureBaseUrl = backend.value(u"azureBaseUrl").toString(QString());
    s.expect = v.value(u"expect");
    return s;
}

ScenarioFile ScenarioFile::fromJson(const JsonValue &root, const SecretResolver *resolver, QStringList *warnings)
{
    ScenarioFile f;
    const JsonValue &version = root.value(u"version");
    if (version.isNumber() && version.toDouble() > kFormatVersion && warnings)
        *warnings << QCoreApplication::translate("ad::Scenario", "scenario file version %1 is newer than this program's (%2)")
                         .arg(version.numberText())
                         .arg(kFormatVersion);
    for (const JsonValue &v : root.value(u"scenarios").items()) {
        if (!v.isObject()) {
            if (warnings)
                *warnings << QCoreApplication::translate("ad::Scenario", "skipped a scenario that is not an object");
            continue;
        }
        Scenario s = scenarioFromJson(v, resolver, warnings);
        if (f.find(s.name)) {
            if (warnings)
                *warnings << QCoreApplication::translate("ad::Scenario", "duplicate scenario name '%1' renamed").arg(s.name);
            s.name = f.uniqueName(s.name);
        }
        f.scenarios.append(s);
    }
    f.active = root.value(u"active").toString(QString());
    return f;
}

bool ScenarioFile::load(const QString &path, ScenarioFile *out, const SecretResolver *resolver, QString *error,
                        QStringList *warnings)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("ad::Scenario", "cannot read %1: %2").arg(path, file.errorString());
        return false;
    }
    const JsonParseResult parsed = parseJson(file.readAll());
    if (!parsed.ok()) {
        if (error)
            *error = QStringLiteral("%1:%2:%3: %4")
                         .arg(path)
                         .arg(parsed.error.pos.line)
                         .arg(parsed.error.pos.column)
                         .arg(parsed.error.message);
        return false;
    }
    if (!parsed.value.isObject() || !parsed.value.value(u"scenarios").isArray()) {
        if (error)
            *error = QCoreApplication::translate("ad::Scenario", "%1: not a scenario file (expected {\"scenarios\": [...]})").arg(path);
        return false;
    }
    *out = fromJson(parsed.value, resolver, warnings);
    return true;
}

bool ScenarioFile::scenarioForAction(const QString &actionPath, const QString &name, const SecretResolver *resolver,
                                     Scenario *out, QString *error, QStringList *warnings)
{
    const QString path = sidecarPath(actionPath);
    if (!QFileInfo::exists(path)) {
        if (!name.isEmpty() && name != Scenario().name) {
            if (error)
                *error = QCoreApplication::translate("ad::Scenario", "no scenario '%1': %2 does not exist").arg(name, path);
            return false;
        }
        *out = Scenario();
        return true;
    }
    ScenarioFile file;
    if (!load(path, &file, resolver, error, warnings))
        return false;
    const Scenario *s = name.isEmpty() ? file.activeScenario() : file.find(name);
    if (!s && name.isEmpty()) {
        *out = Scenario();
        return true;
    }
    if (!s) {
        QStringList names;
        for (const Scenario &sc : file.scenarios)
            names << sc.name;
        if (error)
            *error = QCoreApplication::translate("ad::Scenario", "no scenario '%1' in %2 (it has: %3)").arg(name, path, names.join(QStringLiteral(", ")));
        return false;
    }
    *out = *s;
    return true;
}

JsonValue ScenarioFile::toJson(SecretResolver *resolver, QString *error)
{
    // Store first, so a refusing store leaves the sidecar untouched and no value is lost.
    auto store = [&](const QString &value, QString *ref, const QString &what) {
        if (value.isEmpty())
            return true;
        if (!resolver) {
            if (error)
                *error = QCoreApplication::translate("ad::Scenario", "%1 has a value but there is no secret store to keep it").arg(what);
            return false;
        }
        if (ref->isEmpty())
            *ref = newSecretKey();
        QString why;
        if (!resolver->writeSecret(*ref, value, &why)) {
            if (error)
                *error = QCoreApplication::translate("ad::Scenario", "cannot store %1: %2").arg(what, why);
            return false;
        }
        return true;
    };
    for (Scenario &s : scenarios) {
        for (ScenarioSecret &sec : s.secrets)
            if (!store(sec.value, &sec.ref, QCoreApplication::translate("ad::Scenario", "secret %1 of scenario '%2'").arg(sec.name, s.name)))
                return {};
        if (!store(s.clientSecret, &s.clientSecretRef, QCoreApplication::translate("ad::Scenario", "the client secret of scenario '%1'").arg(s.name)))
            return {};
    }

    JsonValue root = JsonValue::object();
    root.set(QStringLiteral("version"), JsonValue::fromInt(kFormatVersion));
    const Scenario *act = activeScenario();
    root.set(QStringLiteral("active"), act ? str(act->name) : JsonValue());
    JsonValue list = JsonValue::array();
    for (const Scenario &s : scenarios)
        list.append(scenarioToJson(s));
    root.set(QStringLiteral("scenarios"), list);
    return root;
}

bool ScenarioFile::save(const QString &path, SecretResolver *resolver, QString *error)
{
    QString why;
    const JsonValue root = toJson(resolver, &why);
    if (!why.isEmpty()) {
        if (error)
            *error = why;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = QCoreApplication::translate("ad::Scenario", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    file.write(writeJson(root));
    if (!file.commit()) {
        if (error)
            *error = QCoreApplication::translate("ad::Scenario", "cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

}  // namespace ad
