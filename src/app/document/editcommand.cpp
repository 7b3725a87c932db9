#include "app/document/editcommand.h"

namespace ad::app {

namespace {
constexpr int kMergeableId = 0x4144;  // any id != -1 lets QUndoStack ask mergeWith()
}

EditCommand::EditCommand(const QString &text, DocumentState before, DocumentState after, QString pointer,
                         QString mergeKey, Apply apply)
    : QUndoCommand(text),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_pointer(std::move(pointer)),
      m_mergeKey(std::move(mergeKey)),
      m_apply(std::move(apply))
{
    m_lastEdit.start();
}

void EditCommand::undo()
{
    m_apply(m_before, m_pointer);
}

void EditCommand::redo()
{
    m_apply(m_after, m_pointer);
}

int EditCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kMergeableId;
}

bool EditCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const EditCommand *>(other);
    if (!o || o->m_mergeKey != m_mergeKey || o->m_before.action != m_after.action)
        return false;
    if (m_lastEdit.elapsed() > kMergeWindowMs)
        return false;
    if (o->m_before.text != m_after.text)
        return false;
    m_after = o->m_after;
    if (m_pointer != o->m_pointer)
        m_pointer.clear();
    m_lastEdit.restart();
    setObsolete(m_after.text == m_before.text);
    return true;
}

}  // namespace ad::app
