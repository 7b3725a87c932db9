#pragma once
// The local Port-compatible runs API: the designer plays Port for test runs. A backend pointed at
// http://127.0.0.1:<port> (Port's GitHub action `baseUrl`, the Port agent's PORT_API_BASE_URL, a
// curl script) gets a token, posts logs and ends runs of the RunStore as it would on Port
// (PORT-SPEC §7.1, §7.4). Listens on 127.0.0.1 only.

#include "runner/run.h"

#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QObject>

#include <memory>

class QHttpServer;
class QHttpServerRequest;
class QTcpServer;

namespace ad {

class RunStore;

class RunsApi : public QObject {
    Q_OBJECT
public:
    // The answer to one request; public so tests can drive handle() without sockets.
    struct Reply {
        int status = 200;
        QJsonObject body;
    };

    explicit RunsApi(RunStore *store, QObject *parent = nullptr);
    ~RunsApi() override;

    // The client id/secret POST /v1/auth/access_token accepts. An empty id accepts any; without a
    // secret no token is given (the answer says where to configure one: `noSecretHint`).
    void setCredentials(const QString &clientId, const QString &clientSecret);
    void setNoSecretHint(const QString &hint) { m_noSecretHint = hint; }
    void setTokenLifetime(int seconds) { m_tokenLifetime = seconds; }

    // Listens on 127.0.0.1:port (0 = any free port). Closes a previous listener first. `inUse` is
    // set when the port is taken by another program.
    bool listen(quint16 port = 0, QString *error = nullptr, bool *inUse = nullptr);
    void close();
    bool isListening() const;
    quint16 port() const;
    // "http://127.0.0.1:<port>" (what to give a backend as Port's API base).
    QString baseUrl() const;

    // A valid bearer token without the HTTP round trip (for in-process clients and tests).
    QString issueToken(const QString &clientId = QStringLiteral("designer"));

    // Routing and validation, independent of the transport.
    Reply handle(const QString &method, const QString &path, const QByteArray &query,
                 const QByteArray &authorization, const QByteArray &body);

    // Port's run object (v2 shape, §7.4) for a stored run.
    static QJsonObject runToJson(const Run &run);

signals:
    void requestHandled(const QString &method, const QString &path, int status);
    void logPosted(const QString &runId, const ad::RunLog &log);
    void runPatched(const QString &runId);
    void responseReported(const QString &runId);
    void runFinished(const QString &runId, const QString &status);

private:
    Reply accessToken(const QByteArray &body);
    Reply getRun(const QString &id);
    Reply patchRun(const QString &id, const QByteArray &body, const QString &by);
    Reply postLog(const QString &id, const QByteArray &body, const QString &by);
    Reply getLogs(const QString &id, const QByteArray &query);
    Reply patchResponse(const QString &id, const QByteArray &body, const QString &by);
    // The client id a valid token belongs to, or empty.
    QString authorize(const QByteArray &authorization);

    RunStore *m_store;
    std::unique_ptr<QHttpServer> m_server;
    QTcpServer *m_tcp = nullptr;  // owned by m_server
    QString m_clientId;
    QString m_clientSecret;
    QString m_noSecretHint = QStringLiteral("No client secret is configured for the local runs API: "
                                            "pass --client-secret or set PORT_CLIENT_SECRET");
    int m_tokenLifetime = 3600;
    struct Token {
        QString clientId;
        QDateTime expires;
    };
    QHash<QString, Token> m_tokens;
};

}  // namespace ad
