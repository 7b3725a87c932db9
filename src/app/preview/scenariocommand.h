#pragma once
// A scenario edit as an undo step on the document's stack: scenarios live in the sidecar, not in the
// action, but they are part of what the user edits, so they mark the window modified, undo in order
// with action edits, and Close / Open-over / Quit ask before discarding them.

#include "context/scenariofile.h"

#include <QElapsedTimer>
#include <QUndoCommand>

#include <functional>

namespace ad::app {

class ScenarioCommand : public QUndoCommand {
public:
    using Apply = std::function<void(const ScenarioFile &)>;
    // `after` is already in place when the command is pushed: the first redo does nothing.
    ScenarioCommand(const QString &text, ScenarioFile before, ScenarioFile after, QString mergeKey, Apply apply);

    void undo() override;
    void redo() override;
    int id() const override;
    bool mergeWith(const QUndoCommand *other) override;

private:
    ScenarioFile m_before;
    ScenarioFile m_after;
    QString m_mergeKey;
    Apply m_apply;
    bool m_applied = true;
    QElapsedTimer m_lastEdit;
};

}  // namespace ad::app
