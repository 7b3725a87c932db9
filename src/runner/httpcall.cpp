#include "runner/httpcall.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace ad {

QString HttpCallResult::describe() const
{
    if (cancelled)
        return QStringLiteral("Cancelled by the user");
    if (!response.error.isEmpty() && response.httpStatus == 0)
        return response.error;
    return QStringLiteral("HTTP %1").arg(response.httpStatus) + (response.error.isEmpty() ? QString() : QStringLiteral(" ") + response.error);
}

HttpCall::HttpCall(QNetworkAccessManager *nam, const QString &method, const QUrl &url, const HeaderList &headers,
                   const QByteArray &body, const HttpCallOptions &options, QObject *parent)
    : QObject(parent), m_nam(nam), m_method(method.toUpper()), m_url(url), m_headers(headers), m_body(body), m_options(options)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &HttpCall::onTimeout);
}

HttpCall::~HttpCall()
{
    if (m_reply) {
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

void HttpCall::start()
{
    QNetworkRequest req(m_url);
    for (const auto &h : m_headers)
        req.setRawHeader(h.first.toUtf8(), h.second.toUtf8());
    // Redirects are followed only when they keep the same or a safer scheme; each one is recorded.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    m_elapsed.start();
    m_reply = m_nam->sendCustomRequest(req, m_method.toLatin1(), m_body);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpCall::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpCall::onFinished);
    connect(m_reply, &QNetworkReply::redirected, this,
            [this](const QUrl &to) { m_result.response.redirects.append(to.toString()); });
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        if (!m_options.verifyTls)
            m_reply->ignoreSslErrors(errors);
    });
    if (m_options.timeoutMs > 0)
        m_timer.start(m_options.timeoutMs);
}

void HttpCall::onReadyRead()
{
    if (!m_reply || !m_reply->isOpen())
        return;
    const QByteArray chunk = m_reply->readAll();
    RunResponse &r = m_result.response;
    r.bodySize += chunk.size();
    const qint64 room = m_options.maxBodyBytes - r.body.size();
    if (room >= chunk.size()) {
        r.body += chunk;
    } else {
        if (room > 0)
            r.body += chunk.left(room);
        r.truncated = true;
    }
}

void HttpCall::cancel()
{
    if (m_done || !m_reply)
        return;
    m_result.cancelled = true;
    m_reply->abort();
}

void HttpCall::onTimeout()
{
    if (m_done || !m_reply)
        return;
    m_result.timedOut = true;
    m_reply->abort();
}

void HttpCall::onFinished()
{
    if (m_done)
        return;
    m_done = true;
    m_timer.stop();
    onReadyRead();
    RunResponse &r = m_result.response;
    r.elapsedMs = m_elapsed.elapsed();
    r.at = QDateTime::currentDateTimeUtc();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    if (status.isValid() && !m_result.timedOut && !m_result.cancelled) {
        r.httpStatus = status.toInt();
        r.error = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        for (const auto &p : m_reply->rawHeaderPairs())
            r.headers.append({QString::fromUtf8(p.first), QString::fromUtf8(p.second)});
    } else {
        const QString where = m_url.host() + (m_url.port() > 0 ? QStringLiteral(":%1").arg(m_url.port()) : QString());
        if (m_result.cancelled)
            r.error = QStringLiteral("Cancelled by the user");
        else if (m_result.timedOut)
            r.error = QStringLiteral("Timed out: no complete response from %1 within %2 s").arg(where).arg(m_options.timeoutMs / 1000.0);
        else {
            switch (m_reply->error()) {
            case QNetworkReply::ConnectionRefusedError:
                r.error = QStringLiteral("Connection refused by %1").arg(where);
                break;
            case QNetworkReply::HostNotFoundError:
                r.error = QStringLiteral("Host not found: %1").arg(m_url.host());
                break;
            case QNetworkReply::SslHandshakeFailedError:
                r.error = QStringLiteral("TLS handshake with %1 failed: %2").arg(where, m_reply->errorString());
                break;
            case QNetworkReply::RemoteHostClosedError:
                r.error = QStringLiteral("%1 closed the connection without an answer").arg(where);
                break;
            case QNetworkReply::TooManyRedirectsError:
            case QNetworkReply::InsecureRedirectError:
                r.error = QStringLiteral("Redirect not followed: %1").arg(m_reply->errorString());
                break;
            default:
                r.error = QStringLiteral("Network error with %1: %2").arg(where, m_reply->errorString());
            }
        }
    }
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished(m_result);
}

}  // namespace ad
