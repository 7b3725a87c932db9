#include "runner/secretmask.h"

#include "json/jsonwriter.h"

#include <QUrl>

#include <algorithm>

namespace ad {

namespace {
QList<QByteArray> forms(const QStringList &secrets)
{
    QList<QByteArray> out;
    for (const QString &s : secrets) {
        if (s.isEmpty())
            continue;
        const QByteArray raw = s.toUtf8();
        for (const QByteArray &f : {raw, quoteJsonString(s).mid(1).chopped(1).toUtf8(), QUrl::toPercentEncoding(s),
                                    QUrl::toPercentEncoding(s, {}, " ").replace(' ', '+')}) {
            if (!f.isEmpty() && !out.contains(f))
                out.append(f);
        }
    }
    std::sort(out.begin(), out.end(), [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    return out;
}
}  // namespace

QByteArray maskSecretValues(const QByteArray &text, const QStringList &secrets)
{
    QByteArray out = text;
    for (const QByteArray &f : forms(secrets))
        out.replace(f, kSecretMask);
    return out;
}

QString maskSecretValues(const QString &text, const QStringList &secrets)
{
    return QString::fromUtf8(maskSecretValues(text.toUtf8(), secrets));
}

}  // namespace ad
