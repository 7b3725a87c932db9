#include "app/runner/runnersettingspages.h"
#include "app/util/themecolors.h"

#include "app/runner/runnerservice.h"
#include "runner/secretstore.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ad::app {

RunnerSettingsPages::RunnerSettingsPages(RunnerService *service, QWidget *parent)
    : QObject(parent), m_service(service), m_backends(new QWidget(parent)), m_runner(new QWidget(parent))
{
    const RunnerSettings s = service->settings();
    m_backends->setObjectName(QStringLiteral("backendsPage"));
    m_runner->setObjectName(QStringLiteral("runnerPage"));

    // --- Backends and secrets ---
    auto *bl = new QVBoxLayout(m_backends);
    auto *portGroup = new QGroupBox(tr("Port (the local runs API and entity upserts)"), m_backends);
    auto *portForm = new QFormLayout(portGroup);
    addSecret(m_backends, portForm, secretkeys::PortClientId, tr("Port client &id:"));
    addSecret(m_backends, portForm, secretkeys::PortClientSecret, tr("Port client &secret:"));
    addField(m_backends, portForm, QStringLiteral("portApiBase"), tr("Port API base:"), s.portApiBase,
             tr("empty: entity upserts are dry runs"));
    bl->addWidget(portGroup);
    auto *backends = new QGroupBox(tr("Backends"), m_backends);
    auto *bForm = new QFormLayout(backends);
    addSecret(m_backends, bForm, secretkeys::GitHubToken, tr("&GitHub token:"));
    addField(m_backends, bForm, QStringLiteral("githubApiBase"), tr("GitHub API base:"), s.githubApiBase,
             QStringLiteral("https://api.github.com"));
    addSecret(m_backends, bForm, secretkeys::GitLabToken, tr("Git&Lab API token:"));
    addSecret(m_backends, bForm, secretkeys::GitLabTriggerToken, tr("GitLab trigger token:"));
    addField(m_backends, bForm, QStringLiteral("gitlabBaseUrl"), tr("GitLab base URL:"), s.gitlabBaseUrl,
             QStringLiteral("https://gitlab.com"));
    addField(m_backends, bForm, QStringLiteral("azureBaseUrl"), tr("Azure DevOps base:"), s.azureBaseUrl,
             QStringLiteral("https://dev.azure.com"));
    bl->addWidget(backends);
    auto *note = new QLabel(tr("Tokens and secrets are kept in the system keychain, never in the settings file. "
                               "An environment variable (named in each empty field) is read first."),
                            m_backends);
    note->setWordWrap(true);
    note->setEnabled(false);
    bl->addWidget(note);
    m_error = new QLabel(m_backends);
    m_error->setObjectName(QStringLiteral("secretsMessage"));
    m_error->setWordWrap(true);
    setErrorText(m_error, true);
    m_error->hide();
    bl->addWidget(m_error);
    bl->addStretch(1);

    // --- Runner ---
    auto *rl = new QVBoxLayout(m_runner);
    auto *apiGroup = new QGroupBox(tr("Local runs API (the designer plays Port)"), m_runner);
    auto *apiForm = new QFormLayout(apiGroup);
    m_port = new QSpinBox(m_runner);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(s.runsApiPort);
    m_port->setToolTip(tr("A fixed port keeps the address backends report to (default %1); when it is taken, the "
                          "next free one is used and the Runner dock says so.")
                           .arg(RunnerSettings::kDefaultRunsApiPort));
    apiForm->addRow(tr("&Port:"), m_port);
    rl->addWidget(apiGroup);
    auto *runs = new QGroupBox(tr("Runs"), m_runner);
    auto *runForm = new QFormLayout(runs);
    m_agentDirect = new QCheckBox(tr("Agent webhooks: call the URL as the agent would (instead of Kafka)"), m_runner);
    m_agentDirect->setChecked(s.agentDirect);
    runForm->addRow(QString(), m_agentDirect);
    m_timeout = new QSpinBox(m_runner);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(s.timeoutSeconds);
    runForm->addRow(tr("Request &timeout:"), m_timeout);
    rl->addWidget(runs);
    auto *kafka = new QGroupBox(tr("Kafka"), m_runner);
    auto *kForm = new QFormLayout(kafka);
    addField(m_runner, kForm, QStringLiteral("kafkaBootstrap"), tr("Bootstrap servers:"), s.kafkaBootstrap,
             QStringLiteral("host:9092"));
    addField(m_runner, kForm, QStringLiteral("kafkaTopic"), tr("Topic:"), s.kafkaTopic, tr("<ORG_ID>.runs"));
    addField(m_runner, kForm, QStringLiteral("kafkaSecurityProtocol"), tr("Security protocol:"),
             s.kafkaSecurityProtocol, QStringLiteral("SASL_SSL"));
    addField(m_runner, kForm, QStringLiteral("kafkaSaslMechanism"), tr("SASL mechanism:"), s.kafkaSaslMechanism,
             QStringLiteral("SCRAM-SHA-512"));
    addField(m_runner, kForm, QStringLiteral("kafkaUsername"), tr("SASL username:"), s.kafkaUsername);
    addSecret(m_runner, kForm, secretkeys::KafkaPassword, tr("SASL password:"));
    rl->addWidget(kafka);
    auto *tls = new QLabel(tr("TLS verification can be switched off per run in the Runner dock."), m_runner);
    tls->setWordWrap(true);
    tls->setEnabled(false);
    rl->addWidget(tls);
    rl->addStretch(1);
}

QString RunnerSettingsPages::keepForSessionText()
{
    return tr("Keep for This Session Only");
}

QString RunnerSettingsPages::useEnvironmentText()
{
    return tr("Use the Environment Variable");
}

QLineEdit *RunnerSettingsPages::addField(QWidget *page, QFormLayout *form, const QString &name, const QString &label,
                                         const QString &value, const QString &placeholder)
{
    auto *e = new QLineEdit(value, page);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    form->addRow(label, e);
    m_fields.insert(name, e);
    return e;
}

QLineEdit *RunnerSettingsPages::addSecret(QWidget *page, QFormLayout *form, const QString &key, const QString &label)
{
    auto *e = new QLineEdit(page);
    e->setObjectName(key);
    e->setEchoMode(QLineEdit::Password);
    form->addRow(label, e);
    m_secrets.insert(key, e);
    updatePlaceholder(key);
    return e;
}

void RunnerSettingsPages::updatePlaceholder(const QString &key)
{
    QLineEdit *e = m_secrets.value(key);
    // Never read the value back into the widget: only say whether one is stored, and where.
    const bool session = m_service->sessionSecrets() && m_service->sessionSecrets()->isSessionOnly(key);
    const bool stored = m_service->secrets()->read(key).has_value();
    const QString env = EnvSecretStore::envVarFor(key);
    e->setPlaceholderText(session  ? tr("kept for this session only — type to replace")
                          : stored ? tr("stored — type to replace")
                          : env.isEmpty() ? tr("not set")
                                          : tr("not set (or %1)").arg(env));
}

bool RunnerSettingsPages::apply()
{
    RunnerSettings s = m_service->settings();
    s.runsApiPort = m_port->value();
    s.timeoutSeconds = m_timeout->value();
    s.agentDirect = m_agentDirect->isChecked();
    for (const RunnerSettings::TextField &f : RunnerSettings::textFields())
        if (const QLineEdit *e = m_fields.value(QLatin1String(f.key)))
            s.*f.member = e->text().trimmed();

    QStringList messages;
    bool allStored = true;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        const QString v = it.value()->text();
        if (v.isEmpty())
            continue;
        if (m_service->secrets()->write(it.key(), v)) {
            it.value()->clear();
            updatePlaceholder(it.key());
            continue;
        }
        // Nothing was stored: say so, and let the user choose where the value lives instead.
        const QString env = EnvSecretStore::envVarFor(it.key());
        const QString reason = m_service->secrets()->lastError();
        QStringList buttons{keepForSessionText()};
        if (!env.isEmpty())
            buttons << useEnvironmentText();
        buttons << tr("Cancel");
        const Question q{tr("No Keychain Available"),
                         tr("No keychain is available to store this secret (%1), so it was NOT saved. Keep it in "
                            "memory for this session only (gone when Action Designer quits)%2?")
                             .arg(reason.isEmpty() ? tr("no answer") : reason,
                                  env.isEmpty() ? QString()
                                                : tr(", or set the environment variable %1 before starting "
                                                     "Action Designer (it is read first)")
                                                      .arg(env)),
                         {},
                         buttons};
        const int c = m_ask ? m_ask(q) : ReportDialog::ask(q, m_backends);
        const QString choice = c >= 0 && c < buttons.size() ? buttons.at(c) : QString();
        if (choice == keepForSessionText()) {
            m_service->sessionSecrets()->keepForSession(it.key(), v);
            it.value()->clear();
            updatePlaceholder(it.key());
            messages << tr("%1: no keychain; kept for this session only.").arg(it.key());
        } else if (choice == useEnvironmentText()) {
            it.value()->clear();
            messages << tr("%1: not stored; set %2 in the environment before starting Action Designer.")
                            .arg(it.key(), env);
            allStored = false;
        } else {
            messages << tr("%1: not stored (no keychain available: %2).").arg(it.key(), reason);
            allStored = false;
        }
    }
    m_service->setSettings(s);
    m_error->setVisible(!messages.isEmpty());
    m_error->setText(messages.join(QLatin1Char('\n')));
    return allStored;
}

}  // namespace ad::app
