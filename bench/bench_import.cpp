// Import + validate of a ~1 MB file of many actions (goal: <= 100 ms on 2 cores), and of one action
// with 100k inputs (one object with 100k keys; goal: <= 1 s).
// Usage: bench_import [TARGET_BYTES] [RUNS] [INPUTS]   (defaults: 1048576, 20, 100000)
// The file is built from Port's example actions (each copy with its own identifier), written to a
// temporary file and read back from disk on every run, as `action-designer validate` does.
#include "json/jsonwriter.h"
#include "model/actionfile.h"
#include "model/filevalidation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>

#include <algorithm>
#include <ctime>
#include <cstdio>
#include <vector>

using namespace ad;

namespace {

// CPU time of this thread: on a shared, loaded machine the wall clock also counts other processes.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    const size_t n = v.size();
    return n % 2 ? v[n / 2] : (v[n / 2 - 1] + v[n / 2]) / 2;
}

struct Row {
    const char *phase;
    std::vector<double> ms;
    std::vector<double> cpu;
};

void printRows(std::initializer_list<const Row *> rows)
{
    std::printf("| %-34s | %10s | %8s | %8s | %14s |\n", "phase", "median ms", "min ms", "max ms", "median CPU ms");
    std::printf("|%s|%s|%s|%s|%s|\n", "------------------------------------", "------------", "----------", "----------",
                "----------------");
    for (const Row *r : rows) {
        const auto [mn, mx] = std::minmax_element(r->ms.begin(), r->ms.end());
        std::printf("| %-34s | %10.1f | %8.1f | %8.1f | %14.1f |\n", r->phase, median(r->ms), *mn, *mx, median(r->cpu));
    }
}

QByteArray actionWithInputs(int n)
{
    QByteArray props;
    for (int i = 0; i < n; ++i)
        props += (i ? ",\n" : "") + QByteArray("      \"input_") + QByteArray::number(i)
                 + "\": {\"type\": \"string\", \"title\": \"Input " + QByteArray::number(i) + "\"}";
    return "{\n  \"identifier\": \"many_inputs\",\n  \"title\": \"Many inputs\",\n"
           "  \"trigger\": {\"type\": \"self-service\", \"operation\": \"CREATE\", \"blueprintIdentifier\": \"service\",\n"
           "    \"userInputs\": {\"properties\": {\n"
        + props + "}}},\n  \"invocationMethod\": {\"type\": \"WEBHOOK\", \"url\": \"https://example.com/\"}\n}\n";
}

// Import + validate of one file read from disk, `runs` times after one warm-up run.
bool timeImportValidate(const QString &path, int runs, Row *row, qsizetype *diagnostics)
{
    for (int i = 0; i < 1 + runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        const ActionFile f = ActionFile::fromFile(path);
        const Diagnostics ds = validateActionFile(f);
        const qint64 ns = t.nsecsElapsed();
        const double c1 = cpuMs();
        if (!f.ok())
            return false;
        *diagnostics = ds.size();
        if (i == 0)
            continue;
        row->ms.push_back(ns / 1e6);
        row->cpu.push_back(c1 - c0);
    }
    return true;
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const qsizetype target = argc > 1 ? QByteArray(argv[1]).toLongLong() : (qsizetype(1) << 20);
    const int runs = argc > 2 ? std::max(1, atoi(argv[2])) : 20;

    // Every action example (legacy and flat INTEGRATION_ACTION included: their diagnostics are part
    // of the work a real file costs).
    std::vector<JsonValue> templates;
    const QDir dir(QStringLiteral(AD_EXAMPLES_DIR));
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name)) {
        const ActionFile f = ActionFile::fromFile(dir.filePath(name));
        for (qsizetype i = 0; f.ok() && i < f.actionCount(); ++i)
            templates.push_back(*f.action(i));
    }
    if (templates.empty()) {
        std::fprintf(stderr, "no examples found in %s\n", AD_EXAMPLES_DIR);
        return 1;
    }

    JsonValue all = JsonValue::array();
    qsizetype approx = 0;
    for (int n = 0; approx < target; ++n) {
        JsonValue a = templates[size_t(n) % templates.size()];
        a.set(QStringLiteral("identifier"),
              JsonValue::fromString(a.value(u"identifier").toString() + QLatin1Char('_') + QString::number(n)));
        approx += writeJson(a).size();
        all.append(a);
    }
    const QByteArray bytes = writeJson(all);

    QTemporaryDir tmp;
    const QString path = tmp.filePath(QStringLiteral("many-actions.json"));
    QFile out(path);
    if (!tmp.isValid() || !out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(path));
        return 1;
    }
    out.close();

    Row parse{"import (read + parse + classify)", {}};
    Row validate{"validate (every action)", {}};
    Row total{"import + validate", {}};
    Row exportRow{"export (canonical bytes)", {}};
    qsizetype diagnostics = 0;
    qsizetype actions = 0;
    const int warmup = 3;
    for (int i = 0; i < warmup + runs; ++i) {
        QElapsedTimer t;
        const double c0 = cpuMs();
        t.start();
        const ActionFile f = ActionFile::fromFile(path);
        const qint64 tParse = t.nsecsElapsed();
        const double c1 = cpuMs();
        const Diagnostics ds = validateActionFile(f);
        const qint64 tValidate = t.nsecsElapsed();
        const double c2 = cpuMs();
        const QByteArray again = f.toBytes();
        const qint64 tExport = t.nsecsElapsed();
        const double c3 = cpuMs();
        if (!f.ok() || again != bytes) {
            std::fprintf(stderr, "round trip failed: %s\n", qPrintable(f.parseError().message));
            return 1;
        }
        diagnostics = ds.size();
        actions = f.actionCount();
        if (i < warmup)
            continue;
        parse.ms.push_back(tParse / 1e6);
        validate.ms.push_back((tValidate - tParse) / 1e6);
        total.ms.push_back(tValidate / 1e6);
        exportRow.ms.push_back((tExport - tValidate) / 1e6);
        parse.cpu.push_back(c1 - c0);
        validate.cpu.push_back(c2 - c1);
        total.cpu.push_back(c2 - c0);
        exportRow.cpu.push_back(c3 - c2);
    }

    std::printf("bench_import: %.2f MB, %lld actions, %lld diagnostics, %d runs after %d warm-up runs\n\n",
                bytes.size() / 1048576.0, static_cast<long long>(actions), static_cast<long long>(diagnostics), runs,
                warmup);
    printRows({&parse, &validate, &total, &exportRow});
    std::printf("\ngoal: import + validate <= 100 ms -> %s\n", median(total.ms) <= 100 ? "met" : "NOT met");

    // One object with many keys: validation must stay linear in them.
    const int inputs = argc > 3 ? std::max(1, atoi(argv[3])) : 100000;
    const QByteArray big = actionWithInputs(inputs);
    const QString bigPath = tmp.filePath(QStringLiteral("many-inputs.json"));
    QFile bigOut(bigPath);
    if (!bigOut.open(QIODevice::WriteOnly) || bigOut.write(big) != big.size()) {
        std::fprintf(stderr, "cannot write %s\n", qPrintable(bigPath));
        return 1;
    }
    bigOut.close();
    const QByteArray label = QByteArray("import + validate, ") + QByteArray::number(inputs / 1000) + "k inputs";
    Row many{label.constData(), {}, {}};
    qsizetype bigDiagnostics = 0;
    if (!timeImportValidate(bigPath, std::max(3, runs / 4), &many, &bigDiagnostics)) {
        std::fprintf(stderr, "cannot import %s\n", qPrintable(bigPath));
        return 1;
    }
    std::printf("\nbench_import: one action with %d inputs, %.2f MB, %lld diagnostics\n\n", inputs,
                big.size() / 1048576.0, static_cast<long long>(bigDiagnostics));
    printRows({&many});
    std::printf("\ngoal: import + validate of %d inputs <= 1000 ms -> %s\n", inputs,
                median(many.ms) <= 1000 ? "met" : "NOT met");
    return 0;
}
