#pragma once
// Small helpers for building JsonValue trees in code (contexts, mock data, sidecars, requests).

#include "json/jsonvalue.h"

#include <QStringList>

namespace ad::jsonbuild {

inline JsonValue str(const QString &s) { return JsonValue::fromString(s); }

inline JsonValue stringArray(const QStringList &list)
{
    JsonValue a = JsonValue::array();
    for (const QString &s : list)
        a.append(str(s));
    return a;
}

// The string items of an array (other items skipped).
inline QStringList stringList(const JsonValue &v)
{
    QStringList out;
    for (const JsonValue &item : v.items())
        if (item.isString())
            out << item.toString();
    return out;
}

}  // namespace ad::jsonbuild
