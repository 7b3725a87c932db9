// The run history: persistence across reopen, masking, bounds, delete.
#include "runner/runstore.h"

#include <QDir>
#include <QDirIterator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;

class TestRunStore : public QObject {
    Q_OBJECT
private slots:
    void idsLookLikePorts();
    void createUpdateAndReopen();
    void interruptedRunsEndOnReopen();
    void historyFileHasNoSecret();
    void boundedByRunCountAndBodySize();
    void deleteOneAndAll();
};

void TestRunStore::idsLookLikePorts()
{
    const QString a = RunStore::newRunId();
    QVERIFY(a.startsWith(QLatin1String("r_")));
    QCOMPARE(a.size(), 18);
    QVERIFY(a != RunStore::newRunId());
}

void TestRunStore::createUpdateAndReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("h/history.sqlite"));
    QString id;
    {
        RunStore s;
        QVERIFY(s.open(path));
        QSignalSpy added(&s, &RunStore::runAdded);
        QSignalSpy ended(&s, &RunStore::runEnded);
        Run r;
        r.action = QStringLiteral("deploy");
        r.backend = QStringLiteral("WEBHOOK");
        r.scenario = QStringLiteral("happy path");
        id = s.create(r);
        QCOMPARE(added.count(), 1);
        RunRequest req{QStringLiteral("POST"), QStringLiteral("http://x/hook"), {{QStringLiteral("A"), QStringLiteral("b")}}, "{\"k\":1}", {}, {}};
        s.setRequest(id, req);
        RunResponse resp;
        resp.httpStatus = 202;
        resp.body = "accepted";
        resp.bodySize = 8;
        resp.redirects = {QStringLiteral("http://y/")};
        s.setResponse(id, resp);
        s.appendLog(id, QStringLiteral("hello"), QStringLiteral("ci"));
        RunPatch p;
        p.links = QStringList{QStringLiteral("https://a"), QStringLiteral("https://b")};
        p.linkIsList = true;
        p.statusLabel = QStringLiteral("Deploying");
        s.applyPatch(id, p, QStringLiteral("ci"));
        s.finish(id, runstatus::Success, QStringLiteral("done"));
        QCOMPARE(ended.count(), 1);
        s.finish(id, runstatus::Failure, QStringLiteral("again"));  // ignored: already ended
        QCOMPARE(ended.count(), 1);
    }
    RunStore s;
    QVERIFY(s.open(path));
    const auto r = s.run(id);
    QVERIFY(r);
    QCOMPARE(r->action, QStringLiteral("deploy"));
    QCOMPARE(r->scenario, QStringLiteral("happy path"));
    QCOMPARE(r->status, runstatus::Success);
    QCOMPARE(r->statusLabel, QStringLiteral("Deploying"));
    QCOMPARE(r->links, (QStringList{QStringLiteral("https://a"), QStringLiteral("https://b")}));
    QVERIFY(r->linkIsList);
    QCOMPARE(r->summary, QStringLiteral("done"));
    QCOMPARE(r->request.body, QByteArray("{\"k\":1}"));
    QCOMPARE(r->request.headers.size(), 1);
    QCOMPARE(r->response.httpStatus, 202);
    QCOMPARE(r->response.body, QByteArray("accepted"));
    QCOMPARE(r->response.redirects, QStringList{QStringLiteral("http://y/")});
    QVERIFY(r->endedAt.isValid());
    QVERIFY(r->durationMs() >= 0);
    QCOMPARE(r->logs.size(), 2);
    QCOMPARE(r->logs.at(0).message, QStringLiteral("hello"));
    QCOMPARE(r->logs.at(0).createdBy, QStringLiteral("ci"));
    QVERIFY(r->events.size() >= 3);
    QCOMPARE(s.runs().size(), 1);
}

void TestRunStore::interruptedRunsEndOnReopen()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QString id;
    {
        RunStore s;
        QVERIFY(s.open(path));
        id = s.create(Run{});
    }
    RunStore s;
    QVERIFY(s.open(path));
    QCOMPARE(s.status(id), runstatus::Failure);
    QVERIFY(s.run(id)->summary.contains(QLatin1String("Interrupted")));
}

void TestRunStore::historyFileHasNoSecret()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    const QString secret = QStringLiteral("s3cr3t-\"value\"/+");
    const QString token = QStringLiteral("ghp_TOKEN1234567890");
    {
        RunStore s;
        QVERIFY(s.open(path));
        s.addGlobalSecrets({token});
        Run r;
        r.action = QStringLiteral("a");
        const QString id = s.create(r, {secret});
        RunRequest req;
        req.url = QStringLiteral("https://h/x?token=") + QString::fromUtf8(QUrl::toPercentEncoding(secret));
        req.headers = {{QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token}};
        req.body = QByteArray("{\"password\":\"s3cr3t-\\\"value\\\"/+\"}");
        s.setRequest(id, req);
        RunResponse resp;
        resp.httpStatus = 200;
        resp.body = "echo " + secret.toUtf8();
        s.setResponse(id, resp);
        s.appendLog(id, QStringLiteral("got ") + secret, QStringLiteral("ci"));
        RunPatch p;
        p.summary = QStringLiteral("summary with ") + token;
        s.applyPatch(id, p, QStringLiteral("ci"));
        const auto back = s.run(id);
        QVERIFY(back->request.body.contains("********"));
        QVERIFY(!back->request.url.contains(QLatin1String("s3cr3t")));
        QCOMPARE(back->request.headers.at(0).second, QStringLiteral("Bearer ********"));
    }
    QDirIterator it(dir.path(), QDir::Files);
    int files = 0;
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        ++files;
        QVERIFY2(!bytes.contains("s3cr3t"), qPrintable(f.fileName()));
        QVERIFY2(!bytes.contains(token.toUtf8()), qPrintable(f.fileName()));
    }
    QVERIFY(files >= 1);
}

void TestRunStore::boundedByRunCountAndBodySize()
{
    QTemporaryDir dir;
    RunStore s;
    QVERIFY(s.open(dir.filePath(QStringLiteral("history.sqlite"))));
    RunStore::Limits l;
    l.maxRuns = 3;
    l.maxBodyBytes = 10;
    s.setLimits(l);
    QStringList ids;
    for (int i = 0; i < 5; ++i)
        ids << s.create(Run{});
    QCOMPARE(s.runs().size(), 3);
    QVERIFY(!s.contains(ids.at(0)));
    QVERIFY(!s.contains(ids.at(1)));
    QCOMPARE(s.runs().first().id, ids.at(4));  // newest first
    RunResponse resp;
    resp.httpStatus = 200;
    resp.body = QByteArray(100, 'x');
    resp.bodySize = 100;
    s.setResponse(ids.at(4), resp);
    const auto r = s.run(ids.at(4));
    QCOMPARE(r->response.body.size(), 10);
    QVERIFY(r->response.truncated);
    QCOMPARE(r->response.bodySize, 100);
}

void TestRunStore::deleteOneAndAll()
{
    QTemporaryDir dir;
    RunStore s;
    QVERIFY(s.open(dir.filePath(QStringLiteral("history.sqlite"))));
    const QString a = s.create(Run{});
    const QString b = s.create(Run{});
    s.appendLog(a, QStringLiteral("x"), QStringLiteral("runner"));
    QVERIFY(s.remove(a));
    QVERIFY(!s.run(a));
    QVERIFY(s.run(b));
    QVERIFY(s.removeAll());
    QVERIFY(s.runs().isEmpty());
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
