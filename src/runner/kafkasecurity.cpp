#include "runner/kafkasecurity.h"

namespace ad {

QStringList KafkaSecurity::protocols()
{
    return {QStringLiteral("PLAINTEXT"), QStringLiteral("SSL"), QStringLiteral("SASL_PLAINTEXT"), QStringLiteral("SASL_SSL")};
}

QStringList KafkaSecurity::mechanisms()
{
    return {QStringLiteral("PLAIN"), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("SCRAM-SHA-512"),
            QStringLiteral("OAUTHBEARER"), QStringLiteral("GSSAPI")};
}

bool KafkaSecurity::needsPassword() const
{
    const QString m = mechanism.toUpper();
    return m == QLatin1String("PLAIN") || m.startsWith(QLatin1String("SCRAM-"));
}

bool KafkaSecurity::check(QString *error) const
{
    if (!protocol.isEmpty() && !protocols().contains(protocol.toUpper())) {
        *error = QStringLiteral("unknown Kafka security protocol '%1' (one of %2)").arg(protocol, protocols().join(QStringLiteral(", ")));
        return false;
    }
    if (!mechanism.isEmpty() && !mechanisms().contains(mechanism.toUpper())) {
        *error = QStringLiteral("unknown SASL mechanism '%1' (one of %2)").arg(mechanism, mechanisms().join(QStringLiteral(", ")));
        return false;
    }
    return true;
}

void KafkaSecurity::append(QList<QPair<QString, QString>> *config) const
{
    // librdkafka matches mechanism names case-sensitively ("plain" is "Unsupported").
    if (!protocol.isEmpty())
        config->append({QStringLiteral("security.protocol"), protocol.toUpper()});
    if (!mechanism.isEmpty())
        config->append({QStringLiteral("sasl.mechanism"), mechanism.toUpper()});
    if (!username.isEmpty())
        config->append({QStringLiteral("sasl.username"), username});
}

}  // namespace ad
