#pragma once
// JSON fixtures for the context and invocation tests: parse or abort, read a file.

#include "json/jsonparser.h"

#include <QFile>
#include <QtGlobal>

namespace ad::testjson {

inline JsonValue parse(const QByteArray &text)
{
    const JsonParseResult r = parseJson(text);
    if (!r.ok())
        qFatal("bad test JSON: %s in %s", qPrintable(r.error.message), text.constData());
    return r.value;
}

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

}  // namespace ad::testjson
