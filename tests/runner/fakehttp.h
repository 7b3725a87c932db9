#pragma once
// Test servers on 127.0.0.1: a scripted HTTP endpoint that records what it received (fake GitHub,
// GitLab, Azure, Port, webhooks), and raw TCP servers that never answer or answer garbage.

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

inline QString methodName(QHttpServerRequest::Method m)
{
    static const QHash<QHttpServerRequest::Method, QString> names = {
        {QHttpServerRequest::Method::Get, QStringLiteral("GET")},
        {QHttpServerRequest::Method::Post, QStringLiteral("POST")},
        {QHttpServerRequest::Method::Put, QStringLiteral("PUT")},
        {QHttpServerRequest::Method::Patch, QStringLiteral("PATCH")},
        {QHttpServerRequest::Method::Delete, QStringLiteral("DELETE")}};
    return names.value(m);
}

struct Received {
    QString method;
    QString path;
    QString query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QByteArray header(const QByteArray &name) const
    {
        for (const auto &h : headers)
            if (h.first.compare(name, Qt::CaseInsensitive) == 0)
                return h.second;
        return {};
    }
};

struct Canned {
    int status = 200;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
};

class FakeHttp {
public:
    using Handler = std::function<Canned(const Received &)>;
    FakeHttp()
    {
        m_server.setMissingHandler([this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
            Received r{methodName(req.method()), req.url().path(), req.url().query(QUrl::FullyEncoded),
                       req.headers(), req.body()};
            received.append(r);
            Canned c{404, "{\"message\":\"Not Found\"}", {}};
            const QString key = r.method + QLatin1Char(' ') + r.path;
            if (m_handlers.contains(key))
                c = m_handlers.value(key)(r);
            resp.writeStatusLine(QHttpServerResponder::StatusCode(c.status));
            resp.writeHeader("Content-Type", "application/json");
            resp.writeHeader("Content-Length", QByteArray::number(c.body.size()));
            for (const auto &x : c.headers)
                resp.writeHeader(x.first, x.second);
            resp.writeBody(c.body);
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }
    void on(const QString &method, const QString &path, Handler h) { m_handlers.insert(method + QLatin1Char(' ') + path, std::move(h)); }
    void on(const QString &method, const QString &path, int status, const QByteArray &body = {})
    {
        on(method, path, [status, body](const Received &) { return Canned{status, body, {}}; });
    }
    QString url(const QString &path = {}) const { return QStringLiteral("http://127.0.0.1:%1").arg(port) + path; }
    QList<Received> requests(const QString &method, const QString &path) const
    {
        QList<Received> out;
        for (const auto &r : received)
            if (r.method == method && r.path == path)
                out.append(r);
        return out;
    }

    quint16 port = 0;
    QList<Received> received;

private:
    QHttpServer m_server;
    QHash<QString, Handler> m_handlers;
};

// Accepts connections and never answers (timeouts, cancel); with `garbage` it answers any bytes
// with a plain-text HTTP line, which a TLS client reads as a broken handshake.
class RawServer : public QObject {
public:
    explicit RawServer(bool garbage = false) : m_garbage(garbage)
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++accepted;
                if (m_garbage)
                    QObject::connect(s, &QTcpSocket::readyRead, s, [s] {
                        s->readAll();
                        s->write("HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n");
                    });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    int accepted = 0;

private:
    QTcpServer m_server;
    bool m_garbage;
};

// A raw HTTP/1.1 server that records the exact bytes of each request and answers with whatever
// the test writes on the socket: endless bodies, bodies cut short, broken chunked encoding,
// redirect loops. `answer` runs once per request, after its head and Content-Length body.
class ScriptedServer : public QObject {
public:
    struct Request {
        QByteArray raw;   // head and body as received
        QByteArray line;  // "POST /hook HTTP/1.1"
        QList<QPair<QByteArray, QByteArray>> headers;  // in received order
        QByteArray body;
    };
    using Answer = std::function<void(QTcpSocket *, const Request &)>;
    explicit ScriptedServer(Answer answer) : m_answer(std::move(answer))
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                ++accepted;
                auto *buffer = new QByteArray;
                QObject::connect(s, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    const QByteArray chunk = s->readAll();
                    bytesReceived += chunk;
                    *buffer += chunk;
                    const qsizetype end = buffer->indexOf("\r\n\r\n");
                    if (end < 0)
                        return;
                    Request r;
                    const QList<QByteArray> lines = buffer->left(end).split('\n');
                    r.line = lines.value(0).trimmed();
                    qint64 length = 0;
                    for (qsizetype i = 1; i < lines.size(); ++i) {
                        const QByteArray l = lines.at(i).trimmed();
                        const qsizetype colon = l.indexOf(':');
                        r.headers.append({l.left(colon).trimmed(), l.mid(colon + 1).trimmed()});
                        if (l.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
                            length = l.mid(colon + 1).trimmed().toLongLong();
                    }
                    if (buffer->size() < end + 4 + length)
                        return;
                    r.body = buffer->mid(end + 4, length);
                    r.raw = buffer->left(end + 4 + length);
                    buffer->remove(0, end + 4 + length);
                    requests.append(r);
                    m_answer(s, r);
                });
            }
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    QString url(const QString &path = {}) const { return QStringLiteral("http://127.0.0.1:%1").arg(port()) + path; }
    int accepted = 0;
    QByteArray bytesReceived;
    QList<Request> requests;

private:
    QTcpServer m_server;
    Answer m_answer;
};

// Writes `chunk` again each time the previous one has left: a response body that never ends.
inline void streamForever(QTcpSocket *s, const QByteArray &chunk)
{
    QObject::connect(s, &QTcpSocket::bytesWritten, s, [s, chunk] {
        if (s->bytesToWrite() < chunk.size())
            s->write(chunk);
    });
    s->write(chunk);
}

#include <QFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>

// HTTPS on 127.0.0.1 with a self-signed certificate (tests/runner/data): answers every request
// with 200 {"tls":true}. A client that verifies certificates must refuse it.
class SelfSignedServer : public QObject {
public:
    SelfSignedServer()
    {
        QFile cert(QStringLiteral(AD_TEST_DATA_DIR "/selfsigned-cert.pem"));
        QFile key(QStringLiteral(AD_TEST_DATA_DIR "/selfsigned-key.pem"));
        if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly))
            qFatal("test certificate missing");
        QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
        conf.setLocalCertificate(QSslCertificate(cert.readAll(), QSsl::Pem));
        conf.setPrivateKey(QSslKey(key.readAll(), QSsl::Rsa, QSsl::Pem));
        conf.setPeerVerifyMode(QSslSocket::VerifyNone);
        m_server.setSslConfiguration(conf);
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
            while (QTcpSocket *s = m_server.nextPendingConnection()) {
                auto *buffer = new QByteArray;
                QObject::connect(s, &QObject::destroyed, [buffer] { delete buffer; });
                QObject::connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
                QObject::connect(s, &QTcpSocket::readyRead, s, [this, s, buffer] {
                    *buffer += s->readAll();
                    if (!buffer->contains("\r\n\r\n"))
                        return;
                    ++requests;
                    buffer->clear();
                    s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 12\r\n\r\n{\"tls\":true}");
                });
            }
        });
    }
    QString url(const QString &path = {}) const { return QStringLiteral("https://127.0.0.1:%1").arg(m_server.serverPort()) + path; }
    int requests = 0;

private:
    QSslServer m_server;
};
