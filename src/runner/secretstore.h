#pragma once
// Where tokens and passwords live: the OS keychain (QtKeychain), an in-memory fake for tests, and an
// environment override for CI. Secrets never go to settings or the history database.

#include "context/secretresolver.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace ad {

// Well-known keys. Scenario secrets use "secret/<name>".
namespace secretkeys {
inline const QString GitHubToken = QStringLiteral("github/token");
inline const QString GitLabToken = QStringLiteral("gitlab/token");
inline const QString GitLabTriggerToken = QStringLiteral("gitlab/trigger-token");
inline const QString PortClientId = QStringLiteral("port/client-id");
inline const QString PortClientSecret = QStringLiteral("port/client-secret");
inline const QString KafkaPassword = QStringLiteral("kafka/password");
}  // namespace secretkeys

// Read/write/remove by key. Calls are synchronous: the keychain implementation spins a local event
// loop, so call it from the UI thread only in response to a user action, never from a paint.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    // nullopt when the key is not stored (or the store is unavailable; see lastError()).
    virtual std::optional<QString> read(const QString &key) = 0;
    virtual bool write(const QString &key, const QString &value) = 0;
    virtual bool remove(const QString &key) = 0;
    QString lastError() const { return m_lastError; }

protected:
    // For stores in front of another (`inner` may be null): pass the call on and take over its
    // lastError(). Without an inner store nothing is read, writing fails and removing succeeds.
    std::optional<QString> readFrom(SecretStore *inner, const QString &key);
    bool writeTo(SecretStore *inner, const QString &key, const QString &value);
    bool removeFrom(SecretStore *inner, const QString &key);

    QString m_lastError;
};

// Test double and the fallback when no keychain is reachable.
class MemorySecretStore : public SecretStore {
public:
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &value) override;
    bool remove(const QString &key) override;

private:
    QHash<QString, QString> m_values;
};

// The OS keychain through QtKeychain, service "action-designer".
class KeychainSecretStore : public SecretStore {
public:
    explicit KeychainSecretStore(const QString &service = QStringLiteral("action-designer"));
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &value) override;
    bool remove(const QString &key) override;

private:
    QString m_service;
};

// Reads GITHUB_TOKEN, GITLAB_TOKEN, PORT_CLIENT_ID, PORT_CLIENT_SECRET, KAFKA_PASSWORD from the
// environment first (CI), then falls back to the wrapped store. Writes go to the wrapped store.
class EnvSecretStore : public SecretStore {
public:
    explicit EnvSecretStore(SecretStore *fallback);  // fallback may be null; not owned
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &value) override;
    bool remove(const QString &key) override;
    // The environment variable that overrides `key`, or empty.
    static QString envVarFor(const QString &key);

private:
    SecretStore *m_fallback;
};

// A store in front of another that can also keep values for this session only: when no keychain
// is reachable the user may choose that, and the runner then reads them from memory (first) until
// the program ends. Writes go to the wrapped store and report its failure: never "saved" when
// nothing was stored.
class SessionSecretStore : public SecretStore {
public:
    explicit SessionSecretStore(SecretStore *inner);  // not owned; may be null
    std::optional<QString> read(const QString &key) override;
    bool write(const QString &key, const QString &value) override;
    bool remove(const QString &key) override;
    void keepForSession(const QString &key, const QString &value);
    bool isSessionOnly(const QString &key) const { return m_session.contains(key); }

private:
    SecretStore *m_inner;
    QHash<QString, QString> m_session;
};

// A scenario sidecar's secret refs ({"secretRef": key}) read from and written to a SecretStore:
// the app and the CLI resolve scenario secrets through the keychain with it.
class SecretStoreResolver : public SecretResolver {
public:
    explicit SecretStoreResolver(SecretStore *store) : m_store(store) {}  // not owned; may be null
    std::optional<QString> readSecret(const QString &key) const override;
    bool writeSecret(const QString &key, const QString &value, QString *error = nullptr) override;
    void removeSecret(const QString &key) override;

private:
    SecretStore *m_store;
};

}  // namespace ad
