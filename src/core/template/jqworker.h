#pragma once
// The jq worker process: `action-designer --jq-worker` runs runJqWorker() on stdin/stdout.
//
// Protocol (one request per line, one or more reply lines per request, all UTF-8):
//   request: <header JSON> TAB <input JSON> LF
//            header = {"id":N, "batch":K, "programs":["<jq>", ...], "run":[i, ...], "single":true}
//            "batch" K: the client's id for this program set. With "programs" the worker (re)registers
//            K; without, it runs the set it registered as K (a context change sends no program text).
//            No "batch": the programs of this request only. "run" omitted = all. "single": compile
//            each program on its own (the client isolating a crash).
//   at start: {"ready":true}                       the worker is loaded and reads requests
//   replies: {"id":N,"unknown":true}               batch K is not (or no longer) known: resend the texts
//            {"id":N,"compile":[i,...]}            about to compile these programs (progress marker)
//            {"id":N,"run":i}                      about to run program i (progress marker)
//            {"id":N,"i":i,"ms":0.01[,"debug":[...]],"ok":V}  (or "undefined":true, or
//                                                  "error":"..."[,"compile":true]): always in this order,
//                                                  so "ok" is the rest of the line
//            {"id":N,"done":true,"hits":H,"misses":M,"cached":C}
// The markers let the client blame the right program when it has to kill a runaway worker.
// Programs are compiled in batches (batchProgram) and cached (LRU); so are the registered sets.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ad {

// The worker's main loop; returns the process exit code when stdin closes.
// parentPid: the process that started the worker (its --parent); the worker exits as soon as that
// process is gone, also while a runaway program spins. 0: whatever getppid() says at start.
int runJqWorker(int inFd, int outFd, int cacheSize = 256, qint64 parentPid = 0);

// The program that evaluates programs[i] when run as JqProgram::first(input, batchPath(i, n))
// (exposed for tests and the bench). Each program is a function of its own, called from its leaf
// of a binary if-tree whose conditions read the branch with `input`.
QString batchProgram(const QList<QString> &programs);
// The branch of programs[index] in batchProgram() of `count` programs: true = upper half, per level.
QList<bool> batchPath(int index, int count);

}  // namespace ad
