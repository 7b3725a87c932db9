#pragma once
// Small helpers the model and CLI tests share: reading fixtures and listing Port's examples.

#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>
#include <QStringList>

namespace ad::test {

inline QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

inline QString example(const char *name) { return QStringLiteral(AD_EXAMPLES_DIR "/") + QLatin1String(name); }

// Every *.json in the examples and examples/context, sorted by name within each folder.
inline QStringList exampleFiles()
{
    QStringList out;
    for (const QString &dir : {QStringLiteral(AD_EXAMPLES_DIR), QStringLiteral(AD_EXAMPLES_DIR "/context")}) {
        const QDir d(dir);
        for (const QString &name : d.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            out << d.filePath(name);
    }
    return out;
}

}  // namespace ad::test
