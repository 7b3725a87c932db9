#pragma once
// Runs renderInvocation (context with form-time jqQuery, template render, rendered invocation) on a
// background thread with its own TemplateEngine, so neither a runaway template nor a slow jqQuery
// blocks the thread that asks (the UI): the preview dock and the runner share it. Requests render
// one at a time, in order; a cancelled request is skipped when it has not started and its result
// dropped otherwise, so finished() only ever reports live requests.

#include "context/scenario.h"
#include "invocation/invocationrender.h"
#include "json/jsonvalue.h"

#include <QObject>

#include <memory>

class QThread;

namespace ad {

class BackgroundRenderer : public QObject {
    Q_OBJECT
public:
    explicit BackgroundRenderer(QObject *parent = nullptr);
    // Drops every request and waits for the render in progress (it ends within its timeouts).
    ~BackgroundRenderer() override;

    // The executable started as `<binary> --jq-worker` (empty = this application).
    void setWorkerBinary(const QString &path) { m_binary = path; }
    QString workerBinary() const { return m_binary; }
    // Per template (and per form-time jqQuery) limit.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }
    // For runs: the first timeout ends the render (RenderOptions::stopAtFirstTimeout).
    void setStopAtFirstTimeout(bool stop) { m_stopAtFirstTimeout = stop; }

    // Queues a render; the result arrives through finished() with the returned id.
    quint64 request(const JsonValue &action, const Scenario &scenario);
    quint64 latestRequest() const { return m_latest; }
    // Whether finished() is still to come for the request.
    bool isPending(quint64 requestId) const;
    // No finished() for the request; it is not rendered when it has not started yet.
    void cancel(quint64 requestId);
    // Cancels every request made so far (when only the newest one matters).
    void cancelAll();

signals:
    void finished(quint64 requestId, const ad::InvocationPreview &preview);

private:
    struct Live;

    QString m_binary;
    int m_timeoutMs = 2000;
    bool m_stopAtFirstTimeout = false;
    QThread *m_thread;
    QObject *m_context;  // lives in m_thread; owns the thread's TemplateEngine
    std::shared_ptr<Live> m_live;  // requests not cancelled nor reported; shared with the thread
    quint64 m_latest = 0;
};

}  // namespace ad

Q_DECLARE_METATYPE(ad::InvocationPreview)
