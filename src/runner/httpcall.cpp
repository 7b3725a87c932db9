#include "runner/httpcall.h"

#include "invocation/wireheaders.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>

namespace ad {

namespace {
// What QNAM may hold for the reply before the runner reads it: with no limit its download thread
// buffers a fast endless response without bound (gigabytes in seconds).
constexpr qint64 kReadBuffer = 256 * 1024;

bool hasNoBody(const QString &method, int status)
{
    return method == QLatin1String("HEAD") || status == 204 || status == 304 || (status >= 100 && status < 200);
}
}  // namespace

QString HttpCallResult::describe() const
{
    if (cancelled)
        return QStringLiteral("Cancelled by the user");
    if (incomplete || (!response.error.isEmpty() && response.httpStatus == 0))
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

QString HttpCall::where() const
{
    return m_url.host() + (m_url.port() > 0 ? QStringLiteral(":%1").arg(m_url.port()) : QString());
}

void HttpCall::start()
{
    QNetworkRequest req(m_url);
    // The transport headers too: otherwise Qt adds its own (User-Agent: Mozilla/5.0, ...), which
    // the preview cannot show.
    for (const auto &h : withTransportHeaders(m_headers))
        req.setRawHeader(h.first.toUtf8(), h.second.toUtf8());
    // Redirects are followed only when they keep the same or a safer scheme; each one is recorded.
    req.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::NoLessSafeRedirectPolicy);
    req.setMaximumRedirectsAllowed(m_options.maxRedirects);
    // HTTP/1.1 only: over HTTP/2 (negotiated on https) Qt drops Connection and rewrites the rest,
    // so the bytes sent would no longer be the preview's lines.
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    m_elapsed.start();
    m_reply = m_nam->sendCustomRequest(req, m_method.toLatin1(), m_body);
    m_reply->setReadBufferSize(kReadBuffer);
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
    if (!m_reply || !m_reply->isOpen() || m_result.incomplete)
        return;
    RunResponse &r = m_result.response;
    if (r.httpStatus == 0) {
        // Kept now: an abort below (response too large) may leave the attributes unset.
        r.httpStatus = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        r.error = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
    }
    const QByteArray chunk = m_reply->read(m_options.maxReadBytes - r.bodySize + 1);
    r.bodySize += chunk.size();
    const qint64 room = m_options.maxBodyBytes - r.body.size();
    if (room >= chunk.size()) {
        r.body += chunk;
    } else {
        if (room > 0)
            r.body += chunk.left(room);
        r.truncated = true;
    }
    if (r.bodySize > m_options.maxReadBytes) {
        m_result.incomplete = true;
        r.truncated = true;
        r.error = QStringLiteral("Response from %1 larger than %2 bytes: stopped reading (HTTP %3 kept, body truncated)")
                      .arg(where())
                      .arg(m_options.maxReadBytes)
                      .arg(r.httpStatus);
        m_reply->abort();
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
    while (m_reply->bytesAvailable() > 0 && !m_result.incomplete)
        onReadyRead();
    RunResponse &r = m_result.response;
    r.elapsedMs = m_elapsed.elapsed();
    r.at = QDateTime::currentDateTimeUtc();
    const QVariant status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QNetworkReply::NetworkError error = m_reply->error();
    if (m_result.incomplete) {
        // Too large: status and body so far are kept, r.error says so.
    } else if (error == QNetworkReply::TooManyRedirectsError) {
        m_result.incomplete = status.isValid();
        r.httpStatus = status.toInt();
        r.error = QStringLiteral("Too many redirects (%1): stopped following at %2")
                      .arg(r.redirects.size())
                      .arg(r.redirects.isEmpty() ? m_url.toString() : r.redirects.constLast());
    } else if (error == QNetworkReply::InsecureRedirectError) {
        m_result.incomplete = status.isValid();
        r.httpStatus = status.toInt();
        r.error = QStringLiteral("Redirect not followed: %1").arg(m_reply->errorString());
    } else if (status.isValid() && !m_result.timedOut && !m_result.cancelled) {
        r.httpStatus = status.toInt();
        r.error = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        for (const auto &p : m_reply->rawHeaderPairs())
            r.headers.append({QString::fromUtf8(p.first), QString::fromUtf8(p.second)});
        // The transport broke after the status line (cut off, broken chunked encoding): what was
        // read is not the response, whatever its status said.
        const bool transportBroke = (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied)
                                    || error == QNetworkReply::ProtocolFailure || error == QNetworkReply::UnknownNetworkError;
        bool lengthOk = false;
        const qint64 length = m_reply->rawHeader("Content-Length").trimmed().toLongLong(&lengthOk);
        const QByteArray encoding = m_reply->rawHeader("Content-Encoding").trimmed();
        const bool identity = encoding.isEmpty() || encoding.compare("identity", Qt::CaseInsensitive) == 0;
        if (lengthOk && identity && !hasNoBody(m_method, r.httpStatus) && r.bodySize < length) {
            m_result.incomplete = true;
            r.error = QStringLiteral("%1 closed the connection after %2 of %3 bytes of the response body (HTTP %4)")
                          .arg(where())
                          .arg(r.bodySize)
                          .arg(length)
                          .arg(r.httpStatus);
        } else if (transportBroke) {
            m_result.incomplete = true;
            r.error = QStringLiteral("The response from %1 broke off after %2 bytes of the body (HTTP %3): %4")
                          .arg(where())
                          .arg(r.bodySize)
                          .arg(r.httpStatus)
                          .arg(m_reply->errorString());
        }
    } else {
        r.httpStatus = 0;
        if (m_result.cancelled)
            r.error = QStringLiteral("Cancelled by the user");
        else if (m_result.timedOut)
            r.error = QStringLiteral("Timed out: no complete response from %1 within %2 s").arg(where()).arg(m_options.timeoutMs / 1000.0);
        else {
            switch (error) {
            case QNetworkReply::ConnectionRefusedError:
                r.error = QStringLiteral("Connection refused by %1").arg(where());
                break;
            case QNetworkReply::HostNotFoundError:
                r.error = QStringLiteral("Host not found: %1").arg(m_url.host());
                break;
            case QNetworkReply::SslHandshakeFailedError:
                r.error = QStringLiteral("TLS handshake with %1 failed: %2").arg(where(), m_reply->errorString());
                break;
            case QNetworkReply::RemoteHostClosedError:
                r.error = QStringLiteral("%1 closed the connection without an answer").arg(where());
                break;
            default:
                r.error = QStringLiteral("Network error with %1: %2").arg(where(), m_reply->errorString());
            }
        }
    }
    if (m_result.incomplete && r.headers.isEmpty())
        for (const auto &p : m_reply->rawHeaderPairs())
            r.headers.append({QString::fromUtf8(p.first), QString::fromUtf8(p.second)});
    m_reply->deleteLater();
    m_reply = nullptr;
    emit finished(m_result);
}

}  // namespace ad
