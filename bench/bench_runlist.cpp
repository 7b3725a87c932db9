// What reading the org's run list costs on the UI thread (PortClient parses every answer there):
// Port's answer to GET /v1/actions/runs with N runs (PORT-SPEC §7.4 run objects with inputs and a
// rendered webhook payload), parsed as JSON and turned into the picker's rows. Medians; no assertions.
//   build/bench/bench_runlist [runs=1000] [repeats=9]
#include "json/jsonparser.h"
#include "org/runlist.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

#include <algorithm>
#include <vector>

using namespace ad;

namespace {

QByteArray runListAnswer(int n)
{
    QByteArray out = R"({"ok":true,"runs":[)";
    for (int i = 0; i < n; ++i) {
        const QByteArray k = QByteArray::number(i);
        QByteArray inputs;
        for (int f = 0; f < 10; ++f)
            inputs += (f ? "," : "") + QByteArray("\"field_") + QByteArray::number(f) + "\":\"value " + k + "\"";
        out += (i ? "," : "") + QByteArray(R"({"id":"r_)") + k.rightJustified(16, '0')
               + R"(","status":"SUCCESS","statusLabel":"Deployed","source":"UI","link":["https://ci.example.com/runs/)" + k
               + R"("],"requiredApproval":false,"blueprint":{"identifier":"service","title":"Service","icon":"Microservice"},)"
                 R"("entity":{"identifier":"svc-)" + k + R"(","title":"Service )" + k + R"(","icon":"Microservice"},)"
                 R"("action":{"identifier":"deploy","title":"Deploy","icon":"Deployment","deleted":false},)"
                 R"("properties":{)" + inputs + R"(},"payload":{"type":"WEBHOOK","url":"https://deploy.example.com/hooks/svc-)" + k
               + R"(","agent":false,"synchronized":true,"method":"POST","headers":{"RUN_ID":"r_)" + k
               + R"("},"body":{"runId":"r_)" + k + R"(","service":"svc-)" + k + R"(",)" + inputs
               + R"(}},"createdAt":"2026-11-)" + QByteArray::number(1 + i % 28).rightJustified(2, '0')
               + R"(T10:00:00.000Z","updatedAt":"2026-11-28T10:00:05.000Z","createdBy":"user)" + k
               + R"(@example.com","updatedBy":"user)" + k + R"(@example.com"})";
    }
    return out + "]}";
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

}  // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int n = argc > 1 ? std::max(1, atoi(argv[1])) : 1000;
    const int repeats = argc > 2 ? std::max(1, atoi(argv[2])) : 9;
    const QByteArray answer = runListAnswer(n);
    std::vector<double> parse, rows;
    for (int r = 0; r < repeats; ++r) {
        QElapsedTimer t;
        t.start();
        const JsonParseResult parsed = parseJson(answer);
        parse.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        QList<org::RunSummary> list;
        if (!parsed.ok() || !org::parseRunList(parsed.value, &list) || list.size() != n) {
            fprintf(stderr, "bench_runlist: the generated answer did not parse\n");
            return 1;
        }
        rows.push_back(t.nsecsElapsed() / 1e6);
    }
    QTextStream(stdout) << "bench_runlist: " << n << " runs, answer " << answer.size() / 1024 << " KiB; median of "
                        << repeats << ": parse JSON " << median(parse) << " ms, picker rows " << median(rows)
                        << " ms, together " << median(parse) + median(rows) << " ms on the UI thread\n";
    return 0;
}
