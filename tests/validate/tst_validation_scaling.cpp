// Validation is linear in the number of keys of one object. Budgets are ratios (never absolute
// times): validating must cost about as much as parsing the same file, and twice the keys must
// cost about twice the time. Before, an action with 40k inputs took 18 s to validate.
#include "model/actionfile.h"
#include "model/filevalidation.h"

#include <QTest>

#include <algorithm>
#include <ctime>
#include <vector>

using namespace ad;

namespace {

// CPU time of this thread: the machine is shared, the wall clock counts other processes too.
double cpuMs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return ts.tv_sec * 1e3 + ts.tv_nsec / 1e6;
}

QByteArray actionWithInputs(int n)
{
    QByteArray props;
    QByteArray order;
    for (int i = 0; i < n; ++i) {
        const QByteArray key = "input_" + QByteArray::number(i);
        props += (i ? ",\n" : "") + QByteArray("      \"") + key + "\": {\"type\": \"string\", \"title\": \"Input "
            + QByteArray::number(i) + "\", \"default\": \"v\"}";
        if (i % 2 == 0)
            order += (order.isEmpty() ? "\"" : ", \"") + key + "\"";
    }
    return "{\n  \"identifier\": \"many_inputs\",\n  \"title\": \"Many inputs\",\n"
           "  \"trigger\": {\"type\": \"self-service\", \"operation\": \"CREATE\", \"blueprintIdentifier\": \"service\",\n"
           "    \"userInputs\": {\"properties\": {\n"
        + props + "},\n    \"required\": [" + order + "]}},\n"
        + "  \"invocationMethod\": {\"type\": \"WEBHOOK\", \"url\": \"https://example.com/{{ .inputs.input_0 }}\"}\n}\n";
}

struct Cost {
    double parseMs = 0, validateMs = 0;
};

// Medians of a few runs.
Cost measure(const QByteArray &bytes, int runs = 3)
{
    std::vector<double> p, v;
    for (int i = 0; i < runs; ++i) {
        const double c0 = cpuMs();
        const ActionFile f = ActionFile::fromBytes(bytes);
        const double c1 = cpuMs();
        const Diagnostics ds = validateActionFile(f);
        const double c2 = cpuMs();
        if (!f.ok() || hasErrors(ds))
            qFatal("the generated action is not valid: %s", ds.isEmpty() ? "parse error" : qPrintable(ds.first().message));
        p.push_back(c1 - c0);
        v.push_back(c2 - c1);
    }
    std::sort(p.begin(), p.end());
    std::sort(v.begin(), v.end());
    return {p[p.size() / 2], v[v.size() / 2]};
}

}  // namespace

class TestValidationScaling : public QObject {
    Q_OBJECT
private slots:
    void linearInInputs();
};

void TestValidationScaling::linearInInputs()
{
    const int n = 20000;
    measure(actionWithInputs(1000), 1);  // warm up: the schema compiles once
    const Cost one = measure(actionWithInputs(n));
    const Cost two = measure(actionWithInputs(2 * n));
    const QString figures = QStringLiteral("parse %1k: %2 ms, validate %1k: %3 ms; parse %4k: %5 ms, validate %4k: %6 ms")
                                .arg(n / 1000)
                                .arg(one.parseMs, 0, 'f', 1)
                                .arg(one.validateMs, 0, 'f', 1)
                                .arg(2 * n / 1000)
                                .arg(two.parseMs, 0, 'f', 1)
                                .arg(two.validateMs, 0, 'f', 1);
    qInfo("%s", qPrintable(figures));
    // Twice the keys, about twice the time (quadratic would be four times).
    QVERIFY2(two.validateMs / std::max(one.validateMs, 1.0) < 3.0, qPrintable(figures));
    // Validating is of the order of parsing (before: hundreds of times more).
    QVERIFY2(two.validateMs / std::max(two.parseMs, 1.0) < 10.0, qPrintable(figures));
}

QTEST_GUILESS_MAIN(TestValidationScaling)
#include "tst_validation_scaling.moc"
