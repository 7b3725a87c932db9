// pull / compare / push / scenario-from-run as a CI job runs them: the real binary against a fake
// Port on 127.0.0.1 (the Done-when flow of the org issue).
#include "fakeport.h"
#include "json/jsonparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;

namespace {
const char *kDeploy = R"({"identifier":"deploy","title":"Deploy","icon":"Rocket","trigger":{"type":"self-service","operation":"DAY-2","blueprintIdentifier":"service","userInputs":{"properties":{"env":{"type":"string","enum":["dev","prod"]}},"required":["env"]}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/deploy","body":{"env":"{{ .inputs.env }}","service":"{{ .entity.identifier }}","run":"{{ .run.id }}"}}})";
const char *kScaffold = R"({"identifier":"scaffold","title":"Scaffold","trigger":{"type":"self-service","operation":"CREATE","blueprintIdentifier":"service","userInputs":{"properties":{"name":{"type":"string"}}}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/scaffold"}})";
const char *kNotify = R"({"identifier":"notify_on_create","title":"Notify","trigger":{"type":"automation","event":{"type":"ENTITY_CREATED","blueprintIdentifier":"service"}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/notify"}})";
}  // namespace

class TestOrgCli : public QObject {
    Q_OBJECT
private slots:
    void init();
    void pullIntoEmptyFolder();
    void doneWhenFlow();
    void pullKeepsLocalEdits();
    void pushCreatesAndDryRun();
    void pushRefusedShowsPortsMessage();
    void pushNeedsLocalValidation();
    void compareTwoProfiles();
    void compareJsonAndErrors();
    void retriesARateLimit();
    void scenarioFromRun();
    void listRuns();
    void checkOrg();

private:
    struct Out {
        int code = -1;
        QString out;
        QString err;
    };
    Out cli(const QStringList &args, const QMap<QString, QString> &env = {});
    QString file(const QString &name) const { return m_dir->filePath(name); }
    QByteArray read(const QString &name) const;
    void write(const QString &name, const QByteArray &bytes);
    void seed(FakePort &port)
    {
        port.seed(kDeploy);
        port.seed(kScaffold);
        port.seed(kNotify);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_home;
    QString m_base;
};

void TestOrgCli::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_home = std::make_unique<QTemporaryDir>();
    m_base.clear();
}

TestOrgCli::Out TestOrgCli::cli(const QStringList &args, const QMap<QString, QString> &env)
{
    QProcess p;
    QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
    e.insert("XDG_CONFIG_HOME", m_home->filePath("config"));
    e.insert("XDG_DATA_HOME", m_home->filePath("data"));
    e.remove("DBUS_SESSION_BUS_ADDRESS");  // no keychain prompts in tests
    e.insert("PORT_CLIENT_ID", "cid");
    e.insert("PORT_CLIENT_SECRET", "csecret");
    e.remove("PORT_BASE_URL");
    if (!m_base.isEmpty())
        e.insert("PORT_BASE_URL", m_base);
    for (auto it = env.cbegin(); it != env.cend(); ++it) {
        if (it.value().isNull())
            e.remove(it.key());
        else
            e.insert(it.key(), it.value());
    }
    p.setProcessEnvironment(e);
    p.start(QStringLiteral(AD_BINARY), args);
    Out o;
    if (!p.waitForStarted())
        return o;
    // Not waitForFinished(): the fake Port in this process must keep answering.
    QSignalSpy done(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning && !done.wait(60000))
        p.kill();
    o.code = p.exitCode();
    o.out = QString::fromUtf8(p.readAllStandardOutput());
    o.err = QString::fromUtf8(p.readAllStandardError());
    return o;
}

QByteArray TestOrgCli::read(const QString &name) const
{
    QFile f(file(name));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestOrgCli::write(const QString &name, const QByteArray &bytes)
{
    QFile f(file(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

void TestOrgCli::pullIntoEmptyFolder()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    const Out o = cli({"pull", "--dir", m_dir->path()});
    QVERIFY2(o.code == 0, qPrintable(o.err + o.out));
    QVERIFY(o.out.contains("Pulled 3 action(s)"));
    QDir d(m_dir->path());
    QCOMPARE(d.entryList(QDir::Files | QDir::Hidden, QDir::Name),
             (QStringList{".port-sync.json", "deploy.json", "notify_on_create.json", "scaffold.json"}));
    const QByteArray deploy = read("deploy.json");
    QVERIFY(!deploy.contains("\"id\""));
    QVERIFY(!deploy.contains("createdAt"));
    QVERIFY(deploy.startsWith("{\n  \"identifier\": \"deploy\""));  // canonical 2-space layout
    QVERIFY(deploy.endsWith("}\n"));
    const JsonValue manifest = parseJson(read(".port-sync.json")).value;
    QCOMPARE(manifest.value(u"profile").toString(), QStringLiteral("environment"));
    QCOMPARE(manifest.value(u"actions").value(u"deploy").value(u"file").toString(), QStringLiteral("deploy.json"));
    QVERIFY(!read(".port-sync.json").contains("csecret"));
    // Only some: IDENTs.
    QTemporaryDir other;
    const Out some = cli({"pull", "--dir", other.path(), "scaffold"});
    QCOMPARE(some.code, 0);
    QCOMPARE(QDir(other.path()).entryList(QDir::Files), QStringList{"scaffold.json"});
    QCOMPARE(cli({"pull", "--dir", other.path(), "nope"}).code, 2);
    // Pulling again changes nothing and compare says all same.
    const Out again = cli({"pull", "--dir", m_dir->path()});
    QVERIFY(again.out.contains("0 written, 3 unchanged"));
    const Out cmp = cli({"compare", "--dir", m_dir->path()});
    QVERIFY2(cmp.code == 0, qPrintable(cmp.out + cmp.err));
    QVERIFY(cmp.out.contains("3 action(s): 3 same"));
}

void TestOrgCli::doneWhenFlow()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    QCOMPARE(cli({"pull", "--dir", m_dir->path()}).code, 0);
    // One edited locally, another "in the org".
    write("deploy.json", QString::fromUtf8(read("deploy.json")).replace("\"Deploy\"", "\"Deploy now\"").toUtf8());
    port.editInOrg("scaffold", "description", JsonValue::fromString("Creates a service"));
    Out o = cli({"compare", "--dir", m_dir->path()});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.out.contains(QRegularExpression("changed locally\\s+deploy")), qPrintable(o.out));
    QVERIFY(o.out.contains(QRegularExpression("changed in the org\\s+scaffold")));
    QVERIFY(o.out.contains(QRegularExpression("same\\s+notify_on_create")));
    QVERIFY(o.out.contains("/title\n      local: \"Deploy now\"\n      org: \"Deploy\""));
    QVERIFY(o.out.contains("/description\n      local: (absent)\n      org: \"Creates a service\""));
    QVERIFY(o.out.contains("3 action(s): 1 changed in the org, 1 changed locally, 1 same"));

    // Push sends the local change only; the org's change is left alone.
    o = cli({"push", "--dir", m_dir->path()});
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY(o.out.contains("update  deploy"));
    QVERIFY(o.out.contains("/title: \"Deploy\" -> \"Deploy now\""));
    QVERIFY(o.out.contains("skip    scaffold: changed in the org"));
    QCOMPARE(port.action("deploy")->value(u"title").toString(), QStringLiteral("Deploy now"));
    const auto puts = port.hitsOf("PUT", "/v1/actions/");
    QCOMPARE(puts.size(), 1);
    QCOMPARE(puts.first().path, QStringLiteral("/v1/actions/deploy"));
    QVERIFY(!puts.first().body.contains("createdAt"));
    // Pull brings the org's change; then everything is the same.
    QCOMPARE(cli({"pull", "--dir", m_dir->path()}).code, 0);
    QVERIFY(read("scaffold.json").contains("Creates a service"));
    o = cli({"compare", "--dir", m_dir->path()});
    QVERIFY2(o.code == 0, qPrintable(o.out));
    QVERIFY(o.out.contains("3 action(s): 3 same"));
}

void TestOrgCli::pullKeepsLocalEdits()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    QCOMPARE(cli({"pull", "--dir", m_dir->path()}).code, 0);
    write("deploy.json", QString::fromUtf8(read("deploy.json")).replace("\"Deploy\"", "\"Mine\"").toUtf8());
    port.editInOrg("deploy", "title", JsonValue::fromString("Theirs"));
    Out o = cli({"compare", "--dir", m_dir->path(), "--format", "json"});
    QCOMPARE(o.code, 1);
    const JsonValue j = parseJson(o.out.toUtf8()).value;
    QCOMPARE(j.value(u"actions").at(0).value(u"status").toString(), QStringLiteral("changed-on-both-sides"));
    o = cli({"pull", "--dir", m_dir->path()});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains("deploy.json: kept: edited since the last pull"), qPrintable(o.err));
    QVERIFY(read("deploy.json").contains("\"Mine\""));
    o = cli({"push", "--dir", m_dir->path()});
    QVERIFY(o.out.contains("skip    deploy: changed on both sides"));
    QCOMPARE(port.hitsOf("PUT", "/v1/actions/").size(), 0);
    o = cli({"pull", "--dir", m_dir->path(), "--force"});
    QCOMPARE(o.code, 0);
    QVERIFY(read("deploy.json").contains("\"Theirs\""));
}

void TestOrgCli::pushCreatesAndDryRun()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    QCOMPARE(cli({"pull", "--dir", m_dir->path()}).code, 0);
    write("rollback.json", QByteArray(kScaffold).replace("scaffold", "rollback").replace("Scaffold", "Rollback"));
    // A scenario sidecar with a secret: never sent.
    write("rollback.scenarios.json", R"({"version":1,"scenarios":[{"name":"s","inputs":{"name":"TOPSECRETINPUT"}}]})");
    Out o = cli({"push", "--dir", m_dir->path(), "--dry-run"});
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY(o.out.contains("would create rollback"));
    QCOMPARE(port.hitsOf("POST", "/v1/actions").size(), 0);
    o = cli({"push", "--dir", m_dir->path()});
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY(o.out.contains("create  rollback"));
    QVERIFY(o.out.contains("Pushed 1 action(s)"));
    QVERIFY(port.action("rollback"));
    for (const auto &h : port.hits)
        QVERIFY(!h.body.contains("TOPSECRETINPUT"));
    const JsonValue manifest = parseJson(read(".port-sync.json")).value;
    QCOMPARE(manifest.value(u"actions").value(u"rollback").value(u"file").toString(), QStringLiteral("rollback.json"));
    o = cli({"compare", "--dir", m_dir->path()});
    QCOMPARE(o.code, 0);
    QVERIFY(o.out.contains("4 action(s): 4 same"));
}

void TestOrgCli::pushRefusedShowsPortsMessage()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    QCOMPARE(cli({"pull", "--dir", m_dir->path()}).code, 0);
    write("deploy.json", QString::fromUtf8(read("deploy.json")).replace("\"service\"", "\"nope\"").toUtf8());
    const Out o = cli({"push", "--dir", m_dir->path()});
    QCOMPARE(o.code, 1);
    // Verbatim, and at the line of the field it names.
    QVERIFY2(o.err.contains(QRegularExpression(
                 "deploy\\.json:\\d+:\\d+: error: Port refused to update \"deploy\": HTTP 422 invalid_request: "
                 "body/trigger/blueprintIdentifier must be an existing blueprint \\(\"nope\" is not\\) \\[/trigger/blueprintIdentifier\\]")),
             qPrintable(o.err));
    QCOMPARE(port.action("deploy")->value(u"trigger").value(u"blueprintIdentifier").toString(), QStringLiteral("service"));
    // The manifest still has the old copy: the action is still "changed locally".
    QVERIFY(cli({"compare", "--dir", m_dir->path()}).out.contains(QRegularExpression("changed locally\\s+deploy")));
}

void TestOrgCli::pushNeedsLocalValidation()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    QCOMPARE(cli({"pull", "--dir", m_dir->path()}).code, 0);
    write("deploy.json", QString::fromUtf8(read("deploy.json")).replace("\"DAY-2\"", "\"SOMETIMES\"").toUtf8());
    const Out o = cli({"push", "--dir", m_dir->path()});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.err.contains("nothing sent"), qPrintable(o.err));
    QVERIFY(o.err.contains("deploy.json:"));
    QCOMPARE(port.hitsOf("PUT", "/v1/actions").size(), 0);
}

void TestOrgCli::compareTwoProfiles()
{
    FakePort staging, prod;
    seed(staging);
    seed(prod);
    prod.editInOrg("deploy", "title", JsonValue::fromString("Deploy (prod)"));
    prod.seed(R"({"identifier":"prod_only","title":"P"})");
    QSettings s(m_home->filePath("config/action-designer/action-designer.conf"), QSettings::IniFormat);
    for (const auto &[name, url] : {std::pair{QStringLiteral("staging"), staging.url()}, std::pair{QStringLiteral("prod"), prod.url()}}) {
        s.setValue("port/profiles/" + name + "/region", "custom");
        s.setValue("port/profiles/" + name + "/baseUrl", url);
        s.setValue("port/profiles/" + name + "/clientId", "cid");
    }
    s.sync();
    Out o = cli({"compare", "--profile", "staging", "--against-profile", "prod"});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.out.contains(QRegularExpression("different\\s+deploy")), qPrintable(o.out + o.err));
    QVERIFY(o.out.contains("only in prod")); 
    QVERIFY(o.out.contains("/title\n      staging: \"Deploy\"\n      prod: \"Deploy (prod)\""));
    QVERIFY(o.out.contains(QRegularExpression("same\\s+scaffold")));
    QCOMPARE(cli({"compare", "--profile", "staging", "--against-profile", "staging"}).code, 0);
    o = cli({"compare", "--profile", "nope", "--against-profile", "prod"});
    QCOMPARE(o.code, 2);
    QVERIFY(o.err.contains("No Port profile named \"nope\""));
}

void TestOrgCli::compareJsonAndErrors()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    // Never pulled: differing copies are "different", the org's own are "only in the org".
    write("deploy.json", QByteArray(kDeploy).replace("Deploy", "Other"));
    Out o = cli({"compare", "--dir", m_dir->path(), "--format", "json"});
    QCOMPARE(o.code, 1);
    const JsonValue j = parseJson(o.out.toUtf8()).value;
    QCOMPARE(j.value(u"summary").value(u"different").toDouble(), 1.0);
    QCOMPARE(j.value(u"summary").value(u"only-in-org").toDouble(), 2.0);
    const JsonValue &d = j.value(u"actions").at(0);
    QCOMPARE(d.value(u"status").toString(), QStringLiteral("different"));
    QCOMPARE(d.value(u"differences").at(0).value(u"pointer").toString(), QStringLiteral("/title"));
    QCOMPARE(d.value(u"differences").at(0).value(u"local").toString(), QStringLiteral("Other"));
    QCOMPARE(d.value(u"differences").at(0).value(u"org").toString(), QStringLiteral("Deploy"));
    // Bad credentials: exit 2 with Port's message.
    o = cli({"compare", "--dir", m_dir->path()}, {{"PORT_CLIENT_SECRET", "wrong"}});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains("Invalid client id or client secret"), qPrintable(o.err));
    QVERIFY(!o.err.contains("wrong"));
    // No credentials at all.
    o = cli({"compare", "--dir", m_dir->path()}, {{"PORT_CLIENT_ID", QString()}, {"PORT_CLIENT_SECRET", QString()}});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains("PORT_CLIENT_ID"), qPrintable(o.err));
    QCOMPARE(cli({"compare", "--format", "yaml"}).code, 2);
}

void TestOrgCli::retriesARateLimit()
{
    FakePort port;
    seed(port);
    port.rateLimitNext = 1;
    port.retryAfter = "1";
    m_base = port.url();
    const Out o = cli({"pull", "--dir", m_dir->path()});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY(o.err.contains("Port answered HTTP 429; retrying in 1 s"));
    QCOMPARE(port.hitsOf("GET", "/v1/actions").size(), 2);
}

void TestOrgCli::scenarioFromRun()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    QCOMPARE(cli({"pull", "--dir", m_dir->path()}).code, 0);
    port.runs.insert("r_abc", parseJson(QByteArray(R"({"id":"r_abc","status":"SUCCESS","action":{"identifier":"deploy"},
        "blueprint":{"identifier":"service"},"entity":{"identifier":"svc-a","title":"Svc A"},
        "properties":{"env":"prod"},"rawProperties":{"env":"prod"},"source":"UI","createdBy":"auth0|u1",
        "createdAt":"2026-01-05T10:00:00.000Z","requiredApproval":false,
        "payload":{"env":"prod","service":"svc-a","run":"r_abc"}})")).value);
    port.runs.insert("r_bad", parseJson(QByteArray(R"({"id":"r_bad","action":{"identifier":"deploy"},
        "entity":{"identifier":"svc-a"},"properties":{"env":"dev"},"source":"UI",
        "payload":{"env":"prod","service":"svc-a","run":"r_bad"}})")).value);
    Out o = cli({"scenario-from-run", "r_abc", "--dir", m_dir->path()});
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY(o.out.contains("Our render equals the payload Port sent for run r_abc"));
    const JsonValue sidecar = parseJson(read("deploy.scenarios.json")).value;
    const JsonValue &sc = sidecar.value(u"scenarios").at(0);
    QCOMPARE(sc.value(u"name").toString(), QStringLiteral("run r_abc"));
    QCOMPARE(sc.value(u"inputs").value(u"env").toString(), QStringLiteral("prod"));
    // Port's payload is the scenario's expectation, in the one expectation format; no file beside it.
    const JsonValue &assertion = sc.value(u"expect").value(u"assertions").at(0);
    QCOMPARE(assertion.value(u"pointer").toString(), QStringLiteral("/body"));
    QCOMPARE(assertion.value(u"portRun").toString(), QStringLiteral("r_abc"));
    QCOMPARE(assertion.value(u"equals").value(u"run").toString(), QStringLiteral("r_abc"));
    QVERIFY(!QFileInfo::exists(file("deploy.expected")));
    // `action-designer test` checks it like any other expectation.
    o = cli({"test", file("deploy.json")});
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY2(o.out.contains("1 passed, 0 failed"), qPrintable(o.out));
    // The scenario renders with `request` like any other.
    o = cli({"request", file("deploy.json"), "--scenario", "run r_abc"});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY(o.out.contains("\"env\":\"prod\"") || o.out.contains("\"env\": \"prod\""));
    QVERIFY2(o.err.contains("Our render equals the payload Port sent for run r_abc"), qPrintable(o.err));
    // A run whose payload differs from our render: the differences, exit 1.
    o = cli({"scenario-from-run", "r_bad", "--action", file("deploy.json"), "--name", "bad"});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.out.contains("1 difference(s) between our render and the payload Port sent for run r_bad:\n"
                            "    /body/env: expected \"prod\", got \"dev\"\n"),
             qPrintable(o.out));
    o = cli({"request", file("deploy.json"), "--scenario", "bad"});
    QCOMPARE(o.code, 0);
    QVERIFY2(o.err.contains("1 difference(s) between our render and the payload Port sent for run r_bad:\n    /body/env: "), qPrintable(o.err));
    o = cli({"test", file("deploy.json")});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.out.contains("/body/env: expected \"prod\", got \"dev\""), qPrintable(o.out));

    // Port's invocation form of a payload ({type, url, method, headers, body}): body, url and method.
    port.runs.insert("r_inv", parseJson(QByteArray(R"({"id":"r_inv","action":{"identifier":"deploy"},
        "entity":{"identifier":"svc-a"},"properties":{"env":"prod"},"source":"UI",
        "payload":{"type":"WEBHOOK","url":"https://example.com/deploy","agent":false,"synchronized":false,
                   "method":"POST","headers":{},"body":{"env":"prod","service":"svc-a","run":"r_inv"}}})")).value);
    o = cli({"scenario-from-run", "r_inv", "--dir", m_dir->path(), "--name", "inv"});
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY(o.out.contains("Our render equals the payload Port sent for run r_inv"));
    // A changed template fails the run's scenarios, naming the pointer.
    write("deploy.json", read("deploy.json").replace("{{ .inputs.env }}", "{{ .inputs.env | ascii_upcase }}"));
    o = cli({"test", file("deploy.json")});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.out.contains("/body/env: expected \"prod\", got \"PROD\""), qPrintable(o.out));
    QVERIFY2(o.out.contains("0 passed, 3 failed"), qPrintable(o.out));
    o = cli({"scenario-from-run", "r_none", "--dir", m_dir->path()});
    QCOMPARE(o.code, 2);
    QVERIFY(o.err.contains("Run with id \"r_none\" was not found"));
}

void TestOrgCli::listRuns()
{
    FakePort port;
    seed(port);
    m_base = port.url();
    port.addRun("r_abc", "deploy", "2026-01-05T10:00:00.000Z", "SUCCESS", "svc-a", R"({"env":"prod"})",
                R"({"env":"prod"})");
    port.addRun("r_wait", "deploy", "2026-01-06T16:45:00.000Z", "WAITING_FOR_APPROVAL");
    port.addRun("r_scaf", "scaffold", "2026-01-07T08:00:00.000Z", "IN_PROGRESS");
    // A table, newest first, the id first; the count on stderr.
    Out o = cli({"scenario-from-run", "--list", "--action", "deploy"});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    const QStringList lines = o.out.split('\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines.at(0).startsWith("RUN ID  ") && lines.at(0).contains("STATUS") && lines.at(0).endsWith("ENTITY"),
             qPrintable(lines.at(0)));
    QVERIFY(!lines.at(0).contains("ACTION"));
    QCOMPARE(lines.at(1).simplified(),
             QStringLiteral("r_wait WAITING_FOR_APPROVAL 2026-01-06T16:45:00.000Z auth0|u1 -"));
    QCOMPARE(lines.at(2).simplified(), QStringLiteral("r_abc SUCCESS 2026-01-05T10:00:00.000Z auth0|u1 svc-a"));
    QVERIFY2(o.err.contains("2 run(s) of deploy in environment, newest first"), qPrintable(o.err));
    QVERIFY(port.hitsOf("GET", "/v1/actions/runs").last().query.contains("action=deploy&limit=50"));
    // Every action's, limited; JSON for scripts; --action also takes the action's file.
    o = cli({"scenario-from-run", "--list", "--limit", "2", "--format", "json"});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    const JsonValue j = parseJson(o.out.toUtf8()).value;
    QCOMPARE(j.value(u"profile").toString(), QStringLiteral("environment"));
    QVERIFY(j.value(u"action").isNull());
    QCOMPARE(j.value(u"runs").size(), 2);
    QCOMPARE(j.value(u"runs").at(0).value(u"id").toString(), QStringLiteral("r_scaf"));
    QCOMPARE(j.value(u"runs").at(0).value(u"action").toString(), QStringLiteral("scaffold"));
    QCOMPARE(j.value(u"runs").at(1).value(u"status").toString(), QStringLiteral("WAITING_FOR_APPROVAL"));
    QVERIFY(j.value(u"runs").at(1).value(u"entity").isNull());
    QVERIFY(!j.value(u"runs").at(1).value(u"hasPayload").toBool());
    write("deploy.json", kDeploy);
    o = cli({"scenario-from-run", "--list", "--action", file("deploy.json"), "--format", "json"});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    const JsonValue k = parseJson(o.out.toUtf8()).value;
    QCOMPARE(k.value(u"action").toString(), QStringLiteral("deploy"));
    QCOMPARE(k.value(u"runs").at(1).value(u"id").toString(), QStringLiteral("r_abc"));
    QCOMPARE(k.value(u"runs").at(1).value(u"entity").toString(), QStringLiteral("svc-a"));
    QVERIFY(k.value(u"runs").at(1).value(u"hasPayload").toBool());
    // The id found that way makes the scenario.
    o = cli({"scenario-from-run", k.value(u"runs").at(1).value(u"id").toString(), "--action", file("deploy.json")});
    QVERIFY2(o.code == 0 || o.code == 1, qPrintable(o.err));
    QVERIFY(o.out.contains("Scenario \"run r_abc\" written"));
    // A 429 is waited out.
    port.rateLimitNext = 1;
    o = cli({"scenario-from-run", "--list"});
    QVERIFY2(o.code == 0, qPrintable(o.err));
    QVERIFY(o.err.contains("Port answered HTTP 429; retrying in 1 s"));
    // Errors: bad credentials (exit 2, Port's message, no secret), bad limit or format, a RUN_ID too.
    o = cli({"scenario-from-run", "--list"}, {{"PORT_CLIENT_SECRET", "wrong"}});
    QCOMPARE(o.code, 2);
    QVERIFY2(o.err.contains("listing the org's runs: HTTP 401 invalid_credentials"), qPrintable(o.err));
    QVERIFY(!o.err.contains("wrong"));
    QCOMPARE(cli({"scenario-from-run", "--list", "--limit", "0"}).code, 2);
    QCOMPARE(cli({"scenario-from-run", "--list", "--limit", "many"}).code, 2);
    QCOMPARE(cli({"scenario-from-run", "--list", "--format", "yaml"}).code, 2);
    QCOMPARE(cli({"scenario-from-run", "--list", "r_abc"}).code, 2);
    o = cli({"scenario-from-run", "--help"});
    QVERIFY(o.out.contains("--list") && o.out.contains("--limit N"));
}

void TestOrgCli::checkOrg()
{
    FakePort port;
    m_base = port.url();
    write("upsert.json", R"({
  "identifier": "lock",
  "title": "Lock",
  "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "service",
              "userInputs": {"properties": {}}},
  "invocationMethod": {
    "type": "UPSERT_ENTITY",
    "blueprintIdentifier": "service",
    "mapping": {
      "identifier": "{{ .entity.identifier }}",
      "properties": {"locked": true, "colour": "{{ .secrets.NOT_THERE }}", "token": "{{ .secrets.GITHUB_TOKEN }}"}
    }
  }
})");
    Out o = cli({"check-org", file("upsert.json"), "--secrets"});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.out.contains("warning: the org has no secret \"NOT_THERE\""), qPrintable(o.out + o.err));
    QVERIFY(!o.out.contains("\"GITHUB_TOKEN\""));
    QVERIFY(o.out.contains("Secrets: 2 used, 1 in the org, 1 missing"));
    QCOMPARE(port.hitsOf("POST", "/v1/blueprints").size(), 0);  // only what was asked
    o = cli({"check-org", file("upsert.json"), "--entity"});
    QCOMPARE(o.code, 1);
    QVERIFY2(o.out.contains(QRegularExpression("upsert\\.json:11:\\d+: error: blueprint \"service\" refuses the rendered entity: HTTP 422 "
                                               "invalid_request: The property \"colour\" is not in the schema of blueprint \"service\" "
                                               "\\[/invocationMethod/mapping/properties/colour\\]")),
             qPrintable(o.out + o.err));
    const auto v = port.hitsOf("POST", "/v1/blueprints/service/entities");
    QCOMPARE(v.size(), 1);
    QCOMPARE(v.first().query, QStringLiteral("validation_only=true"));
    write("ok.json", QByteArray(read("upsert.json")).replace("\"colour\"", "\"language\""));
    o = cli({"check-org", file("ok.json"), "--entity"});
    QVERIFY2(o.code == 0, qPrintable(o.out + o.err));
    QVERIFY(o.out.contains("accepts the rendered entity"));
    QCOMPARE(cli({"check-org", file("ok.json"), "--entity"}, {{"PORT_BASE_URL", "http://127.0.0.1:9"}}).code, 2);
}

QTEST_MAIN(TestOrgCli)
#include "tst_org_cli.moc"
