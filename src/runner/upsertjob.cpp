// UPSERT_ENTITY: Port performs the upsert itself. Without a Port connection the designer records
// the entity (a dry run); with one it upserts through Port's API, tied to the run (§4.7, §7.4).
#include "runner/runjob.h"

#include "invocation/wireheaders.h"

#include "json/jsonwriter.h"
#include "runner/port/portclient.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QUrl>

namespace ad {

void UpsertJob::start()
{
    const InvokeOptions &o = m_ctx.options;
    const QByteArray entity = m_ctx.inv.entity.isNull() ? m_ctx.inv.body : toCompactJs(m_ctx.inv.entity);
    const QString path = QStringLiteral("/v1/blueprints/%1/entities?upsert=true&run_id=%2")
                             .arg(QString::fromUtf8(QUrl::toPercentEncoding(m_ctx.inv.blueprint)), m_ctx.runId);
    const HeaderList json = {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    if (o.portApiBase.isEmpty()) {
        RunRequest req;
        req.method = QStringLiteral("POST");
        req.url = path;
        req.headers = json;
        req.body = entity;
        m_ctx.store->setRequest(m_ctx.runId, req);
        const QString msg = QStringLiteral("Dry run: the entity for blueprint \"%1\" was recorded, not sent (configure a Port connection to upsert it)")
                                .arg(m_ctx.inv.blueprint);
        emit requestFinished(true, msg);
        succeed(msg);
        return;
    }
    const QString base = o.portApiBase.endsWith(QLatin1Char('/')) ? o.portApiBase.chopped(1) : o.portApiBase;
    QString clientId = o.portClientId.isEmpty() ? secret(secretkeys::PortClientId) : o.portClientId;
    QString clientSecret = o.portClientSecret.isEmpty() ? secret(secretkeys::PortClientSecret) : o.portClientSecret;
    addSecret(clientSecret);
    if (clientId.isEmpty() || clientSecret.isEmpty()) {
        const QString msg = QStringLiteral("No Port credentials: set PORT_CLIENT_ID / PORT_CLIENT_SECRET or store them under Settings > Backends and secrets");
        emit requestFinished(false, msg);
        fail(msg);
        return;
    }
    // Port's own client: token cache, one renewal on 401, 429 retries with Retry-After.
    m_port = new PortClient(m_ctx.nam, this);
    m_port->setConnection({base, clientId, clientSecret});
    m_port->setTimeoutMs(o.timeoutMs);
    m_port->setVerifyTls(o.verifyTls);
    emit progress(QStringLiteral("POST %1%2").arg(base, path));
    m_reply = m_port->send(QStringLiteral("POST"), path, entity);
    connect(m_reply, &PortReply::progress, this, [this](const QString &m) { log(m); });
    connect(m_reply, &PortReply::finished, this, [this, base, path](const PortResult &r) {
        const QString token = m_port->currentToken();
        addSecret(token);
        if (r.attempts > 0) {
            RunRequest req;
            req.method = QStringLiteral("POST");
            req.url = base + path;
            req.headers = withTransportHeaders(m_reply->requestHeaders(token));  // as HttpCall sends them
            req.body = m_reply->body();
            m_ctx.store->setRequest(m_ctx.runId, req);
            m_ctx.store->setResponse(m_ctx.runId, r.last.response);
        }
        if (!r.ok) {
            const QString msg = r.cancelled ? r.message : QStringLiteral("Port: %1").arg(r.describe());
            emit requestFinished(false, msg);
            fail(msg);
            return;
        }
        const QString msg = QStringLiteral("Port upserted the entity (HTTP %1)").arg(r.httpStatus);
        emit requestFinished(true, msg);
        succeed(msg);
    });
}

void UpsertJob::cancel()
{
    if (m_reply && !m_reply->isFinished()) {
        m_cancelled = true;
        m_reply->cancel();  // its finished() ends the run
        return;
    }
    RunJob::cancel();
}

}  // namespace ad
