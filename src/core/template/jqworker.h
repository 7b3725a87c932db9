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
int runJqWorker(int inFd, int outFd, int cacheSize = 256);

// The program that evaluates programs[i] when given [i, input] (exposed for tests and the bench).
// Each program sits in its own parenthesised branch of a binary if-tree over the selector.
QString batchProgram(const QList<QString> &programs);

}  // namespace ad
