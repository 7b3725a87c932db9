#pragma once
// Replaces clear-text secret values in anything the runner stores or logs. Stricter than the
// preview's maskSecrets() (invocationformat.h): also percent-encoded forms (query strings), and the
// longest value first.

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace ad {

inline constexpr char kSecretMask[] = "********";

// Every occurrence of each value, also in its JSON-escaped and percent-encoded forms (a secret
// inside a JSON body or a query string), becomes kSecretMask. Longer values are masked first so
// a secret containing another one is fully hidden.
QByteArray maskSecretValues(const QByteArray &text, const QStringList &secrets);
QString maskSecretValues(const QString &text, const QStringList &secrets);

}  // namespace ad
