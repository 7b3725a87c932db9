#include "runner/port/portclient.h"

#include "org/runlist.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QUrl>

namespace ad {

namespace portregion {

QString baseUrl(const QString &region)
{
    const QString r = region.trimmed().toLower();
    if (r == QLatin1String("eu"))
        return QStringLiteral("https://api.getport.io");
    if (r == QLatin1String("us"))
        return QStringLiteral("https://api.us.getport.io");
    return {};
}

QString regionOf(const QString &base)
{
    const QString host = QUrl(base).host().toLower();
    if (host == QLatin1String("api.getport.io") || host == QLatin1String("api.port.io"))
        return QStringLiteral("eu");
    if (host == QLatin1String("api.us.getport.io") || host == QLatin1String("api.us.port.io"))
        return QStringLiteral("us");
    return QStringLiteral("custom");
}

}  // namespace portregion

QString PortResult::describe() const
{
    if (cancelled)
        return QStringLiteral("Cancelled by the user");
    if (httpStatus == 0)
        return message;
    QString s = QStringLiteral("HTTP %1").arg(httpStatus);
    if (!error.isEmpty())
        s += QLatin1Char(' ') + error;
    if (!message.isEmpty())
        s += QStringLiteral(": ") + message;
    return s;
}

PortResult portResultFrom(const HttpCallResult &r)
{
    PortResult out;
    out.last = r;
    out.httpStatus = r.response.httpStatus;
    out.cancelled = r.cancelled;
    if (r.cancelled) {
        out.error = QStringLiteral("cancelled");
        out.message = QStringLiteral("Cancelled by the user");
        return out;
    }
    if (!r.transportOk()) {
        out.error = QStringLiteral("transport");
        out.message = r.response.error;
        return out;
    }
    if (r.response.truncated) {
        out.error = QStringLiteral("too_large");
        out.message = QStringLiteral("Port's answer is larger than %1 bytes; not read")
                          .arg(r.response.body.size());
        return out;
    }
    const QByteArray &bytes = r.response.body;
    JsonParseResult parsed = bytes.trimmed().isEmpty() ? JsonParseResult{} : parseJson(bytes);
    if (parsed.ok())
        out.body = parsed.value;
    const bool portSaysNo = out.body.isObject() && out.body.value(u"ok").isBool() && !out.body.value(u"ok").toBool();
    if (out.body.isObject()) {
        out.error = out.body.value(u"error").toString();
        out.message = out.body.value(u"message").toString();
        if (const JsonValue *d = out.body.find(u"details"))
            out.details = *d;
    }
    out.ok = r.is2xx() && !portSaysNo;
    if (!out.ok && out.message.isEmpty()) {
        out.message = !parsed.ok() && !bytes.trimmed().isEmpty()
                          ? QString::fromUtf8(bytes.left(300)).trimmed()
                          : r.response.error;  // the reason phrase
        if (!parsed.ok() && out.error.isEmpty() && r.is2xx())
            out.error = QStringLiteral("not_json");
    }
    return out;
}

// ---- PortReply ----

PortReply::PortReply(PortClient *client, const QString &method, const QString &path, const QByteArray &body)
    : QObject(client), m_client(client), m_method(method), m_path(path), m_body(body)
{
    m_wait.setSingleShot(true);
    connect(&m_wait, &QTimer::timeout, this, &PortReply::begin);
}

void PortReply::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    m_wait.stop();
    if (m_call) {
        m_call->cancel();  // onAnswer() finishes with the cancelled result
        return;
    }
    PortResult r;
    r.cancelled = true;
    r.error = QStringLiteral("cancelled");
    r.message = QStringLiteral("Cancelled by the user");
    finish(r);
}

void PortReply::begin()
{
    if (m_finished || m_cancelled)
        return;
    if (!m_client) {
        PortResult r;
        r.error = QStringLiteral("transport");
        r.message = QStringLiteral("The Port client is gone");
        finish(r);
        return;
    }
    m_client->withToken(this, [this](const QString &token, const PortResult &failure) {
        if (m_cancelled) {
            cancel();
            return;
        }
        if (token.isEmpty())
            finish(failure);
        else
            sendWithToken(token);
    });
}

void PortReply::sendWithToken(const QString &token)
{
    const HeaderList headers = requestHeaders(token);
    ++m_attempts;
    m_call = m_client->newCall(m_method, m_path, headers, m_body);
    connect(m_call, &HttpCall::finished, this, &PortReply::onAnswer);
    m_call->start();
}

HeaderList PortReply::requestHeaders(const QString &token) const
{
    HeaderList headers;
    if (!m_body.isEmpty() || m_method != QLatin1String("GET"))
        headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});
    headers.append({QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token});
    return headers;
}

void PortReply::onAnswer(const HttpCallResult &r)
{
    if (m_call)
        m_call->deleteLater();
    m_call = nullptr;
    if (m_cancelled || r.cancelled) {
        PortResult res = portResultFrom(r);
        res.cancelled = true;
        res.error = QStringLiteral("cancelled");
        res.message = QStringLiteral("Cancelled by the user");
        finish(res);
        return;
    }
    const int status = r.response.httpStatus;
    if (status == 401 && !m_retried401 && m_client) {
        // An expired or revoked token: get a new one, once.
        m_retried401 = true;
        m_client->forgetToken();
        emit progress(QStringLiteral("Port said the token is not valid (401); getting a new one"));
        begin();
        return;
    }
    const int delay = m_client ? m_client->retryDelay(r, m_attempts) : -1;
    if (delay >= 0) {
        emit progress(QStringLiteral("Port answered HTTP %1; retrying in %2 s (attempt %3 of %4)")
                          .arg(status)
                          .arg(delay)
                          .arg(m_attempts + 1)
                          .arg(m_client->m_maxRetries + 1));
        m_wait.start(delay * 1000);
        return;
    }
    finish(portResultFrom(r));
}

void PortReply::finish(PortResult r)
{
    if (m_finished)
        return;
    m_finished = true;
    r.attempts = m_attempts;
    m_result = r;
    emit finished(m_result);
}

// ---- PortClient ----

PortClient::PortClient(QNetworkAccessManager *nam, QObject *parent) : QObject(parent), m_nam(nam)
{
    if (!m_nam) {
        m_nam = new QNetworkAccessManager(this);
        m_ownsNam = true;
    }
    m_httpOptions.maxBodyBytes = 32 * 1024 * 1024;
}

PortClient::~PortClient() = default;

void PortClient::setConnection(const PortConnection &c)
{
    PortConnection n = c;
    while (n.baseUrl.endsWith(QLatin1Char('/')))
        n.baseUrl.chop(1);
    if (n.baseUrl.endsWith(QLatin1String("/v1")))  // port-cli's PORT_API_URL includes it
        n.baseUrl.chop(3);
    if (n == m_conn)
        return;
    m_conn = n;
    forgetToken();
}

void PortClient::setRetries(int max429Retries, int maxWaitSeconds)
{
    m_maxRetries = qMax(0, max429Retries);
    m_maxWait = qMax(0, maxWaitSeconds);
}

PortReply *PortClient::send(const QString &method, const QString &path, const QByteArray &body)
{
    auto *reply = new PortReply(this, method.toUpper(), path, body);
    // Started from the event loop so the caller can connect finished() first.
    QMetaObject::invokeMethod(reply, &PortReply::begin, Qt::QueuedConnection);
    return reply;
}

PortReply *PortClient::listRuns(const QString &actionIdentifier, int limit)
{
    return get(org::runListPath(actionIdentifier, limit));
}

PortReply *PortClient::getRun(const QString &runId)
{
    return get(QStringLiteral("/v1/actions/runs/%1?version=v2").arg(percent(runId)));
}

QStringList PortClient::secretValues() const
{
    QStringList out;
    if (!m_conn.clientSecret.isEmpty())
        out << m_conn.clientSecret;
    if (!m_token.isEmpty())
        out << m_token;
    return out;
}

void PortClient::forgetToken()
{
    m_token.clear();
    m_tokenExpires = {};
}

QString PortClient::percent(const QString &segment)
{
    return QString::fromUtf8(QUrl::toPercentEncoding(segment));
}

HttpCall *PortClient::newCall(const QString &method, const QString &path, const HeaderList &headers, const QByteArray &body)
{
    return new HttpCall(m_nam, method, QUrl(m_conn.baseUrl + path), headers, body, m_httpOptions, this);
}

void PortClient::withToken(QObject *context, TokenCallback then)
{
    if (!m_token.isEmpty() && QDateTime::currentDateTimeUtc() < m_tokenExpires) {
        then(m_token, {});
        return;
    }
    if (m_conn.baseUrl.isEmpty() || m_conn.clientId.isEmpty() || m_conn.clientSecret.isEmpty()) {
        PortResult r;
        r.error = QStringLiteral("no_credentials");
        r.message = m_conn.baseUrl.isEmpty() ? QStringLiteral("No Port API base URL configured")
                                             : QStringLiteral("No Port client id / client secret configured");
        then({}, r);
        return;
    }
    m_tokenWaiters.append({context, std::move(then)});
    if (m_tokenCall)
        return;  // one token request serves every call waiting for it
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("clientId"), m_conn.clientId},
                                                      {QStringLiteral("clientSecret"), m_conn.clientSecret}})
                                .toJson(QJsonDocument::Compact);
    if (auto *r = qobject_cast<PortReply *>(context))
        emit r->progress(QStringLiteral("Getting a Port access token from %1").arg(m_conn.baseUrl));
    m_tokenCall = newCall(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"),
                          {{QStringLiteral("Content-Type"), QStringLiteral("application/json")}}, body);
    connect(m_tokenCall, &HttpCall::finished, this, &PortClient::onTokenAnswer);
    m_tokenCall->start();
}

void PortClient::onTokenAnswer(const HttpCallResult &r)
{
    if (m_tokenCall)
        m_tokenCall->deleteLater();
    m_tokenCall = nullptr;
    PortResult res = portResultFrom(r);
    const QString token = res.body.value(u"accessToken").toString();
    if (res.ok && !token.isEmpty()) {
        m_token = token;
        const double expiresIn = res.body.value(u"expiresIn").toDouble(3600);
        // A minute's margin so a token does not expire between the check and the call.
        m_tokenExpires = QDateTime::currentDateTimeUtc().addSecs(qMax<qint64>(0, qint64(expiresIn) - 60));
    } else {
        if (res.ok) {
            res.ok = false;
            res.error = QStringLiteral("token");
            res.message = QStringLiteral("Port's token answer has no accessToken");
        }
        res.message = QStringLiteral("Port access token: ") + (res.message.isEmpty() ? res.describe() : res.message);
    }
    const auto waiters = std::exchange(m_tokenWaiters, {});
    for (const auto &w : waiters)
        if (w.first)
            w.second(res.ok ? m_token : QString(), res);
}

int PortClient::retryDelay(const HttpCallResult &r, int attempt) const
{
    const int s = r.response.httpStatus;
    if (attempt > m_maxRetries || !(s == 429 || s == 502 || s == 503 || s == 504))
        return -1;
    for (const auto &h : r.response.headers) {
        if (h.first.compare(QLatin1String("Retry-After"), Qt::CaseInsensitive) != 0)
            continue;
        bool isNumber = false;
        const int secs = h.second.trimmed().toInt(&isNumber);
        if (isNumber)
            return qBound(0, secs, m_maxWait);
        const QDateTime at = QLocale::c().toDateTime(h.second.trimmed().chopped(4), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss"));
        if (at.isValid()) {
            QDateTime utc = at;
            utc.setTimeSpec(Qt::UTC);
            return int(qBound<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(utc), qint64(m_maxWait)));
        }
    }
    return qMin(m_maxWait, 1 << qMin(attempt - 1, 6));  // 1, 2, 4, ... s
}

}  // namespace ad
