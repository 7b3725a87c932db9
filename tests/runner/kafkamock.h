#pragma once
// librdkafka's mock cluster for tests: one broker on 127.0.0.1 with the topics asked for, quiet
// logs, torn down with the fixture.

#include <QByteArray>

#include <librdkafka/rdkafka.h>
#include <librdkafka/rdkafka_mock.h>

#include <initializer_list>

namespace adtest {

inline void quietKafkaLog(const rd_kafka_t *, int, const char *, const char *) {}

// A librdkafka configuration that logs nothing (the mock's brokers are chatty).
inline rd_kafka_conf_t *quietKafkaConf()
{
    rd_kafka_conf_t *c = rd_kafka_conf_new();
    rd_kafka_conf_set_log_cb(c, quietKafkaLog);
    return c;
}

class KafkaMockCluster {
public:
    explicit KafkaMockCluster(std::initializer_list<const char *> topics)
    {
        char err[256];
        m_host = rd_kafka_new(RD_KAFKA_PRODUCER, quietKafkaConf(), err, sizeof err);
        if (m_host)
            m_cluster = rd_kafka_mock_cluster_new(m_host, 1);
        if (!m_cluster)
            return;
        m_bootstrap = rd_kafka_mock_cluster_bootstraps(m_cluster);
        m_ok = true;
        for (const char *t : topics)
            m_ok = m_ok && rd_kafka_mock_topic_create(m_cluster, t, 1, 1) == RD_KAFKA_RESP_ERR_NO_ERROR;
    }
    ~KafkaMockCluster()
    {
        if (m_cluster)
            rd_kafka_mock_cluster_destroy(m_cluster);
        if (m_host)
            rd_kafka_destroy(m_host);
    }
    KafkaMockCluster(const KafkaMockCluster &) = delete;
    KafkaMockCluster &operator=(const KafkaMockCluster &) = delete;

    // True when the cluster runs and every topic was created.
    bool ok() const { return m_ok; }
    QByteArray bootstrap() const { return m_bootstrap; }
    rd_kafka_mock_cluster_t *cluster() const { return m_cluster; }

private:
    rd_kafka_t *m_host = nullptr;
    rd_kafka_mock_cluster_t *m_cluster = nullptr;
    QByteArray m_bootstrap;
    bool m_ok = false;
};

}  // namespace adtest
