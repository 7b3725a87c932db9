// Secret stores: the in-memory fake and the environment override used in CI.
#include "runner/secretstore.h"

#include <QTest>

using namespace ad;

class TestSecretStore : public QObject {
    Q_OBJECT
private slots:
    void memory();
    void envOverridesFallback();
    void resolverOverStore();
};

void TestSecretStore::memory()
{
    MemorySecretStore s;
    QVERIFY(!s.read(QStringLiteral("k")));
    QVERIFY(s.write(QStringLiteral("k"), QStringLiteral("v")));
    QCOMPARE(*s.read(QStringLiteral("k")), QStringLiteral("v"));
    QVERIFY(s.remove(QStringLiteral("k")));
    QVERIFY(!s.read(QStringLiteral("k")));
}

void TestSecretStore::envOverridesFallback()
{
    MemorySecretStore mem;
    mem.write(secretkeys::GitHubToken, QStringLiteral("from-keychain"));
    mem.write(secretkeys::GitLabToken, QStringLiteral("gl-keychain"));
    EnvSecretStore env(&mem);
    qputenv("GITHUB_TOKEN", "from-env");
    qunsetenv("GITLAB_TOKEN");
    QCOMPARE(*env.read(secretkeys::GitHubToken), QStringLiteral("from-env"));
    QCOMPARE(*env.read(secretkeys::GitLabToken), QStringLiteral("gl-keychain"));
    qunsetenv("GITHUB_TOKEN");
    QCOMPARE(*env.read(secretkeys::GitHubToken), QStringLiteral("from-keychain"));
    QCOMPARE(EnvSecretStore::envVarFor(secretkeys::PortClientSecret), QStringLiteral("PORT_CLIENT_SECRET"));
    QCOMPARE(EnvSecretStore::envVarFor(secretkeys::PortClientId), QStringLiteral("PORT_CLIENT_ID"));
    QVERIFY(env.write(QStringLiteral("secret/X"), QStringLiteral("y")));
    QCOMPARE(*mem.read(QStringLiteral("secret/X")), QStringLiteral("y"));
}

void TestSecretStore::resolverOverStore()
{
    MemorySecretStore mem;
    SecretStoreResolver r(&mem);
    QVERIFY(!r.readSecret(QStringLiteral("secret/API")));
    QVERIFY(r.writeSecret(QStringLiteral("secret/API"), QStringLiteral("v")));
    QCOMPARE(*mem.read(QStringLiteral("secret/API")), QStringLiteral("v"));
    r.removeSecret(QStringLiteral("secret/API"));
    QVERIFY(!mem.read(QStringLiteral("secret/API")));
    SecretStoreResolver none(nullptr);
    QString err;
    QVERIFY(!none.writeSecret(QStringLiteral("k"), QStringLiteral("v"), &err));
    QVERIFY(!err.isEmpty());
}

QTEST_GUILESS_MAIN(TestSecretStore)
#include "tst_secretstore.moc"
