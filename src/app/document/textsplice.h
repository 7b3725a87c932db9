#pragma once
// Rewrites only the part of a JSON text that an edit touched, so a form edit changes the text
// "exactly there" and the rest of the user's formatting (indent, spacing, escapes) survives.

#include "json/jsonvalue.h"

#include <QByteArray>
#include <QString>

namespace ad::app {

// The byte range [begin, end) of the value that starts at `v.pos().offset` in `utf8`
// (containers end after their closing bracket, scalars after their token); {-1,-1} when unknown.
struct ByteRange {
    qsizetype begin = -1;
    qsizetype end = -1;
    bool isValid() const { return begin >= 0 && end >= begin; }
};
ByteRange valueRange(const QByteArray &utf8, const JsonValue &v);

// Replaces the text of `oldValue` (parsed from `oldText`, so its positions are offsets into it)
// with `newValue` written canonically and indented like its line. Checked locally: the old bytes
// must parse to exactly `oldValue` and the written bytes to `newValue`, which makes the whole new
// text parse to the edited document without re-parsing it. ok = false otherwise, and the caller
// falls back to writing the whole file canonically.
struct SpliceResult {
    bool ok = false;
    QString text;
};
SpliceResult spliceValue(const QString &oldText, const JsonValue &oldValue, const JsonValue &newValue);

}  // namespace ad::app
