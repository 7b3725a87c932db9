// Validation of an object with tens of thousands of keys: what it finds there, and (printed, never
// asserted: test machines are shared and noisy) what it costs against parsing the same file.
// Before, an action with 40k inputs took 18 s to validate; duplicate keys are now found in one hash
// pass (json/duplicatekeys.h). bench/bench_import carries the scaling figures.
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
    void manyInputsValidate();
    void duplicateAmongManyInputsIsFound();
};

void TestValidationScaling::manyInputsValidate()
{
    const int n = 20000;
    measure(actionWithInputs(1000), 1);  // warm up: the schema compiles once
    const Cost one = measure(actionWithInputs(n));  // fails the test if the action does not validate
    const Cost two = measure(actionWithInputs(2 * n));
    qInfo("parse %dk: %.1f ms, validate %dk: %.1f ms; parse %dk: %.1f ms, validate %dk: %.1f ms (CPU)", n / 1000,
          one.parseMs, n / 1000, one.validateMs, 2 * n / 1000, two.parseMs, 2 * n / 1000, two.validateMs);
}

// The last of 40k inputs repeats the first: the warning names the later line, as JSON.parse keeps
// that one.
void TestValidationScaling::duplicateAmongManyInputsIsFound()
{
    QByteArray bytes = actionWithInputs(40000);
    const QByteArray last = "\"input_39999\": {";
    const qsizetype at = bytes.indexOf(last);
    QVERIFY(at > 0);
    bytes.replace(at, last.size(), "\"input_0\": {");
    const ActionFile f = ActionFile::fromBytes(bytes);
    QVERIFY(f.ok());
    const int line = int(bytes.left(at).count('\n')) + 1;
    int found = 0;
    for (const Diagnostic &d : validateActionFile(f)) {
        if (!d.message.startsWith(QLatin1String("duplicate key 'input_0'")))
            continue;
        ++found;
        QVERIFY2(d.message.contains(QStringLiteral("line %1").arg(line)), qPrintable(d.message));
    }
    QCOMPARE(found, 1);
}

QTEST_GUILESS_MAIN(TestValidationScaling)
#include "tst_validation_scaling.moc"
