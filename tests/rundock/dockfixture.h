#pragma once
// The Runner dock tests' fixture: a RunnerService on a temporary history with an in-memory secret
// store, the dock over it, and a fake webhook on 127.0.0.1 that checks Port's signature. Shared by
// tst_runnerdock (running, timeline, secrets) and tst_runnerdock_history (re-run, filter, port).

#include "../runner/fakehttp.h"

#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/runner/runnerdock.h"
#include "app/runner/runnerinstall.h"
#include "app/runner/runnerservice.h"
#include "app/runner/runnersettingspages.h"
#include "invocation/portsignature.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "runner/invoker.h"
#include "runner/runsapi.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"
#include "template/templateengine.h"

#include <QAction>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QDockWidget>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QTimer>
#include <QToolButton>
#include <QTranslator>
#include <QTreeWidget>
#include <QtTest>

#include <algorithm>
#include <memory>

namespace dockfixture {

using namespace ad;
using namespace ad::app;


inline const QString kClientId = QStringLiteral("designer-test-client");
inline const QString kClientSecret = QStringLiteral("cs-Sup3rS3cret-client-0815");
inline const QString kApiKey = QStringLiteral("sk-Very-Secret-4711-apikey");

inline JsonValue webhookAction(const QString &url, bool synchronized)
{
    const QString text = QStringLiteral(R"({
  "identifier": "deploy_service",
  "title": "Deploy service",
  "trigger": {"type": "self-service", "operation": "CREATE",
              "userInputs": {"properties": {"version": {"type": "string", "default": "1.2.3"}}, "required": []}},
  "invocationMethod": {
    "type": "WEBHOOK", "url": "%1", "method": "POST", "synchronized": %2,
    "headers": {"X-Api-Key": "{{ .secrets.apiKey }}"},
    "body": {"runId": "{{ .run.id }}", "version": "{{ .inputs.version }}", "key": "{{ .secrets.apiKey }}"}
  }
})").arg(url, synchronized ? QStringLiteral("true") : QStringLiteral("false"));
    const JsonParseResult r = parseJson(text);
    Q_ASSERT(r.ok());
    return r.value;
}

// A webhook whose body loops forever in jq: rendering it takes the whole template timeout.
inline JsonValue runawayAction(const QString &url)
{
    JsonValue action = webhookAction(url, true);
    JsonValue method = action.value(u"invocationMethod");
    JsonValue body = method.value(u"body");
    body.set(QStringLiteral("loop"), JsonValue::fromString(QStringLiteral("{{ def f: f; f }}")));
    method.set(QStringLiteral("body"), body);
    action.set(QStringLiteral("invocationMethod"), method);
    return action;
}

inline Scenario secretScenario()
{
    Scenario s;
    s.name = QStringLiteral("with-secret");
    s.setSecret(QStringLiteral("apiKey"), kApiKey);
    return s;
}

inline QString statusOf(RunnerService *svc, const QString &id)
{
    return svc->store()->status(id);
}


class DockFixture {
protected:
    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<RunnerService> m_service;
    std::unique_ptr<RunnerDock> m_dock;
    FakeHttp m_hook;
    int m_badSignatures = 0;
    JsonValue m_action;  // what the dock's provider hands out

    void makeDock()
    {
        m_dock.reset();
        m_service.reset();
        m_service = std::make_unique<RunnerService>(m_dir.filePath(QStringLiteral("history.sqlite")), &m_secrets);
        m_service->engine()->setWorkerBinary(QStringLiteral(AD_BINARY));
        m_dock = std::make_unique<RunnerDock>(m_service.get());
        m_dock->setSourceProvider([this](QString *) -> std::optional<RunSource> {
            RunSource s;
            s.action = m_action;
            s.scenario = secretScenario();
            return s;
        });
        m_dock->resize(1000, 400);
        m_dock->show();
    }

    QString itemStatus(const QString &id) const
    {
        QTreeWidget *list = m_dock->runsList();
        for (int i = 0; i < list->topLevelItemCount(); ++i)
            if (list->topLevelItem(i)->data(RunnerDock::StatusCol, Qt::UserRole).toString() == id)
                return list->topLevelItem(i)->text(RunnerDock::StatusCol);
        return QStringLiteral("(not listed)");
    }

    // POST/PATCH to the local runs API as a backend would; returns the HTTP status.
    int api(const QByteArray &verb, const QString &path, const QJsonObject &body, const QString &token = {})
    {
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(m_service->runsApi()->baseUrl() + path));
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        if (!token.isEmpty())
            req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *reply = nam.sendCustomRequest(req, verb, QJsonDocument(body).toJson(QJsonDocument::Compact));
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(10000))
            return -1;
        m_lastReply = reply->readAll();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }
    QByteArray m_lastReply;

    QString token()
    {
        const int st = api("POST", QStringLiteral("/v1/auth/access_token"),
                           {{QStringLiteral("clientId"), kClientId}, {QStringLiteral("clientSecret"), kClientSecret}});
        if (st != 200)
            return {};
        return QJsonDocument::fromJson(m_lastReply).object().value(QStringLiteral("accessToken")).toString();
    }

    // The initTestCase of a dock test: test-mode settings, credentials, the webhook, the dock.
    void setUpDock()
    {
        QStandardPaths::setTestModeEnabled(true);
        // The windows' preview docks render with the real jq worker, not this test binary.
        PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
        QSettings().remove(QStringLiteral("runner"));
        QVERIFY(m_dir.isValid());
        m_secrets.write(secretkeys::PortClientId, kClientId);
        m_secrets.write(secretkeys::PortClientSecret, kClientSecret);
        QVERIFY(m_hook.port != 0);
        m_hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), [this](const Received &r) {
            const QString ts = QString::fromUtf8(r.header("X-Port-Timestamp"));
            const QString sig = QString::fromUtf8(r.header("X-Port-Signature"));
            if (ts.isEmpty() || sig != portSignature(kClientSecret, ts, r.body)) {
                ++m_badSignatures;
                return Canned{401, "{\"ok\":false,\"error\":\"bad signature\"}", {}};
            }
            return Canned{200, "{\"ok\":true,\"deployment\":\"dep-42\"}", {{"X-Request-Id", "req-1"}}};
        });
        makeDock();
    }
};

}  // namespace dockfixture
