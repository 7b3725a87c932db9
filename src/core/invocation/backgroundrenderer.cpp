#include "invocation/backgroundrenderer.h"

#include "template/templateengine.h"

#include <QMutex>
#include <QSet>
#include <QThread>

namespace ad {

// The owner thread adds and removes ids; the render thread only asks, to skip dropped work early.
struct BackgroundRenderer::Live {
    mutable QMutex mutex;
    QSet<quint64> ids;

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
    // The destructor waits for the thread, so `self` outlives every use here; Qt drops the queued
    // report if it was deleted in between.
    BackgroundRenderer *self = this;
    QMetaObject::invokeMethod(
        m_context,
        [self, ctx, live, id, action, scenario, binary, options]() {
            if (!live->contains(id))
                return;  // cancelled before it started
            const InvocationPreview p = renderInvocation(action, scenario, ctx->engine(binary), options);
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

void BackgroundRenderer::cancel(quint64 requestId) { m_live->remove(requestId); }

void BackgroundRenderer::cancelAll()
{
    QMutexLocker lock(&m_live->mutex);
    m_live->ids.clear();
}

}  // namespace ad
