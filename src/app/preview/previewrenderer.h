#pragma once
// Runs the whole preview pipeline (context with form-time jqQuery, template render, rendered
// invocation) on a background thread with its own TemplateEngine, so neither a runaway template
// nor a slow jqQuery can block the UI. Requests carry ids; a request superseded before it starts is
// skipped, and the owner drops results older than its latest id.

#include "context/scenario.h"
#include "invocation/invocationrender.h"
#include "json/jsonvalue.h"

#include <QObject>

#include <atomic>
#include <memory>

class QThread;

namespace ad::app {

class PreviewRenderer : public QObject {
    Q_OBJECT
public:
    explicit PreviewRenderer(QObject *parent = nullptr);
    ~PreviewRenderer() override;

    // The executable started as `<binary> --jq-worker` (empty = this application).
    void setWorkerBinary(const QString &path) { m_binary = path; }
    // Per template (and per form-time jqQuery) limit.
    void setTimeoutMs(int ms) { m_timeoutMs = ms; }
    int timeoutMs() const { return m_timeoutMs; }

    // Queues a render; the result arrives through finished() with the returned id.
    quint64 request(const JsonValue &action, const Scenario &scenario);
    quint64 latestRequest() const { return m_latest; }

signals:
    void finished(quint64 requestId, const ad::InvocationPreview &preview);

private:
    QString m_binary;
    int m_timeoutMs = 2000;
    QThread *m_thread;
    QObject *m_context;  // lives in m_thread; owns the thread's TemplateEngine
    std::shared_ptr<std::atomic<quint64>> m_latestShared = std::make_shared<std::atomic<quint64>>(0);
    quint64 m_latest = 0;
};

}  // namespace ad::app

Q_DECLARE_METATYPE(ad::InvocationPreview)
