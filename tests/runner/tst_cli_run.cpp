// `action-designer run` end to end: a real child process against fake backends started here; the
// test plays the backend that reports through the CLI's local runs API.
#include "../secretforms.h"
#include "fakehttp.h"

#include <QDirIterator>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {
const char kSecret[] = "cs-9f8e7d6c5b";
}

class TestCliRun : public QObject {
    Q_OBJECT
private slots:
    void init();
    void syncWebhookSucceeds();
    void syncWebhook500Fails();
    void runawayTemplateSendsNothing();
    void headerInjectionSendsNothing();
    void asyncWebhookWithoutWaitSucceedsOnRequest();
    void backendReportsThroughRunsApi();
    void waitStopsWhileInProgress_data();
    void waitStopsWhileInProgress();
    void waitEndsUnderALogFlood();
    void requestTimeout();
    void requestTimeoutValidated_data();
    void requestTimeoutValidated();
    void insecureReachesSelfSignedAndWarns();
    void jsonFormat();
    void githubWithEnvTokenAndApiBase();
    void upsertDryRun();
    void contextFileGetsTheRunId();
    void badArguments();
    void secretsNeverReachOutputOrHistory();
    void localBackendRunsTheSample();

private:
    QString writeAction(const QByteArray &invocationMethod);
    // A WEBHOOK action sending to `url`; `fields` are the invocation method's other members.
    QString writeWebhook(const QString &url, const QByteArray &fields);
    // Starts `run args` with a data home of its own; `extraEnv` adds to the environment.
    void startCli(QProcess &p, const QStringList &args, const QMap<QString, QString> &extraEnv = {});
    int finish(QProcess &p, int timeoutMs = 30000);
    // `run args` to its end: the exit code, what it printed in *out and *err.
    int runCli(const QStringList &args, QString *out = nullptr, QString *err = nullptr);
    // A loopback port nothing listens on (for the CLI's runs API).
    static quint16 freePort();
    // POST/PATCH from this process to the CLI's runs API.
    QJsonObject call(const QByteArray &method, const QString &url, const QByteArray &body, const QString &token = {});
    // A token from the CLI's runs API for `clientId` with kSecret, as a backend asks for one.
    QString accessToken(const QString &api, const QByteArray &clientId);

    QTemporaryDir m_dir;
    QString m_dataHome;
    QNetworkAccessManager m_nam;
};

void TestCliRun::init()
{
    m_dataHome = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
}

QString TestCliRun::writeAction(const QByteArray &method)
{
    const QString path = m_dir.filePath(QStringLiteral("%1.json").arg(QTest::currentTestFunction()));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"identifier":"deploy_service","title":"Deploy","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":{},"required":[]}},"invocationMethod":)"
            + method + "}");
    return path;
}

QString TestCliRun::writeWebhook(const QString &url, const QByteArray &fields)
{
    return writeAction(R"({"type":"WEBHOOK","url":")" + url.toUtf8() + "\"," + fields + "}");
}

void TestCliRun::startCli(QProcess &p, const QStringList &args, const QMap<QString, QString> &extraEnv)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (auto it = extraEnv.begin(); it != extraEnv.end(); ++it)
        env.insert(it.key(), it.value());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));  // no keychain prompts in tests
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_BINARY), QStringList{QStringLiteral("run")} + args);
    QVERIFY(p.waitForStarted());
}

int TestCliRun::finish(QProcess &p, int timeoutMs)
{
    // Not waitForFinished(): the fake servers in this process must keep answering.
    QSignalSpy done(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning && !done.wait(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    return p.exitCode();
}

int TestCliRun::runCli(const QStringList &args, QString *out, QString *err)
{
    QProcess p;
    startCli(p, args);
    const int code = finish(p);
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    if (err)
        *err = QString::fromUtf8(p.readAllStandardError());
    return code;
}

quint16 TestCliRun::freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

QJsonObject TestCliRun::call(const QByteArray &method, const QString &url, const QByteArray &body, const QString &token)
{
    QNetworkRequest req{QUrl(url)};
    req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    QNetworkReply *r = m_nam.sendCustomRequest(req, method, body);
    QSignalSpy done(r, &QNetworkReply::finished);
    done.wait(10000);
    const QByteArray bytes = r->readAll();
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    if (o.isEmpty())
        qWarning() << method << url << r->error() << r->errorString() << bytes;
    r->deleteLater();
    return o;
}

QString TestCliRun::accessToken(const QString &api, const QByteArray &clientId)
{
    return call("POST", api + QStringLiteral("/v1/auth/access_token"),
                R"({"clientId":")" + clientId + R"(","clientSecret":")" + kSecret + "\"}")
        .value(QStringLiteral("accessToken"))
        .toString();
}

void TestCliRun::syncWebhookSucceeds()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 200, R"({"ok":true})");
    const QString action =
        writeWebhook(hook.url(QStringLiteral("/hook")),
                     QByteArray(R"("synchronized":true,"body":{"runId":"{{ .run.id }}","secret":")") + kSecret + "\"}");
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret)}, &out), 0);
    QVERIFY2(out.contains(QLatin1String("Status: SUCCESS")), qPrintable(out));
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Run (r_\\w+)")).match(out);
    QVERIFY(m.hasMatch());
    const auto got = hook.requests(QStringLiteral("POST"), QStringLiteral("/hook"));
    QCOMPARE(got.size(), 1);
    // .run.id in the payload is the id of the run the CLI created.
    QCOMPARE(QJsonDocument::fromJson(got.first().body).object().value(QStringLiteral("runId")).toString(), m.captured(1));
    QVERIFY(got.first().header("x-port-signature").startsWith("v1,"));
    QVERIFY(!got.first().header("x-port-timestamp").isEmpty());
    // The history exists and holds no secret value.
    int files = 0;
    QDirIterator it(m_dataHome, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        ++files;
        QVERIFY2(!f.readAll().contains(kSecret), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 1);
}

void TestCliRun::runawayTemplateSendsNothing()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 200, R"({"ok":true})");
    const QString action =
        writeWebhook(hook.url(QStringLiteral("/hook")), R"("synchronized":true,"body":{"loop":"{{ def f: f; f }}"})");
    QString err;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret)}, nullptr, &err), 1);
    QVERIFY2(err.contains(QLatin1String("/invocationMethod/body/loop: {{ def f: f; f }} timed out after")), qPrintable(err));
    QVERIFY(hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).isEmpty());
}

void TestCliRun::headerInjectionSendsNothing()
{
    ScriptedServer hook([](QTcpSocket *s, const ScriptedServer::Request &) { s->write("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"); });
    const QString action = writeWebhook(
        hook.url(QStringLiteral("/hook")),
        R"("synchronized":true,"headers":{"X-Team":"{{ \"core\\r\\nContent-Length: 0\\r\\n\\r\\nPOST /smuggled HTTP/1.1\" }}"},"body":{})");
    QString err;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret)}, nullptr, &err), 1);
    QVERIFY2(err.contains(QLatin1String("header \"X-Team\" contains a carriage return (CR) in its value, which would split the request: it is not sent")),
             qPrintable(err));
    QCOMPARE(hook.accepted, 0);
    QVERIFY(hook.bytesReceived.isEmpty());
}

void TestCliRun::syncWebhook500Fails()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 500, R"({"message":"boom"})");
    const QString action = writeWebhook(hook.url(QStringLiteral("/hook")), R"("synchronized":true,"body":{})");
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret)}, &out), 1);
    QVERIFY2(out.contains(QLatin1String("Status: FAILURE")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("HTTP 500")), qPrintable(out));
}

void TestCliRun::asyncWebhookWithoutWaitSucceedsOnRequest()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 202);
    const QString action = writeWebhook(hook.url(QStringLiteral("/hook")), R"("body":{})");
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret)}, &out), 0);
    QVERIFY(out.contains(QLatin1String("Status: IN_PROGRESS")));
}

void TestCliRun::backendReportsThroughRunsApi()
{
    const quint16 apiPort = freePort();
    const QString api = QStringLiteral("http://127.0.0.1:%1").arg(apiPort);
    FakeHttp hook;
    QString runId;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), [&runId](const Received &r) {
        runId = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("port_context")).toObject().value(QStringLiteral("runId")).toString();
        return Canned{202, {}, {}};
    });
    const QString action =
        writeWebhook(hook.url(QStringLiteral("/hook")), R"("body":{"port_context":{"runId":"{{ .run.id }}"}})");
    QProcess p;
    startCli(p, {action, QStringLiteral("--client-id"), QStringLiteral("ci-client"), QStringLiteral("--client-secret"),
                 QLatin1String(kSecret), QStringLiteral("--runs-api-port"), QString::number(apiPort), QStringLiteral("--wait"),
                 QStringLiteral("60")});
    QTRY_VERIFY_WITH_TIMEOUT(!runId.isEmpty(), 20000);
    // The backend's side, as Port's GitHub action or the agent would do it.
    const QString token = accessToken(api, "ci-client");
    QVERIFY(!token.isEmpty());
    const QByteArray log = R"({"message":"terraform apply done"})";
    const QByteArray patch = R"({"status":"SUCCESS","link":"https://ci.example/77"})";
    const QJsonObject logged = call("POST", api + QStringLiteral("/v1/actions/runs/%1/logs").arg(runId), log, token);
    QVERIFY(logged.value(QStringLiteral("ok")).toBool());
    const QJsonObject patched = call("PATCH", api + QStringLiteral("/v1/actions/runs/") + runId, patch, token);
    QVERIFY2(patched.value(QStringLiteral("ok")).toBool(), QJsonDocument(patched).toJson().constData());
    QCOMPARE(finish(p), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("ci-client: terraform apply done")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Status: SUCCESS")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Link: https://ci.example/77")), qPrintable(out));
}

// The backend never reports: `--wait N` stops after N seconds (0: right after sending) with the run
// still in progress, not cancelled, the request sent once.
void TestCliRun::waitStopsWhileInProgress_data()
{
    QTest::addColumn<QString>("wait");
    QTest::addColumn<QStringList>("expected");  // what the output must contain
    QTest::newRow("1 s") << QStringLiteral("1")
                         << QStringList{QStringLiteral(
                                "Status: IN_PROGRESS  stopped waiting after 1 s; the run is still IN_PROGRESS")};
    QTest::newRow("0 s") << QStringLiteral("0")
                         << QStringList{QStringLiteral("Response: HTTP 202"),
                                        QStringLiteral("stopped waiting after 0 s; the run is still IN_PROGRESS")};
}

void TestCliRun::waitStopsWhileInProgress()
{
    QFETCH(QString, wait);
    QFETCH(QStringList, expected);
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 202);
    const QString action = writeWebhook(hook.url(QStringLiteral("/hook")), R"("body":{})");
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret),
                     QStringLiteral("--runs-api-port"), QStringLiteral("0"), QStringLiteral("--wait"), wait},
                    &out),
             1);
    QCOMPARE(hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).size(), 1);
    for (const QString &e : expected)
        QVERIFY2(out.contains(e), qPrintable(out));
    QVERIFY2(!out.contains(QLatin1String("Cancelled")), qPrintable(out));
}

void TestCliRun::waitEndsUnderALogFlood()
{
    const quint16 apiPort = freePort();
    const QString api = QStringLiteral("http://127.0.0.1:%1").arg(apiPort);
    FakeHttp hook;
    QString runId;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), [&runId](const Received &r) {
        runId = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("runId")).toString();
        return Canned{202, {}, {}};
    });
    const QString action = writeWebhook(hook.url(QStringLiteral("/hook")), R"("body":{"runId":"{{ .run.id }}"})");
    QProcess p;
    QSignalSpy done(&p, &QProcess::finished);
    startCli(p, {action, QStringLiteral("--client-id"), QStringLiteral("ci"), QStringLiteral("--client-secret"), QLatin1String(kSecret),
                 QStringLiteral("--runs-api-port"), QString::number(apiPort), QStringLiteral("--wait"), QStringLiteral("2")});
    QTRY_VERIFY_WITH_TIMEOUT(!runId.isEmpty(), 20000);
    const QString token = accessToken(api, "ci");
    QVERIFY(!token.isEmpty());
    // Eight log posts in flight at any time, each replaced as soon as it is answered, until the
    // process ends: the flood never stops on its own.
    const QByteArray log = QJsonDocument(QJsonObject{{QStringLiteral("message"), QString(64 * 1024, QLatin1Char('m'))}}).toJson();
    int posted = 0;
    int inFlight = 0;
    QObject *flood = nullptr;
    std::function<void()> post = [&] {
        if (p.state() == QProcess::NotRunning)
            return;
        ++inFlight;
        QNetworkRequest req{QUrl(api + QStringLiteral("/v1/actions/runs/%1/logs").arg(runId))};
        req.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
        QNetworkReply *r = m_nam.post(req, log);
        r->setParent(flood);
        ++posted;
        connect(r, &QNetworkReply::finished, flood, [r, &post, &inFlight] {
            r->deleteLater();
            --inFlight;
            post();
        });
    };
    QObject floodOwner;  // declared after `post`: goes first, taking unanswered posts with it
    flood = &floodOwner;
    for (int i = 0; i < 8; ++i)
        post();
    // Terminates on its own while the posts keep coming (the bound is only there to fail, not hang).
    QVERIFY2(done.wait(120000), "run --wait 2 never ended under the flood");
    QTRY_COMPARE_WITH_TIMEOUT(inFlight, 0, 30000);  // the posts refer to this frame
    QVERIFY(posted > 8);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("stopped waiting after 2 s; the run is still IN_PROGRESS")), qPrintable(out.right(500)));
    QCOMPARE(p.exitCode(), 1);
}

void TestCliRun::requestTimeout()
{
    RawServer silent;
    const QString action =
        writeWebhook(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.port()), R"("synchronized":true,"body":{})");
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret),
                     QStringLiteral("--request-timeout"), QStringLiteral("0.5")},
                    &out),
             1);
    QVERIFY2(out.contains(QLatin1String("Timed out: no complete response from 127.0.0.1:")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("within 0.5 s")), qPrintable(out));
    QCOMPARE(silent.accepted, 1);
}

void TestCliRun::requestTimeoutValidated_data()
{
    QTest::addColumn<QString>("value");
    for (const char *v : {"abc", "0", "-1", "3601", "99999999999", "nan", "inf", ""})
        QTest::newRow(v[0] ? v : "empty") << QString::fromLatin1(v);
}

void TestCliRun::requestTimeoutValidated()
{
    QFETCH(QString, value);
    const QString action = writeWebhook(QStringLiteral("http://127.0.0.1:9/hook"), R"("body":{})");
    QString err;
    QCOMPARE(runCli({action, QStringLiteral("--request-timeout"), value}, nullptr, &err), 2);
    QVERIFY2(err.contains(QLatin1String("--request-timeout needs a number of seconds above 0 and at most 3600")), qPrintable(err));
}

void TestCliRun::insecureReachesSelfSignedAndWarns()
{
    SelfSignedServer tls;
    const QString action = writeWebhook(tls.url(QStringLiteral("/hook")), R"("synchronized":true,"body":{})");
    QString out1, err1;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret)}, &out1, &err1), 1);
    QVERIFY2(out1.contains(QLatin1String("TLS handshake")), qPrintable(out1));
    QVERIFY(!err1.contains(QLatin1String("--insecure")));
    QCOMPARE(tls.requests, 0);

    QString out2, err2;
    QCOMPARE(runCli({action, QStringLiteral("--client-secret"), QLatin1String(kSecret), QStringLiteral("--insecure")},
                    &out2, &err2),
             0);
    QVERIFY2(out2.contains(QLatin1String("Status: SUCCESS")), qPrintable(out2));
    QVERIFY2(out2.contains(QLatin1String("TLS certificate verification is OFF")), qPrintable(out2));
    QVERIFY2(err2.contains(QLatin1String("WARNING: --insecure: TLS certificates are NOT verified")), qPrintable(err2));
    QCOMPARE(tls.requests, 1);
}

void TestCliRun::jsonFormat()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 201, R"({"id":5})");
    const QString action = writeWebhook(hook.url(QStringLiteral("/hook")), R"("synchronized":true,"body":{"a":1})");
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--client-secret"),
                     QLatin1String(kSecret)},
                    &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(o.value(QStringLiteral("id")).toString().startsWith(QLatin1String("r_")));
    QCOMPARE(o.value(QStringLiteral("backend")).toString(), QStringLiteral("WEBHOOK"));
    QCOMPARE(o.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString(), hook.url(QStringLiteral("/hook")));
    QCOMPARE(o.value(QStringLiteral("request")).toObject().value(QStringLiteral("body")).toString(), QStringLiteral(R"({"a":1})"));
    QCOMPARE(o.value(QStringLiteral("httpResponse")).toObject().value(QStringLiteral("status")).toInt(), 201);
}

void TestCliRun::githubWithEnvTokenAndApiBase()
{
    FakeHttp gh;
    gh.on(QStringLiteral("POST"), QStringLiteral("/repos/acme/shop/actions/workflows/deploy.yml/dispatches"), 204);
    gh.on(QStringLiteral("GET"), QStringLiteral("/repos/acme/shop/actions/runs"), [](const Received &) {
        return Canned{200, QStringLiteral(R"({"workflow_runs":[{"id":31,"created_at":"%1"}]})")
                               .arg(QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODate)).toUtf8(), {}};
    });
    gh.on(QStringLiteral("GET"), QStringLiteral("/repos/acme/shop/actions/runs/31"), 200,
          R"({"id":31,"status":"completed","conclusion":"success","html_url":"https://github.example/runs/31"})");
    const QString action = writeAction(
        R"({"type":"GITHUB","org":"acme","repo":"shop","workflow":"deploy.yml","workflowInputs":{"port_context":{"runId":"{{ .run.id }}"}}})");
    QProcess p;
    startCli(p, {action, QStringLiteral("--api-base"), gh.url(), QStringLiteral("--wait"), QStringLiteral("60")},
             {{QStringLiteral("GITHUB_TOKEN"), QStringLiteral("ghp_fromenv")}});
    QCOMPARE(finish(p, 60000), 0);
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(out.contains(QLatin1String("Workflow completed: success")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Link: https://github.example/runs/31")), qPrintable(out));
    const auto d = gh.requests(QStringLiteral("POST"), QStringLiteral("/repos/acme/shop/actions/workflows/deploy.yml/dispatches"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().header("authorization"), QByteArray("Bearer ghp_fromenv"));
    const QJsonObject body = QJsonDocument::fromJson(d.first().body).object();
    QCOMPARE(body.value(QStringLiteral("ref")).toString(), QStringLiteral("main"));
    const QString runId = QRegularExpression(QStringLiteral("Run (r_\\w+)")).match(out).captured(1);
    QVERIFY(!runId.isEmpty());
    QVERIFY(body.value(QStringLiteral("inputs")).toObject().value(QStringLiteral("port_context")).toString().contains(runId));
}

void TestCliRun::upsertDryRun()
{
    const QString action = writeAction(
        R"({"type":"UPSERT_ENTITY","blueprintIdentifier":"service","mapping":{"identifier":"svc-{{ .run.id }}","properties":{"locked":true}}})");
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--format"), QStringLiteral("json")}, &out), 0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    const QJsonObject entity = QJsonDocument::fromJson(o.value(QStringLiteral("request")).toObject().value(QStringLiteral("body")).toString().toUtf8()).object();
    QCOMPARE(entity.value(QStringLiteral("identifier")).toString(), QStringLiteral("svc-") + o.value(QStringLiteral("id")).toString());
}

void TestCliRun::contextFileGetsTheRunId()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 200);
    const QString action =
        writeWebhook(hook.url(QStringLiteral("/hook")),
                     R"("synchronized":true,"body":{"run":"{{ .run.id }}","who":"{{ .trigger.by.user.email }}"})");
    const QString ctxPath = m_dir.filePath(QStringLiteral("ctx.json"));
    QFile f(ctxPath);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"inputs":{},"trigger":{"by":{"user":{"email":"ci@example.com"}}},"run":{"id":"r_fromfile"}})");
    f.close();
    QString out;
    QCOMPARE(runCli({action, QStringLiteral("--context"), ctxPath, QStringLiteral("--format"), QStringLiteral("json")},
                    &out),
             0);
    const QJsonObject o = QJsonDocument::fromJson(out.toUtf8()).object();
    const auto got = hook.requests(QStringLiteral("POST"), QStringLiteral("/hook"));
    QCOMPARE(got.size(), 1);
    const QJsonObject body = QJsonDocument::fromJson(got.first().body).object();
    QCOMPARE(body.value(QStringLiteral("run")).toString(), o.value(QStringLiteral("id")).toString());
    QCOMPARE(body.value(QStringLiteral("who")).toString(), QStringLiteral("ci@example.com"));
}

void TestCliRun::badArguments()
{
    QCOMPARE(runCli({}), 2);
    QCOMPARE(runCli({m_dir.filePath(QStringLiteral("missing.json"))}), 2);
    QCOMPARE(runCli({QStringLiteral("x.json"), QStringLiteral("--wait"), QStringLiteral("soon")}), 2);
    const QString two = m_dir.filePath(QStringLiteral("two.json"));
    QFile f(two);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"([{"identifier":"a","invocationMethod":{"type":"KAFKA"}},{"identifier":"b","invocationMethod":{"type":"KAFKA"}}])");
    f.close();
    QString err;
    QCOMPARE(runCli({two}, nullptr, &err), 2);
    QVERIFY(err.contains(QLatin1String("holds 2")));
}

// Every form of a scenario secret goes out (URL, headers, body), comes back in the response, and
// in a log line and the summary the backend reports: none of it may reach the CLI's output or any
// byte of the history's files.
void TestCliRun::secretsNeverReachOutputOrHistory()
{
    const quint16 apiPort = freePort();
    const QString api = QStringLiteral("http://127.0.0.1:%1").arg(apiPort);
    FakeHttp hook;
    bool called = false;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), [&called](const Received &) {
        called = true;
        return Canned{202, secretforms::everyForm(), {}};
    });
    const QString action = m_dir.filePath(QStringLiteral("secrets.json"));
    {
        QFile f(action);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(secretforms::everyFormAction(hook.url(QStringLiteral("/hook")).toUtf8()));
        QFile sidecar(m_dir.filePath(QStringLiteral("secrets.scenarios.json")));
        QVERIFY(sidecar.open(QIODevice::WriteOnly));
        sidecar.write(secretforms::scenarioWithSecret());
    }
    QProcess p;
    startCli(p, {action, QStringLiteral("--client-id"), QStringLiteral("ci-client"), QStringLiteral("--client-secret"),
                 QLatin1String(kSecret), QStringLiteral("--runs-api-port"), QString::number(apiPort), QStringLiteral("--wait"),
                 QStringLiteral("60")});
    QTRY_VERIFY_WITH_TIMEOUT(called, 20000);
    const Received sent = hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).value(0);
    // The backend gets the real values.
    QVERIFY2(sent.query.contains(QUrl::toPercentEncoding(secretforms::kSecret)), qPrintable(sent.query));
    QString id;
    QTRY_VERIFY_WITH_TIMEOUT(!(id = QString::fromUtf8(p.peek(4096)).section(QLatin1Char(' '), 1, 1)).isEmpty(), 20000);
    const QString token = accessToken(api, "ci-client");
    QVERIFY(!token.isEmpty());
    const QByteArray log = QJsonDocument(QJsonObject{{QStringLiteral("message"), QString::fromUtf8(secretforms::everyForm())}}).toJson();
    QVERIFY(call("POST", api + QStringLiteral("/v1/actions/runs/%1/logs").arg(id), log, token).value(QStringLiteral("ok")).toBool());
    const QByteArray patch = QJsonDocument(QJsonObject{{QStringLiteral("status"), QStringLiteral("SUCCESS")},
                                                       {QStringLiteral("summary"), QString::fromUtf8(secretforms::everyForm())}})
                                 .toJson();
    QVERIFY(call("PATCH", api + QStringLiteral("/v1/actions/runs/") + id, patch, token).value(QStringLiteral("ok")).toBool());
    QCOMPARE(finish(p), 0);
    const QByteArray out = p.readAllStandardOutput() + p.readAllStandardError();
    QVERIFY2(out.contains("Status: SUCCESS"), out.constData());
    QVERIFY2(secretforms::leaked(out).isEmpty(), qPrintable(secretforms::leaked(out) + "\n" + out));
    int files = 0;
    for (QDirIterator it(m_dataHome, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories); it.hasNext();) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(secretforms::leaked(bytes).isEmpty(), qPrintable(f.fileName() + ": " + secretforms::leaked(bytes)));
    }
    QVERIFY(files > 0);  // the history was written
}

// `run --local-backend`: the bundled sample goes to the local test backend instead of its URL; the
// backend checks the signature with the client secret and reports through the runs API, which
// then runs on a free port by itself. The file is not changed.
void TestCliRun::localBackendRunsTheSample()
{
    QFile sample(QStringLiteral(AD_TEST_DATA_DIR "/../../../resources/samples/default-action.json"));
    QVERIFY(sample.open(QIODevice::ReadOnly));
    const QByteArray text = sample.readAll();
    const QString path = m_dir.filePath(QStringLiteral("local-backend.json"));
    {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(text);
    }
    QString out;
    QCOMPARE(
        runCli({path, QStringLiteral("--local-backend"), QStringLiteral("--client-secret"), QLatin1String(kSecret)},
               &out),
        0);
    QVERIFY2(out.contains(QLatin1String("URL overridden for this run: sent to http://127.0.0.1:")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("instead of the action's URL https://deploy.example.com/hooks/")),
             qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("local-test-backend: Received POST /webhook/r_")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("local-test-backend: X-Port-Signature verified")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Status: SUCCESS  The local test backend received the request")),
             qPrintable(out));
    QVERIFY(!out.contains(QLatin1String(kSecret)));
    QFile after(path);
    QVERIFY(after.open(QIODevice::ReadOnly));
    QCOMPARE(after.readAll(), text);

    // Not a webhook: a bad argument, nothing run.
    const QString github =
        writeAction(R"({"type":"GITHUB","org":"o","repo":"r","workflow":"w.yml","workflowInputs":{}})");
    QString err;
    QCOMPARE(runCli({github, QStringLiteral("--local-backend")}, nullptr, &err), 2);
    QVERIFY2(err.contains(QLatin1String("--local-backend: the local test backend receives webhooks only")),
             qPrintable(err));
}

QTEST_MAIN(TestCliRun)
#include "tst_cli_run.moc"
