#pragma once
// One HTTP exchange for the runner: timeout, cancel, TLS opt-out, redirects recorded (and bounded),
// the response body kept up to a limit (the rest counted and flagged truncated), reading stopped
// past a second, larger limit, a body cut short reported as such, transport errors worded for a
// run log. Sends exactly the headers the preview shows (invocation/wireheaders.h).

#include "runner/run.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;

namespace ad {

struct HttpCallOptions {
    int timeoutMs = 30000;
    bool verifyTls = true;
    qint64 maxBodyBytes = 1024 * 1024;       // kept in the run; the rest is counted, not kept
    qint64 maxReadBytes = 16 * 1024 * 1024;  // read at most; past it the exchange is aborted
    int maxRedirects = 20;
};

struct HttpCallResult {
    RunResponse response;   // httpStatus 0 when no HTTP answer; error then says why
    bool cancelled = false;
    bool timedOut = false;
    // The exchange broke after the status line: the body was cut short, larger than maxReadBytes,
    // or redirects did not end. response keeps the status and what was read; error says why.
    bool incomplete = false;
    bool transportOk() const { return response.httpStatus != 0 && !incomplete; }
    bool is2xx() const { return transportOk() && response.httpStatus >= 200 && response.httpStatus < 300; }
    // "Connection refused by 127.0.0.1:9", "HTTP 500 Internal Server Error", ...
    QString describe() const;
};

class HttpCall : public QObject {
    Q_OBJECT
public:
    HttpCall(QNetworkAccessManager *nam, const QString &method, const QUrl &url, const HeaderList &headers,
             const QByteArray &body, const HttpCallOptions &options, QObject *parent = nullptr);
    ~HttpCall() override;
    void start();
    void cancel();

signals:
    void finished(const ad::HttpCallResult &result);

private:
    void onReadyRead();
    void onFinished();
    void onTimeout();
    QString where() const;

    QNetworkAccessManager *m_nam;
    QString m_method;
    QUrl m_url;
    HeaderList m_headers;
    QByteArray m_body;
    HttpCallOptions m_options;
    QPointer<QNetworkReply> m_reply;
    QTimer m_timer;
    QElapsedTimer m_elapsed;
    HttpCallResult m_result;
    bool m_done = false;
};

}  // namespace ad
