#pragma once
// A file holding Port actions in any of the shapes people have: one action, an array of actions,
// a Port API response ({"ok":true,"action":{}} / {"ok":true,"actions":[]}), or legacy v1
// blueprint-scoped actions. The file's own JsonValue stays the single source of truth: actions are
// addressed by JSON pointer into it, so positions and pointers in diagnostics name the real file.
//
// Legacy v1 is not a shape of its own: a legacy action sits in any of the shapes above and is
// recognised per action (isLegacyV1Action, legacyActionPointers).

#include "json/jsonparser.h"
#include "json/jsonvalue.h"
#include "json/jsonwriter.h"
#include "validate/diagnostic.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace ad {

class ActionFile {
public:
    enum class Shape { SingleAction, ActionArray, ApiAction, ApiActionList, Unknown };
    static QString shapeName(Shape s);  // "a single action", "an array of actions", ...

    // Parses and classifies. On a syntax error ok() is false and parseError() says where.
    static ActionFile fromBytes(const QByteArray &utf8, const QString &path = {});
    static ActionFile fromFile(const QString &path);  // read errors also land in parseError()
    // Reads a file ("-" = standard input) up to the size cap, with the messages fromFile() gives
    // ("no such file", "is a directory, not a file", ...): every reader of user files words them so.
    static bool readInput(const QString &path, QByteArray *out, QString *error);
    // Wraps an already parsed document (e.g. one built in memory).
    static ActionFile fromValue(const JsonValue &root, const QString &path = {});

    bool ok() const { return !m_parseError.isError(); }
    const JsonParseError &parseError() const { return m_parseError; }
    // True when the file could not be read at all (missing, a directory, unreadable), as opposed
    // to read but not parsed.
    bool readFailed() const { return m_readFailed; }
    QString path() const { return m_path; }
    Shape shape() const { return m_shape; }

    const JsonValue &root() const { return m_root; }
    JsonValue &root() { return m_root; }
    // Re-classifies after root() was edited in place.
    void reclassify();

    // JSON pointers of the actions inside root(): "" for a single action, "/0", "/1" for arrays,
    // "/action" or "/actions/N" for API responses. Array items that are not objects are listed too
    // (so the validator can say so at their position).
    QStringList actionPointers() const;
    qsizetype actionCount() const;
    const JsonValue *action(qsizetype i) const;
    JsonValue *action(qsizetype i);
    // The pointers of the actions in the legacy v1 format (§10.1).
    QStringList legacyActionPointers() const;

    // Problems with the container rather than with an action: a scalar at the top level, an
    // {"ok": false} error response, array items that are not objects. Empty for the usual shapes.
    Diagnostics shapeDiagnostics() const;

    // Canonical export of the whole file (shape kept). Byte-identical for a canonical input.
    QByteArray toBytes(const JsonWriteOptions &opt = {}) const;

    // Server-managed fields that GET responses carry and POST/PUT /v1/actions rejects.
    static const QStringList &serverFields();
    // What POST /v1/actions takes: API responses unwrapped to the bare action (or an array for a
    // list), server fields stripped from every action, a flat INTEGRATION_ACTION's workflow fields
    // nested (§10.3). `notes` gets one line per change:
    // "removed /0/id", "unwrapped the API response to the bare action"; pointers name the
    // original file.
    JsonValue forPort(QStringList *notes = nullptr) const;

private:
    QString m_path;
    JsonValue m_root;
    JsonParseError m_parseError;
    Shape m_shape = Shape::Unknown;
    bool m_readFailed = false;
};

}  // namespace ad
