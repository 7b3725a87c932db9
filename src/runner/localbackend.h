#pragma once
// The local test backend: a webhook receiver on 127.0.0.1 that behaves like a well-behaved Port
// webhook backend, so an action can be tried end to end before its real backend exists ("Run Against
// Local Test Backend", `action-designer run --local-backend`). For each request it:
//   1. reads it (bounded) and finds the run id (the URL the runner gave it, else the payload's
//      RUN_ID header / port_context.runId / context.runId / run.id, where backends usually read it);
//   2. checks X-Port-Signature with the client secret it was given (PORT-SPEC §6.1);
//   3. reports through the run's Port API (the local runs API): log lines saying what it received
//      and the signature check, then the final status, SUCCESS or FAILURE when the check failed;
//   4. only then answers the webhook (200, or 401 for a bad signature).
// It reports before answering because a `synchronized: true` run ends with the answer: a backend
// reporting after it would be refused (run_not_in_progress). Async runs end with its PATCH.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QString>

#include <memory>

class QNetworkAccessManager;
class QTcpServer;
class QTcpSocket;

namespace ad {

class RunsApi;

class LocalTestBackend : public QObject {
    Q_OBJECT
public:
    // What one webhook request brought and what the backend made of it.
    struct Received {
        QString method;
        QString path;
        QList<QPair<QByteArray, QByteArray>> headers;
        QByteArray body;
        QString runId;
        bool signatureOk = true;  // false: checked and it did not match (or was missing)
        QString signatureResult;  // the log line about the check
        QByteArray header(const QByteArray &name) const;
    };

    // Reports through `api` (its base URL, with a token it issues in process: the backend shares
    // the designer's process, so trying it needs no client credentials).
    explicit LocalTestBackend(RunsApi *api, QObject *parent = nullptr);
    ~LocalTestBackend() override;

    // Listens on 127.0.0.1 (port 0 = any free port). Idempotent while listening.
    bool listen(quint16 port = 0, QString *error = nullptr);
    bool isListening() const;
    quint16 port() const;
    // Where the runner sends run `runId`'s webhook: http://127.0.0.1:<port>/webhook/<runId>.
    QString webhookUrl(const QString &runId) const;

    // The secret X-Port-Signature is checked with (Port signs with the org's client secret).
    // Empty: the signature is not checked, and the log says so.
    void setClientSecret(const QString &secret) { m_secret = secret; }
    // The client id its log lines and status changes are credited to.
    static QString clientId() { return QStringLiteral("local-test-backend"); }

signals:
    void received(const ad::LocalTestBackend::Received &request);
    // The webhook was answered (after the reports).
    void answered(const QString &runId, int httpStatus);

private:
    struct Exchange;
    void onConnection();
    void onReadyRead(QTcpSocket *socket);
    void handle(QTcpSocket *socket, Received r);
    void report(const std::shared_ptr<Exchange> &ex);
    void answer(QTcpSocket *socket, int status, const QByteArray &json, const QString &runId);

    RunsApi *m_api;
    QTcpServer *m_server = nullptr;
    QNetworkAccessManager *m_nam;
    QString m_secret;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

}  // namespace ad
