#include "runner/port/portprofiles.h"

#include "runner/secretstore.h"

#include <QSettings>

namespace ad {

namespace {
const QString kGroup = QStringLiteral("port/profiles");
const QString kDefault = QStringLiteral("port/defaultProfile");

QString env(const char *name)
{
    return QString::fromUtf8(qgetenv(name)).trimmed();
}
}  // namespace

QString PortProfile::effectiveBaseUrl() const
{
    const QString known = portregion::baseUrl(region);
    return known.isEmpty() ? baseUrl : known;
}

PortProfiles::PortProfiles(QSettings *settings, SecretStore *secrets) : m_settings(settings), m_secrets(secrets)
{
    if (!m_settings) {
        m_settings = new QSettings(QStringLiteral("action-designer"), QStringLiteral("action-designer"));
        m_ownsSettings = true;
    }
}

PortProfiles::~PortProfiles()
{
    if (m_ownsSettings)
        delete m_settings;
}

QStringList PortProfiles::names() const
{
    m_settings->beginGroup(kGroup);
    QStringList out = m_settings->childGroups();
    m_settings->endGroup();
    out.sort(Qt::CaseInsensitive);
    return out;
}

bool PortProfiles::contains(const QString &name) const
{
    return !name.isEmpty() && names().contains(name);
}

PortProfile PortProfiles::profile(const QString &name) const
{
    PortProfile p;
    p.name = name;
    m_settings->beginGroup(kGroup + QLatin1Char('/') + name);
    p.region = m_settings->value(QStringLiteral("region"), p.region).toString();
    p.baseUrl = m_settings->value(QStringLiteral("baseUrl")).toString();
    p.clientId = m_settings->value(QStringLiteral("clientId")).toString();
    m_settings->endGroup();
    return p;
}

void PortProfiles::save(const PortProfile &p)
{
    m_settings->beginGroup(kGroup + QLatin1Char('/') + p.name);
    m_settings->setValue(QStringLiteral("region"), p.region);
    m_settings->setValue(QStringLiteral("baseUrl"), p.baseUrl);
    m_settings->setValue(QStringLiteral("clientId"), p.clientId);
    m_settings->endGroup();
    m_settings->sync();
}

void PortProfiles::remove(const QString &name)
{
    m_settings->remove(kGroup + QLatin1Char('/') + name);
    if (m_settings->value(kDefault).toString() == name)
        m_settings->remove(kDefault);
    m_settings->sync();
    if (m_secrets)
        m_secrets->remove(secretKey(name));
}

QString PortProfiles::defaultProfile() const
{
    const QString d = m_settings->value(kDefault).toString();
    if (contains(d))
        return d;
    const QStringList all = names();
    return all.isEmpty() ? QString() : all.first();
}

void PortProfiles::setDefaultProfile(const QString &name)
{
    m_settings->setValue(kDefault, name);
    m_settings->sync();
}

QString PortProfiles::secretKey(const QString &profileName)
{
    return QStringLiteral("port/profile/%1/client-secret").arg(profileName);
}

bool PortProfiles::storeSecret(const QString &profileName, const QString &secret, QString *error)
{
    if (!m_secrets) {
        if (error)
            *error = QStringLiteral("no secret store");
        return false;
    }
    const bool ok = secret.isEmpty() ? m_secrets->remove(secretKey(profileName))
                                     : m_secrets->write(secretKey(profileName), secret);
    if (!ok && error)
        *error = m_secrets->lastError();
    return ok;
}

bool PortProfiles::hasSecret(const QString &profileName) const
{
    return m_secrets && m_secrets->read(secretKey(profileName)).has_value();
}

bool PortProfiles::resolve(const QString &name, PortConnection *out, QString *error, QString *resolvedName) const
{
    const QString envId = env("PORT_CLIENT_ID");
    const QString envSecret = env("PORT_CLIENT_SECRET");
    const QString envBase = env("PORT_BASE_URL");
    // "environment" is what a folder pulled with the environment's credentials records.
    const QString asked = name == QLatin1String("environment") && !contains(name) ? QString() : name;
    const QString chosen = asked.isEmpty() ? defaultProfile() : asked;
    if (!asked.isEmpty() && !contains(asked)) {
        if (error)
            *error = QStringLiteral("No Port profile named \"%1\" (profiles: %2)")
                         .arg(name, names().isEmpty() ? QStringLiteral("none") : names().join(QStringLiteral(", ")));
        return false;
    }
    PortConnection c;
    if (!chosen.isEmpty()) {
        const PortProfile p = profile(chosen);
        c.baseUrl = p.effectiveBaseUrl();
        c.clientId = p.clientId;
        if (m_secrets)
            c.clientSecret = m_secrets->read(secretKey(chosen)).value_or(QString());
    }
    if (!envBase.isEmpty())
        c.baseUrl = envBase;
    if (!envId.isEmpty())
        c.clientId = envId;
    if (!envSecret.isEmpty())
        c.clientSecret = envSecret;
    if (c.baseUrl.isEmpty() && chosen.isEmpty())
        c.baseUrl = portregion::baseUrl(QStringLiteral("eu"));
    QStringList missing;
    if (c.baseUrl.isEmpty())
        missing << QStringLiteral("an API base URL (PORT_BASE_URL)");
    if (c.clientId.isEmpty())
        missing << QStringLiteral("a client id (PORT_CLIENT_ID)");
    if (c.clientSecret.isEmpty())
        missing << QStringLiteral("a client secret (PORT_CLIENT_SECRET)");
    if (!missing.isEmpty()) {
        if (error)
            *error = (chosen.isEmpty() ? QStringLiteral("No Port profile and no environment credentials: missing ")
                                       : QStringLiteral("Port profile \"%1\" lacks ").arg(chosen))
                     + missing.join(QStringLiteral(", "))
                     + QStringLiteral("; add it with Profiles… in the Organization dock (View > Organization) or set the environment variables");
        return false;
    }
    if (out)
        *out = c;
    if (resolvedName)
        *resolvedName = chosen.isEmpty() ? QStringLiteral("environment") : chosen;
    return true;
}

}  // namespace ad
