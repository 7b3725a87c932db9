#pragma once
// RFC 6901 JSON pointers: how diagnostics, traces and the UI name a place in a document.

#include "json/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace ad {

// "/a~1b/0" from {"a/b", "0"}.
QString jsonPointer(const QStringList &tokens);
QString jsonPointerAppend(const QString &pointer, const QString &token);
QString jsonPointerAppend(const QString &pointer, qsizetype index);
QStringList jsonPointerTokens(const QString &pointer);
// Resolves a pointer; nullptr when it names nothing. Object tokens take the last duplicate.
const JsonValue *resolvePointer(const JsonValue &root, const QString &pointer);
JsonValue *resolvePointer(JsonValue &root, const QString &pointer);

}  // namespace ad
