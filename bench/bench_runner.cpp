// Runner figures: history writes/reads at the 500-run bound, a webhook round trip through the
// invoker, and a runs-API request, all on 127.0.0.1. Prints timings; no assertions.
#include "runner/invoker.h"
#include "runner/runsapi.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QTemporaryDir>
#include <QTextStream>

#include <cstdio>

using namespace ad;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;
    RunStore store;
    store.open(dir.filePath(QStringLiteral("history.sqlite")));

    QElapsedTimer t;
    t.start();
    const int n = 500;
    for (int i = 0; i < n; ++i) {
        Run r;
        r.action = QStringLiteral("deploy");
        r.backend = QStringLiteral("WEBHOOK");
        const QString id = store.create(r, {QStringLiteral("s3cr3t")});
        RunRequest req{QStringLiteral("POST"), QStringLiteral("http://127.0.0.1/hook"), {}, QByteArray(2000, 'x'), {}, {}};
        store.setRequest(id, req);
        store.appendLog(id, QStringLiteral("log line"), QStringLiteral("runner"));
        store.finish(id, runstatus::Success, QStringLiteral("done"));
    }
    out << "history: " << n << " runs created+request+log+finish: " << t.elapsed() << " ms ("
        << double(t.elapsed()) / n << " ms/run)\n";
    t.restart();
    const QList<Run> list = store.runs();
    out << "history: list " << list.size() << " runs: " << t.elapsed() << " ms\n";
    t.restart();
    for (const Run &r : list)
        store.run(r.id);
    out << "history: load " << list.size() << " full runs: " << t.elapsed() << " ms\n";
    const QFileInfo db(store.path());
    out << "history: file size " << db.size() / 1024 << " KiB (+ WAL)\n";

    QHttpServer server;
    server.setMissingHandler([](const QHttpServerRequest &, QHttpServerResponder &&r) { r.write(QHttpServerResponder::StatusCode::Ok); });
    const quint16 port = server.listen(QHostAddress::LocalHost, 0);
    MemorySecretStore secrets;
    Invoker invoker(&store, &secrets);
    RenderedInvocation inv;
    inv.backend = QStringLiteral("WEBHOOK");
    inv.method = QStringLiteral("POST");
    inv.url = QStringLiteral("http://127.0.0.1:%1/hook").arg(port);
    inv.body = "{\"a\":1}";
    inv.synchronized = true;
    const int m = 50;
    t.restart();
    for (int i = 0; i < m; ++i) {
        QEventLoop loop;
        QObject::connect(&invoker, &Invoker::jobFinished, &loop, &QEventLoop::quit);
        const QString id = invoker.createRun(QStringLiteral("a"), inv.backend, {});
        invoker.start(id, inv);
        loop.exec();
    }
    out << "invoker: " << m << " sync webhook runs (create, send, store response, finish): " << t.elapsed() << " ms ("
        << double(t.elapsed()) / m << " ms/run)\n";

    RunsApi api(&store);
    const QString token = api.issueToken();
    const QString id = invoker.createRun(QStringLiteral("a"), inv.backend, {});
    t.restart();
    for (int i = 0; i < m; ++i)
        api.handle(QStringLiteral("POST"), QStringLiteral("/v1/actions/runs/%1/logs").arg(id), {}, "Bearer " + token.toUtf8(),
                   "{\"message\":\"x\"}");
    out << "runs API: " << m << " log posts (routing, validation, SQLite insert): " << t.elapsed() << " ms\n";
    return 0;
}
