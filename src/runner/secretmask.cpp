#include "runner/secretmask.h"

#include <QUrl>

#include <algorithm>

namespace ad {

namespace {
// JSON.stringify's escaping without the quotes.
QByteArray jsonEscaped(const QString &s)
{
    QByteArray out;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        switch (u) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        default:
            if (u < 0x20)
                out += QByteArray("\\u00") + QByteArray::number(u, 16).rightJustified(2, '0');
            else
                out += QString(c).toUtf8();
        }
    }
    return out;
}

QList<QByteArray> forms(const QStringList &secrets)
{
    QList<QByteArray> out;
    for (const QString &s : secrets) {
        if (s.isEmpty())
            continue;
        const QByteArray raw = s.toUtf8();
        for (const QByteArray &f : {raw, jsonEscaped(s), QUrl::toPercentEncoding(s),
                                    QUrl::toPercentEncoding(s, {}, " ").replace(' ', '+')}) {
            if (!f.isEmpty() && !out.contains(f))
                out.append(f);
        }
    }
    std::sort(out.begin(), out.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return out;
}
}  // namespace

QByteArray maskSecrets(const QByteArray &text, const QStringList &secrets)
{
    QByteArray out = text;
    for (const QByteArray &f : forms(secrets))
        out.replace(f, kSecretMask);
    return out;
}

QString maskSecrets(const QString &text, const QStringList &secrets)
{
    return QString::fromUtf8(maskSecrets(text.toUtf8(), secrets));
}

}  // namespace ad
