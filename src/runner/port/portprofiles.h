#pragma once
// Named Port organization profiles ("staging", "prod"): region or API base URL and client id in
// QSettings (group "port/profiles"), the client secret in the SecretStore (OS keychain) under
// "port/profile/<name>/client-secret". For CI, PORT_CLIENT_ID / PORT_CLIENT_SECRET / PORT_BASE_URL
// override whatever the settings say.

#include "runner/port/portclient.h"

#include <QString>
#include <QStringList>

class QSettings;

namespace ad {

class SecretStore;

struct PortProfile {
    QString name;
    QString region = QStringLiteral("eu");  // "eu", "us" or "custom"
    QString baseUrl;                        // used when region is "custom"
    QString clientId;
    // The API base this profile talks to.
    QString effectiveBaseUrl() const;
};

class PortProfiles {
public:
    // settings may be null: then the application's QSettings (organization/application
    // "action-designer") is used.
    explicit PortProfiles(QSettings *settings = nullptr, SecretStore *secrets = nullptr);
    ~PortProfiles();

    QStringList names() const;
    bool contains(const QString &name) const;
    PortProfile profile(const QString &name) const;
    void save(const PortProfile &p);
    void remove(const QString &name);  // also removes the stored secret
    QString defaultProfile() const;    // the first one when none was chosen
    void setDefaultProfile(const QString &name);

    static QString secretKey(const QString &profileName);
    bool storeSecret(const QString &profileName, const QString &secret, QString *error = nullptr);
    bool hasSecret(const QString &profileName) const;

    // What a command connects with: the named profile (empty: the default one) with the
    // environment's PORT_* overrides applied. With PORT_CLIENT_ID, PORT_CLIENT_SECRET and no profile
    // at all, the environment alone is a profile (base URL PORT_BASE_URL or the EU host).
    // False with *error when something is missing; the message says which setting or variable.
    bool resolve(const QString &name, PortConnection *out, QString *error, QString *resolvedName = nullptr) const;

private:
    QSettings *m_settings;
    bool m_ownsSettings = false;
    SecretStore *m_secrets;
};

}  // namespace ad
