#include "runner/runjob.h"

#include "invocation/wireheaders.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace ad {

RunJob::RunJob(JobContext ctx, QObject *parent) : QObject(parent), m_ctx(std::move(ctx)) {}

void RunJob::log(const QString &message)
{
    m_ctx.store->appendLog(m_ctx.runId, message, QStringLiteral("runner"));
    emit progress(message);
}

void RunJob::fail(const QString &message)
{
    if (m_finished)
        return;
    m_ctx.store->finish(m_ctx.runId, runstatus::Failure, message);
    finishJob();
}

void RunJob::succeed(const QString &message)
{
    if (m_finished)
        return;
    m_ctx.store->finish(m_ctx.runId, runstatus::Success, message);
    finishJob();
}

void RunJob::finishJob()
{
    if (m_finished)
        return;
    m_finished = true;
    emit done();
}

bool RunJob::runEnded() const
{
    const QString s = m_ctx.store->status(m_ctx.runId);
    return s != runstatus::InProgress;  // empty: deleted from the history
}

QString RunJob::secret(const QString &key)
{
    if (!m_ctx.secrets)
        return {};
    const QString v = m_ctx.secrets->read(key).value_or(QString());
    addSecret(v);
    return v;
}

void RunJob::addSecret(const QString &value)
{
    if (!value.isEmpty())
        m_ctx.store->addRunSecrets(m_ctx.runId, {value});
}

QString RunJob::url() const { return Invoker::rebaseUrl(m_ctx.inv.backend, m_ctx.inv.url, m_ctx.options.apiBase); }

void RunJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    if (m_call)
        m_call->cancel();  // its callback ends the run
    else
        fail(QStringLiteral("Cancelled by the user"));
}

void RunJob::stopFollowing(const QString &message)
{
    if (m_finished)
        return;
    delete m_call.data();  // aborts quietly: its callback must not end the run
    m_pollTimer.stop();
    if (!message.isEmpty())
        log(message);
    finishJob();
}

void RunJob::http(const QString &method, const QString &url, const HeaderList &headers, const QByteArray &body,
                  bool record, HttpCallback then)
{
    HttpCallOptions o;
    o.timeoutMs = m_ctx.options.timeoutMs;
    o.verifyTls = m_ctx.options.verifyTls;
    o.maxBodyBytes = m_ctx.options.maxResponseBytes;
    o.maxReadBytes = m_ctx.options.maxReadBytes;
    if (record) {
        RunRequest req;
        req.method = method;
        req.url = url;
        req.headers = withTransportHeaders(headers);
        req.body = body;
        m_ctx.store->setRequest(m_ctx.runId, req);
    }
    const QUrl u(url);
    if (!u.isValid() || u.scheme().isEmpty() || u.host().isEmpty()) {
        fail(QStringLiteral("Not a valid URL: %1").arg(url));
        return;
    }
    // Checked here as well as in the preview: a token from the secret store is added only now.
    if (const QString why = wireHeaderError(method, headers); !why.isEmpty()) {
        const QString msg = QStringLiteral("Not sent: %1").arg(why);
        emit requestFinished(false, msg);
        fail(msg);
        return;
    }
    auto *call = new HttpCall(m_ctx.nam, method, u, headers, body, o, this);
    m_call = call;
    connect(call, &HttpCall::finished, this, [this, call, record, then](const HttpCallResult &r) {
        call->deleteLater();
        m_call = nullptr;
        if (record)
            m_ctx.store->setResponse(m_ctx.runId, r.response);
        if (r.cancelled || m_cancelled) {
            emit requestFinished(false, QStringLiteral("Cancelled by the user"));
            fail(QStringLiteral("Cancelled by the user"));
            return;
        }
        if (!r.response.redirects.isEmpty())
            log(QStringLiteral("Redirected to %1").arg(r.response.redirects.join(QStringLiteral(" -> "))));
        if (r.response.truncated)
            log(QStringLiteral("Response body truncated: kept %1 of %2 bytes").arg(r.response.body.size()).arg(r.response.bodySize));
        then(r);
    });
    emit progress(QStringLiteral("%1 %2").arg(method, url));
    call->start();
}

void RunJob::poll(std::function<void(std::function<void(bool)>)> step)
{
    if (!m_followClock.isValid())
        m_followClock.start();
    auto tick = std::make_shared<std::function<void()>>();
    std::weak_ptr<std::function<void()>> weak = tick;
    *tick = [this, step, weak]() {
        if (m_finished)
            return;
        if (runEnded()) {
            finishJob();  // a backend ended it through the runs API
            return;
        }
        if (m_ctx.options.followTimeoutMs > 0 && m_followClock.elapsed() > m_ctx.options.followTimeoutMs) {
            log(QStringLiteral("Stopped following after %1 s").arg(m_ctx.options.followTimeoutMs / 1000));
            finishJob();
            return;
        }
        auto self = weak.lock();
        step([this, self](bool again) {
            if (again && !m_finished)
                QTimer::singleShot(m_ctx.options.pollIntervalMs, this, [self] { (*self)(); });
        });
    };
    (*tick)();
}

// ---------------------------------------------------------------------------------------------

namespace {
// Port, GitHub and GitLab put a human message in "message" (GitHub also "errors").
QString apiMessage(const QByteArray &body)
{
    const QJsonObject o = QJsonDocument::fromJson(body).object();
    QString m = o.value(QStringLiteral("message")).toString();
    if (m.isEmpty())
        m = o.value(QStringLiteral("error")).toString();
    if (m.isEmpty() && !body.isEmpty() && body.size() < 300 && !QJsonDocument::fromJson(body).isObject())
        m = QString::fromUtf8(body).simplified();
    return m;
}
}  // namespace

QString httpFailure(const QString &who, const HttpCallResult &r)
{
    if (!r.transportOk())
        return r.describe();
    const QString m = apiMessage(r.response.body);
    return QStringLiteral("%1 answered HTTP %2%3%4")
        .arg(who)
        .arg(r.response.httpStatus)
        .arg(r.response.error.isEmpty() ? QString() : QStringLiteral(" ") + r.response.error)
        .arg(m.isEmpty() ? QString() : QStringLiteral(": ") + m);
}

void HttpJob::start()
{
    const RenderedInvocation &inv = m_ctx.inv;
    const bool azure = inv.backend == QLatin1String("AZURE_DEVOPS");
    const QString who = azure ? QStringLiteral("Azure DevOps") : QStringLiteral("The webhook");
    HeaderList headers = inv.headers;
    if (!inv.body.isEmpty() && !hasHeader(headers, QStringLiteral("Content-Type")))
        headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
    const QString method = inv.method.isEmpty() ? QStringLiteral("POST") : inv.method.toUpper();
    const bool sync = inv.synchronized && !azure;
    http(method, url(), headers, inv.body, true, [this, who, sync](const HttpCallResult &r) {
        if (!r.transportOk()) {
            emit requestFinished(false, r.describe());
            fail(r.describe());
            return;
        }
        if (!r.is2xx()) {
            const QString msg = httpFailure(who, r);
            emit requestFinished(false, msg);
            fail(msg);
            return;
        }
        const QString msg = QStringLiteral("%1 answered HTTP %2").arg(who).arg(r.response.httpStatus);
        emit requestFinished(true, msg);
        if (sync) {
            succeed(msg);
        } else if (runEnded()) {
            finishJob();  // the backend reported its end before answering (the local test backend does)
        } else {
            log(msg + QStringLiteral("; the run stays IN_PROGRESS until the backend reports through the runs API"));
            finishJob();
        }
    });
}

}  // namespace ad
