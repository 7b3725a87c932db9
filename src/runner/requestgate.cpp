#include "runner/requestgate.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

namespace ad {

namespace {
constexpr qint64 kMaxHeadBytes = 64 * 1024;

// Follows the byte stream of one connection (requests one after another) from the side, with
// peek(): what Qt HttpServer reads is untouched until a request is refused.
class Gate : public QObject {
public:
    Gate(QTcpSocket *socket, qint64 maxBody) : QObject(socket), m_socket(socket), m_maxBody(maxBody) { }

    void inspect()
    {
        if (m_refused) {
            m_socket->skip(m_socket->bytesAvailable());
            return;
        }
        // Qt HttpServer has read everything before this call (it reads all that is available).
        QByteArray fresh = m_socket->peek(m_socket->bytesAvailable());
        while (!fresh.isEmpty() && !m_refused) {
            if (m_bodyLeft > 0) {
                const qint64 n = qMin<qint64>(m_bodyLeft, fresh.size());
                m_bodyLeft -= n;
                fresh.remove(0, int(n));
                continue;
            }
            m_head += fresh;
            fresh.clear();
            const int end = m_head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_head.size() > kMaxHeadBytes)
                    refuse(431, "headers_too_large", QStringLiteral("Request headers are larger than 64 KiB"));
                return;
            }
            fresh = m_head.mid(end + 4);
            const QByteArray head = m_head.left(end);
            m_head.clear();
            checkHead(head);
        }
    }

private:
    void checkHead(const QByteArray &head)
    {
        const QList<QByteArray> lines = head.split('\n');
        QByteArrayList hosts;
        QByteArrayList lengths;
        bool chunked = false;
        for (int i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const int colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "host")
                hosts << value;
            else if (name == "content-length")
                lengths << value;
            else if (name == "transfer-encoding" && value.toLower() != "identity")
                chunked = true;
        }
        if (hosts.size() != 1 || !GatedTcpServer::isLoopbackHost(hosts.first(), m_socket->localPort())) {
            refuse(403, "invalid_host",
                   QStringLiteral("Host must be 127.0.0.1:%1, localhost:%1 or "
                                  "[::1]:%1 (this API serves this machine only)")
                       .arg(m_socket->localPort()));
            return;
        }
        if (chunked) {
            refuse(411, "length_required", QStringLiteral("Send the body with a Content-Length, not chunked"));
            return;
        }
        if (lengths.size() > 1) {
            refuse(400, "invalid_request", QStringLiteral("More than one Content-Length header"));
            return;
        }
        bool ok = true;
        const qint64 length = lengths.isEmpty() ? 0 : lengths.first().toLongLong(&ok);
        if (!ok || length < 0) {
            refuse(400, "invalid_request", QStringLiteral("Content-Length is not a number"));
            return;
        }
        if (length > m_maxBody) {
            refuse(413, "payload_too_large",
                   QStringLiteral("Request body is larger than %1 MiB (Content-Length %2)")
                       .arg(m_maxBody / (1024 * 1024))
                       .arg(length));
            return;
        }
        m_bodyLeft = length;
    }

    void refuse(int status, const char *code, const QString &message)
    {
        m_refused = true;
        // Qt HttpServer must not see the rest (it would buffer it): drop what is there and stop it
        // reading this socket; the server's own clean-up still runs on disconnect.
        if (m_socket->isTransactionStarted())
            m_socket->commitTransaction();
        m_socket->skip(m_socket->bytesAvailable());
        QObject::disconnect(m_socket, &QTcpSocket::readyRead, nullptr, nullptr);
        connect(m_socket, &QTcpSocket::readyRead, this, &Gate::inspect);
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("ok"), false},
                                                          {QStringLiteral("error"), QString::fromLatin1(code)},
                                                          {QStringLiteral("message"), message}})
                                    .toJson(QJsonDocument::Compact);
        static const QHash<int, QByteArray> reasons = {{400, "Bad Request"},
                                                       {403, "Forbidden"},
                                                       {411, "Length Required"},
                                                       {413, "Payload Too Large"},
                                                       {431, "Request Header Fields Too Large"}};
        m_socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reasons.value(status)
                        + "\r\n"
                          "Content-Type: application/json\r\nConnection: "
                          "close\r\nContent-Length: "
                        + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_socket->disconnectFromHost();
    }

    QTcpSocket *m_socket;
    qint64 m_maxBody;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
    bool m_refused = false;
};
}  // namespace

GatedTcpServer::GatedTcpServer(qint64 maxBodyBytes, QObject *parent) : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes) { }

bool GatedTcpServer::isLoopbackHost(const QByteArray &host, quint16 port)
{
    const QByteArray p = ':' + QByteArray::number(port);
    const QByteArray h = host.toLower();
    return h == "127.0.0.1" + p || h == "localhost" + p || h == "[::1]" + p;
}

void GatedTcpServer::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    // Connected before Qt HttpServer's own slot (made in its newConnection handler), so the gate sees
    // every chunk first.
    auto *gate = new Gate(socket, m_maxBodyBytes);
    connect(socket, &QTcpSocket::readyRead, gate, &Gate::inspect);
    addPendingConnection(socket);  // QTcpServer announces it (newConnection) after this returns
}

}  // namespace ad
