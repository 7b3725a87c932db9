#pragma once
// A file holding Port actions in any of the shapes people have: one action, an array of actions,
// a Port API response ({"ok":true,"action":{}} / {"ok":true,"actions":[]}), or legacy v1
// blueprint-scoped actions. The file's own JsonValue stays the single source of truth: actions are
// addressed by JSON pointer into it, so positions and pointers in diagnostics name the real file.

#include "json/jsonparser.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "validate/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace ad {

class ActionFile {
public:
    enum class Shape { SingleAction, ActionArray, ApiAction, ApiActionList, Unknown };

    // Parses and classifies. On a syntax error ok() is false and parseError() says where.
    static ActionFile fromBytes(const QByteArray &utf8, const QString &path = {});
    static ActionFile fromFile(const QString &path);  // read errors also land in parseError()

    bool ok() const { return !m_parseError.isError(); }
    const JsonParseError &parseError() const { return m_parseError; }
    QString path() const { return m_path; }
    Shape shape() const { return m_shape; }

    const JsonValue &root() const { return m_root; }
    JsonValue &root() { return m_root; }

    // JSON pointers of the actions inside root(): "" for a single action, "/0", "/1" for arrays,
    // "/action" or "/actions/N" for API responses.
    QStringList actionPointers() const;
    qsizetype actionCount() const { return actionPointers().size(); }
    const JsonValue *action(qsizetype i) const;
    JsonValue *action(qsizetype i);

    // Canonical export of the whole file (shape kept). Byte-identical for a canonical input.
    QByteArray toBytes(const JsonWriteOptions &opt = {}) const;

private:
    QString m_path;
    JsonValue m_root;
    JsonParseError m_parseError;
    Shape m_shape = Shape::Unknown;
};

}  // namespace ad
