#include "runner/localbackend.h"

#include "invocation/portsignature.h"
#include "invocation/pythonjson.h"
#include "runner/httpcall.h"
#include "runner/runsapi.h"
#include "json/jsonparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>

#include <memory>

namespace ad {

namespace {

constexpr qsizetype kMaxHeadBytes = 64 * 1024;
constexpr qint64 kMaxBodyBytes = 4 * 1024 * 1024;
const QString kWebhookPrefix = QStringLiteral("/webhook/");

bool isRunId(const QString &s)
{
    static const QRegularExpression re(QStringLiteral("^[A-Za-z0-9_-]+$"));
    return !s.isEmpty() && s.size() <= 128 && re.match(s).hasMatch();
}

QByteArray errorJson(const QString &message)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("message"), message}})
        .toJson(QJsonDocument::Compact);
}

QString reason(int status)
{
    switch (status) {
    case 200:
        return QStringLiteral("OK");
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 411:
        return QStringLiteral("Length Required");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 431:
        return QStringLiteral("Request Header Fields Too Large");
    default:
        return QStringLiteral("Error");
    }
}

// Where backends read the run id when the URL does not carry it (the Port UI's pre-filled body and
// header, the legacy-shaped body, the agent's message).
QString runIdFromPayload(const LocalTestBackend::Received &r)
{
    if (const QString h = QString::fromLatin1(r.header("RUN_ID")); isRunId(h))
        return h;
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    for (const QString &id :
         {o.value(QStringLiteral("port_context")).toObject().value(QStringLiteral("runId")).toString(),
          o.value(QStringLiteral("context")).toObject().value(QStringLiteral("runId")).toString(),
          o.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString()})
        if (isRunId(id))
            return id;
    return {};
}

QString describeBody(const QByteArray &body)
{
    if (body.isEmpty())
        return QStringLiteral("Body: empty");
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &pe);
    if (pe.error != QJsonParseError::NoError)
        return QStringLiteral("Body: not JSON (%1)").arg(pe.errorString());
    if (doc.isArray())
        return QStringLiteral("Body: a JSON array of %1 items").arg(doc.array().size());
    QStringList keys = doc.object().keys();
    const qsizetype n = keys.size();
    if (n > 12) {
        keys = keys.mid(0, 12);
        keys << QStringLiteral("…");
    }
    return QStringLiteral("Body: a JSON object with %1 keys: %2").arg(n).arg(keys.join(QStringLiteral(", ")));
}

// Compares without an early exit, as a backend must (a timing difference leaks the signature).
bool sameSignature(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return diff == 0;
}

}  // namespace

QByteArray LocalTestBackend::Received::header(const QByteArray &name) const
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

struct LocalTestBackend::Exchange {
    QPointer<QTcpSocket> socket;
    Received request;
    QList<QPair<QString, QJsonObject>> steps;  // "POST logs" / "PATCH run" with their bodies
    int next = 0;
    QString token;
};

LocalTestBackend::LocalTestBackend(RunsApi *api, QObject *parent)
    : QObject(parent),
      m_api(api),
      m_nam(new QNetworkAccessManager(this))
{
    m_nam->setCookieJar(nullptr);
}

LocalTestBackend::~LocalTestBackend() = default;

bool LocalTestBackend::listen(quint16 port, QString *error)
{
    if (isListening())
        return true;
    delete m_server;
    m_server = new QTcpServer(this);
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(m_server->errorString());
        return false;
    }
    connect(m_server, &QTcpServer::newConnection, this, &LocalTestBackend::onConnection);
    return true;
}

bool LocalTestBackend::isListening() const { return m_server && m_server->isListening(); }

quint16 LocalTestBackend::port() const { return isListening() ? m_server->serverPort() : 0; }

QString LocalTestBackend::webhookUrl(const QString &runId) const
{
    return QStringLiteral("http://127.0.0.1:%1%2%3").arg(port()).arg(kWebhookPrefix, runId);
}

void LocalTestBackend::onConnection()
{
    while (QTcpSocket *s = m_server->nextPendingConnection()) {
        m_buffers.insert(s, {});
        connect(s, &QTcpSocket::readyRead, this, [this, s] { onReadyRead(s); });
        connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
        connect(s, &QObject::destroyed, this, [this, s] { m_buffers.remove(s); });
    }
}

void LocalTestBackend::onReadyRead(QTcpSocket *socket)
{
    auto it = m_buffers.find(socket);
    if (it == m_buffers.end())
        return;  // answered or being answered: nothing more is read
    QByteArray &buf = it.value();
    buf += socket->readAll();
    const qsizetype headEnd = buf.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (buf.size() > kMaxHeadBytes)
            answer(socket, 431, errorJson(QStringLiteral("request head larger than 64 KiB")), {});
        return;
    }
    Received r;
    const QList<QByteArray> lines = buf.left(headEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    r.method = QString::fromLatin1(requestLine.value(0));
    r.path = QString::fromLatin1(requestLine.value(1));
    qint64 length = 0;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            continue;
        r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (r.header("Transfer-Encoding").toLower().contains("chunked")) {
        answer(socket, 411, errorJson(QStringLiteral("send a Content-Length")), {});
        return;
    }
    length = r.header("Content-Length").toLongLong();
    if (length < 0 || length > kMaxBodyBytes) {
        answer(socket, 413, errorJson(QStringLiteral("body larger than 4 MiB")), {});
        return;
    }
    if (buf.size() < headEnd + 4 + length)
        return;  // more body to come
    r.body = buf.mid(headEnd + 4, length);
    m_buffers.erase(it);
    handle(socket, std::move(r));
}

void LocalTestBackend::handle(QTcpSocket *socket, Received r)
{
    const QString pathOnly = r.path.section(QLatin1Char('?'), 0, 0);
    if (pathOnly.startsWith(kWebhookPrefix) && isRunId(pathOnly.mid(kWebhookPrefix.size())))
        r.runId = pathOnly.mid(kWebhookPrefix.size());
    else
        r.runId = runIdFromPayload(r);

    const QByteArray signature = r.header("X-Port-Signature");
    if (m_secret.isEmpty()) {
        r.signatureResult = QStringLiteral("X-Port-Signature not checked: no client secret is configured for the "
                                           "local test backend (it checks with the Port client secret)");
    } else if (signature.isEmpty()) {
        r.signatureOk = false;
        r.signatureResult = QStringLiteral("Signature check FAILED: the request has no X-Port-Signature header; "
                                           "answered HTTP 401");
    } else {
        const QString ts = QString::fromLatin1(r.header("X-Port-Timestamp"));
        r.signatureOk = sameSignature(portSignature(m_secret, ts, r.body).toLatin1(), signature);
        // The Port agent signs Python's compact JSON but sends the spaced form (PORT-SPEC §6.5): a
        // receiver checks the compact re-serialisation then, as the agent's docs say.
        bool compact = false;
        if (!r.signatureOk) {
            const JsonParseResult parsed = parseJson(r.body);
            compact =
                parsed.ok() &&
                sameSignature(portSignature(m_secret, ts, pythonJsonDumps(parsed.value, true)).toLatin1(), signature);
            r.signatureOk = compact;
        }
        r.signatureResult =
            r.signatureOk ? QStringLiteral("X-Port-Signature verified: HMAC-SHA256 of X-Port-Timestamp.%1 with the "
                                           "client secret matches")
                                .arg(compact ? QStringLiteral("<compact JSON of the body, as the Port agent signs>")
                                             : QStringLiteral("body"))
                          : QStringLiteral("Signature check FAILED: X-Port-Signature does not match; the request was "
                                           "signed with another client secret than the Port client secret this backend "
                                           "checks with; answered HTTP 401");
    }
    emit received(r);

    if (r.runId.isEmpty()) {
        answer(socket, 400,
               errorJson(QStringLiteral("no run id: send to /webhook/<run id>, or put it in a RUN_ID header or the "
                                        "body's port_context.runId")),
               {});
        return;
    }
    auto ex = std::make_shared<Exchange>();
    ex->socket = socket;
    ex->request = r;
    const auto log = [&](const QString &m) {
        ex->steps.append({QStringLiteral("POST /logs"), QJsonObject{{QStringLiteral("message"), m}}});
    };
    const QString type = QString::fromLatin1(r.header("Content-Type"));
    log(QStringLiteral("Received %1 %2: %3 bytes%4")
            .arg(r.method, pathOnly)
            .arg(r.body.size())
            .arg(type.isEmpty() ? QString() : QStringLiteral(", Content-Type ") + type));
    log(describeBody(r.body));
    log(r.signatureResult);
    ex->steps.append(
        {QStringLiteral("PATCH"),
         r.signatureOk
             ? QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                           {QStringLiteral("summary"), QStringLiteral("The local test backend received the request")}}
             : QJsonObject{{QStringLiteral("status"), QStringLiteral("FAILURE")},
                           {QStringLiteral("summary"), QStringLiteral("The local test backend refused the request: "
                                                                      "signature check failed")}}});
    if (m_api && m_api->isListening())
        ex->token = m_api->issueToken(clientId());
    report(ex);
}

void LocalTestBackend::report(const std::shared_ptr<Exchange> &ex)
{
    if (ex->token.isEmpty() || ex->next >= ex->steps.size()) {
        // Nothing (more) to report: the runs API is down, or everything went out.
        const bool ok = ex->request.signatureOk;
        answer(
            ex->socket, ok ? 200 : 401,
            ok ? QJsonDocument(QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("runId"), ex->request.runId}})
                     .toJson(QJsonDocument::Compact)
               : errorJson(QStringLiteral("X-Port-Signature does not match")),
            ex->request.runId);
        return;
    }
    const auto &[what, body] = ex->steps.at(ex->next++);
    const bool isLog = what.endsWith(QLatin1String("/logs"));
    const QString url = m_api->baseUrl() + QStringLiteral("/v1/actions/runs/") + ex->request.runId +
                        (isLog ? QStringLiteral("/logs") : QString());
    const HeaderList headers{{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + ex->token},
                             {QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    HttpCallOptions o;
    o.timeoutMs = 10000;
    auto *call = new HttpCall(m_nam, isLog ? QStringLiteral("POST") : QStringLiteral("PATCH"), QUrl(url), headers,
                              QJsonDocument(body).toJson(QJsonDocument::Compact), o, this);
    // A refused report (the run was cancelled meanwhile) does not stop the others: as a real
    // backend, it goes on and answers the webhook.
    connect(call, &HttpCall::finished, this, [this, call, ex](const HttpCallResult &) {
        call->deleteLater();
        report(ex);
    });
    call->start();
}

void LocalTestBackend::answer(QTcpSocket *socket, int status, const QByteArray &json, const QString &runId)
{
    m_buffers.remove(socket);
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        QByteArray head = QStringLiteral("HTTP/1.1 %1 %2\r\n").arg(status).arg(reason(status)).toLatin1();
        head += "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(json.size()) +
                "\r\nConnection: close\r\n\r\n";
        socket->write(head + json);
        socket->disconnectFromHost();
    }
    if (!runId.isEmpty())
        emit answered(runId, status);
}

}  // namespace ad
