#include "invocation/portsignature.h"

#include <QMessageAuthenticationCode>

namespace ad {

QString portSignature(const QString &clientSecret, const QString &timestamp, const QByteArray &body)
{
    const QByteArray message = timestamp.toUtf8() + '.' + body;
    const QByteArray mac =
        QMessageAuthenticationCode::hash(message, clientSecret.toUtf8(), QCryptographicHash::Sha256);
    return QStringLiteral("v1,") + QString::fromLatin1(mac.toBase64());
}

}  // namespace ad
