#include "context/secretresolver.h"

namespace ad {

std::optional<QString> InMemorySecretResolver::readSecret(const QString &key) const
{
    const auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

bool InMemorySecretResolver::writeSecret(const QString &key, const QString &value, QString *)
{
    m_values.insert(key, value);
    return true;
}

void InMemorySecretResolver::removeSecret(const QString &key) { m_values.remove(key); }

}  // namespace ad
