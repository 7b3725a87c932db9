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
