#include "invocation/backgroundrenderer.h"

#include "template/templateengine.h"

#include <QMutex>
#include <QSet>
#include <QThread>

#include <atomic>
#include <memory>

namespace ad {

// The owner thread adds and removes ids; the render thread only asks, to skip dropped work early.
struct BackgroundRenderer::Live {
    mutable QMutex mutex;
    QSet<quint64> ids;
    // The request being rendered and its own stop flag: a cancel sets it, and the worker running a
    // runaway template is killed instead of blocking the next request until its timeout. A new
    // flag per request, so a late cancel can never stop the next one.
    quint64 rendering = 0;
    std::shared_ptr<std::atomic<bool>> stop;

    // Marks `id` as being rendered, with a fresh stop flag; null when it was cancelled already.
    std::shared_ptr<std::atomic<bool>> begin(quint64 id)
    {
        QMutexLocker lock(&mutex);
        if (!ids.contains(id))
            return nullptr;
        rendering = id;
        stop = std::make_shared<std::atomic<bool>>(false);
        return stop;
    }
    void end()
    {
        QMutexLocker lock(&mutex);
        rendering = 0;
        stop.reset();
    }
    // Call with the mutex held.
    void stopIfRendering(quint64 id)
    {
        if (stop && (id == 0 || id == rendering))
            stop->store(true);
    }

    bool contains(quint64 id) const
    {
        QMutexLocker lock(&mutex);
        return ids.contains(id);
    }
    bool remove(quint64 id)
    {
        QMutexLocker lock(&mutex);
        return ids.remove(id);
    }
};

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

BackgroundRenderer::BackgroundRenderer(QObject *parent)
    : QObject(parent), m_thread(new QThread), m_live(std::make_shared<Live>())
{
    qRegisterMetaType<ad::InvocationPreview>();
    m_thread->setObjectName(QStringLiteral("invocation-render"));
    m_context = new RenderContext;
    m_context->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_context, &QObject::deleteLater);
    m_thread->start();
}

BackgroundRenderer::~BackgroundRenderer()
{
    // Skip whatever is still queued; the current render ends within its timeout.
    cancelAll();
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
}

quint64 BackgroundRenderer::request(const JsonValue &action, const Scenario &scenario)
{
    const quint64 id = ++m_latest;
    {
        QMutexLocker lock(&m_live->mutex);
        m_live->ids.insert(id);
    }
    std::shared_ptr<Live> live = m_live;
    auto *ctx = static_cast<RenderContext *>(m_context);
    const QString binary = m_binary;
    RenderOptions options;
    options.timeoutMs = m_timeoutMs;
    options.stopAtFirstTimeout = m_stopAtFirstTimeout;
    // The destructor waits for the thread, so `self` outlives every use here; Qt drops the queued
    // report if it was deleted in between.
    BackgroundRenderer *self = this;
    QMetaObject::invokeMethod(
        m_context,
        [self, ctx, live, id, action, scenario, binary, options]() {
            const std::shared_ptr<std::atomic<bool>> stop = live->begin(id);
            if (!stop)
                return;  // cancelled before it started
            TemplateEngine &engine = ctx->engine(binary);
            engine.setInterruptFlag(stop);
            const InvocationPreview p = renderInvocation(action, scenario, engine, options);
            engine.setInterruptFlag(nullptr);
            live->end();
            if (!live->contains(id))
                return;
            QMetaObject::invokeMethod(
                self,
                [self, live, id, p]() {
                    // Decided in the owner's thread: a cancel that came while this was queued wins.
                    if (live->remove(id))
                        emit self->finished(id, p);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

bool BackgroundRenderer::isPending(quint64 requestId) const { return m_live->contains(requestId); }

void BackgroundRenderer::cancel(quint64 requestId)
{
    QMutexLocker lock(&m_live->mutex);
    m_live->ids.remove(requestId);
    m_live->stopIfRendering(requestId);
}

void BackgroundRenderer::cancelAll()
{
    QMutexLocker lock(&m_live->mutex);
    m_live->ids.clear();
    m_live->stopIfRendering(0);
}

}  // namespace ad
