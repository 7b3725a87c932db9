#include "template/templateengine.h"

#include "json/jsonwriter.h"
#include "template/jqworkerclient.h"
#include "template/jsobject.h"
#include "template/porttemplate.h"
#include "template/renderplan.h"

#include <QDeadlineTimer>
#include <QThread>

namespace ad {

RenderOutput renderWithClient(JqWorkerClient &client, const JsonValue &tpl, const JsonValue &context,
                              const RenderOptions &options)
{
    // Port hands jq JSON.stringify(context): JS key order, doubles.
    const JsonValue jsContext = js::normalized(context);
    const QByteArray input = toCompactJs(jsContext);
    // An unchanged template is not scanned again: its plan holds the programs and their places.
    const std::shared_ptr<const RenderPlan> plan = RenderPlan::of(tpl);
    // One deadline for the whole render: N runaway templates must not cost N timeouts.
    const QDeadlineTimer deadline(qint64(options.timeoutMs) * (options.stopAtFirstTimeout ? 1 : 2));
    const QList<JqResult> results = client.run(plan->programs(), input, options.timeoutMs, deadline);
    PortRenderer renderer;
    if (options.warnings)
        renderer.setWarningContext(&jsContext);
    renderer.setPointerPrefix(options.pointerPrefix);
    return renderer.render(*plan, [&](int program) { return results.at(program); });
}

TemplateEngine::TemplateEngine(QObject *parent) : QObject(parent)
{
    qRegisterMetaType<ad::RenderOutput>();
    qRegisterMetaType<ad::JqResult>();
}

TemplateEngine::~TemplateEngine()
{
    if (m_thread) {
        *m_alive = false;  // queued renders still run, but return at once
        // The async client (and its QProcess) must die in the thread that created and used it.
        JqWorkerClient *client = m_async.release();
        QMetaObject::invokeMethod(m_asyncContext, [client]() { delete client; }, Qt::BlockingQueuedConnection);
        m_thread->quit();
        m_thread->wait();
        delete m_asyncContext;
        delete m_thread;
    }
}

void TemplateEngine::setWorkerBinary(const QString &path)
{
    m_binary = path;
    if (m_sync)
        m_sync->setBinary(path);
}

QString TemplateEngine::workerBinary() const { return JqWorkerClient(m_binary).binary(); }

JqWorkerClient &TemplateEngine::syncClient()
{
    if (!m_sync) {
        m_sync = std::make_unique<JqWorkerClient>(m_binary);
        m_sync->setInterruptFlag(m_interrupt);
    }
    return *m_sync;
}

void TemplateEngine::setInterruptFlag(std::shared_ptr<const std::atomic<bool>> flag)
{
    m_interrupt = std::move(flag);
    if (m_sync)
        m_sync->setInterruptFlag(m_interrupt);
}

RenderOutput TemplateEngine::renderSync(const JsonValue &tpl, const JsonValue &context, const RenderOptions &options)
{
    return renderWithClient(syncClient(), tpl, context, options);
}

quint64 TemplateEngine::renderAsync(const JsonValue &tpl, const JsonValue &context, const RenderOptions &options)
{
    const quint64 id = ++m_nextRequest;
    if (!m_thread) {
        m_thread = new QThread;
        m_thread->setObjectName(QStringLiteral("template-engine"));
        m_asyncContext = new QObject;
        m_asyncContext->moveToThread(m_thread);
        m_async = std::make_unique<JqWorkerClient>(m_binary);
        m_thread->start();
    }
    JqWorkerClient *client = m_async.get();
    std::shared_ptr<std::atomic<bool>> alive = m_alive;
    QMetaObject::invokeMethod(
        m_asyncContext,
        [this, alive, client, id, tpl, context, options]() {
            if (!*alive || id < m_cancelBelow.load())
                return;
            const RenderOutput out = renderWithClient(*client, tpl, context, options);
            if (*alive)
                QMetaObject::invokeMethod(this, [this, id, out]() { emit rendered(id, out); }, Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
    return id;
}

JqResult TemplateEngine::evaluate(const QString &program, const JsonValue &input, int timeoutMs)
{
    return evaluateMany({program}, input, timeoutMs).value(0);
}

QList<JqResult> TemplateEngine::evaluateMany(const QStringList &programs, const JsonValue &input, int timeoutMs)
{
    return syncClient().run(programs, toCompactJs(js::normalized(input)), timeoutMs);
}

int TemplateEngine::workerRespawns() const { return m_sync ? m_sync->respawnCount() : 0; }
quint64 TemplateEngine::workerCacheHits() const { return m_sync ? m_sync->cacheHits() : 0; }
qint64 TemplateEngine::workerPid() const { return m_sync ? m_sync->workerPid() : 0; }

}  // namespace ad
