#include "app/runner/runnersettingsdialog.h"

#include "app/runner/runnerservice.h"
#include "runner/secretstore.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace ad::app {

RunnerSettingsDialog::RunnerSettingsDialog(RunnerService *service, QWidget *parent)
    : QDialog(parent), m_service(service)
{
    setWindowTitle(tr("Runner Settings"));
    const RunnerSettings s = service->settings();
    auto *lay = new QVBoxLayout(this);

    auto *portGroup = new QGroupBox(tr("Local runs API (the designer plays Port)"), this);
    auto *portForm = new QFormLayout(portGroup);
    m_port = new QSpinBox(this);
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("any free port"));
    m_port->setValue(s.runsApiPort);
    m_port->setToolTip(tr("A fixed port keeps the address backends report to (default %1); when it is taken, the "
                          "next free one is used and the Runner dock says so.")
                           .arg(RunnerSettings::kDefaultRunsApiPort));
    portForm->addRow(tr("&Port:"), m_port);
    addSecret(portForm, secretkeys::PortClientId, tr("Port client &id:"));
    addSecret(portForm, secretkeys::PortClientSecret, tr("Port client &secret:"));
    addField(portForm, QStringLiteral("portApiBase"), tr("Port API base:"), s.portApiBase,
             tr("empty: entity upserts are dry runs"));
    lay->addWidget(portGroup);

    auto *backends = new QGroupBox(tr("Backends"), this);
    auto *bForm = new QFormLayout(backends);
    addSecret(bForm, secretkeys::GitHubToken, tr("&GitHub token:"));
    addField(bForm, QStringLiteral("githubApiBase"), tr("GitHub API base:"), s.githubApiBase,
             QStringLiteral("https://api.github.com"));
    addSecret(bForm, secretkeys::GitLabToken, tr("Git&Lab API token:"));
    addSecret(bForm, secretkeys::GitLabTriggerToken, tr("GitLab trigger token:"));
    addField(bForm, QStringLiteral("gitlabBaseUrl"), tr("GitLab base URL:"), s.gitlabBaseUrl, QStringLiteral("https://gitlab.com"));
    addField(bForm, QStringLiteral("azureBaseUrl"), tr("Azure DevOps base:"), s.azureBaseUrl, QStringLiteral("https://dev.azure.com"));
    m_agentDirect = new QCheckBox(tr("Agent webhooks: call the URL as the agent would (instead of Kafka)"), this);
    m_agentDirect->setChecked(s.agentDirect);
    bForm->addRow(QString(), m_agentDirect);
    m_timeout = new QSpinBox(this);
    m_timeout->setRange(1, 3600);
    m_timeout->setSuffix(tr(" s"));
    m_timeout->setValue(s.timeoutSeconds);
    bForm->addRow(tr("Request &timeout:"), m_timeout);
    lay->addWidget(backends);

    auto *kafka = new QGroupBox(tr("Kafka"), this);
    auto *kForm = new QFormLayout(kafka);
    addField(kForm, QStringLiteral("kafkaBootstrap"), tr("Bootstrap servers:"), s.kafkaBootstrap, QStringLiteral("host:9092"));
    addField(kForm, QStringLiteral("kafkaTopic"), tr("Topic:"), s.kafkaTopic, tr("<ORG_ID>.runs"));
    addField(kForm, QStringLiteral("kafkaSecurityProtocol"), tr("Security protocol:"), s.kafkaSecurityProtocol,
             QStringLiteral("SASL_SSL"));
    addField(kForm, QStringLiteral("kafkaSaslMechanism"), tr("SASL mechanism:"), s.kafkaSaslMechanism,
             QStringLiteral("SCRAM-SHA-512"));
    addField(kForm, QStringLiteral("kafkaUsername"), tr("SASL username:"), s.kafkaUsername);
    addSecret(kForm, secretkeys::KafkaPassword, tr("SASL password:"));
    lay->addWidget(kafka);

    auto *note = new QLabel(tr("Tokens and secrets are kept in the system keychain, never in the settings file. "
                               "TLS verification can be switched off per run in the Runner dock."),
                            this);
    note->setWordWrap(true);
    note->setEnabled(false);
    lay->addWidget(note);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #d03a3a; }"));
    m_error->hide();
    lay->addWidget(m_error);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &RunnerSettingsDialog::apply);
    lay->addWidget(buttons);
    resize(560, sizeHint().height());
}

QLineEdit *RunnerSettingsDialog::addField(QFormLayout *form, const QString &name, const QString &label,
                                          const QString &value, const QString &placeholder)
{
    auto *e = new QLineEdit(value, this);
    e->setObjectName(name);
    e->setPlaceholderText(placeholder);
    form->addRow(label, e);
    m_fields.insert(name, e);
    return e;
}

QLineEdit *RunnerSettingsDialog::addSecret(QFormLayout *form, const QString &key, const QString &label)
{
    auto *e = new QLineEdit(this);
    e->setObjectName(key);
    e->setEchoMode(QLineEdit::Password);
    // Never read the value back into the widget: only say whether one is stored.
    const bool stored = m_service->secrets()->read(key).has_value();
    const QString env = EnvSecretStore::envVarFor(key);
    e->setPlaceholderText(stored ? tr("stored — type to replace") : env.isEmpty() ? tr("not set")
                                                                                   : tr("not set (or %1)").arg(env));
    form->addRow(label, e);
    m_secrets.insert(key, e);
    return e;
}

bool RunnerSettingsDialog::apply()
{
    RunnerSettings s = m_service->settings();
    s.runsApiPort = m_port->value();
    s.timeoutSeconds = m_timeout->value();
    s.agentDirect = m_agentDirect->isChecked();
    for (const RunnerSettings::TextField &f : RunnerSettings::textFields())
        if (const QLineEdit *e = m_fields.value(QLatin1String(f.key)))
            s.*f.member = e->text().trimmed();

    QStringList failures;
    for (auto it = m_secrets.cbegin(); it != m_secrets.cend(); ++it) {
        const QString v = it.value()->text();
        if (v.isEmpty())
            continue;
        if (m_service->secrets()->write(it.key(), v)) {
            it.value()->clear();
            it.value()->setPlaceholderText(tr("stored — type to replace"));
        } else {
            failures << tr("%1: %2").arg(it.key(), m_service->secrets()->lastError());
        }
    }
    m_service->setSettings(s);
    m_error->setVisible(!failures.isEmpty());
    m_error->setText(tr("Could not store in the keychain:\n%1").arg(failures.join(QLatin1Char('\n'))));
    return failures.isEmpty();
}

}  // namespace ad::app
