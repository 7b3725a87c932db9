// The invoker against fake backends on 127.0.0.1: webhooks (sync/async, signature passed through,
// failures), GitHub dispatch + follow, GitLab trigger + follow, Azure DevOps, Port upsert.
#include "fakehttp.h"
#include "invokertest.h"

#include "runner/invoker.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include "json/jsonparser.h"

#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;

class TestInvokerHttp : public InvokerTest {
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void webhookSyncSignaturePassedThrough();
    void webhookSyncHttp500Fails();
    void webhookAsyncStaysInProgress();
    void connectionRefused();
    void tlsFailure();
    void tlsOptOutWarns();
    void timeout();
    void cancel();
    void truncatedAndRedirected();
    void githubDispatchAndFollow_data();
    void githubDispatchAndFollow();
    void githubWithoutTokenFails();
    void integrationActionUsesReturnedRunId();
    void gitlabTriggerAndFollow();
    void azureDevOpsRebased();
    void upsertDryRun();
    void upsertThroughPort();
    void unknownBackendFails();

private:
    RenderedInvocation webhook(const QString &url, bool sync = true) const;
};

void TestInvokerHttp::init() { setUpInvoker(); }

void TestInvokerHttp::cleanup() { tearDownInvoker(); }

RenderedInvocation TestInvokerHttp::webhook(const QString &url, bool sync) const
{
    RenderedInvocation inv;
    inv.backend = QStringLiteral("WEBHOOK");
    inv.method = QStringLiteral("POST");
    inv.url = url;
    inv.body = R"({"inputs":{"name":"svc"}})";
    inv.synchronized = sync;
    return inv;
}

void TestInvokerHttp::webhookSyncSignaturePassedThrough()
{
    // The shared vector: the builder signs; the runner must send the bytes and headers unchanged.
    QFile f(QStringLiteral(AD_EXAMPLES_DIR "/context/signature-test-vector.json"));
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QJsonObject v = QJsonDocument::fromJson(f.readAll()).object();
    const QByteArray signedString = v.value(QStringLiteral("signed_string")).toString().toUtf8();
    const QByteArray ts = v.value(QStringLiteral("timestamp")).toString().toUtf8();
    const QByteArray body = signedString.mid(ts.size() + 1);
    const QByteArray sig = "v1," + QMessageAuthenticationCode::hash(signedString, "test", QCryptographicHash::Sha256).toBase64();
    QCOMPARE(QString::fromLatin1(sig), v.value(QStringLiteral("expected_x_port_signature")).toString());

    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 200, R"({"received":true})");
    RenderedInvocation inv = webhook(hook.url(QStringLiteral("/hook?x=1")));
    inv.body = body;
    inv.headers = {{QStringLiteral("RUN_ID"), QStringLiteral("r_test")},
                   {QStringLiteral("X-Port-Timestamp"), QString::fromLatin1(ts)},
                   {QStringLiteral("X-Port-Signature"), QString::fromLatin1(sig)}};
    QSignalSpy sent(m_invoker, &Invoker::requestFinished);
    const QString id = startRun(inv);
    waitEnded(id);
    QCOMPARE(m_store->status(id), runstatus::Success);
    QCOMPARE(sent.count(), 1);
    QCOMPARE(sent.first().at(1).toBool(), true);
    const auto got = hook.requests(QStringLiteral("POST"), QStringLiteral("/hook"));
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().body, body);
    QCOMPARE(got.first().query, QStringLiteral("x=1"));
    QCOMPARE(got.first().header("x-port-signature"), sig);
    QCOMPARE(got.first().header("x-port-timestamp"), ts);
    QCOMPARE(got.first().header("run_id"), QByteArray("r_test"));
    QCOMPARE(got.first().header("content-type"), QByteArray("application/json"));
    const auto run = m_store->run(id);
    QCOMPARE(run->response.httpStatus, 200);
    QCOMPARE(run->response.body, QByteArray(R"({"received":true})"));
    QCOMPARE(run->request.body, body);
    QVERIFY(run->response.elapsedMs >= 0);
}

void TestInvokerHttp::webhookSyncHttp500Fails()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 500, R"({"message":"database down"})");
    const QString id = startRun(webhook(hook.url(QStringLiteral("/hook"))));
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Failure);
    QVERIFY2(run->summary.contains(QLatin1String("HTTP 500")), qPrintable(run->summary));
    QVERIFY2(run->summary.contains(QLatin1String("database down")), qPrintable(run->summary));
    QCOMPARE(run->response.httpStatus, 500);
}

void TestInvokerHttp::webhookAsyncStaysInProgress()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 202);
    QSignalSpy sent(m_invoker, &Invoker::requestFinished);
    QSignalSpy idle(m_invoker, &Invoker::jobFinished);
    const QString id = startRun(webhook(hook.url(QStringLiteral("/hook")), false));
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
    QCOMPARE(sent.first().at(1).toBool(), true);
    QCOMPARE(m_store->status(id), runstatus::InProgress);
    QVERIFY(!m_invoker->isActive(id));
}

void TestInvokerHttp::connectionRefused()
{
    quint16 port;
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        port = s.serverPort();
    }
    const QString id = startRun(webhook(QStringLiteral("http://127.0.0.1:%1/hook").arg(port)));
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Failure);
    QVERIFY2(run->summary.contains(QLatin1String("Connection refused")), qPrintable(run->summary));
}

void TestInvokerHttp::tlsFailure()
{
    RawServer plain(true);
    const QString id = startRun(webhook(QStringLiteral("https://127.0.0.1:%1/hook").arg(plain.port())));
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Failure);
    QVERIFY2(run->summary.contains(QLatin1String("TLS")), qPrintable(run->summary));
}

void TestInvokerHttp::tlsOptOutWarns()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/hook"), 200);
    InvokeOptions o;
    o.verifyTls = false;
    const QString id = startRun(webhook(hook.url(QStringLiteral("/hook"))), o);
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Success);
    QCOMPARE(run->warnings.size(), 1);
    QVERIFY(run->warnings.first().contains(QLatin1String("TLS")));
}

void TestInvokerHttp::timeout()
{
    RawServer silent;
    InvokeOptions o;
    o.timeoutMs = 300;
    const QString id = startRun(webhook(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.port())), o);
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Failure);
    QVERIFY2(run->summary.contains(QLatin1String("Timed out")), qPrintable(run->summary));
}

void TestInvokerHttp::cancel()
{
    RawServer silent;
    const QString id = startRun(webhook(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.port())));
    QTRY_COMPARE_WITH_TIMEOUT(silent.accepted, 1, 10000);
    QVERIFY(m_invoker->isActive(id));
    m_invoker->cancel(id);
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Failure);
    QCOMPARE(run->summary, QStringLiteral("Cancelled by the user"));
    QTRY_VERIFY(!m_invoker->isActive(id));
}

void TestInvokerHttp::truncatedAndRedirected()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/old"), [&hook](const Received &) {
        return Canned{307, {}, {{"Location", hook.url(QStringLiteral("/new")).toUtf8()}}};
    });
    hook.on(QStringLiteral("POST"), QStringLiteral("/new"), 200, QByteArray(5000, 'x'));
    InvokeOptions o;
    o.maxResponseBytes = 100;
    const QString id = startRun(webhook(hook.url(QStringLiteral("/old"))), o);
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Success);
    QCOMPARE(run->response.redirects, QStringList{hook.url(QStringLiteral("/new"))});
    QVERIFY(run->response.truncated);
    QCOMPARE(run->response.body.size(), 100);
    QCOMPARE(run->response.bodySize, 5000);
    QCOMPARE(hook.requests(QStringLiteral("POST"), QStringLiteral("/new")).first().body, QByteArray(R"({"inputs":{"name":"svc"}})"));
}

void TestInvokerHttp::githubDispatchAndFollow_data()
{
    QTest::addColumn<QString>("conclusion");
    QTest::addColumn<bool>("report");
    QTest::addColumn<QString>("expected");
    QTest::newRow("success") << "success" << true << runstatus::Success;
    QTest::newRow("skipped") << "skipped" << true << runstatus::Success;
    QTest::newRow("failure") << "failure" << true << runstatus::Failure;
    QTest::newRow("no report") << "failure" << false << runstatus::InProgress;
}

void TestInvokerHttp::githubDispatchAndFollow()
{
    QFETCH(QString, conclusion);
    QFETCH(bool, report);
    QFETCH(QString, expected);
    m_secrets->write(secretkeys::GitHubToken, QStringLiteral("ghp_secret123"));
    FakeHttp gh;
    const QString repo = QStringLiteral("/api/v3/repos/acme/shop");
    gh.on(QStringLiteral("POST"), repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches"), 204);
    gh.on(QStringLiteral("GET"), repo + QStringLiteral("/actions/runs"), [](const Received &) {
        const QString now = QDateTime::currentDateTimeUtc().addSecs(1).toString(Qt::ISODate);
        const QString old = QDateTime::currentDateTimeUtc().addSecs(-3600).toString(Qt::ISODate);
        return Canned{200, QStringLiteral(R"({"total_count":2,"workflow_runs":[{"id":1,"created_at":"%1"},{"id":777,"created_at":"%2"}]})")
                               .arg(old, now).toUtf8(), {}};
    });
    int polls = 0;
    gh.on(QStringLiteral("GET"), repo + QStringLiteral("/actions/runs/777"), [&polls, conclusion](const Received &) {
        ++polls;
        const QByteArray status = polls < 2 ? "in_progress" : "completed";
        return Canned{200, R"({"id":777,"status":")" + status + R"(","conclusion":")" + conclusion.toUtf8()
                               + R"(","html_url":"https://github.example/acme/shop/actions/runs/777"})", {}};
    });
    RenderedInvocation inv;
    inv.backend = QStringLiteral("GITHUB");
    inv.method = QStringLiteral("POST");
    inv.url = QStringLiteral("https://api.github.com/repos/acme/shop/actions/workflows/deploy.yml/dispatches");
    inv.body = R"({"ref":"main","inputs":{"port_context":"{\"runId\":\"r_x\"}"}})";
    inv.reportWorkflowStatus = report;
    // As the invocation builder shows it: the token is a placeholder the runner replaces.
    inv.headers = {{QStringLiteral("Accept"), QStringLiteral("application/vnd.github+json")},
                   {QStringLiteral("Authorization"), QStringLiteral("Bearer <GitHub App installation token>")},
                   {QStringLiteral("X-GitHub-Api-Version"), QStringLiteral("2022-11-28")},
                   {QStringLiteral("Content-Type"), QStringLiteral("application/json")}};
    InvokeOptions o;
    o.apiBase = gh.url(QStringLiteral("/api/v3"));
    o.pollIntervalMs = 20;
    QSignalSpy idle(m_invoker, &Invoker::jobFinished);
    const QString id = startRun(inv, o);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 15000);
    QCOMPARE(m_store->status(id), expected);

    const auto d = gh.requests(QStringLiteral("POST"), repo + QStringLiteral("/actions/workflows/deploy.yml/dispatches"));
    QCOMPARE(d.size(), 1);
    QCOMPARE(d.first().header("authorization"), QByteArray("Bearer ghp_secret123"));
    QCOMPARE(d.first().header("accept"), QByteArray("application/vnd.github+json"));
    QCOMPARE(d.first().body, inv.body);
    const auto list = gh.requests(QStringLiteral("GET"), repo + QStringLiteral("/actions/runs"));
    QVERIFY(!list.isEmpty());
    QVERIFY(list.first().query.contains(QLatin1String("event=workflow_dispatch")));
    QCOMPARE(list.first().header("authorization"), QByteArray("Bearer ghp_secret123"));
    const auto run = m_store->run(id);
    QCOMPARE(run->links, QStringList{QStringLiteral("https://github.example/acme/shop/actions/runs/777")});
    QCOMPARE(run->externalRunId, QStringLiteral("777"));
    bool logged = false;
    for (const auto &l : run->logs)
        logged = logged || l.message.startsWith(QStringLiteral("Workflow completed: ") + conclusion);
    QVERIFY(logged);
    // The token is masked in the stored request and absent from the history file.
    QCOMPARE(run->request.headers.first().second, QStringLiteral("Bearer ********"));
    delete m_invoker;
    m_invoker = nullptr;
    const QString path = m_store->path();
    delete m_store;
    m_store = nullptr;
    QDirIterator it(QFileInfo(path).absolutePath(), QDir::Files);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains("ghp_secret123"), qPrintable(f.fileName()));
    }
}

void TestInvokerHttp::githubWithoutTokenFails()
{
    RenderedInvocation inv;
    inv.backend = QStringLiteral("GITHUB");
    inv.url = QStringLiteral("http://127.0.0.1:1/repos/a/b/actions/workflows/w.yml/dispatches");
    const QString id = startRun(inv);
    waitEnded(id);
    QVERIFY(m_store->run(id)->summary.contains(QLatin1String("GITHUB_TOKEN")));
}

void TestInvokerHttp::integrationActionUsesReturnedRunId()
{
    qputenv("GITHUB_TOKEN", "ghp_env");
    EnvSecretStore env(m_secrets);
    Invoker invoker(m_store, &env);
    FakeHttp gh;
    gh.on(QStringLiteral("POST"), QStringLiteral("/repos/o/r/actions/workflows/42/dispatches"), 200,
          R"({"workflow_run_id":9001,"run_url":"x","html_url":"https://gh/o/r/actions/runs/9001"})");
    gh.on(QStringLiteral("GET"), QStringLiteral("/repos/o/r/actions/runs/9001"), 200,
          R"({"id":9001,"status":"completed","conclusion":"neutral","html_url":"https://gh/o/r/actions/runs/9001"})");
    RenderedInvocation inv;
    inv.backend = QStringLiteral("INTEGRATION_ACTION");
    inv.url = gh.url(QStringLiteral("/repos/o/r/actions/workflows/42/dispatches"));
    inv.body = R"({"ref":"main","inputs":{},"return_run_details":true})";
    inv.reportWorkflowStatus = true;
    InvokeOptions o;
    o.pollIntervalMs = 20;
    const QString id = invoker.createRun(QStringLiteral("a"), inv.backend, {});
    invoker.start(id, inv, o);
    QTRY_VERIFY_WITH_TIMEOUT(m_store->status(id) != runstatus::InProgress, 10000);
    qunsetenv("GITHUB_TOKEN");
    QCOMPARE(m_store->status(id), runstatus::Success);
    QVERIFY(gh.requests(QStringLiteral("GET"), QStringLiteral("/repos/o/r/actions/runs")).isEmpty());  // no lookup needed
    QCOMPARE(gh.received.first().header("authorization"), QByteArray("Bearer ghp_env"));
    QCOMPARE(m_store->run(id)->externalRunId, QStringLiteral("9001"));
}

void TestInvokerHttp::gitlabTriggerAndFollow()
{
    m_secrets->write(secretkeys::GitLabTriggerToken, QStringLiteral("glptt-trigger"));
    m_secrets->write(secretkeys::GitLabToken, QStringLiteral("glpat-api"));
    FakeHttp gl;
    const QString trigger = QStringLiteral("/api/v4/projects/group%2Fsub%2Fproj/trigger/pipeline");
    gl.on(QStringLiteral("POST"), QStringLiteral("/api/v4/projects/group/sub/proj/trigger/pipeline"), 201,
          R"({"id":55,"status":"created","web_url":"https://gitlab.example/group/sub/proj/-/pipelines/55"})");
    int polls = 0;
    gl.on(QStringLiteral("GET"), QStringLiteral("/api/v4/projects/group/sub/proj/pipelines/55"), [&polls](const Received &) {
        return Canned{200, ++polls < 2 ? R"({"id":55,"status":"running"})" : R"({"id":55,"status":"failed"})", {}};
    });
    RenderedInvocation inv;
    inv.backend = QStringLiteral("GITLAB");
    inv.method = QStringLiteral("POST");
    inv.url = QStringLiteral("https://gitlab.com") + trigger;
    inv.body = R"({"ref": "main", "token": "${group/sub_proj}", "variables": {"env": "prod"}})";
    InvokeOptions o;
    o.apiBase = gl.url();
    o.pollIntervalMs = 20;
    QSignalSpy idle(m_invoker, &Invoker::jobFinished);
    const QString id = startRun(inv, o);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 15000);
    QCOMPARE(m_store->status(id), runstatus::Failure);
    // Qt's HTTP server decodes %2F in the path; the raw request line is what GitLab would see.
    const auto t = gl.requests(QStringLiteral("POST"), QStringLiteral("/api/v4/projects/group/sub/proj/trigger/pipeline"));
    QCOMPARE(t.size(), 1);
    QCOMPARE(t.first().body, QByteArray(R"({"ref":"main","token":"glptt-trigger","variables":{"env":"prod"}})"));
    const auto p = gl.requests(QStringLiteral("GET"), QStringLiteral("/api/v4/projects/group/sub/proj/pipelines/55"));
    QVERIFY(p.size() >= 2);
    QCOMPARE(p.first().header("private-token"), QByteArray("glpat-api"));
    const auto run = m_store->run(id);
    QCOMPARE(run->links, QStringList{QStringLiteral("https://gitlab.example/group/sub/proj/-/pipelines/55")});
    QCOMPARE(run->externalRunId, QStringLiteral("55"));
    QVERIFY(run->summary.contains(QLatin1String("failed")));
    QVERIFY(!run->request.body.contains("glptt-trigger"));
}

void TestInvokerHttp::azureDevOpsRebased()
{
    FakeHttp az;
    const QString path = QStringLiteral("/tfs/myorg/_apis/public/distributedtask/webhooks/portHook");
    az.on(QStringLiteral("POST"), path, 200);
    RenderedInvocation inv;
    inv.backend = QStringLiteral("AZURE_DEVOPS");
    inv.method = QStringLiteral("POST");
    inv.url = QStringLiteral("https://dev.azure.com/myorg/_apis/public/distributedtask/webhooks/portHook?api-version=6.0-preview");
    inv.body = R"({"service":"x"})";
    inv.headers = {{QStringLiteral("X-Port-Signature"), QStringLiteral("v1,abc")}};
    InvokeOptions o;
    o.apiBase = az.url(QStringLiteral("/tfs"));
    QSignalSpy idle(m_invoker, &Invoker::jobFinished);
    const QString id = startRun(inv, o);
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 10000);
    QCOMPARE(m_store->status(id), runstatus::InProgress);  // the pipeline reports itself
    const auto got = az.requests(QStringLiteral("POST"), path);
    QCOMPARE(got.size(), 1);
    QCOMPARE(got.first().query, QStringLiteral("api-version=6.0-preview"));
    QCOMPARE(got.first().body, inv.body);
    QCOMPARE(got.first().header("x-port-signature"), QByteArray("v1,abc"));
}

void TestInvokerHttp::upsertDryRun()
{
    RenderedInvocation inv;
    inv.backend = QStringLiteral("UPSERT_ENTITY");
    inv.blueprint = QStringLiteral("service");
    inv.entity = parseJson(QByteArray(R"({"identifier":"svc","properties":{"locked":true}})")).value;
    const QString id = startRun(inv);
    waitEnded(id);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Success);
    QVERIFY(run->summary.startsWith(QLatin1String("Dry run")));
    QCOMPARE(run->request.body, QByteArray(R"({"identifier":"svc","properties":{"locked":true}})"));
    QVERIFY(run->request.url.contains(QStringLiteral("run_id=") + id));
}

void TestInvokerHttp::upsertThroughPort()
{
    FakeHttp port;
    port.on(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"), 200,
            R"({"ok":true,"accessToken":"port-token-xyz","expiresIn":3600,"tokenType":"Bearer"})");
    port.on(QStringLiteral("POST"), QStringLiteral("/v1/blueprints/service/entities"), 201, R"({"ok":true})");
    RenderedInvocation inv;
    inv.backend = QStringLiteral("UPSERT_ENTITY");
    inv.blueprint = QStringLiteral("service");
    inv.entity = parseJson(QByteArray(R"({"identifier":"svc","title":"Svc"})")).value;
    InvokeOptions o;
    o.portApiBase = port.url();
    o.portClientId = QStringLiteral("cid");
    o.portClientSecret = QStringLiteral("csecret");
    const QString id = startRun(inv, o);
    waitEnded(id);
    QCOMPARE(m_store->status(id), runstatus::Success);
    const auto tok = port.requests(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"));
    QCOMPARE(tok.size(), 1);
    QCOMPARE(QJsonDocument::fromJson(tok.first().body).object(),
             (QJsonObject{{QStringLiteral("clientId"), QStringLiteral("cid")}, {QStringLiteral("clientSecret"), QStringLiteral("csecret")}}));
    const auto up = port.requests(QStringLiteral("POST"), QStringLiteral("/v1/blueprints/service/entities"));
    QCOMPARE(up.size(), 1);
    QCOMPARE(up.first().query, QStringLiteral("upsert=true&run_id=") + id);
    QCOMPARE(up.first().header("authorization"), QByteArray("Bearer port-token-xyz"));
    QCOMPARE(up.first().body, QByteArray(R"({"identifier":"svc","title":"Svc"})"));
    // The history holds the headers as sent (transport headers included), the token masked.
    const HeaderList stored = m_store->run(id)->request.headers;
    QVERIFY(stored.contains(qMakePair(QStringLiteral("Authorization"), QStringLiteral("Bearer ********"))));
    QVERIFY(stored.contains(qMakePair(QStringLiteral("Connection"), QStringLiteral("keep-alive"))));
}

void TestInvokerHttp::unknownBackendFails()
{
    RenderedInvocation inv;
    inv.backend = QStringLiteral("SLACK");
    const QString id = m_invoker->createRun(QStringLiteral("a"), inv.backend, {});
    QVERIFY(!m_invoker->start(id, inv));
    QCOMPARE(m_store->status(id), runstatus::Failure);
}

QTEST_GUILESS_MAIN(TestInvokerHttp)
#include "tst_invoker_http.moc"
