#pragma once
// Who owns an IN_PROGRESS run: the process (pid + its start time, so a reused pid is not mistaken
// for the owner) and the RunStore instance in it. Several processes (GUI, `run` in parallel shells)
// share one history; only the owner can still end a run, so only runs whose owner is gone are
// orphans that may be ended as interrupted.

#include <QString>

namespace ad::runowner {

struct Owner {
    qint64 pid = 0;
    QString started;  // /proc/<pid>/stat field 22 (start time in clock ticks since
                      // boot); may be empty
    QString store;    // the RunStore instance's token
};

// This process's pid and start time.
Owner currentProcess();
// The start time of a running process, empty when it is not running (or cannot be known).
QString processStartTime(qint64 pid);
// Whether the owner can still report on its runs: its process runs (same start time) and, in this
// process, the store instance is still open.
bool isAlive(const Owner &owner);

// A store instance announces itself while open, so orphan recovery in this process spares it.
QString registerStore();
void unregisterStore(const QString &token);

}  // namespace ad::runowner
