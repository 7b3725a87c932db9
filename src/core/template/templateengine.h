#pragma once
// Renders Port templates ({{ jq }}) exactly as Port does, evaluating jq in a worker process so a
// runaway template can neither freeze nor crash the app. Synchronous form for the CLI and tests,
// asynchronous form (a background thread with its own worker) for the UI.

#include "template/templatetypes.h"

#include <QObject>
#include <QStringList>

#include <atomic>
#include <memory>

class QThread;

namespace ad {

class JqWorkerClient;

class TemplateEngine : public QObject {
    Q_OBJECT
public:
    explicit TemplateEngine(QObject *parent = nullptr);
    ~TemplateEngine() override;

    // The executable started as `<binary> --jq-worker`; default QCoreApplication::applicationFilePath().
    // Set it before the first render.
    void setWorkerBinary(const QString &path);
    QString workerBinary() const;

    // Blocking render of any JSON value with Port's rules against a context (PORT-SPEC §5).
    RenderOutput renderSync(const JsonValue &tpl, const JsonValue &context, const RenderOptions &options = {});
    // Non-blocking: the result arrives through rendered(requestId, ...), in request order.
    quint64 renderAsync(const JsonValue &tpl, const JsonValue &context, const RenderOptions &options = {});
    // Drops every async request that has not started yet (they emit nothing): call it before
    // renderAsync() when only the newest preview matters.
    void cancelPendingRenders() { m_cancelBelow = m_nextRequest.load() + 1; }

    // One bare jq program (no Port prefix, no quote rule): first output / undefined / error.
    // For form-time jqQuery fields and automation conditions.
    JqResult evaluate(const QString &program, const JsonValue &input, int timeoutMs = 2000);
    // Many bare programs on one input, compiled as one batch.
    QList<JqResult> evaluateMany(const QStringList &programs, const JsonValue &input, int timeoutMs = 2000);

    // A flag another thread may set to cut the synchronous render or evaluation in progress short
    // (JqWorkerClient::setInterruptFlag); null = none.
    void setInterruptFlag(std::shared_ptr<const std::atomic<bool>> flag);

    // Statistics of the synchronous worker (tests, bench).
    int workerRespawns() const;
    quint64 workerCacheHits() const;
    qint64 workerPid() const;

signals:
    void rendered(quint64 requestId, const ad::RenderOutput &out);

private:
    JqWorkerClient &syncClient();

    QString m_binary;
    std::unique_ptr<JqWorkerClient> m_sync;
    std::shared_ptr<const std::atomic<bool>> m_interrupt;
    QThread *m_thread = nullptr;
    QObject *m_asyncContext = nullptr;   // lives in m_thread
    std::unique_ptr<JqWorkerClient> m_async;  // used only in m_thread
    std::shared_ptr<std::atomic<bool>> m_alive = std::make_shared<std::atomic<bool>>(true);
    std::atomic<quint64> m_nextRequest{0};
    std::atomic<quint64> m_cancelBelow{0};  // async requests with a smaller id are skipped
};

// The whole render, given a client (shared by the sync and async paths; usable by tools).
RenderOutput renderWithClient(JqWorkerClient &client, const JsonValue &tpl, const JsonValue &context,
                              const RenderOptions &options);

}  // namespace ad
