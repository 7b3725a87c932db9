#pragma once
// Where scenario secrets live: the sidecar file stores only {"secretRef": "<key>"}; the clear value
// is read from and written to a store behind this interface (the runner's keychain store in the app
// and CLI, an in-memory map in tests).

#include <QHash>
#include <QString>

#include <optional>

namespace ad {

class SecretResolver {
public:
    virtual ~SecretResolver() = default;
    // The clear value for a key, or nullopt when the store has none.
    virtual std::optional<QString> readSecret(const QString &key) const = 0;
    // Stores (or replaces) a value; false with a reason in *error when the store refused.
    virtual bool writeSecret(const QString &key, const QString &value, QString *error = nullptr) = 0;
    virtual void removeSecret(const QString &key) = 0;
};

// Keeps secrets in memory only (tests, and a fallback when no keychain is available).
class InMemorySecretResolver : public SecretResolver {
public:
    std::optional<QString> readSecret(const QString &key) const override;
    bool writeSecret(const QString &key, const QString &value, QString *error = nullptr) override;
    void removeSecret(const QString &key) override;
    const QHash<QString, QString> &entries() const { return m_values; }

private:
    QHash<QString, QString> m_values;
};

}  // namespace ad
