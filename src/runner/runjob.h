#pragma once
// Per-backend jobs behind Invoker: one object per started run, deleted when it has nothing more to do.

#include "invocation/renderedinvocation.h"
#include "invocation/wireheaders.h"
#include "runner/httpcall.h"
#include "runner/invoker.h"

#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <functional>
#include <memory>

class QNetworkAccessManager;

namespace ad {

class RunStore;
class SecretStore;

struct JobContext {
    RunStore *store = nullptr;
    SecretStore *secrets = nullptr;
    QNetworkAccessManager *nam = nullptr;
    QString runId;
    RenderedInvocation inv;
    InvokeOptions options;
};

// "GitHub answered HTTP 404 Not Found: Not Found", or the transport error.
QString httpFailure(const QString &who, const HttpCallResult &r);

class RunJob : public QObject {
    Q_OBJECT
public:
    explicit RunJob(JobContext ctx, QObject *parent = nullptr);
    virtual void start() = 0;
    virtual void cancel();
    // Ends the job without touching the run's status; a request in flight is dropped unanswered.
    void stopFollowing(const QString &message);
    const QString &runId() const { return m_ctx.runId; }

signals:
    void progress(const QString &message);
    void requestFinished(bool ok, const QString &message);
    void done();

protected:
    using HttpCallback = std::function<void(const HttpCallResult &)>;
    // Sends one request; `record` stores it (and its response) as the run's request/response.
    void http(const QString &method, const QString &url, const HeaderList &headers, const QByteArray &body,
              bool record, HttpCallback then);
    void log(const QString &message);
    void fail(const QString &message);        // ends the run FAILURE and the job
    void succeed(const QString &message);     // ends the run SUCCESS and the job
    void finishJob();                         // the job is done, the run keeps its status
    bool runEnded() const;                    // ended elsewhere (runs API)?
    // A secret from the store; added to the run's masked values.
    QString secret(const QString &key);
    void addSecret(const QString &value);
    QString url() const;  // the invocation URL rebased onto options.apiBase
    // Repeats `step` every pollIntervalMs until it returns false, the run ends or the job is cancelled.
    void poll(std::function<void(std::function<void(bool again)>)> step);

    JobContext m_ctx;
    QPointer<HttpCall> m_call;
    QTimer m_pollTimer;
    QElapsedTimer m_followClock;
    bool m_cancelled = false;
    bool m_finished = false;
};

// WEBHOOK (direct / "as the agent would") and AZURE_DEVOPS: one request.
class HttpJob : public RunJob {
    Q_OBJECT
public:
    using RunJob::RunJob;
    void start() override;
};

class GitHubJob : public RunJob {
    Q_OBJECT
public:
    using RunJob::RunJob;
    void start() override;

private:
    void findRun(int attempt);
    void followRun(const QString &runUrl);
    QString m_repoApi;  // {api}/repos/{org}/{repo}
    HeaderList m_apiHeaders;
    QDateTime m_dispatchedAt;
};

class GitLabJob : public RunJob {
    Q_OBJECT
public:
    using RunJob::RunJob;
    void start() override;

private:
    void follow(const QString &pipelineUrl, const QString &apiToken);
};

// KAFKA, and WEBHOOK agent: true: produce with librdkafka on a worker thread.
class KafkaJob : public RunJob {
    Q_OBJECT
public:
    using RunJob::RunJob;
    ~KafkaJob() override;
    void start() override;
    void cancel() override;

private:
    void delivered(bool ok, const QString &error, int partition, qlonglong offset);
    std::shared_ptr<std::atomic<bool>> m_stop = std::make_shared<std::atomic<bool>>(false);
    QThread *m_thread = nullptr;
    QString m_topic;
};

class PortClient;
class PortReply;

// UPSERT_ENTITY through Port's API (PortClient), or recorded as a dry run without a connection.
class UpsertJob : public RunJob {
    Q_OBJECT
public:
    using RunJob::RunJob;
    void start() override;
    void cancel() override;

private:
    PortClient *m_port = nullptr;
    QPointer<PortReply> m_reply;
};

}  // namespace ad
