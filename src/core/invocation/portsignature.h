#pragma once
// Port's request signature (PORT-SPEC §6.1): "v1," + base64(HMAC-SHA256(client secret,
// "<timestamp>.<body>")). The same algorithm signs webhooks, agent messages and the agent's calls.

#include <QByteArray>
#include <QString>

namespace ad {

QString portSignature(const QString &clientSecret, const QString &timestamp, const QByteArray &body);

}  // namespace ad
