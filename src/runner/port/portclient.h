#pragma once
// The one client for Port's REST API (PORT-SPEC §7, §7.7): everything that talks to a real Port org
// (org pull/compare/push, scenarios from real runs, secret-name and blueprint checks, the runner's
// UPSERT_ENTITY) goes through it. Access tokens are cached until `expiresIn` and renewed once on a
// 401; 429 is retried honouring Retry-After (with progress and cancel); Port's
// {ok, error, message, details} answers come back as values, never as exceptions or log lines.
// Everything is asynchronous: a PortReply signals finished() from the event loop.

#include "json/jsonvalue.h"
#include "runner/httpcall.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;

namespace ad {

// Where and as whom to talk to Port. The secret is held in memory only.
struct PortConnection {
    QString baseUrl;  // e.g. "https://api.getport.io" (no trailing slash, no /v1)
    QString clientId;
    QString clientSecret;
    bool operator==(const PortConnection &o) const
    {
        return baseUrl == o.baseUrl && clientId == o.clientId && clientSecret == o.clientSecret;
    }
};

namespace portregion {
// The API base of a region name ("eu", "us"); empty for anything else.
QString baseUrl(const QString &region);
// "eu"/"us" when `baseUrl` is one of the known hosts (current or legacy), else "custom".
QString regionOf(const QString &baseUrl);
}  // namespace portregion

// The outcome of one API call after retries. ok is true for a 2xx answer whose body is not
// {"ok": false}.
struct PortResult {
    bool ok = false;
    int httpStatus = 0;     // 0: no HTTP answer (transport error, cancelled)
    JsonValue body;         // the parsed answer (null when it was not JSON)
    QString error;          // Port's error code ("not_found", ...), or our own: "transport", "cancelled",
                            // "too_large", "not_json", "no_credentials", "token"
    QString message;        // Port's message verbatim, or the transport error
    JsonValue details;      // Port's `details`, when given
    bool cancelled = false;
    int attempts = 0;       // HTTP exchanges made for the call itself (429 retries count)
    HttpCallResult last;    // the last exchange as it went over the wire (for run records)
    // "HTTP 422 invalid_request: The json provided does not match the route's schema"
    QString describe() const;
    // The member of an {"ok": true, "<key>": ...} answer, or a shared null.
    const JsonValue &member(QStringView key) const { return body.value(key); }
};

class PortClient;

// One API call in flight. Owned by the caller (parented to the client by default); deletes nothing
// by itself. finished() is emitted exactly once, also after cancel().
class PortReply : public QObject {
    Q_OBJECT
public:
    bool isFinished() const { return m_finished; }
    const PortResult &result() const { return m_result; }
    void cancel();
    QString method() const { return m_method; }
    QString path() const { return m_path; }
    const QByteArray &body() const { return m_body; }
    // The headers the call is sent with (for run records; mask the token before showing them).
    HeaderList requestHeaders(const QString &token) const;

signals:
    // "Port rate limit: retrying in 2 s (attempt 2 of 6)", "Getting an access token", ...
    void progress(const QString &message);
    void finished(const ad::PortResult &result);

private:
    friend class PortClient;
    PortReply(PortClient *client, const QString &method, const QString &path, const QByteArray &body);
    void begin();
    void sendWithToken(const QString &token);
    void onAnswer(const HttpCallResult &r);
    void finish(PortResult r);

    QPointer<PortClient> m_client;
    QString m_method;
    QString m_path;
    QByteArray m_body;
    QPointer<HttpCall> m_call;
    QTimer m_wait;
    bool m_retried401 = false;
    bool m_finished = false;
    bool m_cancelled = false;
    int m_attempts = 0;
    PortResult m_result;
};

class PortClient : public QObject {
    Q_OBJECT
public:
    // nam may be null: the client then owns one.
    explicit PortClient(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~PortClient() override;

    void setConnection(const PortConnection &c);  // forgets the cached token when it changes
    const PortConnection &connection() const { return m_conn; }
    // 429 (and 502/503/504) retries; Retry-After above maxWaitSeconds is capped to it.
    void setRetries(int max429Retries, int maxWaitSeconds = 120);
    void setTimeoutMs(int ms) { m_httpOptions.timeoutMs = ms; }
    void setVerifyTls(bool on) { m_httpOptions.verifyTls = on; }
    // Answers larger than this fail with error "too_large" (Port's whole action list fits easily).
    void setMaxBodyBytes(qint64 bytes) { m_httpOptions.maxBodyBytes = bytes; }

    // `path` starts with "/v1/" and may carry a query. The body is sent as application/json.
    PortReply *send(const QString &method, const QString &path, const QByteArray &body = {});
    PortReply *get(const QString &path) { return send(QStringLiteral("GET"), path); }
    // The org's recent runs of an action (empty: of every action), at most `limit` (1–1000):
    // {ok, runs}; org::parseRunList() reads them, newest first.
    PortReply *listRuns(const QString &actionIdentifier, int limit);
    // One run, v2 shape: {ok, run}.
    PortReply *getRun(const QString &runId);

    // What must be masked wherever requests are shown: the client secret and the current token.
    QStringList secretValues() const;
    QString currentToken() const { return m_token; }
    // Test hook and "log out": the next call fetches a new token.
    void forgetToken();

    static QString percent(const QString &segment);  // one path segment, percent-encoded

private:
    friend class PortReply;
    using TokenCallback = std::function<void(const QString &token, const PortResult &failure)>;
    void withToken(QObject *context, TokenCallback then);
    void onTokenAnswer(const HttpCallResult &r);
    HttpCall *newCall(const QString &method, const QString &path, const HeaderList &headers, const QByteArray &body);
    // Seconds to wait before attempt `attempt` (1-based) after `r`, or -1 for "do not retry".
    int retryDelay(const HttpCallResult &r, int attempt) const;

    QNetworkAccessManager *m_nam;
    bool m_ownsNam = false;
    PortConnection m_conn;
    HttpCallOptions m_httpOptions;
    int m_maxRetries = 5;
    int m_maxWait = 120;
    QString m_token;
    QDateTime m_tokenExpires;
    QPointer<HttpCall> m_tokenCall;
    QList<QPair<QPointer<QObject>, TokenCallback>> m_tokenWaiters;
};

// Builds a PortResult from one exchange: Port's error wrapper, non-JSON answers, truncation.
PortResult portResultFrom(const HttpCallResult &r);

}  // namespace ad
