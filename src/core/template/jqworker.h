#pragma once
// The jq worker process: `action-designer --jq-worker` runs runJqWorker() on stdin/stdout.
//
// Protocol (one request per line, one or more reply lines per request, all UTF-8):
//   request: <header JSON> TAB <input JSON> LF
//            header = {"id":N, "programs":["<jq>", ...], "run":[i, ...]}   ("run" omitted = all)
//   replies: {"id":N,"compile":[i,...]}        about to compile these programs (progress marker)
//            {"id":N,"run":i}                  about to run program i (progress marker)
//            {"id":N,"i":i,"ms":0.01,"ok":V} | ..."undefined":true} | ..."error":"...","compile":true}
//            {"id":N,"done":true,"hits":H,"misses":M}
// The markers let the client blame the right program when it has to kill a runaway worker.
// Programs are compiled in batches (see jqbatch.h) and cached (LRU).

#include <QByteArray>

namespace ad {

// The worker's main loop; returns the process exit code when stdin closes.
// parentPid: the process that started the worker (its --parent); the worker exits as soon as that
// process is gone, also while a runaway program spins. 0: whatever getppid() says at start.
int runJqWorker(int inFd, int outFd, int cacheSize = 256, qint64 parentPid = 0);

// The program that evaluates programs[i] when given [i, input] (exposed for tests and the bench).
// Each program sits in its own parenthesised branch of a binary if-tree over the selector.
QString batchProgram(const QList<QString> &programs);

}  // namespace ad
