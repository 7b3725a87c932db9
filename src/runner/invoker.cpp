#include "runner/invoker.h"

#include "runner/runjob.h"
#include "runner/runstore.h"

#include <QNetworkAccessManager>
#include <QUrl>

namespace ad {

Invoker::Invoker(RunStore *store, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_store(store), m_secrets(secrets), m_nam(new QNetworkAccessManager(this))
{
    // Tokens and the like must never sit in a disk cache or a cookie jar between runs.
    m_nam->setCookieJar(nullptr);
}

Invoker::~Invoker()
{
    for (const auto &job : std::as_const(m_jobs))
        delete job.data();
}

QString Invoker::createRun(const QString &action, const QString &backend, const QString &scenario)
{
    Run r;
    r.action = action;
    r.backend = backend;
    r.scenario = scenario;
    return m_store->create(r);
}

QString Invoker::rebaseUrl(const QString &backend, const QString &url, const QString &apiBase)
{
    if (apiBase.isEmpty())
        return url;
    const QString base = apiBase.endsWith(QLatin1Char('/')) ? apiBase.chopped(1) : apiBase;
    int at = -1;
    if (backend == QLatin1String("GITHUB") || backend == QLatin1String("INTEGRATION_ACTION")) {
        at = url.indexOf(QLatin1String("/repos/"));
    } else if (backend == QLatin1String("GITLAB")) {
        at = url.indexOf(QLatin1String("/api/v4/"));
    } else if (backend == QLatin1String("AZURE_DEVOPS")) {
        const int apis = url.indexOf(QLatin1String("/_apis/"));
        if (apis > 0)
            at = url.lastIndexOf(QLatin1Char('/'), apis - 1);  // before the organization segment
    }
    if (at < 0)
        return url;
    return base + url.mid(at);
}

bool Invoker::start(const QString &runId, const RenderedInvocation &inv, const InvokeOptions &options)
{
    if (!m_store->contains(runId) || m_jobs.contains(runId))
        return false;
    m_store->addRunSecrets(runId, inv.secretValues);
    for (const QString &w : inv.warnings)
        m_store->addWarning(runId, w);

    JobContext ctx{m_store, m_secrets, m_nam, runId, inv, options};
    RunJob *job = nullptr;
    const QString &b = inv.backend;
    if (!options.webhookUrlOverride.isEmpty()) {
        if (b != QLatin1String("WEBHOOK")) {
            const QString msg =
                QStringLiteral("The local test backend receives webhooks only; this action's backend is "
                               "%1, which it cannot stand in for")
                    .arg(b);
            m_store->finish(runId, runstatus::Failure, msg);
            emit requestFinished(runId, false, msg);
            emit jobFinished(runId);
            return false;
        }
        // The document keeps its URL: only this run goes elsewhere, and its log says where it would have gone.
        m_store->appendLog(runId,
                           QStringLiteral("URL overridden for this run: sent to %1 instead of the action's URL %2 "
                                          "(the action is unchanged)")
                               .arg(options.webhookUrlOverride, inv.url),
                           QStringLiteral("runner"));
        ctx.inv.url = options.webhookUrlOverride;
        ctx.options.agentDirect = true;
    }
    if (b == QLatin1String("WEBHOOK"))
        job = inv.viaAgent && !ctx.options.agentDirect ? static_cast<RunJob *>(new KafkaJob(ctx, this))
                                                       : new HttpJob(ctx, this);
    else if (b == QLatin1String("AZURE_DEVOPS"))
        job = new HttpJob(ctx, this);
    else if (b == QLatin1String("GITHUB") || b == QLatin1String("INTEGRATION_ACTION"))
        job = new GitHubJob(ctx, this);
    else if (b == QLatin1String("GITLAB"))
        job = new GitLabJob(ctx, this);
    else if (b == QLatin1String("KAFKA"))
        job = new KafkaJob(ctx, this);
    else if (b == QLatin1String("UPSERT_ENTITY"))
        job = new UpsertJob(ctx, this);
    if (!job) {
        const QString msg = QStringLiteral("The runner cannot send invocations of type \"%1\"").arg(b);
        m_store->finish(runId, runstatus::Failure, msg);
        emit requestFinished(runId, false, msg);
        emit jobFinished(runId);
        return false;
    }
    if (!options.verifyTls) {
        const QString w = QStringLiteral("TLS certificate verification is OFF for this run");
        m_store->addWarning(runId, w);
        m_store->appendLog(runId, QStringLiteral("Warning: ") + w, QStringLiteral("runner"));
    }
    m_jobs.insert(runId, job);
    connect(job, &RunJob::progress, this, [this, runId](const QString &m) { emit progress(runId, m); });
    connect(job, &RunJob::requestFinished, this,
            [this, runId](bool ok, const QString &m) { emit requestFinished(runId, ok, m); });
    connect(job, &RunJob::done, this, [this, runId, job] {
        m_jobs.remove(runId);
        job->deleteLater();
        emit jobFinished(runId);
    }, Qt::QueuedConnection);
    job->start();
    return true;
}

void Invoker::stopFollowing(const QString &runId, const QString &message)
{
    if (RunJob *job = m_jobs.value(runId))
        job->stopFollowing(message);
    else if (!message.isEmpty())
        m_store->appendLog(runId, message, QStringLiteral("runner"));
}

void Invoker::cancel(const QString &runId)
{
    if (RunJob *job = m_jobs.value(runId))
        job->cancel();
    else
        m_store->finish(runId, runstatus::Failure, QStringLiteral("Cancelled by the user"));
}

}  // namespace ad
