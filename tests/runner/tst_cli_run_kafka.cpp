// `action-designer run` with Kafka security flags: a child process producing to librdkafka's mock
// cluster. The mock (librdkafka 2.0) has no SASL handshake, so a SASL run must end with
// librdkafka's authentication error naming the mechanism: proof the flags reached its config.
#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include "kafkamock.h"

#include <memory>

namespace {
const char kPassword[] = "kp-4b1d9e0c77";
}  // namespace

class TestCliRunKafka : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void plaintextDelivers();
    void saslFlagsReachLibrdkafka();
    void saslWithoutUsernameIsRefusedByLibrdkafka();
    void usernameNeedsPassword();
    void unknownMechanismOrProtocol();
    void passwordIsNoFlag();

private:
    QString writeAction();
    // Runs the CLI to the end; returns the exit code (-1 on timeout).
    int runCli(const QStringList &args, const QString &password, QString *out, QString *err);
    QStringList base() const;
    void verifyNoPasswordOnDisk();

    std::unique_ptr<adtest::KafkaMockCluster> m_kafka;
    QString m_bootstrap;
    QTemporaryDir m_dir;
    QString m_dataHome;
};

void TestCliRunKafka::initTestCase()
{
    m_kafka = std::make_unique<adtest::KafkaMockCluster>(std::initializer_list<const char *>{"acme.runs"});
    QVERIFY(m_kafka->ok());
    m_bootstrap = QString::fromUtf8(m_kafka->bootstrap());
}

void TestCliRunKafka::cleanupTestCase()
{
    m_kafka.reset();
}

void TestCliRunKafka::init()
{
    m_dataHome = m_dir.filePath(QStringLiteral("data-%1").arg(QTest::currentTestFunction()));
}

QString TestCliRunKafka::writeAction()
{
    const QString path = m_dir.filePath(QStringLiteral("%1.json").arg(QTest::currentTestFunction()));
    QFile f(path);
    f.open(QIODevice::WriteOnly);
    f.write(R"({"identifier":"create_vm","title":"Create VM","trigger":{"type":"self-service","operation":"CREATE","userInputs":{"properties":{},"required":[]}},"invocationMethod":{"type":"KAFKA","payload":{"runId":"{{ .run.id }}"}}})");
    return path;
}

QStringList TestCliRunKafka::base() const
{
    return {QStringLiteral("run"), QStringLiteral("--kafka-bootstrap"), m_bootstrap, QStringLiteral("--topic"),
            QStringLiteral("acme.runs")};
}

int TestCliRunKafka::runCli(const QStringList &args, const QString &password, QString *out, QString *err)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_dataHome);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));  // no keychain: only the environment
    env.remove(QStringLiteral("KAFKA_PASSWORD"));
    if (!password.isEmpty())
        env.insert(QStringLiteral("KAFKA_PASSWORD"), password);
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_BINARY), args);
    if (!p.waitForStarted())
        return -1;
    // Not waitForFinished(): the mock cluster's threads live in this process; keep the loop going.
    QSignalSpy done(&p, &QProcess::finished);
    if (p.state() != QProcess::NotRunning && !done.wait(60000)) {
        p.kill();
        p.waitForFinished();
        return -1;
    }
    *out = QString::fromUtf8(p.readAllStandardOutput());
    *err = QString::fromUtf8(p.readAllStandardError());
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

void TestCliRunKafka::verifyNoPasswordOnDisk()
{
    QDirIterator it(m_dataHome, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY2(!f.readAll().contains(kPassword), qPrintable(f.fileName()));
    }
}

void TestCliRunKafka::plaintextDelivers()
{
    QString out, err;
    QCOMPARE(runCli(base() << writeAction() << QStringLiteral("--kafka-security-protocol") << QStringLiteral("plaintext"),
                    {}, &out, &err),
             0);
    QVERIFY2(out.contains(QLatin1String("Delivered to acme.runs [partition 0]")), qPrintable(out + err));
}

void TestCliRunKafka::saslFlagsReachLibrdkafka()
{
    const QStringList sasl = {QStringLiteral("--kafka-security-protocol"), QStringLiteral("sasl_plaintext"),
                              QStringLiteral("--kafka-sasl-mechanism"), QStringLiteral("scram-sha-512"),
                              QStringLiteral("--kafka-username"), QStringLiteral("alice")};
    QString out, err;
    QCOMPARE(runCli(base() << writeAction() << sasl, QLatin1String(kPassword), &out, &err), 1);
    // The mechanism, upper-cased for librdkafka, reached the broker connection; the run ends on the
    // authentication error instead of waiting for the delivery timeout.
    QVERIFY2(out.contains(QLatin1String("Kafka delivery failed: authentication failed")), qPrintable(out + err));
    QVERIFY2(out.contains(QLatin1String("mechanism SCRAM-SHA-512")), qPrintable(out));
    QVERIFY2(out.contains(QLatin1String("Status: FAILURE")), qPrintable(out));
    QVERIFY(!out.contains(QLatin1String(kPassword)) && !err.contains(QLatin1String(kPassword)));

    QCOMPARE(runCli(base() << writeAction() << sasl << QStringLiteral("--format") << QStringLiteral("json"),
                    QLatin1String(kPassword), &out, &err),
             1);
    const QJsonObject run = QJsonDocument::fromJson(out.toUtf8()).object();
    QCOMPARE(run.value(QStringLiteral("status")).toString(), QStringLiteral("FAILURE"));
    QVERIFY(!out.contains(QLatin1String(kPassword)) && !err.contains(QLatin1String(kPassword)));
    verifyNoPasswordOnDisk();
}

void TestCliRunKafka::saslWithoutUsernameIsRefusedByLibrdkafka()
{
    // Without --kafka-username librdkafka rejects PLAIN before connecting; with it (above) it got
    // as far as the handshake: the username and the password from KAFKA_PASSWORD were in the config.
    QString out, err;
    QCOMPARE(runCli(base() << writeAction() << QStringLiteral("--kafka-security-protocol") << QStringLiteral("SASL_PLAINTEXT")
                           << QStringLiteral("--kafka-sasl-mechanism") << QStringLiteral("PLAIN"),
                    QLatin1String(kPassword), &out, &err),
             1);
    QVERIFY2(out.contains(QLatin1String("sasl.username and sasl.password must be set")), qPrintable(out + err));
}

void TestCliRunKafka::usernameNeedsPassword()
{
    QString out, err;
    QCOMPARE(runCli(base() << writeAction() << QStringLiteral("--kafka-sasl-mechanism") << QStringLiteral("PLAIN")
                           << QStringLiteral("--kafka-username") << QStringLiteral("alice"),
                    {}, &out, &err),
             2);
    QVERIFY2(err.contains(QLatin1String("set KAFKA_PASSWORD")), qPrintable(err));
}

void TestCliRunKafka::unknownMechanismOrProtocol()
{
    QString out, err;
    QCOMPARE(runCli(base() << writeAction() << QStringLiteral("--kafka-sasl-mechanism") << QStringLiteral("PLAINTEXT"), {},
                    &out, &err),
             2);
    QVERIFY2(err.contains(QLatin1String("unknown SASL mechanism 'PLAINTEXT' (one of PLAIN, SCRAM-SHA-256")), qPrintable(err));
    QCOMPARE(runCli(base() << writeAction() << QStringLiteral("--kafka-security-protocol") << QStringLiteral("TLS"), {},
                    &out, &err),
             2);
    QVERIFY2(err.contains(QLatin1String("unknown Kafka security protocol 'TLS' (one of PLAINTEXT, SSL, SASL_PLAINTEXT, SASL_SSL)")),
             qPrintable(err));
}

void TestCliRunKafka::passwordIsNoFlag()
{
    QString out, err;
    QCOMPARE(runCli(base() << writeAction() << QStringLiteral("--kafka-password") << QLatin1String(kPassword), {}, &out, &err),
             2);
    QVERIFY2(err.contains(QLatin1String("kafka-password")), qPrintable(err));
    QVERIFY(!out.contains(QLatin1String(kPassword)) && !err.contains(QLatin1String(kPassword)));
}

QTEST_MAIN(TestCliRunKafka)
#include "tst_cli_run_kafka.moc"
