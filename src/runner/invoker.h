#pragma once
// Fires a RenderedInvocation at its backend and follows it: WEBHOOK (direct or through Kafka as the
// agent gets it), GITHUB (dispatch + follow the workflow run), GITLAB (trigger + follow the
// pipeline), AZURE_DEVOPS, KAFKA, UPSERT_ENTITY (dry run or Port's API). Everything it sends and
// receives goes into the RunStore (masked); the runs API may end the same run meanwhile.
//
// Order of use: id = createRun(...); render the invocation with .run.id = id; start(id, inv).

#include "invocation/renderedinvocation.h"
#include "runner/run.h"

#include <QHash>
#include <QObject>
#include <QPointer>

class QNetworkAccessManager;

namespace ad {

class RunStore;
class SecretStore;
class RunJob;

struct InvokeOptions {
    int timeoutMs = 30000;             // per HTTP request / Kafka delivery
    bool verifyTls = true;             // false: a warning is added to the run
    qint64 maxResponseBytes = 1024 * 1024;       // kept in the history; the rest counted only
    qint64 maxReadBytes = 16 * 1024 * 1024;      // read at most: past it the request fails
    int pollIntervalMs = 3000;         // GitHub / GitLab following
    int followTimeoutMs = 0;           // give up following after this (0 = until the run ends or cancel)
    // Replaces scheme://host[/prefix] of GitHub ("…/repos/"), GitLab ("…/api/v4/") and Azure DevOps
    // ("…/{org}/_apis/") URLs: GitHub Enterprise, self-hosted GitLab, Azure DevOps Server, tests.
    QString apiBase;
    bool agentDirect = false;          // WEBHOOK agent: true -> call the URL "as the agent would"
    // WEBHOOK only: send to this URL instead of the action's, for this run only (the local test
    // backend). The run log says so and names the action's URL; agent: true is then called "as the
    // agent would". Any other backend ends the run FAILURE before anything is sent.
    QString webhookUrlOverride;
    // Kafka (KAFKA, and WEBHOOK agent: true unless agentDirect)
    QString kafkaBootstrap;            // host:port[,host:port]
    QString kafkaTopic;                // overrides the invocation's topic
    QString orgId = QStringLiteral("ORG_ID");  // topic default <orgId>.runs
    QList<QPair<QString, QString>> kafkaConfig;  // librdkafka properties as-is (security.protocol, sasl.*)
    // UPSERT_ENTITY: with a Port API base the entity is upserted for real, else a dry run.
    QString portApiBase;
    QString portClientId;              // empty: secret store / PORT_CLIENT_ID
    QString portClientSecret;          // empty: secret store / PORT_CLIENT_SECRET
};

class Invoker : public QObject {
    Q_OBJECT
public:
    Invoker(RunStore *store, SecretStore *secrets, QObject *parent = nullptr);
    ~Invoker() override;

    // Creates the IN_PROGRESS run the invocation will be rendered for; returns its id ("r_…").
    QString createRun(const QString &action, const QString &backend, const QString &scenario);
    // Sends the invocation for a run made by createRun(). Returns false (and ends the run as
    // FAILURE with the reason) when it cannot even start. Asynchronous otherwise.
    bool start(const QString &runId, const RenderedInvocation &invocation, const InvokeOptions &options = {});
    // Aborts the request / following; the run ends FAILURE "Cancelled by the user".
    void cancel(const QString &runId);
    // Stops following the run (polling, a poll in flight) and leaves its status alone: the run
    // goes on at the backend. `message` goes into the run log.
    void stopFollowing(const QString &runId, const QString &message);
    bool isActive(const QString &runId) const { return m_jobs.contains(runId); }
    QStringList activeRuns() const { return m_jobs.keys(); }

    // Rebases `url` onto `apiBase` for `backend` (see InvokeOptions::apiBase). Unchanged when it
    // cannot tell where the API path starts.
    static QString rebaseUrl(const QString &backend, const QString &url, const QString &apiBase);

signals:
    void progress(const QString &runId, const QString &message);
    // The request itself is done: ok = delivered and accepted (2xx / delivery report). The run may
    // still be IN_PROGRESS (async webhook, Kafka, following a workflow).
    void requestFinished(const QString &runId, bool ok, const QString &message);
    // The invoker does nothing more for this run (the runs API may still end it).
    void jobFinished(const QString &runId);

private:
    RunStore *m_store;
    SecretStore *m_secrets;
    QNetworkAccessManager *m_nam;
    QHash<QString, QPointer<RunJob>> m_jobs;
};

}  // namespace ad
