#pragma once
// Kafka's security settings (security.protocol, sasl.mechanism, sasl.username) as the runner
// settings and the `run` flags name them; the password is never part of it (secret store only).

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ad {

struct KafkaSecurity {
    QString protocol;   // PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL (empty = librdkafka's default, PLAINTEXT)
    QString mechanism;  // PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER, GSSAPI
    QString username;

    static QStringList protocols();
    static QStringList mechanisms();
    // True when the mechanism authenticates with a username and password (PLAIN, SCRAM-*).
    bool needsPassword() const;
    // False with a message naming the accepted values when protocol or mechanism is unknown.
    // Case does not matter; append() writes the canonical (upper-case) spelling.
    bool check(QString *error) const;
    // Appends the set values as librdkafka properties.
    void append(QList<QPair<QString, QString>> *config) const;
};

}  // namespace ad
