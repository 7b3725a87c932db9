#include "json/jsonpointer.h"

namespace ad {

namespace {
QString escapeToken(QString t)
{
    t.replace(QLatin1Char('~'), QLatin1String("~0"));
    t.replace(QLatin1Char('/'), QLatin1String("~1"));
    return t;
}

template <typename V>
V *resolve(V &root, const QString &pointer)
{
    V *cur = &root;
    for (const QString &tok : jsonPointerTokens(pointer)) {
        if (cur->isObject()) {
            cur = cur->find(tok);
        } else if (cur->isArray()) {
            bool ok = false;
            const qsizetype i = tok.toLongLong(&ok);
            if (!ok || i < 0 || i >= cur->size() || (tok.size() > 1 && tok.startsWith(QLatin1Char('0'))))
                return nullptr;
            cur = &cur->items()[size_t(i)];
        } else {
            return nullptr;
        }
        if (!cur)
            return nullptr;
    }
    return cur;
}
}  // namespace

QString jsonPointer(const QStringList &tokens)
{
    QString p;
    for (const QString &t : tokens)
        p += QLatin1Char('/') + escapeToken(t);
    return p;
}

QString jsonPointerAppend(const QString &pointer, const QString &token)
{
    return pointer + QLatin1Char('/') + escapeToken(token);
}

QString jsonPointerAppend(const QString &pointer, qsizetype index)
{
    return pointer + QLatin1Char('/') + QString::number(index);
}

QStringList jsonPointerTokens(const QString &pointer)
{
    if (pointer.isEmpty())
        return {};
    QStringList parts = pointer.mid(1).split(QLatin1Char('/'));
    for (QString &t : parts) {
        t.replace(QLatin1String("~1"), QLatin1String("/"));
        t.replace(QLatin1String("~0"), QLatin1String("~"));
    }
    return parts;
}

const JsonValue *resolvePointer(const JsonValue &root, const QString &pointer)
{
    return resolve<const JsonValue>(root, pointer);
}

JsonValue *resolvePointer(JsonValue &root, const QString &pointer)
{
    return resolve<JsonValue>(root, pointer);
}

}  // namespace ad
