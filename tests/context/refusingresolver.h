#pragma once
// A secret store that refuses every write with `reason`, like a locked keychain or a session without a
// reachable one (tst_scenariofile, tst_scenarioedits).

#include "context/secretresolver.h"

namespace ad::testjson {

class RefusingResolver : public SecretResolver {
public:
    explicit RefusingResolver(const QString &reason) : m_reason(reason) {}
    std::optional<QString> readSecret(const QString &) const override { return std::nullopt; }
    bool writeSecret(const QString &, const QString &, QString *error) override
    {
        if (error)
            *error = m_reason;
        return false;
    }
    void removeSecret(const QString &) override {}

private:
    QString m_reason;
};

}  // namespace ad::testjson
