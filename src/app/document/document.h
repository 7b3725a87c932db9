#pragma once
// The open file being edited: owns the ActionFile (single source of truth) and the one QUndoStack
// shared by every form and the JSON view. Widgets observe `changed` and edit only through
// setValue/removeValue/insertValue/setText, each one undo command (typing bursts merge).
//
// Pointers given to the editing calls are relative to the CURRENT ACTION (e.g. "/invocationMethod/url"),
// not to the file root, so forms need not care whether the file is an array or an API response.

#include "json/jsonparser.h"
#include "json/jsonvalue.h"
#include "model/actionfile.h"

#include <QObject>
#include <QString>

#include <memory>

class QUndoStack;

namespace ad::app {

class Document : public QObject {
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    // Loading and saving. Errors come back as text; nothing is changed on failure.
    bool load(const QString &path, QString *error = nullptr);
    bool loadBytes(const QByteArray &utf8, const QString &displayName, QString *error = nullptr);
    bool save(QString *error = nullptr);                         // atomic (QSaveFile)
    bool saveAs(const QString &path, QString *error = nullptr);  // atomic
    QString path() const;          // empty for an untitled document
    QString displayName() const;   // file name, or "Untitled"
    bool isModified() const;       // undo stack not clean
    // Puts recovered (unsaved) text in place, e.g. from the journal: modified, with `path` as its
    // file name (empty = untitled).
    void loadRecovered(const QString &path, const QString &text);

    const ActionFile &file() const;
    // The same model, to hand to background work: it is replaced on every change, never edited.
    std::shared_ptr<const ActionFile> snapshot() const;
    int actionCount() const;
    int currentAction() const;
    void setCurrentAction(int index);  // emits currentActionChanged
    // Where the current action sits in the file ("" for a single action, "/1", "/actions/0").
    QString actionPointer() const;
    // A label for the action list: its title, else identifier, else "Action N".
    QString actionTitle(int index) const;
    // The current action's value (a null value when the file holds no action).
    const JsonValue &action() const;
    // A value inside the current action, or nullptr.
    const JsonValue *value(const QString &pointer) const;

    // --- edits (each is one undo command; no-op edits push nothing) ---
    // mergeKey: edits with the same non-empty key in a quick burst merge into one undo step
    // (use the field's pointer for typing in a line edit).
    void setValue(const QString &pointer, const JsonValue &v, const QString &undoText = {},
                  const QString &mergeKey = {});
    void removeValue(const QString &pointer, const QString &undoText = {});
    // Inserts into an array at index (-1 = append), or for objects adds `key` at position index.
    void insertValue(const QString &containerPointer, int index, const QString &key, const JsonValue &v,
                     const QString &undoText = {});
    void moveArrayItem(const QString &arrayPointer, int from, int to, const QString &undoText = {});

    // --- the JSON view ---
    // The whole file as the JSON view shows it (canonical text unless the user's text is pending).
    QString text() const;
    // Text typed in the JSON view. When it parses, the model is replaced (one undo step, merged
    // with the typing burst) and `changed("")` fires. When it does not parse, the text is kept as
    // pending, the model stays at its last good state, and parseError() says where.
    void setText(const QString &text);
    // Replaces the whole text as one undo step of its own (never merged with typing), e.g. Migrate.
    void replaceText(const QString &text, const QString &undoText);
    bool hasPendingText() const;
    const JsonParseError &parseError() const;
    // A large text (a big file typed in) is parsed off the UI thread: until that lands, file(),
    // action(), value() and the parse state describe the previous text, and `changed` follows.
    // Edits settle on their own; code that must act on exactly what the user sees (export, run)
    // calls settle(), which waits for the parse.
    bool isParsing() const;
    // From this length on (about 200 KB of JSON, a few ms to parse) texts are parsed, and
    // validated, off the UI thread.
    static constexpr qsizetype kLargeTextChars = 200 * 1024;
    void settle();

    QUndoStack *undoStack() const;

signals:
    // Something under `pointer` (relative to the current action; "" = everything) changed.
    void changed(const QString &pointer);
    void currentActionChanged(int index);
    void parseStateChanged(bool parses);
    void pathChanged(const QString &path);
    void modifiedChanged(bool modified);

private:
    struct Private;
    Private *d;
};

}  // namespace ad::app
