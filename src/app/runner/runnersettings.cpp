#include "app/runner/runnersettings.h"

#include "runner/invoker.h"
#include "runner/kafkasecurity.h"

#include <QSettings>

namespace ad::app {

namespace {
const QString kGroup = QStringLiteral("runner/");
}

const QList<RunnerSettings::TextField> &RunnerSettings::textFields()
{
    static const QList<TextField> fields = {
        {"githubApiBase", &RunnerSettings::githubApiBase},
        {"gitlabBaseUrl", &RunnerSettings::gitlabBaseUrl},
        {"azureBaseUrl", &RunnerSettings::azureBaseUrl},
        {"portApiBase", &RunnerSettings::portApiBase},
        {"kafkaBootstrap", &RunnerSettings::kafkaBootstrap},
        {"kafkaTopic", &RunnerSettings::kafkaTopic},
        {"kafkaSecurityProtocol", &RunnerSettings::kafkaSecurityProtocol},
        {"kafkaSaslMechanism", &RunnerSettings::kafkaSaslMechanism},
        {"kafkaUsername", &RunnerSettings::kafkaUsername},
    };
    return fields;
}

RunnerSettings RunnerSettings::load()
{
    const QSettings s;
    RunnerSettings r;
    for (const TextField &f : textFields())
        r.*f.member = s.value(kGroup + QLatin1String(f.key)).toString();
    // "runsApiPort" held 0 (any free port) by default before there was a fixed default; a port
    // chosen there is kept.
    const int chosen = s.value(kGroup + QStringLiteral("runsApiPort"), 0).toInt();
    r.runsApiPort = qBound(
        0, s.value(kGroup + QStringLiteral("runsApiFixedPort"), chosen > 0 ? chosen : kDefaultRunsApiPort).toInt(), 65535);
    r.timeoutSeconds = qBound(1, s.value(kGroup + QStringLiteral("timeoutSeconds"), 30).toInt(), 3600);
    r.agentDirect = s.value(kGroup + QStringLiteral("agentDirect"), false).toBool();
    return r;
}

void RunnerSettings::save() const
{
    QSettings s;
    for (const TextField &f : textFields())
        s.setValue(kGroup + QLatin1String(f.key), this->*f.member);
    s.setValue(kGroup + QStringLiteral("runsApiFixedPort"), runsApiPort);
    s.setValue(kGroup + QStringLiteral("timeoutSeconds"), timeoutSeconds);
    s.setValue(kGroup + QStringLiteral("agentDirect"), agentDirect);
}

bool RunnerSettings::operator==(const RunnerSettings &o) const
{
    for (const TextField &f : textFields())
        if (this->*f.member != o.*f.member)
            return false;
    return runsApiPort == o.runsApiPort && timeoutSeconds == o.timeoutSeconds && agentDirect == o.agentDirect;
}

InvokeOptions RunnerSettings::invokeOptions(const QString &backend) const
{
    InvokeOptions o;
    o.timeoutMs = timeoutSeconds * 1000;
    if (backend == QLatin1String("GITHUB") || backend == QLatin1String("INTEGRATION_ACTION"))
        o.apiBase = githubApiBase;
    else if (backend == QLatin1String("GITLAB"))
        o.apiBase = gitlabBaseUrl;
    else if (backend == QLatin1String("AZURE_DEVOPS"))
        o.apiBase = azureBaseUrl;
    o.portApiBase = portApiBase;
    o.agentDirect = agentDirect;
    o.kafkaBootstrap = kafkaBootstrap;
    o.kafkaTopic = kafkaTopic;
    KafkaSecurity{kafkaSecurityProtocol, kafkaSaslMechanism, kafkaUsername}.append(&o.kafkaConfig);
    return o;
}

}  // namespace ad::app
