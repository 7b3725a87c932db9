// The scenario sidecar: round trip, several scenarios, secrets only as references.
#include "context/scenariofile.h"
#include "json/jsonparser.h"

#include "refusingresolver.h"
#include "testjson.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using testjson::parse;
using testjson::RefusingResolver;

namespace {

QByteArray readAll(const QString &path) { return QFile::exists(path) ? testjson::readFile(path) : QByteArray(); }

void writeAll(const QString &path, const QByteArray &bytes) { testjson::writeFile(path, bytes); }

Scenario richScenario()
{
    Scenario s;
    s.name = QStringLiteral("prod deploy");
    s.user.email = QStringLiteral("ops@example.com");
    s.user.firstName = QStringLiteral("Ops");
    s.user.lastName = QStringLiteral("Person");
    s.user.teams = {QStringLiteral("sre"), QStringLiteral("platform")};
    s.user.roles = {QStringLiteral("Admin")};
    s.user.userId = QStringLiteral("auth0|1");
    s.orgId = QStringLiteral("org_X");
    s.runId = QStringLiteral("r_Y");
    s.clientSecret = QStringLiteral("client-secret-value");
    s.triggerOrigin = QStringLiteral("API");
    s.triggerAt = QStringLiteral("2025-01-02T03:04:05.678Z");
    s.timestamp = 1700000000;
    s.inputs = parse(R"({"z":1,"a":{"nested":[1.0,"x"]}})");
    s.entity = parse(R"({"identifier":"svc","blueprint":"service"})");
    s.mockEntities = parse(R"([{"identifier":"c1","blueprint":"cluster"}])");
    s.event = parse(R"({"action":"UPDATE","resourceType":"entity"})");
    s.setSecret(QStringLiteral("API_TOKEN"), QStringLiteral("tok-very-secret"));
    s.setSecret(QStringLiteral("my-hyphen"), QStringLiteral("second \"secret\""));
    s.githubDefaultBranch = QStringLiteral("develop");
    s.gitlabBaseUrl = QStringLiteral("https://gitlab.internal/");
    return s;
}

}  // namespace

class TestScenarioFile : public QObject {
    Q_OBJECT
private slots:
    void sidecarPath_data();
    void sidecarPath();
    void roundTrip();
    void noClearTextSecrets();
    void secretRefsAreStable();
    void refusesToSaveSecretsWithoutAStore();
    void clearTextSecretIsMigrated();
    void missingSecretIsAWarning();
    void badFiles();
    void activeAndNames();
    void scenarioForAction();
};

void TestScenarioFile::sidecarPath_data()
{
    QTest::addColumn<QString>("action");
    QTest::addColumn<QString>("sidecar");
    QTest::newRow("json") << "/x/deploy.json" << "/x/deploy.scenarios.json";
    QTest::newRow("upper") << "deploy.JSON" << "deploy.scenarios.json";
    QTest::newRow("other") << "/x/deploy.action" << "/x/deploy.action.scenarios.json";
}

void TestScenarioFile::sidecarPath()
{
    QFETCH(QString, action);
    QFETCH(QString, sidecar);
    QCOMPARE(ScenarioFile::sidecarPath(action), sidecar);
}

void TestScenarioFile::roundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("deploy.scenarios.json"));
    InMemorySecretResolver store;
    ScenarioFile file;
    file.scenarios = {Scenario(), richScenario()};
    file.active = QStringLiteral("prod deploy");
    QString error;
    QVERIFY2(file.save(path, &store, &error), qPrintable(error));

    ScenarioFile loaded;
    QStringList warnings;
    QVERIFY(ScenarioFile::load(path, &loaded, &store, &error, &warnings));
    QVERIFY2(warnings.isEmpty(), qPrintable(warnings.join(QLatin1Char('\n'))));
    QCOMPARE(loaded.scenarios.size(), 2);
    QCOMPARE(loaded.active, QStringLiteral("prod deploy"));
    QCOMPARE(loaded.activeScenario()->name, QStringLiteral("prod deploy"));
    const Scenario &a = richScenario();
    const Scenario &b = *loaded.find(QStringLiteral("prod deploy"));
    QCOMPARE(b.user.email, a.user.email);
    QCOMPARE(b.user.firstName, a.user.firstName);
    QCOMPARE(b.user.lastName, a.user.lastName);
    QCOMPARE(b.user.teams, a.user.teams);
    QCOMPARE(b.user.roles, a.user.roles);
    QCOMPARE(b.user.userId, a.user.userId);
    QCOMPARE(b.orgId, a.orgId);
    QCOMPARE(b.runId, a.runId);
    QCOMPARE(b.clientSecret, a.clientSecret);
    QCOMPARE(b.triggerOrigin, a.triggerOrigin);
    QCOMPARE(b.triggerAt, a.triggerAt);
    QCOMPARE(b.timestamp, a.timestamp);
    QCOMPARE(b.inputs, a.inputs);
    QCOMPARE(b.inputs.keys(), (QStringList{"z", "a"}));  // order kept
    QCOMPARE(b.entity, a.entity);
    QCOMPARE(b.mockEntities, a.mockEntities);
    QCOMPARE(b.event, a.event);
    QCOMPARE(b.secrets.size(), 2);
    QCOMPARE(b.findSecret(QStringLiteral("API_TOKEN"))->value, QStringLiteral("tok-very-secret"));
    QCOMPARE(b.findSecret(QStringLiteral("my-hyphen"))->value, QStringLiteral("second \"secret\""));
    QCOMPARE(b.githubDefaultBranch, a.githubDefaultBranch);
    QCOMPARE(b.gitlabBaseUrl, a.gitlabBaseUrl);

    // Saving what was loaded reproduces the file byte for byte.
    const QByteArray first = readAll(path);
    QVERIFY(loaded.save(path, &store, &error));
    QCOMPARE(readAll(path), first);
}

void TestScenarioFile::noClearTextSecrets()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.scenarios.json"));
    InMemorySecretResolver store;
    ScenarioFile file;
    file.scenarios = {richScenario()};
    QString error;
    QVERIFY(file.save(path, &store, &error));
    const QByteArray bytes = readAll(path);
    QVERIFY(!bytes.contains("tok-very-secret"));
    QVERIFY(!bytes.contains("second"));
    QVERIFY(!bytes.contains("client-secret-value"));
    const JsonValue root = parse(bytes);
    const JsonValue &sc = root.value(u"scenarios").at(0);
    QVERIFY(sc.value(u"secrets").value(u"API_TOKEN").value(u"secretRef").isString());
    QVERIFY(sc.value(u"clientSecret").value(u"secretRef").isString());
    QCOMPARE(store.entries().size(), 3);
}

void TestScenarioFile::secretRefsAreStable()
{
    InMemorySecretResolver store;
    ScenarioFile file;
    file.scenarios = {richScenario()};
    QString error;
    const JsonValue first = file.toJson(&store, &error);
    file.scenarios[0].setSecret(QStringLiteral("API_TOKEN"), QStringLiteral("rotated"));
    const JsonValue second = file.toJson(&store, &error);
    QCOMPARE(first, second);  // same refs, new value in the store
    const QString ref = second.value(u"scenarios").at(0).value(u"secrets").value(u"API_TOKEN").value(u"secretRef").toString();
    QCOMPARE(store.readSecret(ref).value_or(QString()), QStringLiteral("rotated"));
}

void TestScenarioFile::refusesToSaveSecretsWithoutAStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.scenarios.json"));
    ScenarioFile file;
    file.scenarios = {richScenario()};
    QString error;
    QVERIFY(!file.save(path, nullptr, &error));
    QVERIFY(error.contains(QLatin1String("no secret store")));
    QVERIFY(!QFile::exists(path));

    RefusingResolver refusing(QStringLiteral("keychain locked"));  // a locked keychain
    QVERIFY(!file.save(path, &refusing, &error));
    QVERIFY(error.contains(QLatin1String("keychain locked")));
    QVERIFY(!QFile::exists(path));

    // Without secrets no store is needed.
    ScenarioFile plain;
    plain.scenarios = {Scenario()};
    QVERIFY(plain.save(path, nullptr, &error));
}

void TestScenarioFile::clearTextSecretIsMigrated()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("a.scenarios.json"));
    writeAll(path, R"({"scenarios":[{"name":"s","secrets":{"T":"plain-value"},"clientSecret":"cs"}]})");
    InMemorySecretResolver store;
    ScenarioFile file;
    QString error;
    QStringList warnings;
    QVERIFY(ScenarioFile::load(path, &file, &store, &error, &warnings));
    QCOMPARE(warnings.size(), 2);
    QVERIFY(warnings.first().contains(QLatin1String("clear text")));
    QCOMPARE(file.scenarios.first().findSecret(QStringLiteral("T"))->value, QStringLiteral("plain-value"));
    QCOMPARE(file.scenarios.first().clientSecret, QStringLiteral("cs"));
    QVERIFY(file.save(path, &store, &error));
    QVERIFY(!readAll(path).contains("plain-value"));
    QVERIFY(!readAll(path).contains("\"cs\""));
}

void TestScenarioFile::missingSecretIsAWarning()
{
    InMemorySecretResolver empty;
    QStringList warnings;
    const ScenarioFile f = ScenarioFile::fromJson(
        parse(R"({"scenarios":[{"name":"s","secrets":{"T":{"secretRef":"gone"},"U":{"secretRef":null}}}]})"), &empty, &warnings);
    QCOMPARE(f.scenarios.first().secrets.size(), 2);
    QVERIFY(f.scenarios.first().findSecret(QStringLiteral("T"))->value.isEmpty());
    QCOMPARE(f.scenarios.first().findSecret(QStringLiteral("T"))->ref, QStringLiteral("gone"));
    QCOMPARE(warnings.size(), 1);
    QVERIFY(warnings.first().contains(QLatin1String("no value in the secret store")));
}

void TestScenarioFile::badFiles()
{
    QTemporaryDir dir;
    ScenarioFile f;
    QString error;
    QVERIFY(!ScenarioFile::load(dir.filePath(QStringLiteral("missing.json")), &f, nullptr, &error));
    QVERIFY(error.startsWith(QLatin1String("cannot read")));
    const QString broken = dir.filePath(QStringLiteral("broken.json"));
    writeAll(broken, "{\"scenarios\": [");
    QVERIFY(!ScenarioFile::load(broken, &f, nullptr, &error));
    QVERIFY(error.contains(QLatin1String(":1:")));
    writeAll(broken, "[1,2]");
    QVERIFY(!ScenarioFile::load(broken, &f, nullptr, &error));
    QVERIFY(error.contains(QLatin1String("not a scenario file")));
    // Wrong types inside are tolerated: defaults and warnings, never a crash.
    QStringList warnings;
    const ScenarioFile odd = ScenarioFile::fromJson(
        parse(R"({"scenarios":[7,{"name":5,"user":[],"inputs":"x","secrets":[1],"timestamp":"now"},{"name":"default"}]})"),
        nullptr, &warnings);
    QCOMPARE(odd.scenarios.size(), 2);
    QCOMPARE(odd.scenarios.at(1).name, QStringLiteral("default 2"));  // duplicate names are renamed
    QVERIFY(odd.scenarios.at(0).inputs.isObject());
}

void TestScenarioFile::activeAndNames()
{
    ScenarioFile f;
    QVERIFY(!f.activeScenario());
    f.scenarios = {Scenario()};
    QCOMPARE(f.activeScenario()->name, QStringLiteral("default"));  // falls back to the first
    QCOMPARE(f.uniqueName(QStringLiteral("default")), QStringLiteral("default 2"));
    QCOMPARE(f.uniqueName(QStringLiteral("other")), QStringLiteral("other"));
}

void TestScenarioFile::scenarioForAction()
{
    QTemporaryDir dir;
    const QString action = dir.filePath(QStringLiteral("deploy.json"));
    Scenario s;
    QString error;
    // No sidecar: the default scenario, and only under its own name.
    QVERIFY(ScenarioFile::scenarioForAction(action, QString(), nullptr, &s, &error));
    QCOMPARE(s.name, QStringLiteral("default"));
    QVERIFY(ScenarioFile::scenarioForAction(action, QStringLiteral("default"), nullptr, &s, &error));
    QVERIFY(!ScenarioFile::scenarioForAction(action, QStringLiteral("prod"), nullptr, &s, &error));
    QVERIFY(error.contains(QLatin1String("does not exist")));

    writeAll(ScenarioFile::sidecarPath(action),
             R"({"active":"b","scenarios":[{"name":"a","runId":"r_a"},{"name":"b","runId":"r_b"}]})");
    QVERIFY(ScenarioFile::scenarioForAction(action, QString(), nullptr, &s, &error));
    QCOMPARE(s.runId, QStringLiteral("r_b"));
    QVERIFY(ScenarioFile::scenarioForAction(action, QStringLiteral("a"), nullptr, &s, &error));
    QCOMPARE(s.runId, QStringLiteral("r_a"));
    QVERIFY(!ScenarioFile::scenarioForAction(action, QStringLiteral("c"), nullptr, &s, &error));
    QVERIFY(error.contains(QLatin1String("it has: a, b")));
}

QTEST_GUILESS_MAIN(TestScenarioFile)
#include "tst_scenariofile.moc"
