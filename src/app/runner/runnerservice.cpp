#include "app/runner/runnerservice.h"

#include "context/scenariofile.h"
#include "invocation/invocationformat.h"
#include "invocation/invocationrender.h"
#include "runner/invoker.h"
#include "runner/runsapi.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"
#include "template/templateengine.h"

#include <QCoreApplication>
#include <QFileInfo>

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

RunnerService::RunnerService(const QString &historyPath, SecretStore *secrets, QObject *parent)
    : QObject(parent), m_secrets(secrets)
{
    if (!m_secrets) {
        m_keychain = std::make_unique<KeychainSecretStore>();
        m_ownedSecrets = std::make_unique<EnvSecretStore>(m_keychain.get());
        m_secrets = m_ownedSecrets.get();
    }
    m_resolver = std::make_unique<SecretStoreResolver>(m_secrets);
    m_store = new RunStore(this);
    if (!m_store->open(historyPath.isEmpty() ? RunStore::defaultPath() : historyPath, &m_historyError))
        m_historyError = tr("Run history unavailable: %1").arg(m_historyError);
    m_api = new RunsApi(m_store, this);
    m_invoker = new Invoker(m_store, m_secrets, this);
    m_engine = new TemplateEngine(this);
    m_settings = RunnerSettings::load();
    reloadCredentials();
    listen();
}

RunnerService::~RunnerService() = default;

void RunnerService::listen()
{
    m_apiError.clear();
    QString err;
    if (!m_api->listen(quint16(qBound(0, m_settings.runsApiPort, 65535)), &err))
        m_apiError = err.isEmpty() ? tr("cannot listen on port %1").arg(m_settings.runsApiPort) : err;
    emit runsApiChanged();
}

void RunnerService::setSettings(const RunnerSettings &s)
{
    const bool relisten = s.runsApiPort != m_settings.runsApiPort || !m_api->isListening();
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
    emit runStarted(id);
    if (!scenarioError.isEmpty()) {
        m_store->finish(id, runstatus::Failure, tr("Scenario: %1").arg(scenarioError));
        return id;
    }

    scenario.runId = id;
    if (scenario.clientSecret.isEmpty())
        scenario.clientSecret = m_clientSecret;
    const InvocationPreview preview = renderInvocation(source.action, scenario, *m_engine);
    const QStringList secretValues = scenario.secretValues() + preview.invocation.secretValues;
    m_store->addRunSecrets(id, secretValues);
    for (const QString &w : std::as_const(warnings) + preview.warnings)
        m_store->addWarning(id, maskSecrets(w, secretValues));
    if (!preview.ok()) {
        m_store->finish(id, runstatus::Failure, tr("The invocation could not be rendered: %1")
                                                    .arg(maskSecrets(preview.render.fatalError, secretValues)));
        return id;
    }
    for (const TemplateTrace &t : preview.render.traces)
        if (!t.error.isEmpty())
            m_store->addWarning(id, maskSecrets(tr("%1: {{%2}} failed, rendered as null: %3").arg(t.pointer, t.filter, t.error),
                                                secretValues));

    InvokeOptions options = m_settings.invokeOptions(backend);
    options.verifyTls = !source.skipTlsVerify;
    options.orgId = scenario.orgId;
    RenderedInvocation inv = preview.invocation;
    inv.secretValues = secretValues;
    m_invoker->start(id, inv, options);
    return id;
}

const RunSource *RunnerService::sourceOf(const QString &runId) const
{
    auto it = m_sources.constFind(runId);
    return it == m_sources.constEnd() ? nullptr : &it.value();
}

}  // namespace ad::app
