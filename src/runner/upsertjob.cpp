// UPSERT_ENTITY: Port performs the upsert itself. Without a Port connection the designer records
// the entity (a dry run); with one it upserts through Port's API, tied to the run (§4.7, §7.4).
#include "runner/runjob.h"

#include "json/jsonwriter.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
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
    const QByteArray tokenBody = QJsonDocument(QJsonObject{{QStringLiteral("clientId"), clientId},
                                                           {QStringLiteral("clientSecret"), clientSecret}})
                                     .toJson(QJsonDocument::Compact);
    log(QStringLiteral("Getting a Port access token from %1").arg(base));
    http(QStringLiteral("POST"), base + QStringLiteral("/v1/auth/access_token"), json, tokenBody, false,
         [this, base, path, json, entity](const HttpCallResult &r) {
             const QString token = QJsonDocument::fromJson(r.response.body).object().value(QStringLiteral("accessToken")).toString();
             if (!r.is2xx() || token.isEmpty()) {
                 const QString msg = QStringLiteral("Port access token: %1").arg(httpFailure(QStringLiteral("Port"), r));
                 emit requestFinished(false, msg);
                 fail(msg);
                 return;
             }
             addSecret(token);
             HeaderList headers = json;
             headers.append({QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token});
             http(QStringLiteral("POST"), base + path, headers, entity, true, [this](const HttpCallResult &r) {
                 if (!r.is2xx()) {
                     const QString msg = httpFailure(QStringLiteral("Port"), r);
                     emit requestFinished(false, msg);
                     fail(msg);
                     return;
                 }
                 const QString msg = QStringLiteral("Port upserted the entity (HTTP %1)").arg(r.response.httpStatus);
                 emit requestFinished(true, msg);
                 succeed(msg);
             });
         });
}

}  // namespace ad
