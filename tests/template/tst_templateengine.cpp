// The worker-backed engine: runaway templates fail alone, the worker respawns, compiled programs are
// cached, the environment is empty, batched compile errors are located. Drives AD_BINARY --jq-worker.
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "template/templateengine.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <memory>
#include <thread>

#include "../context/testjson.h"

using namespace ad;
using testjson::parse;

namespace {
QByteArray compact(const JsonValue &v) { return toCompactJs(v); }
const TemplateTrace *traceAt(const RenderOutput &out, const QString &pointer)
{
    for (const TemplateTrace &t : out.traces)
        if (t.pointer == pointer)
            return &t;
    return nullptr;
}
const char *kContext = R"({"n":5,"s":"x","inputs":{"name":"svc"}})";
}  // namespace

class TestTemplateEngine : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { qputenv("AD_SECRET_FOR_TEST", "do-not-leak"); }
    void rendersLikePort();
    void runawayTemplatesFailAlone_data();
    void runawayTemplatesFailAlone();
    void respawnKeepsWorking();
    void cacheHit();
    void editsAndContextChangesNeverMix();
    void environmentIsEmpty();
    void batchedCompileErrorIsLocated();
    void filterCannotEscapeItsBatch();
    void scanErrorIsFatal();
    void asyncRender();
    void cancelPendingRenders();
    void evaluateMany();
    void missingBinaryFailsCleanly();
    void slowWorkerStartIsNotCounted();
    void interruptStopsARunaway();
    void runawaysShareOneDeadline();
    void stopAtFirstTimeout();
    void timedOutTemplateKeepsItsTime();
};

void TestTemplateEngine::rendersLikePort()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const RenderOutput out = engine.renderSync(
        parse(R"({"a":"{{ .n }}","b":"id-{{ .s }}","c":"{{ 'prod' }}","{{ .inputs.name }}":["{{ empty }}"],"d":"{{ env }}"})"),
        parse(kContext));
    QVERIFY(out.fatalError.isEmpty());
    QCOMPARE(compact(out.value), QByteArray(R"({"a":5,"b":"id-x","c":"prod","svc":[null],"d":{}})"));
    QCOMPARE(out.traces.size(), 6);
}

void TestTemplateEngine::runawayTemplatesFailAlone_data()
{
    QTest::addColumn<QString>("filter");
    QTest::newRow("spin") << "def f: f; f";
    QTest::newRow("recursion to out of memory") << "def f: 1 + f; f";
    QTest::newRow("string repeat in C") << "\"x\" * 1e9 | length";
    QTest::newRow("endless generator") << "last(repeat(1))";
    QTest::newRow("input without inputs") << "input";
}

void TestTemplateEngine::runawayTemplatesFailAlone()
{
    QFETCH(QString, filter);
#if defined(__SANITIZE_ADDRESS__)
    // Under ASan the worker runs without its 1 GiB address-space limit (ASan's shadow memory needs
    // far more), so jq 1.7 really builds the 1 GB string while folding constants at compile time
    // instead of failing at once; the release build's run of this row is the one that counts.
    if (filter.startsWith(QLatin1String("\"x\" * 1e9")))
        QSKIP("no address-space limit under ASan");
#endif
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    JsonValue tpl = parse(R"({"before":"{{ .n }}","bad":"","after":"x{{ .s }}","last":"{{ .n + 1 }}"})");
    tpl.set(QStringLiteral("bad"), JsonValue::fromString(QStringLiteral("{{ %1 }}").arg(filter)));
    RenderOptions options;
    options.timeoutMs = 700;
    const RenderOutput out = engine.renderSync(tpl, parse(kContext), options);
    QVERIFY(out.fatalError.isEmpty());
    QCOMPARE(compact(out.value), QByteArray(R"({"before":5,"bad":null,"after":"xx","last":6})"));
    const TemplateTrace *bad = traceAt(out, QStringLiteral("/bad"));
    QVERIFY(bad);
    QVERIFY(!bad->error.isEmpty());
    if (bad->timedOut)
        QCOMPARE(bad->error, QStringLiteral("timed out after 0.7 s"));
    QCOMPARE(out.failedCount(), 1);
}

void TestTemplateEngine::respawnKeepsWorking()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    RenderOptions options;
    options.timeoutMs = 400;
    const RenderOutput first = engine.renderSync(parse(R"(["{{ def f: f; f }}"])"), parse(kContext), options);
    QVERIFY(first.traces.value(0).timedOut);
    QVERIFY(engine.workerRespawns() >= 1);
    const qint64 pidBefore = engine.workerPid();
    const RenderOutput second = engine.renderSync(parse(R"(["{{ .n }}", "{{ .s }}"])"), parse(kContext), options);
    QCOMPARE(compact(second.value), QByteArray(R"([5,"x"])"));
    QVERIFY(engine.workerPid() != 0);
    QVERIFY(pidBefore == 0 || engine.workerPid() != pidBefore || engine.workerRespawns() >= 1);
}

// Renders alternate between two templates and two contexts: each result belongs to its own pair.
void TestTemplateEngine::editsAndContextChangesNeverMix()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const JsonValue a = parse(R"({"x":"{{ .n }}","y":"{{ .s }}-{{ .n }}"})");
    const JsonValue b = parse(R"({"x":"{{ .n + 1 }}","y":"{{ .s }}-{{ .n }}"})");
    const JsonValue c1 = parse(R"({"n":1,"s":"p"})"), c2 = parse(R"({"n":2,"s":"q"})");
    for (int round = 0; round < 2; ++round) {
        QCOMPARE(compact(engine.renderSync(a, c1).value), QByteArray(R"({"x":1,"y":"p-1"})"));
        QCOMPARE(compact(engine.renderSync(a, c2).value), QByteArray(R"({"x":2,"y":"q-2"})"));
        QCOMPARE(compact(engine.renderSync(b, c2).value), QByteArray(R"({"x":3,"y":"q-2"})"));
        QCOMPARE(compact(engine.renderSync(b, c1).value), QByteArray(R"({"x":2,"y":"p-1"})"));
        QCOMPARE(compact(engine.renderSync(a, c1).value), QByteArray(R"({"x":1,"y":"p-1"})"));
    }
}

void TestTemplateEngine::cacheHit()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const JsonValue tpl = parse(R"({"a":"{{ .n }}","b":"{{ .s | ascii_upcase }}"})");
    engine.renderSync(tpl, parse(kContext));
    const quint64 hitsBefore = engine.workerCacheHits();
    const qint64 pid = engine.workerPid();
    const RenderOutput out = engine.renderSync(tpl, parse(R"({"n":6,"s":"y"})"));
    QCOMPARE(compact(out.value), QByteArray(R"({"a":6,"b":"Y"})"));
    QVERIFY(engine.workerCacheHits() > hitsBefore);
    QCOMPARE(engine.workerPid(), pid);
    // An edited template reuses the batch of the others and compiles only itself.
    const RenderOutput edited = engine.renderSync(parse(R"({"a":"{{ .n }}","b":"{{ .s }}!"})"), parse(kContext));
    QCOMPARE(compact(edited.value), QByteArray(R"({"a":5,"b":"x!"})"));
}

void TestTemplateEngine::environmentIsEmpty()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    // Bare programs (no Port prefix): the worker process itself has an empty environment.
    QCOMPARE(compact(engine.evaluate(QStringLiteral("env"), JsonValue()).value), QByteArray("{}"));
    QCOMPARE(compact(engine.evaluate(QStringLiteral("$ENV"), JsonValue()).value), QByteArray("{}"));
    QVERIFY(engine.evaluate(QStringLiteral("env.AD_SECRET_FOR_TEST"), JsonValue()).value.isNull());
}

void TestTemplateEngine::batchedCompileErrorIsLocated()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const RenderOutput out = engine.renderSync(
        parse(R"({"a":"{{ .n }}","b":"{{ .s }}","c":"{{ nosuch(.s) }}","d":"{{ .n * 2 }}","e":"{{ .s | }}","f":"{{ 7 }}"})"),
        parse(kContext));
    QCOMPARE(compact(out.value), QByteArray(R"({"a":5,"b":"x","c":null,"d":10,"e":null,"f":7})"));
    const TemplateTrace *c = traceAt(out, QStringLiteral("/c"));
    QVERIFY(c && c->compileError);
    QCOMPARE(c->error, QStringLiteral("jq: compile error: nosuch/1 is not defined at <top-level>, line 1:"));
    const TemplateTrace *e = traceAt(out, QStringLiteral("/e"));
    QVERIFY(e && e->compileError);
    QVERIFY(e->error.startsWith(QLatin1String("jq: compile error: syntax error")));
    QCOMPARE(out.failedCount(), 2);
}

void TestTemplateEngine::filterCannotEscapeItsBatch()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    // Alone, Port compiles "def env: {}; {} as $ENV | 1) , (2": a syntax error, never 1.
    const RenderOutput out = engine.renderSync(parse(R"(["{{ .n }}", "{{ 1) , (2 }}", "{{ .n # ) }}"])"), parse(kContext));
    QCOMPARE(compact(out.value), QByteArray("[5,null,5]"));
    QVERIFY(out.traces.at(1).compileError);
}

void TestTemplateEngine::scanErrorIsFatal()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const RenderOutput out = engine.renderSync(parse(R"({"a":"{{ .n }}","b":"oops }}"})"), parse(kContext));
    QCOMPARE(out.fatalError, QStringLiteral("Found closing double braces in index 5 without opening double braces"));
}

void TestTemplateEngine::asyncRender()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    QSignalSpy spy(&engine, &TemplateEngine::rendered);
    const quint64 id1 = engine.renderAsync(parse(R"({"a":"{{ .n }}"})"), parse(kContext));
    const quint64 id2 = engine.renderAsync(parse(R"(["{{ .s }}"])"), parse(kContext));
    QTRY_COMPARE_WITH_TIMEOUT(spy.count(), 2, 20000);
    QCOMPARE(spy.at(0).at(0).toULongLong(), id1);
    QCOMPARE(compact(spy.at(0).at(1).value<RenderOutput>().value), QByteArray(R"({"a":5})"));
    QCOMPARE(spy.at(1).at(0).toULongLong(), id2);
    QCOMPARE(compact(spy.at(1).at(1).value<RenderOutput>().value), QByteArray(R"(["x"])"));
}

void TestTemplateEngine::cancelPendingRenders()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    QSignalSpy spy(&engine, &TemplateEngine::rendered);
    for (int i = 0; i < 5; ++i)
        engine.renderAsync(parse(R"(["{{ .n }}"])"), parse(kContext));
    engine.cancelPendingRenders();
    const quint64 last = engine.renderAsync(parse(R"(["{{ .s }}"])"), parse(kContext));
    QTRY_VERIFY_WITH_TIMEOUT(!spy.isEmpty() && spy.last().at(0).toULongLong() == last, 20000);
    QVERIFY(spy.count() <= 2);  // at most the one already running, then the newest
    QCOMPARE(compact(spy.last().at(1).value<RenderOutput>().value), QByteArray(R"(["x"])"));
}

void TestTemplateEngine::evaluateMany()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    const QList<JqResult> r = engine.evaluateMany({QStringLiteral(".a"), QStringLiteral("empty"), QStringLiteral("error(\"e\")"),
                                                   QStringLiteral("nosuch(.a)"), QStringLiteral(".a")},
                                                  parse(R"({"a":[1]})"));
    QCOMPARE(r.size(), 5);
    QCOMPARE(compact(r.at(0).value), QByteArray("[1]"));
    QVERIFY(r.at(1).isUndefined());
    QCOMPARE(r.at(2).error, QStringLiteral("jq: error: e"));
    QVERIFY(r.at(3).compileError);
    QCOMPARE(compact(r.at(4).value), QByteArray("[1]"));
}

// A worker that takes a second to load (a loaded machine, a sanitizer build) does not eat into the
// templates' time: the client waits for its ready line before it times anything.
void TestTemplateEngine::slowWorkerStartIsNotCounted()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString script = dir.filePath(QStringLiteral("slow-worker"));
    QFile f(script);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("#!/bin/sh\nsleep 1\nexec '" + QByteArray(AD_BINARY) + "' \"$@\"\n");
    f.close();
    QVERIFY(f.setPermissions(f.permissions() | QFileDevice::ExeOwner));
    TemplateEngine engine;
    engine.setWorkerBinary(script);
    RenderOptions options;
    options.timeoutMs = 200;
    options.stopAtFirstTimeout = true;
    const RenderOutput out = engine.renderSync(parse(R"(["{{ .n }}", "{{ .s }}"])"), parse(kContext), options);
    QCOMPARE(out.failedCount(), 0);
    QCOMPARE(compact(out.value), QByteArray(R"([5,"x"])"));
}

void TestTemplateEngine::missingBinaryFailsCleanly()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral("/nonexistent/action-designer"));
    const RenderOutput out = engine.renderSync(parse(R"(["{{ .n }}"])"), parse(kContext));
    QCOMPARE(compact(out.value), QByteArray("[null]"));
    QVERIFY(out.traces.at(0).error.startsWith(QLatin1String("cannot start the jq worker")));
}

void TestTemplateEngine::interruptStopsARunaway()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    auto stop = std::make_shared<std::atomic<bool>>(false);
    engine.setInterruptFlag(stop);
    RenderOptions options;
    options.timeoutMs = 120000;  // only the interrupt can end this render in time
    // Another thread sets the flag once the runaway has started.
    std::thread canceller([stop] {
        std::this_thread::sleep_for(std::chrono::milliseconds(300));
        stop->store(true);
    });
    const RenderOutput out = engine.renderSync(parse(R"(["{{ .n }}", "{{ def f: f; f }}"])"), parse(kContext), options);
    canceller.join();
    const TemplateTrace *runaway = traceAt(out, QStringLiteral("/1"));
    QVERIFY(runaway);
    QCOMPARE(runaway->error, QStringLiteral("cancelled"));
    QVERIFY(!runaway->timedOut);
    // While the flag stays set nothing runs; cleared, the engine works again (a fresh worker).
    QCOMPARE(engine.evaluate(QStringLiteral(".n"), parse(kContext)).error, QStringLiteral("cancelled"));
    stop->store(false);
    QCOMPARE(compact(engine.evaluate(QStringLiteral(".n"), parse(kContext)).value), QByteArray("5"));
}

namespace {
JsonValue runaways(int n)
{
    JsonValue tpl = JsonValue::array();
    tpl.append(JsonValue::fromString(QStringLiteral("{{ .n }}")));
    // Distinct programs: a repeated one would be evaluated once.
    for (int i = 0; i < n; ++i)
        tpl.append(JsonValue::fromString(QStringLiteral("{{ def f: f; %1 + f }}").arg(i)));
    tpl.append(JsonValue::fromString(QStringLiteral("{{ .s }}")));
    return tpl;
}
int countError(const RenderOutput &out, const QString &part)
{
    int n = 0;
    for (const TemplateTrace &t : out.traces)
        n += t.error.contains(part) ? 1 : 0;
    return n;
}
}  // namespace

// Before: each of N runaways cost a full timeout (and a worker respawn). Now they share one deadline
// of twice the timeout: the first runs its full time, the second at most what is left, the rest not
// at all.
void TestTemplateEngine::runawaysShareOneDeadline()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    RenderOptions options;
    options.timeoutMs = 300;
    const RenderOutput out = engine.renderSync(runaways(8), parse(kContext), options);
    QCOMPARE(out.traces.size(), 10);
    QCOMPARE(out.failedCount(), 9);  // the runaways, and the template after them (not run)
    for (const TemplateTrace &t : out.traces)
        QVERIFY2(t.error.isEmpty() || t.timedOut, qPrintable(t.error));
    QCOMPARE(out.traces.at(1).error, QStringLiteral("timed out after 0.3 s"));
    QVERIFY(countError(out, QStringLiteral("timed out after")) <= 2);
    QVERIFY2(countError(out, QStringLiteral("not run, the time limit shared by the templates of this render had passed")) >= 7,
             qPrintable(out.traces.at(3).error));
    QVERIFY2(engine.workerRespawns() <= 3, qPrintable(QString::number(engine.workerRespawns())));
    // The templates before the runaways rendered.
    QCOMPARE(compact(out.traces.at(0).result), QByteArray("5"));
    // A fast template after one runaway still renders (the runaway fails alone).
    const RenderOutput one = engine.renderSync(runaways(1), parse(kContext), options);
    QCOMPARE(one.failedCount(), 1);
    QCOMPARE(compact(one.value), QByteArray(R"([5,null,"x"])"));
}

// A run has failed at its first timeout: nothing else runs.
void TestTemplateEngine::stopAtFirstTimeout()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    RenderOptions options;
    options.timeoutMs = 300;
    options.stopAtFirstTimeout = true;
    const RenderOutput out = engine.renderSync(runaways(5), parse(kContext), options);
    QCOMPARE(out.failedCount(), 6);  // the five runaways and the template after them
    QCOMPARE(countError(out, QStringLiteral("timed out after")), 1);
    QCOMPARE(engine.workerRespawns(), 1);
    QCOMPARE(compact(out.traces.at(0).result), QByteArray("5"));
}

// Before: a timed-out template's time was 0 (the worker never reported one).
void TestTemplateEngine::timedOutTemplateKeepsItsTime()
{
    TemplateEngine engine;
    engine.setWorkerBinary(QStringLiteral(AD_BINARY));
    RenderOptions options;
    options.timeoutMs = 250;
    const RenderOutput out = engine.renderSync(parse(R"(["{{ def f: f; f }}"])"), parse(kContext), options);
    const TemplateTrace &t = out.traces.at(0);
    QVERIFY(t.timedOut);
    // It ran until the timeout, never less (both clocks are monotonic).
    QVERIFY2(t.ms >= options.timeoutMs - 1, qPrintable(QString::number(t.ms) + QLatin1String(": ") + t.error));
}

QTEST_GUILESS_MAIN(TestTemplateEngine)
#include "tst_templateengine.moc"
