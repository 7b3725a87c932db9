#pragma once
// The one masking function for secret values: the preview, the CLI (render, trace, request, run),
// the run history and the runs API's logs all hide secrets through it, so a form caught in one
// place is caught in all of them.

#include "json/jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

inline constexpr char kSecretMask[] = "********";

// Hides each secret wherever it shows, in clear or encoded: JSON-escaped (at any depth up to four:
// a JSON body inside a JSON string, printed as JSON), percent-encoded (whichever characters the
// encoder chose to escape, either hex case, '+' for a space) and base64 (standard or url-safe,
// padded or not). A base64 token whose decoded bytes hold a secret among other bytes (Basic auth's
// "user:secret") is masked whole. Overlapping secrets are masked as one span.
class SecretMasker {
public:
    explicit SecretMasker(const QStringList &secrets);
    bool isEmpty() const { return m_secrets.isEmpty(); }
    QByteArray mask(const QByteArray &text) const;
    QString mask(const QString &text) const;

private:
    QList<QByteArray> m_secrets;    // UTF-8, non-empty, distinct
    QList<QByteArray> m_inDecoded;  // what to look for inside decoded base64: each secret, raw and JSON-escaped
};

QByteArray maskSecrets(const QByteArray &text, const QStringList &secrets);
QString maskSecrets(const QString &text, const QStringList &secrets);

// The values of a payload context's `secrets` object (PORT-SPEC §5.2): what to mask in anything
// rendered from it.
QStringList secretValuesIn(const JsonValue &context);

}  // namespace ad
