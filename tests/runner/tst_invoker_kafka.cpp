// KAFKA and WEBHOOK agent: true through librdkafka's mock cluster: the message lands on the topic
// with key = run id, and the run records partition and offset.
#include "runner/invoker.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

#include "kafkamock.h"

#include <memory>

using namespace ad;

namespace {
using adtest::quietKafkaConf;

struct Message {
    QByteArray key;
    QByteArray value;
    bool found = false;
};

// Reads partition 0 of `topic` from the beginning with assign() (no group join), up to 10 s.
Message consumeOne(const QByteArray &bootstrap, const QByteArray &topic)
{
    char err[256];
    rd_kafka_conf_t *c = quietKafkaConf();
    rd_kafka_conf_set(c, "bootstrap.servers", bootstrap.constData(), err, sizeof err);
    rd_kafka_conf_set(c, "group.id", "tst", err, sizeof err);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_CONSUMER, c, err, sizeof err);
    rd_kafka_topic_partition_list_t *parts = rd_kafka_topic_partition_list_new(1);
    rd_kafka_topic_partition_list_add(parts, topic.constData(), 0)->offset = RD_KAFKA_OFFSET_BEGINNING;
    rd_kafka_assign(rk, parts);
    rd_kafka_topic_partition_list_destroy(parts);
    Message out;
    QElapsedTimer t;
    t.start();
    while (!out.found && t.elapsed() < 10000) {
        rd_kafka_message_t *m = rd_kafka_consumer_poll(rk, 200);
        if (!m)
            continue;
        if (!m->err) {
            out.key = QByteArray(static_cast<const char *>(m->key), int(m->key_len));
            out.value = QByteArray(static_cast<const char *>(m->payload), int(m->len));
            out.found = true;
        }
        rd_kafka_message_destroy(m);
    }
    rd_kafka_consumer_close(rk);
    rd_kafka_destroy(rk);
    return out;
}
}  // namespace

class TestInvokerKafka : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void kafkaPayloadDelivered();
    void agentWebhookGoesToKafka();
    void unreachableBrokerFails();

private:
    std::unique_ptr<adtest::KafkaMockCluster> m_kafka;
    QByteArray m_bootstrap;
    QTemporaryDir m_dir;
    RunStore *m_store = nullptr;
    MemorySecretStore m_secrets;
    Invoker *m_invoker = nullptr;
};

void TestInvokerKafka::initTestCase()
{
    m_kafka = std::make_unique<adtest::KafkaMockCluster>(std::initializer_list<const char *>{"acme.runs", "agent.runs"});
    QVERIFY(m_kafka->ok());
    m_bootstrap = m_kafka->bootstrap();
}

void TestInvokerKafka::cleanupTestCase()
{
    m_kafka.reset();
}

void TestInvokerKafka::init()
{
    m_store = new RunStore;
    QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()))));
    m_invoker = new Invoker(m_store, &m_secrets);
}

void TestInvokerKafka::cleanup()
{
    delete m_invoker;
    delete m_store;
}

void TestInvokerKafka::kafkaPayloadDelivered()
{
    RenderedInvocation inv;
    inv.backend = QStringLiteral("KAFKA");
    inv.value = R"({"runId":"x","inputs":{"size":"small"}})";
    InvokeOptions o;
    o.kafkaBootstrap = QString::fromUtf8(m_bootstrap);
    o.orgId = QStringLiteral("acme");  // topic default <ORG_ID>.runs
    o.timeoutMs = 10000;
    QSignalSpy sent(m_invoker, &Invoker::requestFinished);
    QSignalSpy idle(m_invoker, &Invoker::jobFinished);
    const QString id = m_invoker->createRun(QStringLiteral("create_vm"), inv.backend, {});
    QVERIFY(m_invoker->start(id, inv, o));
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 15000);
    QCOMPARE(sent.count(), 1);
    QVERIFY2(sent.first().at(1).toBool(), qPrintable(sent.first().at(2).toString()));
    QCOMPARE(m_store->status(id), runstatus::InProgress);  // the consumer reports through the runs API
    const auto run = m_store->run(id);
    QCOMPARE(run->request.topic, QStringLiteral("acme.runs"));
    QCOMPARE(run->response.headers.at(0), qMakePair(QStringLiteral("partition"), QStringLiteral("0")));
    QCOMPARE(run->response.headers.at(1).first, QStringLiteral("offset"));
    bool logged = false;
    for (const auto &l : run->logs)
        logged = logged || l.message.startsWith(QLatin1String("Delivered to acme.runs [partition 0] at offset"));
    QVERIFY(logged);
    const Message m = consumeOne(m_bootstrap, "acme.runs");
    QVERIFY(m.found);
    QCOMPARE(m.key, id.toUtf8());
    QCOMPARE(m.value, inv.value);
}

void TestInvokerKafka::agentWebhookGoesToKafka()
{
    RenderedInvocation inv;
    inv.backend = QStringLiteral("WEBHOOK");
    inv.viaAgent = true;
    inv.url = QStringLiteral("http://127.0.0.1:1/never-called");
    inv.topic = QStringLiteral("agent.runs");
    inv.value = R"({"context":{"runId":"r"},"headers":{"X-Port-Signature":"v1,abc","X-Port-Timestamp":1}})";
    InvokeOptions o;
    o.kafkaBootstrap = QString::fromUtf8(m_bootstrap);
    o.timeoutMs = 10000;
    QSignalSpy idle(m_invoker, &Invoker::jobFinished);
    const QString id = m_invoker->createRun(QStringLiteral("tf"), inv.backend, {});
    QVERIFY(m_invoker->start(id, inv, o));
    QTRY_COMPARE_WITH_TIMEOUT(idle.count(), 1, 15000);
    QCOMPARE(m_store->status(id), runstatus::InProgress);
    const Message m = consumeOne(m_bootstrap, "agent.runs");
    QVERIFY(m.found);
    QCOMPARE(m.value, inv.value);
}

void TestInvokerKafka::unreachableBrokerFails()
{
    quint16 port;
    {
        QTcpServer s;
        s.listen(QHostAddress::LocalHost, 0);
        port = s.serverPort();
    }
    RenderedInvocation inv;
    inv.backend = QStringLiteral("KAFKA");
    inv.value = "{}";
    InvokeOptions o;
    o.kafkaBootstrap = QStringLiteral("127.0.0.1:%1").arg(port);
    o.timeoutMs = 1500;
    const QString id = m_invoker->createRun(QStringLiteral("a"), inv.backend, {});
    QVERIFY(m_invoker->start(id, inv, o));
    QTRY_VERIFY_WITH_TIMEOUT(m_store->status(id) != runstatus::InProgress, 15000);
    const auto run = m_store->run(id);
    QCOMPARE(run->status, runstatus::Failure);
    QVERIFY2(run->summary.startsWith(QLatin1String("Kafka delivery failed")), qPrintable(run->summary));
}

QTEST_GUILESS_MAIN(TestInvokerKafka)
#include "tst_invoker_kafka.moc"
