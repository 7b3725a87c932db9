#include "app/preview/scenariocommand.h"

#include "app/document/editcommand.h"

namespace ad::app {

namespace {
constexpr int kScenarioMergeId = 0x5343;  // differs from EditCommand's: the two never merge
}

ScenarioCommand::ScenarioCommand(const QString &text, ScenarioFile before, ScenarioFile after, QString mergeKey,
                                 Apply apply)
    : QUndoCommand(text),
      m_before(std::move(before)),
      m_after(std::move(after)),
      m_mergeKey(std::move(mergeKey)),
      m_apply(std::move(apply))
{
    m_lastEdit.start();
}

void ScenarioCommand::undo()
{
    m_apply(m_before);
}

void ScenarioCommand::redo()
{
    if (m_applied) {
        m_applied = false;
        return;
    }
    m_apply(m_after);
}

int ScenarioCommand::id() const
{
    return m_mergeKey.isEmpty() ? -1 : kScenarioMergeId;
}

bool ScenarioCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = dynamic_cast<const ScenarioCommand *>(other);
    if (!o || o->m_mergeKey != m_mergeKey || m_lastEdit.elapsed() > EditCommand::kMergeWindowMs)
        return false;
    m_after = o->m_after;
    m_lastEdit.restart();
    return true;
}

}  // namespace ad::app
