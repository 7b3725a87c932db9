#include "runner/secretstore.h"

#include <QEventLoop>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace ad {

std::optional<QString> SecretStore::readFrom(SecretStore *inner, const QString &key)
{
    if (!inner)
        return std::nullopt;
    auto v = inner->read(key);
    m_lastError = inner->lastError();
    return v;
}

bool SecretStore::writeTo(SecretStore *inner, const QString &key, const QString &value)
{
    if (!inner) {
        m_lastError = QStringLiteral("no secret store to write to");
        return false;
    }
    const bool ok = inner->write(key, value);
    m_lastError = inner->lastError();
    return ok;
}

bool SecretStore::removeFrom(SecretStore *inner, const QString &key)
{
    if (!inner)
        return true;
    const bool ok = inner->remove(key);
    m_lastError = inner->lastError();
    return ok;
}

std::optional<QString> MemorySecretStore::read(const QString &key)
{
    auto it = m_values.constFind(key);
    if (it == m_values.constEnd())
        return std::nullopt;
    return *it;
}

bool MemorySecretStore::write(const QString &key, const QString &value)
{
    m_values.insert(key, value);
    return true;
}

bool MemorySecretStore::remove(const QString &key)
{
    m_values.remove(key);
    return true;
}

namespace {
// Runs a QtKeychain job to completion. A keychain that never answers (a locked
// collection waiting for a prompter) must not hang the app: give up after 20 s.
bool runJob(QKeychain::Job &job, QString *error)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(20000, &loop, &QEventLoop::quit);
    job.setAutoDelete(false);
    job.start();
    loop.exec();
    if (job.error() == QKeychain::NoError)
        return true;
    if (error)
        *error = job.errorString().isEmpty() ? QStringLiteral("keychain did not answer") : job.errorString();
    return false;
}
}  // namespace

KeychainSecretStore::KeychainSecretStore(const QString &service) : m_service(service) {}

std::optional<QString> KeychainSecretStore::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(m_service);
    job.setKey(key);
    m_lastError.clear();
    if (!runJob(job, &m_lastError)) {
        if (job.error() == QKeychain::EntryNotFound)
            m_lastError.clear();
        return std::nullopt;
    }
    return job.textData();
}

bool KeychainSecretStore::write(const QString &key, const QString &value)
{
    QKeychain::WritePasswordJob job(m_service);
    job.setKey(key);
    job.setTextData(value);
    m_lastError.clear();
    return runJob(job, &m_lastError);
}

bool KeychainSecretStore::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(m_service);
    job.setKey(key);
    m_lastError.clear();
    return runJob(job, &m_lastError) || job.error() == QKeychain::EntryNotFound;
}

EnvSecretStore::EnvSecretStore(SecretStore *fallback) : m_fallback(fallback) {}

QString EnvSecretStore::envVarFor(const QString &key)
{
    if (key == secretkeys::GitHubToken)
        return QStringLiteral("GITHUB_TOKEN");
    if (key == secretkeys::GitLabToken)
        return QStringLiteral("GITLAB_TOKEN");
    if (key == secretkeys::GitLabTriggerToken)
        return QStringLiteral("GITLAB_TRIGGER_TOKEN");
    if (key == secretkeys::PortClientId)
        return QStringLiteral("PORT_CLIENT_ID");
    if (key == secretkeys::PortClientSecret)
        return QStringLiteral("PORT_CLIENT_SECRET");
    if (key == secretkeys::KafkaPassword)
        return QStringLiteral("KAFKA_PASSWORD");
    return {};
}

std::optional<QString> EnvSecretStore::read(const QString &key)
{
    const QString var = envVarFor(key);
    if (!var.isEmpty()) {
        const QByteArray v = qgetenv(var.toLatin1().constData());
        if (!v.isEmpty())
            return QString::fromUtf8(v);
    }
    return readFrom(m_fallback, key);
}

bool EnvSecretStore::write(const QString &key, const QString &value) { return writeTo(m_fallback, key, value); }

bool EnvSecretStore::remove(const QString &key) { return removeFrom(m_fallback, key); }

SessionSecretStore::SessionSecretStore(SecretStore *inner) : m_inner(inner) {}

std::optional<QString> SessionSecretStore::read(const QString &key)
{
    m_lastError.clear();
    if (auto it = m_session.constFind(key); it != m_session.constEnd())
        return *it;
    return readFrom(m_inner, key);
}

bool SessionSecretStore::write(const QString &key, const QString &value)
{
    const bool ok = writeTo(m_inner, key, value);
    if (ok)
        m_session.remove(key);  // stored for good now
    return ok;
}

bool SessionSecretStore::remove(const QString &key)
{
    m_session.remove(key);
    return removeFrom(m_inner, key);
}

void SessionSecretStore::keepForSession(const QString &key, const QString &value)
{
    m_session.insert(key, value);
}

std::optional<QString> SecretStoreResolver::readSecret(const QString &key) const
{
    return m_store ? m_store->read(key) : std::nullopt;
}

bool SecretStoreResolver::writeSecret(const QString &key, const QString &value, QString *error)
{
    const bool ok = m_store && m_store->write(key, value);
    if (!ok && error)
        *error = m_store ? m_store->lastError() : QStringLiteral("no secret store");
    return ok;
}

void SecretStoreResolver::removeSecret(const QString &key)
{
    if (m_store)
        m_store->remove(key);
}

}  // namespace ad
