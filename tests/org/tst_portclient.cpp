// The one Port API client against a fake Port on 127.0.0.1: token cache and renewal, Port's error
// wrappers as values, 429 with Retry-After, cancel, profiles with environment overrides.
#include "../runner/fakehttp.h"
#include "fakeport.h"
#include "org/runlist.h"
#include "runner/port/portclient.h"
#include "runner/port/portprofiles.h"
#include "runner/secretstore.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;

class TestPortClient : public QObject {
    Q_OBJECT
private slots:
    void init();
    void tokenCachedAcrossCalls();
    void renewsOnceOn401();
    void badCredentialsIsAValue();
    void wrappersAndNotFound();
    void retries429WithRetryAfter();
    void gives429BackAfterTheRetries();
    void cancelWhileWaitingForRetry();
    void cancelASlowAnswer();
    void cancelWhileTheTokenHangs();
    void tooLargeAnswer();
    void listRunsOfAnAction();
    void listRunsErrorsAndRetry();
    void noCredentials();
    void regions();
    void profilesAndEnvironment();

private:
    PortResult call(PortClient &c, const QString &method, const QString &path, const QByteArray &body = {},
                    QStringList *progress = nullptr);
    // Waits for `r` to finish (a cancelled one too) and deletes it.
    PortResult wait(PortReply *r, QStringList *progress = nullptr);
    PortConnection conn(const FakePort &p) const { return {p.url(), QStringLiteral("cid"), QStringLiteral("csecret")}; }
};

void TestPortClient::init()
{
    qunsetenv("PORT_CLIENT_ID");
    qunsetenv("PORT_CLIENT_SECRET");
    qunsetenv("PORT_BASE_URL");
}

PortResult TestPortClient::call(PortClient &c, const QString &method, const QString &path, const QByteArray &body,
                                QStringList *progress)
{
    return wait(c.send(method, path, body), progress);
}

PortResult TestPortClient::wait(PortReply *r, QStringList *progress)
{
    if (progress)
        connect(r, &PortReply::progress, this, [progress](const QString &m) { *progress << m; });
    QSignalSpy done(r, &PortReply::finished);
    if (!r->isFinished())
        done.wait(20000);
    [&] { QVERIFY(r->isFinished()); }();
    const PortResult out = r->result();
    delete r;
    return out;
}

void TestPortClient::tokenCachedAcrossCalls()
{
    FakePort port;
    PortClient c;
    c.setConnection(conn(port));
    QVERIFY(call(c, "GET", "/v1/actions?version=v2").ok);
    QVERIFY(call(c, "GET", "/v1/actions?version=v2").ok);
    QCOMPARE(port.tokensIssued, 1);
    QCOMPARE(port.hitsOf("GET", "/v1/actions").last().auth, QByteArray("Bearer tok-1"));
    // A new connection forgets the token.
    c.setConnection({port.url() + "/v1/", "cid", "csecret"});  // port-cli style base, /v1 dropped
    QVERIFY(call(c, "GET", "/v1/actions?version=v2").ok);
    QCOMPARE(port.tokensIssued, 1);  // same connection after normalizing: token kept
    c.setConnection({port.url(), "cid", "other"});
    QCOMPARE(call(c, "GET", "/v1/actions").error, QStringLiteral("invalid_credentials"));
}

void TestPortClient::renewsOnceOn401()
{
    FakePort port;
    PortClient c;
    c.setConnection(conn(port));
    QVERIFY(call(c, "GET", "/v1/actions").ok);
    port.expireTokens();
    QStringList progress;
    const PortResult r = call(c, "GET", "/v1/actions", {}, &progress);
    QVERIFY2(r.ok, qPrintable(r.describe()));
    QCOMPARE(port.tokensIssued, 2);
    QVERIFY(progress.join('\n').contains("401"));
    // Renewed once only: a token that keeps being refused comes back as the 401.
    PortClient d;
    d.setConnection(conn(port));
    port.expireTokens();
    QVERIFY(call(d, "GET", "/v1/actions").ok);
}

void TestPortClient::badCredentialsIsAValue()
{
    FakePort port;
    PortClient c;
    c.setConnection({port.url(), "cid", "wrong"});
    const PortResult r = call(c, "GET", "/v1/actions");
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 401);
    QCOMPARE(r.error, QStringLiteral("invalid_credentials"));
    QVERIFY(r.message.contains("Invalid client id or client secret"));
    QCOMPARE(port.hitsOf("GET", "/v1/actions").size(), 0);  // nothing sent without a token
    QVERIFY(!r.describe().contains("wrong"));
}

void TestPortClient::wrappersAndNotFound()
{
    FakePort port;
    port.seed(R"({"identifier":"a1","title":"A","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":{}}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/x"}})");
    PortClient c;
    c.setConnection(conn(port));
    PortResult r = call(c, "GET", "/v1/actions/a1");
    QVERIFY(r.ok);
    QCOMPARE(r.member(u"action").value(u"identifier").toString(), QStringLiteral("a1"));
    r = call(c, "GET", "/v1/actions/nope");
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 404);
    QCOMPARE(r.error, QStringLiteral("not_found"));
    QCOMPARE(r.describe(), QStringLiteral("HTTP 404 not_found: Action with identifier \"nope\" was not found"));
    r = call(c, "POST", "/v1/actions", R"({"identifier":"b","trigger":{"blueprintIdentifier":"nope"}})");
    QCOMPARE(r.httpStatus, 422);
    QVERIFY(r.message.contains("must be an existing blueprint"));
    QCOMPARE(r.details.value(u"instancePath").toString(), QStringLiteral("/trigger/blueprintIdentifier"));
    // The body went as JSON with the bearer token.
    QCOMPARE(port.hitsOf("POST", "/v1/actions").last().auth, QByteArray("Bearer tok-1"));
}

void TestPortClient::retries429WithRetryAfter()
{
    FakePort port;
    port.rateLimitNext = 1;
    port.retryAfter = "1";
    PortClient c;
    c.setConnection(conn(port));
    QStringList progress;
    const PortResult r = call(c, "GET", "/v1/actions", {}, &progress);
    QVERIFY2(r.ok, qPrintable(r.describe()));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(port.hitsOf("GET", "/v1/actions").size(), 2);
    QVERIFY2(progress.join('\n').contains("HTTP 429; retrying in 1 s"), qPrintable(progress.join('\n')));
}

void TestPortClient::gives429BackAfterTheRetries()
{
    FakePort port;
    port.rateLimitNext = 10;
    port.retryAfter = "0";
    PortClient c;
    c.setConnection(conn(port));
    c.setRetries(2);
    const PortResult r = call(c, "GET", "/v1/actions");
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 429);
    QCOMPARE(r.attempts, 3);
    QCOMPARE(r.message, QStringLiteral("Rate limit exceeded"));
}

void TestPortClient::cancelWhileWaitingForRetry()
{
    FakePort port;
    port.rateLimitNext = 1;
    port.retryAfter = "60";
    PortClient c;
    c.setConnection(conn(port));
    PortReply *r = c.send("GET", "/v1/actions");
    connect(r, &PortReply::progress, r, [r](const QString &m) {
        if (m.contains("retrying"))
            r->cancel();
    });
    QSignalSpy done(r, &PortReply::finished);
    QVERIFY(done.wait(20000));
    QVERIFY(r->result().cancelled);
    QCOMPARE(r->result().error, QStringLiteral("cancelled"));
    QCOMPARE(done.size(), 1);
    QCOMPARE(port.hitsOf("GET", "/v1/actions").size(), 1);
    delete r;
}

void TestPortClient::cancelASlowAnswer()
{
    FakePort port;
    PortClient c;
    c.setConnection(conn(port));
    QVERIFY(call(c, "GET", "/v1/actions").ok);  // token in the cache
    port.stall = true;
    PortReply *r = c.send("GET", "/v1/actions");
    QTRY_COMPARE_WITH_TIMEOUT(port.hitsOf("GET", "/v1/actions").size(), 2, 20000);
    r->cancel();
    const PortResult cancelled = wait(r);
    QVERIFY(cancelled.cancelled);
    QCOMPARE(cancelled.httpStatus, 0);
}

void TestPortClient::cancelWhileTheTokenHangs()
{
    RawServer silent;
    PortClient c;
    c.setConnection({QStringLiteral("http://127.0.0.1:%1").arg(silent.port()), "cid", "csecret"});
    PortReply *r = c.send("GET", "/v1/actions");
    QTRY_COMPARE_WITH_TIMEOUT(silent.accepted, 1, 20000);
    r->cancel();
    QVERIFY(wait(r).cancelled);
}

void TestPortClient::tooLargeAnswer()
{
    FakePort port;
    for (int i = 0; i < 50; ++i)
        port.seed(QStringLiteral(R"({"identifier":"a%1","title":"%2"})").arg(i).arg(QString(200, 'x')).toUtf8());
    PortClient c;
    c.setConnection(conn(port));
    c.setMaxBodyBytes(4096);
    const PortResult r = call(c, "GET", "/v1/actions");
    QVERIFY(!r.ok);
    QCOMPARE(r.error, QStringLiteral("too_large"));
}

namespace {
QStringList idsOf(const PortResult &r)
{
    QList<org::RunSummary> runs;
    QString error;
    if (!org::parseRunList(r.body, &runs, &error))
        return {error};
    QStringList ids;
    for (const auto &s : runs)
        ids << s.id;
    return ids;
}
}  // namespace

void TestPortClient::listRunsOfAnAction()
{
    FakePort port;
    port.addRun("r_old", "deploy", "2026-01-01T08:00:00.000Z", "SUCCESS", "svc-a", R"({"env":"prod"})",
                R"({"env":"prod"})");
    port.addRun("r_new", "deploy", "2026-01-03T08:00:00.000Z", "FAILURE");
    port.addRun("r_mid", "deploy", "2026-01-02T08:00:00.000Z", "WAITING_FOR_APPROVAL", "svc-b");
    port.addRun("r_other", "scaffold", "2026-01-04T08:00:00.000Z");
    PortClient c;
    c.setConnection(conn(port));
    PortResult r = wait(c.listRuns("deploy", 50));
    QVERIFY2(r.ok, qPrintable(r.describe()));
    QCOMPARE(port.hitsOf("GET", "/v1/actions/runs").last().query, QStringLiteral("version=v2&action=deploy&limit=50"));
    QCOMPARE(idsOf(r), (QStringList{"r_new", "r_mid", "r_old"}));
    QList<org::RunSummary> runs;
    QVERIFY(org::parseRunList(r.body, &runs));
    const org::RunSummary &old = runs.at(2);
    QCOMPARE(old.status, QStringLiteral("SUCCESS"));
    QCOMPARE(old.action, QStringLiteral("deploy"));
    QCOMPARE(old.entity, QStringLiteral("svc-a"));
    QCOMPARE(old.user, QStringLiteral("auth0|u1"));
    QCOMPARE(old.source, QStringLiteral("UI"));
    QCOMPARE(old.createdAt, QDateTime::fromString("2026-01-01T08:00:00Z", Qt::ISODate));
    QVERIFY(old.hasPayload);
    QVERIFY(runs.at(0).entity.isEmpty());
    QVERIFY(!runs.at(0).hasPayload);
    QCOMPARE(runs.at(1).status, QStringLiteral("WAITING_FOR_APPROVAL"));
    // The limit, and every action's runs.
    QCOMPARE(idsOf(wait(c.listRuns("deploy", 2))), (QStringList{"r_new", "r_mid"}));
    QCOMPARE(idsOf(wait(c.listRuns({}, 50))), (QStringList{"r_other", "r_new", "r_mid", "r_old"}));
    QCOMPARE(idsOf(wait(c.listRuns("nope", 50))), QStringList());
    // The path: limit clamped to §7.4's 1–1000, the identifier percent-encoded.
    QCOMPARE(org::runListPath("a b/c", 0), QStringLiteral("/v1/actions/runs?version=v2&action=a%20b%2Fc&limit=1"));
    QCOMPARE(org::runListPath({}, 5000), QStringLiteral("/v1/actions/runs?version=v2&limit=1000"));
    // Port's own order is not relied on; v1 names the action by identifier; runs without a time go last.
    QList<org::RunSummary> sorted;
    QVERIFY(org::parseRunList(parseJson(QByteArray(R"({"ok":true,"runs":[{"id":"r_1","action":"deploy"},
        {"id":"r_2","action":"deploy","createdAt":"2026-01-01T00:00:00.000Z"},
        {"id":"r_3","action":{"identifier":"deploy"},"createdAt":"2026-02-01T00:00:00.000Z","createdBy":{"email":"ann@example.com"}}]})"))
                                  .value,
                              &sorted));
    QCOMPARE(sorted.size(), 3);
    QCOMPARE(sorted.at(0).id, QStringLiteral("r_3"));
    QCOMPARE(sorted.at(0).user, QStringLiteral("ann@example.com"));
    QCOMPARE(sorted.at(1).id, QStringLiteral("r_2"));
    QCOMPARE(sorted.at(2).action, QStringLiteral("deploy"));
    QString error;
    QVERIFY(!org::parseRunList(parseJson(QByteArray(R"({"ok":true,"actions":[]})")).value, &sorted, &error));
    QCOMPARE(error, QStringLiteral("Port's run list has no \"runs\" array"));
}

void TestPortClient::listRunsErrorsAndRetry()
{
    FakePort port;
    port.addRun("r_1", "deploy", "2026-01-01T08:00:00.000Z");
    PortClient c;
    c.setConnection(conn(port));
    // 429 with Retry-After: waited, then the list.
    port.rateLimitNext = 1;
    port.retryAfter = "1";
    QStringList progress;
    PortResult r = wait(c.listRuns("deploy", 10), &progress);
    QVERIFY2(r.ok, qPrintable(r.describe()));
    QCOMPARE(r.attempts, 2);
    QCOMPARE(idsOf(r), QStringList{"r_1"});
    QVERIFY2(progress.join('\n').contains("HTTP 429; retrying in 1 s"), qPrintable(progress.join('\n')));
    // The route refuses a token it does not know (401); the client gets a new one, once.
    port.expireTokens();
    r = wait(c.listRuns("deploy", 10));
    QVERIFY(r.ok);
    QCOMPARE(port.tokensIssued, 2);
    port.expireTokens();
    port.clientSecret = "rotated";
    r = wait(c.listRuns("deploy", 10));
    QVERIFY(!r.ok);
    QCOMPARE(r.httpStatus, 401);
    QVERIFY2(r.describe().contains("Invalid client id or client secret"), qPrintable(r.describe()));
    port.clientSecret = "csecret";
    // A limit outside 1–1000 is Port's 422, verbatim.
    r = call(c, "GET", "/v1/actions/runs?version=v2&limit=0");
    QCOMPARE(r.httpStatus, 422);
    QCOMPARE(r.message, QStringLiteral("The json provided does not match the route's schema"));
    // Cancel while the list hangs.
    port.stall = true;
    const auto before = port.hitsOf("GET", "/v1/actions/runs").size();
    PortReply *slow = c.listRuns("deploy", 10);
    QTRY_COMPARE_WITH_TIMEOUT(port.hitsOf("GET", "/v1/actions/runs").size(), before + 1, 20000);
    slow->cancel();
    QVERIFY(wait(slow).cancelled);
}

void TestPortClient::noCredentials()
{
    PortClient c;
    c.setConnection({"http://127.0.0.1:9", "", ""});
    const PortResult r = call(c, "GET", "/v1/actions");
    QCOMPARE(r.error, QStringLiteral("no_credentials"));
    QCOMPARE(r.attempts, 0);
}

void TestPortClient::regions()
{
    QCOMPARE(portregion::baseUrl("eu"), QStringLiteral("https://api.getport.io"));
    QCOMPARE(portregion::baseUrl("US"), QStringLiteral("https://api.us.getport.io"));
    QCOMPARE(portregion::regionOf("https://api.port.io"), QStringLiteral("eu"));
    QCOMPARE(portregion::regionOf("https://api.us.port.io/"), QStringLiteral("us"));
    QCOMPARE(portregion::regionOf("http://127.0.0.1:5000"), QStringLiteral("custom"));
}

void TestPortClient::profilesAndEnvironment()
{
    QTemporaryDir dir;
    QSettings settings(dir.filePath("s.ini"), QSettings::IniFormat);
    MemorySecretStore secrets;
    PortProfiles profiles(&settings, &secrets);
    PortConnection c;
    QString error;
    QVERIFY(!profiles.resolve({}, &c, &error));
    QVERIFY(error.contains("PORT_CLIENT_ID"));
    profiles.save({"staging", "custom", "http://127.0.0.1:5000", "id-staging"});
    profiles.save({"prod", "us", {}, "id-prod"});
    QCOMPARE(profiles.names(), (QStringList{"prod", "staging"}));
    QVERIFY(!profiles.resolve("staging", &c, &error));
    QVERIFY2(error.contains("client secret"), qPrintable(error));
    QVERIFY(profiles.storeSecret("staging", "s3cret"));
    QVERIFY(profiles.hasSecret("staging"));
    QString name;
    QVERIFY(profiles.resolve("staging", &c, &error, &name));
    QCOMPARE(c.baseUrl, QStringLiteral("http://127.0.0.1:5000"));
    QCOMPARE(c.clientId, QStringLiteral("id-staging"));
    QCOMPARE(c.clientSecret, QStringLiteral("s3cret"));
    QCOMPARE(name, QStringLiteral("staging"));
    QVERIFY(!settings.allKeys().join(' ').contains("s3cret"));
    for (const QString &k : settings.allKeys())
        QVERIFY(settings.value(k).toString() != QLatin1String("s3cret"));
    QVERIFY(!profiles.resolve("nope", &c, &error));
    QVERIFY(error.contains("No Port profile named \"nope\""));
    // The environment overrides the profile (CI).
    qputenv("PORT_CLIENT_ID", "env-id");
    qputenv("PORT_CLIENT_SECRET", "env-secret");
    qputenv("PORT_BASE_URL", "http://127.0.0.1:6000");
    QVERIFY(profiles.resolve("staging", &c, &error));
    QCOMPARE(c.baseUrl, QStringLiteral("http://127.0.0.1:6000"));
    QCOMPARE(c.clientId, QStringLiteral("env-id"));
    QCOMPARE(c.clientSecret, QStringLiteral("env-secret"));
    // With no profile at all, the environment alone is one.
    PortProfiles none(new QSettings(dir.filePath("empty.ini"), QSettings::IniFormat, this), &secrets);
    QVERIFY(none.resolve({}, &c, &error, &name));
    QCOMPARE(name, QStringLiteral("environment"));
    qunsetenv("PORT_BASE_URL");
    QVERIFY(none.resolve({}, &c, &error));
    QCOMPARE(c.baseUrl, QStringLiteral("https://api.getport.io"));
    profiles.remove("staging");
    QVERIFY(!profiles.hasSecret("staging"));
    QCOMPARE(profiles.names(), QStringList{"prod"});
    QCOMPARE(profiles.profile("prod").effectiveBaseUrl(), QStringLiteral("https://api.us.getport.io"));
}

QTEST_MAIN(TestPortClient)
#include "tst_portclient.moc"
