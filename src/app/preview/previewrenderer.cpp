#include "app/preview/previewrenderer.h"

#include "template/templateengine.h"

#include <QThread>

namespace ad::app {

namespace {

// Lives in the render thread and creates its engine there, so the engine's worker process and its
// waits belong to that thread.
class RenderContext : public QObject {
public:
    TemplateEngine &engine(const QString &binary)
    {
        if (!m_engine || m_binary != binary) {
            m_engine = std::make_unique<TemplateEngine>();
            if (!binary.isEmpty())
                m_engine->setWorkerBinary(binary);
            m_binary = binary;
        }
        return *m_engine;
    }

private:
    std::unique_ptr<TemplateEngine> m_engine;
    QString m_binary;
};

}  // namespace

PreviewRenderer::PreviewRenderer(QObject *parent) : QObject(parent), m_thread(new QThread)
{
    qRegisterMetaType<ad::InvocationPreview>();
    m_thread->setObjectName(QStringLiteral("preview-render"));
    m_context = new RenderContext;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

PreviewRenderer::~PreviewRenderer()
{
    // Skip whatever is still queued; the current render ends within its timeout.
    m_latestShared->store(~quint64(0));
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 PreviewRenderer::request(const JsonValue &action, const Scenario &scenario)
{
    const quint64 id = ++m_latest;
    m_latestShared->store(id);
    auto latest = m_latestShared;
    auto *ctx = static_cast<RenderContext *>(m_context);
    const QString binary = m_binary;
    RenderOptions options;
    options.timeoutMs = m_timeoutMs;
    // The destructor waits for the thread, so `self` outlives every use here; Qt drops the queued
    // emit if it was deleted in between.
    PreviewRenderer *self = this;
    QMetaObject::invokeMethod(
        m_context,
        [self, ctx, latest, id, action, scenario, binary, options]() {
            if (latest->load() != id)
                return;  // superseded before it started
            const InvocationPreview p = renderInvocation(action, scenario, ctx->engine(binary), options);
            if (latest->load() != id)
                return;
            QMetaObject::invokeMethod(
                self, [self, id, p]() { emit self->finished(id, p); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

}  // namespace ad::app
