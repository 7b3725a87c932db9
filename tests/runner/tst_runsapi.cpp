// The local Port-compatible runs API, driven from a separate process (curl) as a backend would.
#include "runner/runsapi.h"
#include "runner/runstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;

namespace {
struct CurlResult {
    int status = 0;
    QJsonObject body;
};
}  // namespace

class TestRunsApi : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tokenAndFullRunFromCurl();
    void unauthorized();
    void unknownRunIs404();
    void badBodiesAre422();
    void finishedRunRefusesChanges();
    void terminationStatusEndsRunOnce();
    void logsPaging();
    void patchResponse();
    void linkArrayKeepsShape();
    void secretOnlyCredentials();
    void encodedSlashIsNotASeparator();
    void onlyWebLinks();
    void foreignHostRefused();
    void noSecretNoToken();
    void oversizedBodyRefusedFromItsHeader();
    void logsCappedPerRun();
    void logPostsDoNotReadStoredLogs();

private:
    // curl in its own process; the event loop keeps running so the server can answer.
    CurlResult curl(const QString &method, const QString &path, const QByteArray &body = {}, const QString &token = {},
        const QStringList &extra = {});
    QString token();

    QTemporaryDir m_dir;
    RunStore *m_store = nullptr;
    RunsApi *m_api = nullptr;
    QString m_run;
};

void TestRunsApi::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("curl")).isEmpty())
        QSKIP("curl is not installed");
}

void TestRunsApi::init()
{
    m_store = new RunStore;
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("h%1.sqlite").arg(QTest::currentTestFunction()))));
    m_api = new RunsApi(m_store);
    m_api->setCredentials(QStringLiteral("my-id"), QStringLiteral("my-secret"));
    QString err;
    QVERIFY2(m_api->listen(0, &err), qPrintable(err));
    QVERIFY(m_api->port() > 0);
    Run r;
    r.action = QStringLiteral("deploy");
    r.backend = QStringLiteral("WEBHOOK");
    m_run = m_store->create(r);
}

void TestRunsApi::cleanup()
{
    delete m_api;
    delete m_store;
}

CurlResult TestRunsApi::curl(
    const QString &method, const QString &path, const QByteArray &body, const QString &token, const QStringList &extra)
{
    QProcess p;
    QStringList args = {QStringLiteral("-s"), QStringLiteral("-X"), method, QStringLiteral("-w"),
        QStringLiteral("\n%{http_code}"), QStringLiteral("-H"), QStringLiteral("Content-Type: application/json")};
    args << extra;
    if (!token.isEmpty())
        args << QStringLiteral("-H") << QStringLiteral("Authorization: Bearer ") + token;
    if (!body.isNull())
        args << QStringLiteral("--data-binary") << QStringLiteral("@-");
    args << m_api->baseUrl() + path;
    p.start(QStringLiteral("curl"), args);
    p.write(body);
    p.closeWriteChannel();
    QSignalSpy done(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning)
        done.wait(15000);
    const QByteArray out = p.readAllStandardOutput();
    const int nl = out.lastIndexOf('\n');
    CurlResult r;
    r.status = out.mid(nl + 1).toInt();
    r.body = QJsonDocument::fromJson(out.left(nl)).object();
    return r;
}

QString TestRunsApi::token()
{
    const CurlResult r = curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"),
                              R"({"clientId":"my-id","clientSecret":"my-secret"})");
    return r.body.value(QStringLiteral("accessToken")).toString();
}

void TestRunsApi::tokenAndFullRunFromCurl()
{
    const CurlResult t = curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"),
                              R"({"clientId":"my-id","clientSecret":"my-secret"})");
    QCOMPARE(t.status, 200);
    QCOMPARE(t.body.value(QStringLiteral("ok")).toBool(), true);
    QVERIFY(!t.body.value(QStringLiteral("accessToken")).toString().isEmpty());
    QVERIFY(t.body.value(QStringLiteral("expiresIn")).toInt() > 0);
    QCOMPARE(t.body.value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
    const QString tok = t.body.value(QStringLiteral("accessToken")).toString();

    QSignalSpy logs(m_api, &RunsApi::logPosted);
    QSignalSpy finished(m_api, &RunsApi::runFinished);
    QSignalSpy storeLogs(m_store, &RunStore::logAppended);

    CurlResult g = curl(QStringLiteral("GET"), QStringLiteral("/v1/actions/runs/") + m_run, {}, tok);
    QCOMPARE(g.status, 200);
    QCOMPARE(g.body.value(QStringLiteral("run")).toObject().value(QStringLiteral("id")).toString(), m_run);
    QCOMPARE(g.body.value(QStringLiteral("run")).toObject().value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(g.body.value(QStringLiteral("run")).toObject().value(QStringLiteral("action")).toObject().value(QStringLiteral("identifier")).toString(),
             QStringLiteral("deploy"));

    CurlResult l = curl(QStringLiteral("POST"), QStringLiteral("/v1/actions/runs/%1/logs").arg(m_run), R"({"message":"Building image"})", tok);
    QCOMPARE(l.status, 201);
    const QJsonObject runLog = l.body.value(QStringLiteral("runLog")).toObject();
    QCOMPARE(runLog.value(QStringLiteral("message")).toString(), QStringLiteral("Building image"));
    QCOMPARE(runLog.value(QStringLiteral("runId")).toString(), m_run);
    QCOMPARE(runLog.value(QStringLiteral("createdBy")).toString(), QStringLiteral("my-id"));
    QVERIFY(!runLog.value(QStringLiteral("id")).toString().isEmpty());
    QVERIFY(!runLog.value(QStringLiteral("createdAt")).toString().isEmpty());
    QCOMPARE(logs.count(), 1);
    QCOMPARE(storeLogs.count(), 1);

    CurlResult p = curl(QStringLiteral("PATCH"), QStringLiteral("/v1/actions/runs/") + m_run,
                        R"({"statusLabel":"Deploying","link":"https://ci/1","externalRunId":"42","summary":"half way"})", tok);
    QCOMPARE(p.status, 200);
    QJsonObject run = p.body.value(QStringLiteral("run")).toObject();
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("IN_PROGRESS"));
    QCOMPARE(run.value(QStringLiteral("statusLabel")).toString(), QStringLiteral("Deploying"));
    QCOMPARE(run.value(QStringLiteral("link")).toString(), QStringLiteral("https://ci/1"));
    QCOMPARE(finished.count(), 0);

    p = curl(QStringLiteral("PATCH"), QStringLiteral("/v1/actions/runs/") + m_run, R"({"status":"SUCCESS"})", tok);
    QCOMPARE(p.status, 200);
    run = p.body.value(QStringLiteral("run")).toObject();
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("SUCCESS"));
    QVERIFY(!run.value(QStringLiteral("endedAt")).toString().isEmpty());
    QCOMPARE(finished.count(), 1);

    const auto stored = m_store->run(m_run);
    QCOMPARE(stored->status, runstatus::Success);
    QCOMPARE(stored->externalRunId, QStringLiteral("42"));
    QCOMPARE(stored->summary, QStringLiteral("half way"));
    QCOMPARE(stored->logs.first().message, QStringLiteral("Building image"));
}

void TestRunsApi::unauthorized()
{
    CurlResult r = curl(QStringLiteral("GET"), QStringLiteral("/v1/actions/runs/") + m_run);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body.value(QStringLiteral("ok")).toBool(true), false);
    QVERIFY(!r.body.value(QStringLiteral("error")).toString().isEmpty());
    QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
    r = curl(QStringLiteral("POST"), QStringLiteral("/v1/actions/runs/%1/logs").arg(m_run), R"({"message":"x"})", QStringLiteral("forged"));
    QCOMPARE(r.status, 401);
    r = curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"), R"({"clientId":"my-id","clientSecret":"wrong"})");
    QCOMPARE(r.status, 401);
    QVERIFY(m_store->run(m_run)->logs.isEmpty());
}

void TestRunsApi::unknownRunIs404()
{
    const QString tok = token();
    CurlResult r = curl(QStringLiteral("GET"), QStringLiteral("/v1/actions/runs/r_nope"), {}, tok);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body.value(QStringLiteral("ok")).toBool(true), false);
    r = curl(QStringLiteral("POST"), QStringLiteral("/v1/actions/runs/r_nope/logs"), R"({"message":"x"})", tok);
    QCOMPARE(r.status, 404);
    r = curl(QStringLiteral("GET"), QStringLiteral("/v1/not/a/route"), {}, tok);
    QCOMPARE(r.status, 404);
}

void TestRunsApi::badBodiesAre422()
{
    const QString tok = token();
    const QString run = QStringLiteral("/v1/actions/runs/") + m_run;
    const QList<QPair<QString, QByteArray>> cases = {
        {run, R"({"status":"DONE"})"},
        {run, R"({"color":"red"})"},
        {run, R"({"link":5})"},
        {run, R"({"summary":["x"]})"},
        {run, R"([1,2])"},
        {run + QStringLiteral("/logs"), R"({})"},
        {run + QStringLiteral("/logs"), R"({"message":"x","terminationStatus":"OK"})"},
        {run + QStringLiteral("/logs"), R"({"message":"x","extra":1})"},
        {run + QStringLiteral("/response"), R"({})"},
    };
    for (const auto &c : cases) {
        const QString method = c.first.endsWith(QLatin1String("/logs")) ? QStringLiteral("POST") : QStringLiteral("PATCH");
        const CurlResult r = curl(method, c.first, c.second, tok);
        QVERIFY2(r.status == 422, qPrintable(QStringLiteral("%1 %2 -> %3").arg(c.first, QString::fromUtf8(c.second)).arg(r.status)));
        QCOMPARE(r.body.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(!r.body.value(QStringLiteral("error")).toString().isEmpty());
        QVERIFY(!r.body.value(QStringLiteral("message")).toString().isEmpty());
    }
    const CurlResult bad = curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"), R"({"clientId":"my-id"})");
    QCOMPARE(bad.status, 422);
    QCOMPARE(m_store->status(m_run), runstatus::InProgress);
}

void TestRunsApi::finishedRunRefusesChanges()
{
    const QString tok = token();
    const QString run = QStringLiteral("/v1/actions/runs/") + m_run;
    QCOMPARE(curl(QStringLiteral("PATCH"), run, R"({"status":"FAILURE"})", tok).status, 200);
    CurlResult r = curl(QStringLiteral("PATCH"), run, R"({"status":"SUCCESS"})", tok);
    QCOMPARE(r.status, 422);
    QCOMPARE(r.body.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(curl(QStringLiteral("PATCH"), run, R"({"statusLabel":"late"})", tok).status, 422);
    QCOMPARE(curl(QStringLiteral("POST"), run + QStringLiteral("/logs"), R"({"message":"late"})", tok).status, 422);
    QCOMPARE(m_store->status(m_run), runstatus::Failure);
    QCOMPARE(curl(QStringLiteral("GET"), run, {}, tok).status, 200);  // reading is fine
}

void TestRunsApi::terminationStatusEndsRunOnce()
{
    const QString tok = token();
    const QString logs = QStringLiteral("/v1/actions/runs/%1/logs").arg(m_run);
    CurlResult r = curl(QStringLiteral("POST"), logs, R"({"message":"all done","terminationStatus":"SUCCESS","statusLabel":"Done"})", tok);
    QCOMPARE(r.status, 201);
    const auto run = m_store->run(m_run);
    QCOMPARE(run->status, runstatus::Success);
    QCOMPARE(run->statusLabel, QStringLiteral("Done"));
    r = curl(QStringLiteral("POST"), logs, R"({"message":"again","terminationStatus":"FAILURE"})", tok);
    QCOMPARE(r.status, 422);
    QCOMPARE(m_store->status(m_run), runstatus::Success);
}

void TestRunsApi::logsPaging()
{
    const QString tok = token();
    const QString logs = QStringLiteral("/v1/actions/runs/%1/logs").arg(m_run);
    for (int i = 0; i < 5; ++i)
        QCOMPARE(curl(QStringLiteral("POST"), logs, QStringLiteral(R"({"message":"line %1"})").arg(i).toUtf8(), tok).status, 201);
    CurlResult r = curl(QStringLiteral("GET"), logs + QStringLiteral("?limit=2&offset=1"), {}, tok);
    QCOMPARE(r.status, 200);
    const QJsonArray a = r.body.value(QStringLiteral("runLogs")).toArray();
    QCOMPARE(a.size(), 2);
    QCOMPARE(a.at(0).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("line 1"));
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("line 2"));
    QCOMPARE(curl(QStringLiteral("GET"), logs + QStringLiteral("?limit=51"), {}, tok).status, 422);
    QCOMPARE(curl(QStringLiteral("GET"), logs, {}, tok).body.value(QStringLiteral("runLogs")).toArray().size(), 5);
}

void TestRunsApi::patchResponse()
{
    const QString tok = token();
    QSignalSpy spy(m_api, &RunsApi::responseReported);
    CurlResult r = curl(QStringLiteral("PATCH"), QStringLiteral("/v1/actions/runs/%1/response").arg(m_run),
                        R"({"response":{"build":7,"ok":true}})", tok);
    QCOMPARE(r.status, 200);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(r.body.value(QStringLiteral("run")).toObject().value(QStringLiteral("response")).toObject().value(QStringLiteral("build")).toInt(), 7);
    QVERIFY(m_store->run(m_run)->reportedResponse.contains("\"build\":7"));
}

void TestRunsApi::linkArrayKeepsShape()
{
    const QString tok = token();
    CurlResult r = curl(QStringLiteral("PATCH"), QStringLiteral("/v1/actions/runs/") + m_run, R"({"link":["https://a","https://b"]})", tok);
    QCOMPARE(r.status, 200);
    const QJsonArray links = r.body.value(QStringLiteral("run")).toObject().value(QStringLiteral("link")).toArray();
    QCOMPARE(links.size(), 2);
    QCOMPARE(links.at(1).toString(), QStringLiteral("https://b"));
}

void TestRunsApi::secretOnlyCredentials()
{
    m_api->setCredentials(QString(), QStringLiteral("only-secret"));
    QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"), R"({"clientId":"anyone","clientSecret":"only-secret"})").status, 200);
    QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"), R"({"clientId":"anyone","clientSecret":"nope"})").status, 401);
}

void TestRunsApi::encodedSlashIsNotASeparator()
{
    const QString tok = token();
    QVERIFY(m_store->tryAppendLog(m_run, QStringLiteral("a log"), QStringLiteral("ci")));
    // r_x%2Flogs is one (unknown) run id, not the logs of r_x.
    CurlResult r = curl(QStringLiteral("GET"), QStringLiteral("/v1/actions/runs/%1%2Flogs").arg(m_run), {}, tok);
    QCOMPARE(r.status, 404);
    QCOMPARE(r.body.value(QStringLiteral("ok")).toBool(true), false);
    r = curl(
        QStringLiteral("PATCH"), QStringLiteral("/v1/actions/runs/%1%2Fresponse").arg(m_run), R"({"response":{"a":1}})", tok);
    QCOMPARE(r.status, 404);
    QVERIFY(m_store->run(m_run)->reportedResponse.isEmpty());
    QCOMPARE(curl(QStringLiteral("GET"), QStringLiteral("/v1/actions/runs/%1%2F..%2F").arg(m_run), {}, tok).status, 404);
}

void TestRunsApi::onlyWebLinks()
{
    const QString tok = token();
    const QString run = QStringLiteral("/v1/actions/runs/") + m_run;
    const QList<QJsonValue> links = {QStringLiteral("javascript:alert(1)"),
        QJsonArray{QString(QStringLiteral("https:") + QStringLiteral("//ok")),
            QString(QStringLiteral("file:") + QStringLiteral("///etc/passwd"))},
        QStringLiteral("data:text/html,x"), QString(QStringLiteral("https:") + QStringLiteral("//"))};
    for (const QJsonValue &link : links) {
        const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("link"), link}}).toJson(QJsonDocument::Compact);
        const CurlResult r = curl(QStringLiteral("PATCH"), run, body, tok);
        QVERIFY2(r.status == 422, body.constData());
        QCOMPARE(r.body.value(QStringLiteral("ok")).toBool(true), false);
        QVERIFY(r.body.value(QStringLiteral("message")).toString().contains(QLatin1String("http")));
    }
    QVERIFY(m_store->run(m_run)->links.isEmpty());
    QCOMPARE(curl(QStringLiteral("PATCH"), run, "{\"link\":\"HTTPS://ci.example/runs/1\"}", tok).status, 200);
}

void TestRunsApi::foreignHostRefused()
{
    // A page on a rebinding DNS name reaches 127.0.0.1 with its own name in Host.
    const QString port = QString::number(m_api->port());
    for (const QString &host : QStringList{QStringLiteral("evil.example:") + port,
             QStringLiteral("127.0.0.1.nip.example:") + port, QStringLiteral("127.0.0.1:1")}) {
        const CurlResult r = curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"),
            R"({"clientId":"my-id","clientSecret":"my-secret"})", {}, {QStringLiteral("-H"), QStringLiteral("Host: ") + host});
        QVERIFY2(r.status == 403, qPrintable(host));
        QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("invalid_host"));
        QVERIFY(!r.body.contains(QStringLiteral("accessToken")));
    }
    for (const QString &host : QStringList{QStringLiteral("localhost:") + port, QStringLiteral("[::1]:") + port}) {
        const CurlResult r = curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"),
            R"({"clientId":"my-id","clientSecret":"my-secret"})", {}, {QStringLiteral("-H"), QStringLiteral("Host: ") + host});
        QVERIFY2(r.status == 200, qPrintable(host));
    }
}

void TestRunsApi::noSecretNoToken()
{
    m_api->setCredentials(QString(), QString());
    m_api->setNoSecretHint(QStringLiteral("Set it in Runner > Settings"));
    const CurlResult r
        = curl(QStringLiteral("POST"), QStringLiteral("/v1/auth/access_token"), R"({"clientId":"a","clientSecret":"b"})");
    QCOMPARE(r.status, 401);
    QVERIFY(!r.body.contains(QStringLiteral("accessToken")));
    QCOMPARE(r.body.value(QStringLiteral("message")).toString(), QStringLiteral("Set it in Runner > Settings"));
}

void TestRunsApi::oversizedBodyRefusedFromItsHeader()
{
    // A 300 MB body announced in Content-Length is refused from the header: the answer comes before
    // (and without) the body being sent.
    QTcpSocket s;
    s.connectToHost(QHostAddress::LocalHost, m_api->port());
    QVERIFY(s.waitForConnected(5000));
    s.write(QStringLiteral("POST /v1/actions/runs/%1/logs HTTP/1.1\r\nHost: "
                           "127.0.0.1:%2\r\nContent-Type: application/json\r\n"
                           "Content-Length: 300000000\r\n\r\n{\"message\":\"")
                .arg(m_run)
                .arg(m_api->port())
                .toUtf8());
    s.write(QByteArray(256 * 1024, 'x'));
    QByteArray answer;
    QTRY_VERIFY_WITH_TIMEOUT((answer += s.readAll()).contains("}"), 10000);
    QVERIFY2(answer.startsWith("HTTP/1.1 413"), answer.constData());
    QVERIFY(answer.contains("\"ok\":false"));
    QVERIFY(answer.contains("payload_too_large"));
    QTRY_COMPARE_WITH_TIMEOUT(s.state(), QAbstractSocket::UnconnectedState, 10000);
    // Smaller requests on new connections still work.
    QCOMPARE(curl(QStringLiteral("POST"), QStringLiteral("/v1/actions/runs/%1/logs").arg(m_run), R"({"message":"fine"})", token())
                 .status,
        201);
}

void TestRunsApi::logsCappedPerRun()
{
    RunStore::Limits l;
    l.maxLogsPerRun = 2;
    m_store->setLimits(l);
    const QString tok = token();
    const QString logs = QStringLiteral("/v1/actions/runs/%1/logs").arg(m_run);
    QCOMPARE(curl(QStringLiteral("POST"), logs, R"({"message":"1"})", tok).status, 201);
    QCOMPARE(curl(QStringLiteral("POST"), logs, R"({"message":"2"})", tok).status, 201);
    CurlResult r = curl(QStringLiteral("POST"), logs, R"({"message":"3"})", tok);
    QCOMPARE(r.status, 413);
    QCOMPARE(r.body.value(QStringLiteral("ok")).toBool(true), false);
    QCOMPARE(r.body.value(QStringLiteral("error")).toString(), QStringLiteral("run_logs_limit_reached"));
    QVERIFY(r.body.value(QStringLiteral("message")).toString().contains(QLatin1String("2 logs")));
    l.maxLogsPerRun = 100;
    l.maxLogBytesPerRun = 1000;
    m_store->setLimits(l);
    r = curl(QStringLiteral("POST"), logs, QByteArray(R"({"message":")") + QByteArray(1200, 'x') + "\"}", tok);
    QCOMPARE(r.status, 413);
    QCOMPARE(m_store->logs(m_run).size(), 2);
}

void TestRunsApi::logPostsDoNotReadStoredLogs()
{
    // A log POST reads no stored log back (it used to reload them all, which made logging a long
    // run quadratic). Counted in rows read, not timed: CI machines are shared and noisy.
    const QString tok = m_api->issueToken();
    const QByteArray auth = "Bearer " + tok.toUtf8();
    const QString path = QStringLiteral("/v1/actions/runs/%1/logs").arg(m_run);
    const QByteArray body = QByteArray(R"({"message":")") + QByteArray(2000, 'x') + "\"}";
    for (int i = 0; i < 280; ++i)
        QCOMPARE(m_api->handle(QStringLiteral("POST"), path, {}, auth, body).status, 201);
    const qint64 before = m_store->logRowsRead();
    for (int i = 0; i < 40; ++i)
        QCOMPARE(m_api->handle(QStringLiteral("POST"), path, {}, auth, body).status, 201);
    QCOMPARE(m_store->logRowsRead(), before);
    // The counter does count: reading the run back reads every row.
    QCOMPARE(m_store->run(m_run)->logs.size(), 320);
    QCOMPARE(m_store->logRowsRead(), before + 320);
}

QTEST_GUILESS_MAIN(TestRunsApi)
#include "tst_runsapi.moc"
