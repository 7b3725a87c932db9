#include "app/runner/runnersettingspages.h"
#include "app/util/themecolors.h"

#include "app/runner/runnerservice.h"
#include "runner/secretstore.h"
#include "ui_runnersettingspages.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>

namespace ad::app {

RunnerSettingsPages::RunnerSettingsPages(RunnerService *service, QWidget *parent) : QObject(parent), m_service(service)
{
    const RunnerSettings s = service->settings();
    // The form holds both pages side by side (so both can be edited in Designer); each moves into
    // the dialog on its own.
    QWidget container;
    Ui::RunnerSettingsPages ui;  // ui/runnersettingspages.ui
    ui.setupUi(&container);
    m_backends = ui.backendsPage;
    m_runner = ui.runnerPage;
    m_backends->setParent(parent);
    m_runner->setParent(parent);
    // In the container their layouts get no margins (uic's rule for a widget inside a layout); as
    // pages they take the style's, as they did when built in code.
    m_backends->layout()->unsetContentsMargins();
    m_runner->layout()->unsetContentsMargins();

    // Text fields carry their setting's key as object name (the form already does), secret
    // fields their keychain key, which is no identifier Designer accepts.
    for (QLineEdit *e : {ui.portApiBase, ui.githubApiBase, ui.gitlabBaseUrl, ui.azureBaseUrl, ui.kafkaBootstrap,
                         ui.kafkaTopic, ui.kafkaSecurityProtocol, ui.kafkaSaslMechanism, ui.kafkaUsername})
        m_fields.insert(e->objectName(), e);
    for (const RunnerSettings::TextField &f : RunnerSettings::textFields())
        if (QLineEdit *e = m_fields.value(QLatin1String(f.key)))
            e->setText(s.*f.member);
    const std::pair<QLineEdit *, QString> secrets[] = {{ui.portClientId, secretkeys::PortClientId},
                                                       {ui.portClientSecret, secretkeys::PortClientSecret},
                                                       {ui.githubToken, secretkeys::GitHubToken},
                                                       {ui.gitlabToken, secretkeys::GitLabToken},
                                                       {ui.gitlabTriggerToken, secretkeys::GitLabTriggerToken},
                                                       {ui.kafkaPassword, secretkeys::KafkaPassword}};
    for (const auto &[e, key] : secrets) {
        e->setObjectName(key);
        m_secrets.insert(key, e);
        updatePlaceholder(key);
    }

    m_error = ui.secretsMessage;
    setErrorText(m_error, true);

    m_port = ui.port;
    m_port->setValue(s.runsApiPort);
    m_port->setToolTip(tr("A fixed port keeps the address backends report to (default %1); when it is taken, the "
                          "next free one is used and the Runner dock says so.")
                           .arg(RunnerSettings::kDefaultRunsApiPort));
    m_agentDirect = ui.agentDirect;
    m_agentDirect->setChecked(s.agentDirect);
    m_timeout = ui.timeout;
    m_timeout->setValue(s.timeoutSeconds);
}

QString RunnerSettingsPages::keepForSessionText()
{
    return tr("Keep for This Session Only");
}

QString RunnerSettingsPages::useEnvironmentText()
{
    return tr("Use the Environment Variable");
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
