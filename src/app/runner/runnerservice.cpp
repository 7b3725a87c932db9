#include "app/runner/runnerservice.h"

#include "context/scenariofile.h"
#include "invocation/backgroundrenderer.h"
#include "invocation/invocationformat.h"
#include "invocation/invocationrender.h"
#include "runner/invoker.h"
#include "runner/localbackend.h"
#include "runner/runsapi.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"
#include "template/templateengine.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace ad::app {

namespace {

QString actionName(const JsonValue &action)
{
    const QString id = action.value(u"identifier").toString(QString());
    if (!id.isEmpty())
        return id;
    const QString title = action.value(u"title").toString(QString());
    return title.isEmpty() ? QCoreApplication::translate("ad::app::RunnerService", "(untitled action)") : title;
}

}  // namespace

// Scenario secrets the user chose to keep for this session only (no keychain reachable).
class SessionResolver : public SecretResolver {
public:
    explicit SessionResolver(SessionSecretStore *store) : m_store(store) {}
    std::optional<QString> readSecret(const QString &key) const override { return m_store->read(key); }
    bool writeSecret(const QString &key, const QString &value, QString *) override
    {
        m_store->keepForSession(key, value);
        return true;
    }
    void removeSecret(const QString &key) override { m_store->remove(key); }

private:
    SessionSecretStore *m_store;
};

RunnerService::RunnerService(const QString &historyPath, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{
    if (!m_secrets) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_ownedSecrets = std::make_unique<EnvSecretStore>(m_keychain.get());
        m_secrets = m_ownedSecrets.get();
    }
    m_session = std::make_unique<SessionSecretStore>(m_secrets);
    m_secrets = m_session.get();
    m_resolver = std::make_unique<SecretStoreResolver>(m_secrets);
    m_sessionResolver = std::make_unique<SessionResolver>(m_session.get());
    m_store = new RunStore(this);
    if (!m_store->open(historyPath.isEmpty() ? RunStore::defaultPath() : historyPath, &m_historyError))
        m_historyError = tr("Run history unavailable: %1").arg(m_historyError);
    m_api = new RunsApi(m_store, this);
    m_api->setNoSecretHint(tr("No client secret is configured for the local runs API: set \"Port client secret\" in "
                              "Settings > Backends and secrets (Ctrl+,)."));
    m_invoker = new Invoker(m_store, m_secrets, this);
    m_localBackend = new LocalTestBackend(m_api, this);
    m_engine = new TemplateEngine(this);
    m_renderer = new BackgroundRenderer(this);
    m_renderer->setStopAtFirstTimeout(true);  // the run has failed at the first timeout
    connect(m_renderer, &BackgroundRenderer::finished, this, &RunnerService::rendered);
    m_settings = RunnerSettings::load();
    reloadCredentials();
    listen();
}

RunnerService::~RunnerService()
{
    // First, while everything else still stands: waits for a render in flight and drops its result.
    // Runs still rendering stay IN_PROGRESS; the next session ends them as "interrupted".
    delete m_renderer;
}

void RunnerService::listen()
{
    m_apiError.clear();
    m_apiNotice.clear();
    const int wanted = qBound(0, m_settings.runsApiPort, 65535);
    QString err;
    bool inUse = false;
    bool ok = m_api->listen(quint16(wanted), &err, &inUse);
    // Taken (another designer, another program): the next free port for this session, said loudly,
    // since backends configured with the wanted one reach someone else.
    for (int next = wanted + 1; !ok && inUse && wanted > 0 && next <= qMin(wanted + 20, 65535); ++next) {
        ok = m_api->listen(quint16(next), nullptr, &inUse);
        if (ok)
            m_apiNotice = tr("Port %1 is taken (another designer or program listens there), so the runs API uses %2 in "
                             "this session. Backends configured with port %1 do not reach this window; choose a free "
                             "port in Settings > Runner (Ctrl+,) to keep one address.")
                              .arg(wanted)
                              .arg(next);
    }
    if (!ok)
        m_apiError = err.isEmpty() ? tr("cannot listen on port %1").arg(wanted) : err;
    emit runsApiChanged();
}

void RunnerService::setSettings(const RunnerSettings &s)
{
    // Also when the configured port was taken before: applying the settings tries it again.
    const bool relisten = s.runsApiPort != m_settings.runsApiPort || !m_api->isListening() || !m_apiNotice.isEmpty();
    m_settings = s;
    m_settings.save();
    reloadCredentials();
    if (relisten)
        listen();
}

void RunnerService::reloadCredentials()
{
    const QString id = m_secrets->read(secretkeys::PortClientId).value_or(QString());
    m_clientSecret = m_secrets->read(secretkeys::PortClientSecret).value_or(QString());
    m_api->setCredentials(id, m_clientSecret);
    // A real backend verifies with the org's client secret: the one configured here.
    m_localBackend->setClientSecret(m_clientSecret);
    // Whatever the backend echoes back (logs, responses) never stores these in clear.
    QStringList values;
    for (const QString &key : {secretkeys::PortClientSecret, secretkeys::GitHubToken, secretkeys::GitLabToken,
                               secretkeys::GitLabTriggerToken, secretkeys::KafkaPassword}) {
        const QString v = key == secretkeys::PortClientSecret ? m_clientSecret : m_secrets->read(key).value_or(QString());
        if (!v.isEmpty())
            values << v;
    }
    m_store->addGlobalSecrets(values);
}

QString RunnerService::startRun(const RunSource &source, QString *error)
{
    if (!source.action.isObject()) {
        if (error)
            *error = tr("There is no action to run.");
        return {};
    }
    const QString backend = source.action.value(u"invocationMethod").value(u"type").toString(QString());
    if (source.localBackend) {
        // Refused before a run is made: nothing was tried.
        QString why = localBackendUnavailable(source.action);
        if (why.isEmpty() && !m_localBackend->listen(0, &why))
            why = tr("The local test backend could not start: %1").arg(why);
        if (!why.isEmpty()) {
            if (error)
                *error = why;
            return {};
        }
    }

    Scenario scenario;
    QString scenarioError;
    QStringList warnings;
    if (source.scenario) {
        scenario = *source.scenario;
    } else if (!source.actionPath.isEmpty() && QFileInfo::exists(ScenarioFile::sidecarPath(source.actionPath))) {
        if (!ScenarioFile::scenarioForAction(source.actionPath, source.scenarioName, m_resolver.get(), &scenario,
                                             &scenarioError, &warnings))
            scenario = Scenario();
    }

    // The id exists before rendering, so .run.id in the payload is the run the runs API knows.
    const QString id = m_invoker->createRun(actionName(source.action), backend, scenario.name);
    m_sources.insert(id, source);
    // The action as it was, so a later session can send this version again.
    m_store->setSource(
        id, QJsonDocument(QJsonObject{{QStringLiteral("action"), QString::fromUtf8(writeJson(source.action))},
                                      {QStringLiteral("actionPath"), source.actionPath},
                                      {QStringLiteral("scenarioName"), scenario.name},
                                      {QStringLiteral("localBackend"), source.localBackend}})
                .toJson(QJsonDocument::Compact));
    emit runStarted(id);
    if (!scenarioError.isEmpty()) {
        m_store->finish(id, runstatus::Failure, tr("Scenario: %1").arg(scenarioError));
        return id;
    }

    scenario.runId = id;
    if (scenario.clientSecret.isEmpty())
        scenario.clientSecret = m_clientSecret;
    m_store->addRunSecrets(id, scenario.secretValues());
    // Stored in English; the timeline shows it in the UI language (runtimeline.cpp).
    m_store->appendLog(id, QStringLiteral("Rendering the invocation…"), QStringLiteral("runner"));
    // A runaway template must not freeze the window: render off the UI thread, send when done.
    m_renderer->setWorkerBinary(m_engine->workerBinary());
    const quint64 request = m_renderer->request(source.action, scenario);
    m_rendering.insert(request, PendingRun{id, backend, scenario, warnings, source.skipTlsVerify, source.localBackend});
    return id;
}

void RunnerService::rendered(quint64 request, const InvocationPreview &preview)
{
    const PendingRun run = m_rendering.take(request);
    const QString &id = run.runId;
    // Cancelled runs never get here; one deleted or ended by the runs API meanwhile is left alone.
    if (id.isEmpty() || m_store->status(id) != runstatus::InProgress)
        return;
    const QStringList secretValues = run.scenario.secretValues() + preview.invocation.secretValues;
    m_store->addRunSecrets(id, secretValues);
    for (const QString &w : std::as_const(run.warnings) + preview.warnings)
        m_store->addWarning(id, maskSecrets(w, secretValues));
    const QString sendError = preview.sendError();
    if (!sendError.isEmpty()) {
        m_store->finish(id, runstatus::Failure,
                        tr("The invocation could not be rendered: %1").arg(maskSecrets(sendError, secretValues)));
        return;
    }
    for (const TemplateTrace &t : preview.render.traces)
        if (!t.error.isEmpty())
            m_store->addWarning(id, maskSecrets(tr("%1: {{%2}} failed, rendered as null: %3").arg(t.pointer, t.filter, t.error),
                                                secretValues));

    InvokeOptions options = m_settings.invokeOptions(run.backend);
    options.verifyTls = !run.skipTlsVerify;
    options.orgId = run.scenario.orgId;
    if (run.localBackend)
        options.webhookUrlOverride = m_localBackend->webhookUrl(id);
    RenderedInvocation inv = preview.invocation;
    inv.secretValues = secretValues;
    m_invoker->start(id, inv, options);
}

QString RunnerService::localBackendUnavailable(const JsonValue &action) const
{
    const QString backend = action.value(u"invocationMethod").value(u"type").toString(QString());
    if (backend != QLatin1String("WEBHOOK"))
        return tr("The local test backend receives webhooks only: this action's backend is %1. Use Run (Ctrl+R) "
                  "to send it to its own backend.")
            .arg(backend.isEmpty() ? tr("not set") : backend);
    if (!m_api->isListening())
        return tr("The local test backend reports through the runs API, which is not running: %1 (Settings > Runner)")
            .arg(m_apiError);
    return {};
}

void RunnerService::cancelRun(const QString &runId)
{
    for (auto it = m_rendering.begin(); it != m_rendering.end(); ++it) {
        if (it->runId == runId) {
            m_renderer->cancel(it.key());
            m_rendering.erase(it);
            break;
        }
    }
    // Without a job (it was rendering) the invoker ends the run as cancelled itself.
    m_invoker->cancel(runId);
}

bool RunnerService::isRendering(const QString &runId) const
{
    for (const PendingRun &r : m_rendering)
        if (r.runId == runId)
            return true;
    return false;
}

bool RunnerService::isActive(const QString &runId) const
{
    return m_invoker->isActive(runId) || isRendering(runId);
}

QStringList RunnerService::activeRuns() const
{
    QStringList ids = m_invoker->activeRuns();
    QList<quint64> requests = m_rendering.keys();
    std::sort(requests.begin(), requests.end());
    for (quint64 r : std::as_const(requests))
        ids << m_rendering.value(r).runId;
    return ids;
}

const RunSource *RunnerService::sourceOf(const QString &runId) const
{
    auto it = m_sources.constFind(runId);
    return it == m_sources.constEnd() ? nullptr : &it.value();
}

std::optional<RunSource> RunnerService::recordedSource(const QString &runId) const
{
    if (const RunSource *s = sourceOf(runId))
        return *s;
    const std::optional<Run> run = m_store->header(runId, true);
    if (!run || run->source.isEmpty())
        return std::nullopt;
    const QJsonObject o = QJsonDocument::fromJson(run->source).object();
    const JsonParseResult action = parseJson(o.value(QStringLiteral("action")).toString());
    if (!action.ok() || !action.value.isObject())
        return std::nullopt;
    RunSource s;
    s.action = action.value;
    s.actionPath = o.value(QStringLiteral("actionPath")).toString();
    s.scenarioName = o.value(QStringLiteral("scenarioName")).toString();
    s.localBackend = o.value(QStringLiteral("localBackend")).toBool();
    return s;
}

}  // namespace ad::app
