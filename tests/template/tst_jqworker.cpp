// The worker protocol's program-set ids (jqworker.h): a set registered once is named by its id
// afterwards, an unknown id is answered "unknown", and the client falls back to sending the texts
// (worker restarted, or its set evicted). Drives AD_BINARY --jq-worker, directly and through the client.
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "template/jqworkerclient.h"

#include <QProcess>
#include <QTest>

#include <csignal>
#include <sys/types.h>

using namespace ad;

namespace {

QByteArray compact(const JqResult &r) { return r.hasValue() ? toCompactJs(r.value) : QByteArray("<no value>"); }

// A worker spoken to line by line.
class RawWorker {
public:
    explicit RawWorker(const QStringList &extra = {})
    {
        m_proc.setProgram(QStringLiteral(AD_BINARY));
        m_proc.setArguments(QStringList{QStringLiteral("--jq-worker")} + extra);
        m_proc.start();
        m_ok = m_proc.waitForStarted(10000);
    }
    ~RawWorker()
    {
        m_proc.closeWriteChannel();
        if (!m_proc.waitForFinished(5000))
            m_proc.kill();
    }
    bool started() const { return m_ok; }
    // Every reply line of one request, up to and including its "done" line.
    QList<JsonValue> request(const QByteArray &header, const QByteArray &input)
    {
        m_proc.write(header + '\t' + input + '\n');
        QList<JsonValue> lines;
        for (;;) {
            while (!m_proc.canReadLine())
                if (!m_proc.waitForReadyRead(10000))
                    return lines;
            const JsonValue v = parseJson(m_proc.readLine().trimmed()).value;
            lines << v;
            if (v.value(u"done").toBool())
                return lines;
        }
    }

private:
    QProcess m_proc;
    bool m_ok = false;
};

// "i" -> compact "ok" value (or "error:..." / "undefined") of the result lines.
QMap<int, QByteArray> results(const QList<JsonValue> &lines)
{
    QMap<int, QByteArray> out;
    for (const JsonValue &l : lines) {
        if (!l.contains(u"i"))
            continue;
        const int i = int(l.value(u"i").toDouble());
        if (l.contains(u"ok"))
            out.insert(i, toCompactJs(l.value(u"ok")));
        else if (l.contains(u"error"))
            out.insert(i, "error:" + l.value(u"error").toString().toUtf8());
        else
            out.insert(i, "undefined");
    }
    return out;
}

bool hasKey(const QList<JsonValue> &lines, const char16_t *key)
{
    for (const JsonValue &l : lines)
        if (l.value(key).toBool())
            return true;
    return false;
}

}  // namespace

class TestJqWorker : public QObject {
    Q_OBJECT
private slots:
    void registeredSetRunsByIdWithoutTexts();
    void unknownIdIsAnswered();
    void evictedSetIsUnknown();
    void resultLinesKeepTheirKeyOrder();
    void clientEditCompilesOnlyTheEditedProgram();
    void clientSurvivesAKilledWorker();
    void clientRunsARepeatedProgramOnce();
    void clientResendsTextsForAnEvictedSet();
    void clientReplansAfterDroppingASet();
};

void TestJqWorker::registeredSetRunsByIdWithoutTexts()
{
    RawWorker w;
    QVERIFY(w.started());
    const QList<JsonValue> first = w.request(R"({"id":1,"batch":5,"programs":[".a",".b",".a + .b"]})", R"({"a":1,"b":2})");
    QCOMPARE(results(first), (QMap<int, QByteArray>{{0, "1"}, {1, "2"}, {2, "3"}}));
    // Same set, new input, no texts: the worker runs what it registered as 5, from its cache.
    const QList<JsonValue> again = w.request(R"({"id":2,"batch":5})", R"({"a":10,"b":20})");
    QCOMPARE(results(again), (QMap<int, QByteArray>{{0, "10"}, {1, "20"}, {2, "30"}}));
    QVERIFY(!hasKey(again, u"unknown"));
    QCOMPARE(again.constLast().value(u"misses").toDouble(), first.constLast().value(u"misses").toDouble());
    // A subset of it.
    const QList<JsonValue> some = w.request(R"({"id":3,"batch":5,"run":[2]})", R"({"a":4,"b":5})");
    QCOMPARE(results(some), (QMap<int, QByteArray>{{2, "9"}}));
    // Re-registering the id replaces the set.
    const QList<JsonValue> replaced = w.request(R"({"id":4,"batch":5,"programs":[".b"]})", R"({"a":4,"b":5})");
    QCOMPARE(results(replaced), (QMap<int, QByteArray>{{0, "5"}}));
}

void TestJqWorker::unknownIdIsAnswered()
{
    RawWorker w;
    QVERIFY(w.started());
    const QList<JsonValue> lines = w.request(R"({"id":7,"batch":42})", "{}");
    QVERIFY(hasKey(lines, u"unknown"));
    QVERIFY(results(lines).isEmpty());
    QVERIFY(lines.constLast().value(u"done").toBool());
    // No "batch" at all: the request's own texts, as before.
    QCOMPARE(results(w.request(R"({"id":8,"programs":[".x"]})", R"({"x":"y"})")), (QMap<int, QByteArray>{{0, "\"y\""}}));
}

void TestJqWorker::evictedSetIsUnknown()
{
    RawWorker w({QStringLiteral("--cache-size"), QStringLiteral("4")});
    QVERIFY(w.started());
    for (int k = 1; k <= 5; ++k) {
        const QByteArray header = QStringLiteral(R"({"id":%1,"batch":%1,"programs":[".a + %1"]})").arg(k).toUtf8();
        QCOMPARE(results(w.request(header, R"({"a":1})")).value(0), QByteArray::number(1 + k));
    }
    QVERIFY(hasKey(w.request(R"({"id":6,"batch":1})", R"({"a":1})"), u"unknown"));  // the oldest went
    QCOMPARE(results(w.request(R"({"id":7,"batch":5})", R"({"a":1})")).value(0), QByteArray("6"));
}

void TestJqWorker::resultLinesKeepTheirKeyOrder()
{
    // The client reads "ok" as the rest of the line: it must come last, after "debug".
    RawWorker w;
    QVERIFY(w.started());
    const QList<JsonValue> lines = w.request(R"({"id":1,"programs":["debug(\"d\") | {b: 1, a: \"},\\\"ok\\\":\"}"]})", "null");
    const JsonValue *result = nullptr;
    for (const JsonValue &l : lines)
        if (l.contains(u"i"))
            result = &l;
    QVERIFY(result);
    const std::vector<JsonMember> &m = result->members();
    QCOMPARE(m.size(), size_t(5));
    QCOMPARE(m.at(2).key, QStringLiteral("ms"));
    QCOMPARE(m.at(3).key, QStringLiteral("debug"));
    QCOMPARE(m.at(4).key, QStringLiteral("ok"));
    QCOMPARE(toCompactJs(m.at(4).value), QByteArray(R"({"b":1,"a":"},\"ok\":"})"));
}

void TestJqWorker::clientEditCompilesOnlyTheEditedProgram()
{
    JqWorkerClient client(QStringLiteral(AD_BINARY));
    const QStringList programs{QStringLiteral(".a"), QStringLiteral(".b | ascii_upcase"), QStringLiteral(".a * 2")};
    QList<JqResult> r = client.run(programs, R"({"a":1,"b":"x"})", 2000);
    QCOMPARE(compact(r.at(1)), QByteArray("\"X\""));
    const quint64 misses = client.cacheMisses();
    r = client.run(programs, R"({"a":2,"b":"y"})", 2000);  // context change: no compile
    QCOMPARE(compact(r.at(0)), QByteArray("2"));
    QCOMPARE(compact(r.at(2)), QByteArray("4"));
    QCOMPARE(client.cacheMisses(), misses);
    QStringList edited = programs;
    edited[1] = QStringLiteral(".b | ascii_upcase | . + \"!\"");
    r = client.run(edited, R"({"a":3,"b":"z"})", 2000);
    QCOMPARE(compact(r.at(0)), QByteArray("3"));
    QCOMPARE(compact(r.at(1)), QByteArray("\"Z!\""));
    QCOMPARE(compact(r.at(2)), QByteArray("6"));
    QCOMPARE(client.cacheMisses(), misses + 1);  // the edited program alone
    QCOMPARE(client.respawnCount(), 0);
}

void TestJqWorker::clientRunsARepeatedProgramOnce()
{
    // Repeats of a new program, then repeats of known ones mixed with a new one: every position
    // gets its own program's result, and each distinct program is compiled in one batch only.
    JqWorkerClient client(QStringLiteral(AD_BINARY));
    const QString a = QStringLiteral(".a"), b = QStringLiteral(".a + 1"), c = QStringLiteral(".a * 10");
    QList<JqResult> r = client.run({a, b, a, a, b}, R"({"a":1})", 2000);
    QCOMPARE(r.size(), 5);
    const QByteArray first[] = {"1", "2", "1", "1", "2"};
    for (int k = 0; k < 5; ++k)
        QCOMPARE(compact(r.at(k)), first[k]);
    const quint64 misses = client.cacheMisses();
    r = client.run({b, c, a, b, c, a}, R"({"a":2})", 2000);
    const QByteArray second[] = {"3", "20", "2", "3", "20", "2"};
    for (int k = 0; k < 6; ++k)
        QCOMPARE(compact(r.at(k)), second[k]);
    QCOMPARE(client.cacheMisses(), misses + 1);  // c alone
}

void TestJqWorker::clientSurvivesAKilledWorker()
{
    JqWorkerClient client(QStringLiteral(AD_BINARY));
    const QStringList programs{QStringLiteral(".a"), QStringLiteral(".a + 1"), QStringLiteral("\"v\\(.a)\"")};
    QList<JqResult> r = client.run(programs, R"({"a":1})", 2000);
    QCOMPARE(compact(r.at(2)), QByteArray("\"v1\""));
    const qint64 pid = client.workerPid();
    QVERIFY(pid > 0);
    ::kill(pid_t(pid), SIGKILL);
    QTest::qWait(200);  // let it die (the client may or may not have noticed yet)
    // The new worker knows no program set: the client must not name the old one without its texts.
    r = client.run(programs, R"({"a":5})", 2000);
    QCOMPARE(r.size(), 3);
    QCOMPARE(compact(r.at(0)), QByteArray("5"));
    QCOMPARE(compact(r.at(1)), QByteArray("6"));
    QCOMPARE(compact(r.at(2)), QByteArray("\"v5\""));
    QVERIFY(client.workerPid() != pid);
    // And the one after that runs by id again.
    r = client.run(programs, R"({"a":7})", 2000);
    QCOMPARE(compact(r.at(1)), QByteArray("8"));
}

void TestJqWorker::clientResendsTextsForAnEvictedSet()
{
    JqWorkerClient client(QStringLiteral(AD_BINARY));
    client.setWorkerCacheSize(4);  // the worker keeps 4 sets: the first is evicted below
    const QStringList first{QStringLiteral(".a"), QStringLiteral(".a * 10")};
    QCOMPARE(compact(client.run(first, R"({"a":1})", 2000).at(1)), QByteArray("10"));
    for (int k = 0; k < 6; ++k) {
        const QStringList other{QStringLiteral(".a + %1").arg(k), QStringLiteral(".a - %1").arg(k)};
        QCOMPARE(compact(client.run(other, R"({"a":100})", 2000).at(0)), QByteArray::number(100 + k));
    }
    const qint64 pid = client.workerPid();
    // The client still believes the worker has `first`; the worker answers "unknown" and gets the texts.
    const QList<JqResult> r = client.run(first, R"({"a":3})", 2000);
    QCOMPARE(compact(r.at(0)), QByteArray("3"));
    QCOMPARE(compact(r.at(1)), QByteArray("30"));
    QCOMPARE(client.workerPid(), pid);
    QCOMPARE(client.respawnCount(), 0);
}

// The client reuses its last mapping of a list onto program sets while nothing changed; once it has
// dropped that set for newer ones, the same list is mapped again (and compiled again).
void TestJqWorker::clientReplansAfterDroppingASet()
{
    JqWorkerClient client(QStringLiteral(AD_BINARY));
    const QStringList first{QStringLiteral(".a"), QStringLiteral(".a * 10")};
    QCOMPARE(compact(client.run(first, R"({"a":1})", 2000).at(1)), QByteArray("10"));
    QCOMPARE(compact(client.run(first, R"({"a":2})", 2000).at(1)), QByteArray("20"));
    const quint64 misses = client.cacheMisses();
    for (int k = 0; k < 120; ++k) {  // more sets than the client keeps (96)
        const QStringList other{QStringLiteral(".a + %1").arg(k)};
        QCOMPARE(compact(client.run(other, R"({"a":100})", 2000).at(0)), QByteArray::number(100 + k));
    }
    const quint64 between = client.cacheMisses();
    QVERIFY(between > misses);
    const QList<JqResult> r = client.run(first, R"({"a":3})", 2000);
    QCOMPARE(compact(r.at(0)), QByteArray("3"));
    QCOMPARE(compact(r.at(1)), QByteArray("30"));
    QCOMPARE(client.respawnCount(), 0);
}

QTEST_GUILESS_MAIN(TestJqWorker)
#include "tst_jqworker.moc"
