#pragma once
// The runner shared by every designer window: the run history (SQLite), the local runs API, the
// invoker, the secret store and a background renderer. Starting a run here creates its id first,
// renders the action with that id as .run.id off the UI thread, then fires the invocation.

#include "app/runner/runnersettings.h"
#include "context/scenario.h"
#include "json/jsonvalue.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace ad {
class BackgroundRenderer;
class Invoker;
class LocalTestBackend;
struct InvocationPreview;
class RunStore;
class RunsApi;
class SecretResolver;
class SecretStore;
class SessionSecretStore;
class TemplateEngine;
}  // namespace ad

namespace ad::app {

// What a run is made from: kept for the runs of this session so Re-run sends the same action again.
struct RunSource {
    JsonValue action;        // the action object
    QString actionPath;      // its file (scenario sidecar); empty for an untitled document
    std::optional<Scenario> scenario;  // set: render with it; else the sidecar's scenario `scenarioName`
    QString scenarioName;    // empty: the sidecar's active scenario
    bool skipTlsVerify = false;
    // Send the webhook to the local test backend instead of the action's URL (this run only; the
    // action is not changed). WEBHOOK actions only.
    bool localBackend = false;
};

class RunnerService : public QObject {
    Q_OBJECT
public:
    // `historyPath` empty = RunStore::defaultPath(). `secrets` null = the OS keychain behind the
    // environment override (GITHUB_TOKEN, ...); otherwise not owned.
    explicit RunnerService(const QString &historyPath = {}, SecretStore *secrets = nullptr, QObject *parent = nullptr);
    ~RunnerService() override;

    RunStore *store() const { return m_store; }
    RunsApi *runsApi() const { return m_api; }
    Invoker *invoker() const { return m_invoker; }
    // Started on the first run against it (RunSource::localBackend).
    LocalTestBackend *localBackend() const { return m_localBackend; }
    // Why `action` cannot run against the local test backend (empty: it can).
    QString localBackendUnavailable(const JsonValue &action) const;
    SecretStore *secrets() const { return m_secrets; }
    // The same store for scenario sidecars' secret refs (the preview's scenario editor).
    SecretResolver *secretResolver() const { return m_resolver.get(); }
    // Values kept in memory for this session only (chosen when no keychain is reachable), and the
    // resolver that writes scenario secrets there.
    SessionSecretStore *sessionSecrets() const { return m_session.get(); }
    SecretResolver *sessionResolver() const { return m_sessionResolver.get(); }
    // Carries the jq worker binary the runs render with (tests point it at the app); the renders
    // themselves run on the background renderer's own engine, never on this one.
    TemplateEngine *engine() const { return m_engine; }
    QString historyError() const { return m_historyError; }
    QString runsApiError() const { return m_apiError; }
    // Set when the configured port was taken and the runs API listens on another one.
    QString runsApiNotice() const { return m_apiNotice; }

    RunnerSettings settings() const { return m_settings; }
    // Stores the settings (QSettings) and applies them: re-listens when the port changed, reloads
    // the runs API credentials and the masked values from the SecretStore.
    void setSettings(const RunnerSettings &s);
    // Re-reads the Port client id/secret (after the settings dialog wrote them).
    void reloadCredentials();

    // Creates the run and returns its id at once (empty with *error when not even a run could be
    // created: no action). The render runs in the background; when it is done the invocation is
    // fired from this thread. A render failure ends the run as FAILURE.
    QString startRun(const RunSource &source, QString *error = nullptr);
    // Ends the run as cancelled: a render in progress is dropped (nothing is sent), a running
    // invocation is aborted.
    void cancelRun(const QString &runId);
    // Rendering, or sending / following through the invoker.
    bool isActive(const QString &runId) const;
    bool isRendering(const QString &runId) const;
    // Every active run, those still rendering last.
    QStringList activeRuns() const;
    // The source of a run started in this session (nullptr for older runs).
    const RunSource *sourceOf(const QString &runId) const;
    // What the run was made from: this session's source, else the action version and scenario name
    // the history recorded (its scenario is then read again from the action's sidecar). nullopt for
    // runs recorded before the history kept sources.
    std::optional<RunSource> recordedSource(const QString &runId) const;

signals:
    void runStarted(const QString &runId);
    void runsApiChanged();

private:
    // What the invocation needs once its render is done.
    struct PendingRun {
        QString runId;
        QString backend;
        Scenario scenario;
        QStringList warnings;  // from loading the scenario
        bool skipTlsVerify = false;
        bool localBackend = false;
    };

    void listen();
    void rendered(quint64 request, const InvocationPreview &preview);

    std::unique_ptr<SecretStore> m_ownedSecrets;
    std::unique_ptr<SecretStore> m_keychain;
    std::unique_ptr<SessionSecretStore> m_session;
    SecretStore *m_secrets;
    std::unique_ptr<SecretResolver> m_resolver;
    std::unique_ptr<SecretResolver> m_sessionResolver;
    RunStore *m_store;
    RunsApi *m_api;
    Invoker *m_invoker;
    LocalTestBackend *m_localBackend;
    TemplateEngine *m_engine;
    BackgroundRenderer *m_renderer;
    QHash<quint64, PendingRun> m_rendering;  // by render request
    RunnerSettings m_settings;
    QString m_historyError;
    QString m_apiError;
    QString m_apiNotice;
    QString m_clientSecret;  // for signing when the scenario has none
    QHash<QString, RunSource> m_sources;
};

}  // namespace ad::app
