// KAFKA, and WEBHOOK agent: true: produce the message with librdkafka on a worker thread and
// report the delivery (partition, offset). The UI thread never blocks on the broker.
#include "runner/runjob.h"

#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QThread>

#include <librdkafka/rdkafka.h>

namespace ad {

namespace {
struct Delivery {
    std::atomic<bool> done{false};
    bool ok = false;
    QString error;
    // Set from librdkafka's error callback: a rejected login or a fatal error. librdkafka would
    // keep reconnecting until message.timeout.ms and then report only "Message timed out".
    std::atomic<bool> refused{false};
    QString refusal;
    int partition = -1;
    qlonglong offset = -1;
};

void onDelivery(rd_kafka_t *, const rd_kafka_message_t *m, void *opaque)
{
    auto *d = static_cast<Delivery *>(opaque);
    if (m->err) {
        d->error = QString::fromUtf8(rd_kafka_err2str(m->err));
    } else {
        d->ok = true;
        d->partition = m->partition;
        d->offset = m->offset;
    }
    d->done = true;
}

void onError(rd_kafka_t *rk, int err, const char *reason, void *opaque)
{
    auto *d = static_cast<Delivery *>(opaque);
    if (d->refused)
        return;
    QString why = QString::fromUtf8(reason);
    if (err == RD_KAFKA_RESP_ERR__AUTHENTICATION) {
        why = QStringLiteral("authentication failed: ") + why;
    } else if (err == RD_KAFKA_RESP_ERR__FATAL) {
        char buf[512];
        rd_kafka_fatal_error(rk, buf, sizeof buf);
        why = QStringLiteral("fatal error: ") + QString::fromUtf8(buf);
    } else {
        return;  // transient (broker down, ...): the delivery report or the timeout tells
    }
    d->refusal = why;
    d->refused = true;
}

// Broker chatter (CONFWARN and friends) is not for the user's terminal; delivery errors are
// reported through the delivery report instead.
void quietLog(const rd_kafka_t *, int, const char *, const char *) {}

// Runs on the worker thread. Returns into `out`.
void produce(const QList<QPair<QString, QString>> &config, const QString &topic, const QByteArray &key,
             const QByteArray &value, int timeoutMs, std::shared_ptr<std::atomic<bool>> stop, Delivery *out)
{
    char err[512];
    rd_kafka_conf_t *conf = rd_kafka_conf_new();
    rd_kafka_conf_set_log_cb(conf, quietLog);
    for (const auto &kv : config) {
        if (rd_kafka_conf_set(conf, kv.first.toUtf8().constData(), kv.second.toUtf8().constData(), err, sizeof err)
            != RD_KAFKA_CONF_OK) {
            out->error = QStringLiteral("Kafka setting %1: %2").arg(kv.first, QString::fromUtf8(err));
            rd_kafka_conf_destroy(conf);
            return;
        }
    }
    rd_kafka_conf_set_dr_msg_cb(conf, onDelivery);
    rd_kafka_conf_set_error_cb(conf, onError);
    rd_kafka_conf_set_opaque(conf, out);
    rd_kafka_t *rk = rd_kafka_new(RD_KAFKA_PRODUCER, conf, err, sizeof err);
    if (!rk) {
        out->error = QStringLiteral("Kafka producer: %1").arg(QString::fromUtf8(err));
        rd_kafka_conf_destroy(conf);
        return;
    }
    const QByteArray t = topic.toUtf8();
    const rd_kafka_resp_err_t e = rd_kafka_producev(
        rk, RD_KAFKA_V_TOPIC(t.constData()), RD_KAFKA_V_KEY(const_cast<char *>(key.constData()), size_t(key.size())),
        RD_KAFKA_V_VALUE(const_cast<char *>(value.constData()), size_t(value.size())),
        RD_KAFKA_V_HEADER("content-type", "application/json", -1), RD_KAFKA_V_MSGFLAGS(RD_KAFKA_MSG_F_COPY),
        RD_KAFKA_V_END);
    if (e) {
        out->error = QStringLiteral("Kafka produce: %1").arg(QString::fromUtf8(rd_kafka_err2str(e)));
    } else {
        QElapsedTimer clock;
        clock.start();
        // message.timeout.ms makes librdkafka report a failed delivery itself; the extra second
        // only guards against a report that never comes.
        while (!out->done && !out->refused && !*stop && clock.elapsed() < timeoutMs + 1000)
            rd_kafka_poll(rk, 100);
        if (out->refused && !out->done)
            out->error = out->refusal;
        else if (*stop && !out->done)
            out->error = QStringLiteral("Cancelled by the user");
        else if (!out->done)
            out->error = QStringLiteral("No delivery report within %1 s").arg(timeoutMs / 1000);
    }
    rd_kafka_purge(rk, RD_KAFKA_PURGE_F_QUEUE | RD_KAFKA_PURGE_F_INFLIGHT);
    rd_kafka_destroy(rk);
}
}  // namespace

KafkaJob::~KafkaJob()
{
    *m_stop = true;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void KafkaJob::start()
{
    const InvokeOptions &o = m_ctx.options;
    const RenderedInvocation &inv = m_ctx.inv;
    if (o.kafkaBootstrap.isEmpty()) {
        const QString msg = QStringLiteral("No Kafka bootstrap servers: pass --kafka-bootstrap HOST:PORT or set them in Settings");
        emit requestFinished(false, msg);
        fail(msg);
        return;
    }
    QString topic = o.kafkaTopic.isEmpty() ? inv.topic : o.kafkaTopic;
    if (topic.isEmpty())
        topic = o.orgId + QStringLiteral(".runs");
    const QByteArray key = inv.key.isEmpty() ? m_ctx.runId.toUtf8() : inv.key;
    const QByteArray value = inv.backend == QLatin1String("WEBHOOK") && inv.value.isEmpty() ? inv.body : inv.value;

    QList<QPair<QString, QString>> config = {{QStringLiteral("bootstrap.servers"), o.kafkaBootstrap},
                                             {QStringLiteral("message.timeout.ms"), QString::number(qMax(1, o.timeoutMs))},
                                             {QStringLiteral("linger.ms"), QStringLiteral("0")}};
    bool hasUser = false, hasPassword = false;
    for (const auto &kv : o.kafkaConfig) {
        config.append(kv);
        hasUser = hasUser || kv.first == QLatin1String("sasl.username");
        if (kv.first == QLatin1String("sasl.password")) {
            hasPassword = true;
            addSecret(kv.second);
        }
    }
    if (hasUser && !hasPassword) {
        const QString pw = secret(secretkeys::KafkaPassword);
        if (!pw.isEmpty())
            config.append({QStringLiteral("sasl.password"), pw});
    }

    m_topic = topic;
    RunRequest req;
    req.method = QStringLiteral("PRODUCE");
    req.url = QStringLiteral("kafka://%1/%2").arg(o.kafkaBootstrap, topic);
    req.topic = topic;
    req.key = key;
    req.body = value;
    m_ctx.store->setRequest(m_ctx.runId, req);
    emit progress(QStringLiteral("Producing to %1 on %2").arg(topic, o.kafkaBootstrap));

    auto delivery = std::make_shared<Delivery>();
    auto stop = m_stop;
    const int timeoutMs = qMax(1, o.timeoutMs);
    m_thread = QThread::create([config, topic, key, value, timeoutMs, stop, delivery] {
        produce(config, topic, key, value, timeoutMs, stop, delivery.get());
    });
    // finished is emitted on the worker thread; the queued connection brings the result home.
    connect(m_thread, &QThread::finished, this, [this, delivery] {
        delivered(delivery->ok, delivery->error, delivery->partition, delivery->offset);
    }, Qt::QueuedConnection);
    m_thread->start();
}

void KafkaJob::cancel()
{
    if (m_finished)
        return;
    m_cancelled = true;
    *m_stop = true;  // the worker notices within 100 ms; delivered() ends the run
}

void KafkaJob::delivered(bool ok, const QString &error, int partition, qlonglong offset)
{
    RunResponse resp;
    resp.at = QDateTime::currentDateTimeUtc();
    if (!ok) {
        resp.error = m_cancelled ? QStringLiteral("Cancelled by the user") : error;
        m_ctx.store->setResponse(m_ctx.runId, resp);
        emit requestFinished(false, resp.error);
        fail(m_cancelled ? resp.error : QStringLiteral("Kafka delivery failed: %1").arg(resp.error));
        return;
    }
    resp.headers = {{QStringLiteral("partition"), QString::number(partition)}, {QStringLiteral("offset"), QString::number(offset)}};
    m_ctx.store->setResponse(m_ctx.runId, resp);
    const QString msg = QStringLiteral("Delivered to %1 [partition %2] at offset %3")
                            .arg(m_topic)
                            .arg(partition)
                            .arg(offset);
    log(msg + QStringLiteral("; the run stays IN_PROGRESS until the consumer reports through the runs API"));
    emit requestFinished(true, msg);
    finishJob();
}

}  // namespace ad
