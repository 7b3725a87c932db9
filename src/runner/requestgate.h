#pragma once
// The runs API's listening socket with a gate in front of Qt HttpServer: each request's head is
// checked before the server reads its body. Qt HttpServer 6.4 buffers a whole body (twice, inside a
// socket transaction) before any handler runs, so a size limit there comes after the memory is
// spent; and it has no hook for the Host header, which a browser page on a rebinding DNS name sets
// to its own host. Refused requests get Port's error shape and the connection is closed.

#include <QTcpServer>

namespace ad {

class GatedTcpServer : public QTcpServer {
    Q_OBJECT
public:
    explicit GatedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    // The Host values a request may carry: 127.0.0.1:<port>, localhost:<port>, [::1]:<port>.
    static bool isLoopbackHost(const QByteArray &host, quint16 port);

protected:
    void incomingConnection(qintptr handle) override;

private:
    qint64 m_maxBodyBytes;
};

}  // namespace ad
