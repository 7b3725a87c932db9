#include "format/actionformat.h"
#include "model/actionfile.h"

#include <QDir>
#include <QDirIterator>

namespace ad {

QList<ActionFormat::Source> formatSources(const ActionFile &file, const QString &prefix)
{
    QList<ActionFormat::Source> out;
    const QStringList pointers = file.actionPointers();
    for (qsizetype i = 0; i < pointers.size(); ++i) {
        if (file.action(i)->isObject())
            out.append({prefix + pointers.at(i), *file.action(i)});
    }
    return out;
}

QStringList actionFilesIn(const QString &dir)
{
    QStringList out;
    QDirIterator it(dir, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        if (!path.endsWith(QLatin1String(".scenarios.json")))
            out << path;
    }
    out.sort();
    return out;
}

}  // namespace ad
