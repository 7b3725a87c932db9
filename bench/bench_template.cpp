// Template engine timings for a 200-template action (issue 11's goals, jq 1.7.1), side by side
// with one `jq` process per template and with raw in-process libjq on cached programs.
//   build/bench_template [templates=200] [runs=30] [first|context|edit]
// A phase name runs that phase alone (for a profiler: `perf record -g build/bench/bench_template 200 300 context`).
// AD_BENCH_SPLIT=1 also prints where a context change's time goes, step by step.
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "template/jqprogram.h"
#include "template/jqworkerclient.h"
#include "template/jsobject.h"
#include "template/jqworker.h"
#include "template/porttemplate.h"
#include "template/renderplan.h"
#include "template/templateengine.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTextStream>

#include <algorithm>
#include <ctime>
#include <unistd.h>
#include <cstdio>
#include <vector>

using namespace ad;

namespace {

QTextStream out(stdout);

// CPU time (ms) of this process plus the worker's, so figures can be read on a loaded machine.
double cpuMs(qint64 workerPid)
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    double ms = ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(workerPid));
    if (workerPid > 0 && stat.open(QIODevice::ReadOnly)) {
        const QByteArray text = stat.readAll();
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 13)
            ms += (f.at(11).toDouble() + f.at(12).toDouble()) * 1000.0 / double(sysconf(_SC_CLK_TCK));
    }
    return ms;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

// Realistic filter shapes (PORT-SPEC §5 examples), each made unique by its index.
QString filterFor(int i)
{
    switch (i % 8) {
    case 0: return QStringLiteral(".inputs.f%1").arg(i);
    case 1: return QStringLiteral(".inputs.name | ascii_upcase | . + \"-%1\"").arg(i);
    case 2: return QStringLiteral("\"https://app.getport.io/organization/run?runId=\\(.run.id)&n=%1\"").arg(i);
    case 3: return QStringLiteral(".trigger.by.user.email // \"none-%1\"").arg(i);
    case 4: return QStringLiteral(".inputs.services | map(.identifier) | join(\",\") | . + \"%1\"").arg(i);
    case 5: return QStringLiteral("if .inputs.f%1 > 10 then \"big\" else \"small\" end").arg(i);
    case 6: return QStringLiteral(".trigger | {by: .by.userId, at, n: %1}").arg(i);
    default: return QStringLiteral("(.inputs.f%1 | tostring) + \"/\" + .entity.identifier").arg(i);
    }
}

JsonValue makeTemplate(int n, int editedIndex = -1, int edit = 0)
{
    JsonValue body = JsonValue::object();
    for (int i = 0; i < n; ++i) {
        QString f = filterFor(i);
        if (i == editedIndex)
            f += QStringLiteral(" | tostring | . + \"e%1\"").arg(edit);
        const QString text = i % 5 == 4 ? QStringLiteral("value %1: {{ %2 }}").arg(i).arg(f) : QStringLiteral("{{ %1 }}").arg(f);
        body.set(QStringLiteral("k%1").arg(i), JsonValue::fromString(text));
    }
    JsonValue im = JsonValue::object();
    im.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("WEBHOOK")));
    im.set(QStringLiteral("body"), body);
    return im;
}

JsonValue makeContext(int n, int variant)
{
    QString inputs = QStringLiteral("\"name\":\"svc-%1\",\"services\":[{\"identifier\":\"api\"},{\"identifier\":\"web\"}]").arg(variant);
    for (int i = 0; i < n; ++i)
        inputs += QStringLiteral(",\"f%1\":%2").arg(i).arg(i + variant);
    const QString text = QStringLiteral(
        R"({"inputs":{%1},"trigger":{"by":{"orgId":"org_1","userId":"auth0|%2","user":{"email":"a%2@example.com"}},
        "origin":"UI","at":"2024-06-06T05:21:00.565Z","operation":"DAY-2"},"event":null,
        "entity":{"identifier":"ent-%2","title":"E"},"action":{"identifier":"deploy","blueprint":"service"},
        "run":{"id":"r_%2"},"secrets":{}})")
                             .arg(inputs)
                             .arg(variant);
    return parseJson(text).value;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 200;
    const int runs = argc > 2 ? std::max(3, atoi(argv[2])) : 30;
    const QString only = argc > 3 ? QString::fromLocal8Bit(argv[3]) : QString();
    if (!only.isEmpty() && only != QLatin1String("first") && only != QLatin1String("context") && only != QLatin1String("edit")) {
        fprintf(stderr, "bench_template: phase must be first, context or edit\n");
        return 2;
    }
    const QString binary = QStringLiteral(AD_BINARY);
    const JsonValue tpl = makeTemplate(n);
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        if (load.open(QIODevice::ReadOnly))
            out << "load average: " << QString::fromLatin1(load.readAll()).section(QLatin1Char(' '), 0, 2) << ", cores: " << sysconf(_SC_NPROCESSORS_ONLN) << '\n';
    }
    out << "bench_template: " << n << " templates, " << runs << " runs per figure (median), worker " << binary << "\n\n";

    // 1. First full render: fresh engine (worker start + one batched compile + run).
    std::vector<double> first;
    for (int r = 0; r < (only.isEmpty() ? std::min(runs, 7) : only == QLatin1String("first") ? runs : 0); ++r) {
        TemplateEngine engine;
        engine.setWorkerBinary(binary);
        QElapsedTimer t;
        t.start();
        const RenderOutput o = engine.renderSync(tpl, makeContext(n, r));
        first.push_back(t.nsecsElapsed() / 1e6);
        if (o.failedCount())
            out << "unexpected failures: " << o.failedCount() << '\n';
    }

    // 2. Mock-context change: all templates re-rendered from the cached batch.
    TemplateEngine engine;
    engine.setWorkerBinary(binary);
    engine.renderSync(tpl, makeContext(n, 0));
    std::vector<double> ctxChange;
    const double cpuBeforeCtx = cpuMs(engine.workerPid());
    for (int r = 0; r < (only.isEmpty() || only == QLatin1String("context") ? runs : 0); ++r) {
        const JsonValue ctx = makeContext(n, r + 1);
        QElapsedTimer t;
        t.start();
        engine.renderSync(tpl, ctx);
        ctxChange.push_back(t.nsecsElapsed() / 1e6);
    }

    const double cpuCtx = (cpuMs(engine.workerPid()) - cpuBeforeCtx) / runs;

    if (qEnvironmentVariableIsSet("AD_BENCH_SPLIT")) {
        // Where a context change's time goes, phase by phase (the steps of renderWithClient).
        JqWorkerClient client(binary);
        client.run(RenderPlan::of(tpl)->programs(), toCompactJs(js::normalized(makeContext(n, 0))), 2000);
        std::vector<double> tNorm, tWrite, tPlan, tRun, tJq, tWalk, tWalkNoWarn;
        for (int r = 0; r < runs; ++r) {
            const JsonValue ctx = makeContext(n, r + 1);
            QElapsedTimer t;
            t.start();
            const JsonValue jsc = js::normalized(ctx);
            tNorm.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            const QByteArray in = toCompactJs(jsc);
            tWrite.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            const auto plan = RenderPlan::of(tpl);
            tPlan.push_back(t.nsecsElapsed() / 1e6);
            t.restart();
            const QList<JqResult> results = client.run(plan->programs(), in, 2000);
            tRun.push_back(t.nsecsElapsed() / 1e6);
            double jq = 0;
            for (const JqResult &res : results)
                jq += res.ms;
            tJq.push_back(jq);
            for (int warn = 0; warn < 2; ++warn) {
                t.restart();
                PortRenderer renderer;
                if (warn)
                    renderer.setWarningContext(&jsc);
                renderer.render(*plan, [&](int i) { return results.at(i); });
                (warn ? tWalk : tWalkNoWarn).push_back(t.nsecsElapsed() / 1e6);
            }
        }
        out << "normalise " << median(tNorm) << ", write " << median(tWrite) << ", plan " << median(tPlan)
            << ", client.run " << median(tRun) << " (jq runs in the worker " << median(tJq) << "), render "
            << median(tWalk) << " (without warnings " << median(tWalkNoWarn) << ")\n";
    }

    // 3. One template edited: a new filter text each time (one compile; the rest from the cache).
    std::vector<double> edited;
    const JsonValue ctx0 = makeContext(n, 0);
    const double cpuBeforeEdit = cpuMs(engine.workerPid());
    for (int r = 0; r < (only.isEmpty() || only == QLatin1String("edit") ? runs : 0); ++r) {
        const JsonValue t2 = makeTemplate(n, (r * 37) % n, r);
        QElapsedTimer t;
        t.start();
        engine.renderSync(t2, ctx0);
        edited.push_back(t.nsecsElapsed() / 1e6);
    }

    const double cpuEdit = (cpuMs(engine.workerPid()) - cpuBeforeEdit) / runs;
    if (!only.isEmpty()) {
        const std::vector<double> &v = only == QLatin1String("first") ? first : only == QLatin1String("context") ? ctxChange : edited;
        out << only << ": median " << median(v) << " ms, min " << *std::min_element(v.begin(), v.end()) << " ms\n";
        out.flush();
        return 0;
    }

    // 4. Raw libjq in-process, one cached program per template: compile all once, then run all.
    QStringList programs = collectPrograms(tpl);
    std::vector<std::unique_ptr<JqProgram>> compiled;
    QElapsedTimer tc;
    tc.start();
    for (const QString &p : programs) {
        compiled.push_back(std::make_unique<JqProgram>());
        compiled.back()->compile(p);
    }
    const double compileOneByOne = tc.nsecsElapsed() / 1e6;
    std::vector<double> rawRun;
    for (int r = 0; r < runs; ++r) {
        const JqValue input = JqValue::fromJson(makeContext(n, r));
        QElapsedTimer t;
        t.start();
        for (auto &p : compiled)
            p->first(input);
        rawRun.push_back(t.nsecsElapsed() / 1e6);
    }
    // The batch program in-process: one compile for all.
    JqProgram batch;
    QElapsedTimer tb;
    tb.start();
    batch.compile(ad::batchProgram(programs));
    const double batchCompile = tb.nsecsElapsed() / 1e6;
    std::vector<double> batchRun;
    for (int r = 0; r < runs; ++r) {
        const JqValue input = JqValue::fromJson(makeContext(n, r));
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < programs.size(); ++i)
            batch.first(input, batchPath(i, int(programs.size())));
        batchRun.push_back(t.nsecsElapsed() / 1e6);
    }

    // 5. One `jq` process per template (what a naive preview would do), once.
    const QByteArray ctxText = toCompactJs(makeContext(n, 0));
    QElapsedTimer tj;
    tj.start();
    int jqFailures = 0;
    for (const QString &p : programs) {
        QProcess jq;
#ifdef AD_JQ_CLI
        jq.start(QStringLiteral(AD_JQ_CLI), {QStringLiteral("-c"), p});
#else
        jq.start(QStringLiteral("jq"), {QStringLiteral("-c"), p});
#endif
        jq.write(ctxText);
        jq.closeWriteChannel();
        jq.waitForFinished(30000);
        jqFailures += jq.exitCode() != 0;
    }
    const double jqPerTemplate = tj.nsecsElapsed() / 1e6;

    out << QStringLiteral("%1 %2 %3 %4 %5\n")
               .arg(QStringLiteral("figure"), -58)
               .arg(QStringLiteral("median ms"), 10)
               .arg(QStringLiteral("min ms"), 9)
               .arg(QStringLiteral("CPU ms"), 8)
               .arg(QStringLiteral("goal"));
    auto row = [](const QString &name, double ms, const QString &goal, double minMs = -1, double cpu = -1) {
        out << QStringLiteral("%1 %2 %3 %4 %5\n")
                   .arg(name, -58)
                   .arg(ms, 10, 'f', 2)
                   .arg(minMs < 0 ? QStringLiteral("-") : QString::number(minMs, 'f', 2), 9)
                   .arg(cpu < 0 ? QStringLiteral("-") : QString::number(cpu, 'f', 2), 8)
                   .arg(goal);
    };
    auto minOf = [](const std::vector<double> &v) { return *std::min_element(v.begin(), v.end()); };
    row(QStringLiteral("engine: first full render (spawn + batch compile + run)"), median(first), QStringLiteral("<= 60"), minOf(first));
    row(QStringLiteral("engine: mock-context change, all re-rendered"), median(ctxChange), QStringLiteral("<= 3"), minOf(ctxChange), cpuCtx);
    row(QStringLiteral("engine: one template edited"), median(edited), QStringLiteral("<= 8"), minOf(edited), cpuEdit);
    row(QStringLiteral("raw libjq: compile every template one by one"), compileOneByOne, QString());
    row(QStringLiteral("raw libjq: compile the batch program in-process"), batchCompile, QString());
    row(QStringLiteral("raw libjq: run all cached programs (no render, no IPC)"), median(rawRun), QString());
    row(QStringLiteral("raw libjq: run all through the batch program's selector"), median(batchRun), QString());
    row(QStringLiteral("jq CLI: one process per template"), jqPerTemplate, QString());
    if (jqFailures)
        out << "(jq CLI failures: " << jqFailures << ")\n";
    out.flush();
    return 0;
}
