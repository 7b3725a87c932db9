#pragma once
// The runner's non-secret settings (QSettings, group "runner"). Tokens and the client secret live in
// the SecretStore (secretkeys::*), never here.

#include <QList>
#include <QPair>
#include <QString>

namespace ad {
struct InvokeOptions;
}

namespace ad::app {

struct RunnerSettings {
    // A fixed port, so a backend configured once keeps reaching the designer; 0 = any free port.
    static constexpr int kDefaultRunsApiPort = 17171;
    int runsApiPort = kDefaultRunsApiPort;
    QString githubApiBase;  // empty: the invocation's (https://api.github.com)
    QString gitlabBaseUrl;  // empty: the invocation's (https://gitlab.com)
    QString azureBaseUrl;   // empty: the invocation's (https://dev.azure.com)
    QString portApiBase;    // UPSERT_ENTITY through Port's API; empty = dry run
    QString kafkaBootstrap;
    QString kafkaTopic;      // empty: <ORG_ID>.runs
    QString kafkaSecurityProtocol;  // librdkafka security.protocol (empty = plaintext)
    QString kafkaSaslMechanism;
    QString kafkaUsername;
    int timeoutSeconds = 30;
    bool agentDirect = false;  // WEBHOOK agent: true -> call the URL as the agent would

    // The text settings by QSettings key (also the settings dialog's field names).
    struct TextField {
        const char *key;
        QString RunnerSettings::*member;
    };
    static const QList<TextField> &textFields();

    static RunnerSettings load();
    void save() const;
    bool operator==(const RunnerSettings &o) const;

    // The invoke options for a run of `backend` (apiBase picked per backend). The Kafka password
    // is read by the runner from the SecretStore.
    InvokeOptions invokeOptions(const QString &backend) const;
};

}  // namespace ad::app
