#pragma once
// The one undo command every Document edit becomes: the document text before and after, which
// action was current, and which pointer changed. Edits with the same merge key in a quick burst
// (typing) merge into one step; a burst that ends where it started removes itself.

#include <QElapsedTimer>
#include <QString>
#include <QUndoCommand>

#include <functional>

namespace ad::app {

struct DocumentState {
    QString text;
    int action = 0;
};

class EditCommand : public QUndoCommand {
public:
    // `apply` puts a state into the document and says what changed (pointer relative to `action`).
    using Apply = std::function<void(const DocumentState &, const QString &pointer)>;
    EditCommand(const QString &text, DocumentState before, DocumentState after, QString pointer,
                QString mergeKey, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

    const QString &mergeKey() const { return m_mergeKey; }

    // Edits further apart than this start a new undo step.
    static constexpr qint64 kMergeWindowMs = 1000;

private:
    DocumentState m_before;
    DocumentState m_after;
    QString m_pointer;
    QString m_mergeKey;
    Apply m_apply;
    QElapsedTimer m_lastEdit;
};

}  // namespace ad::app
