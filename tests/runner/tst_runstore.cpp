// The run history: persistence across reopen, masking, bounds, delete.
#include "runner/runowner.h"
#include "runner/runstore.h"

#include <QDir>
#include <QDirIterator>
#include <QProcess>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlQuery>
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
    void liveOwnersKeepTheirRuns();
    void finishedRunIsNeverRewritten();
    void logsAreCappedPerRun();
    void historyFilesArePrivate();
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

namespace {
// Hands run `id` to another owner, as another process's RunStore would have written it.
bool setOwner(const QString &path, const QString &id, qint64 pid, const QString &started)
{
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("raw"));
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            q.prepare(QStringLiteral("UPDATE runs SET owner_pid = :p, owner_started "
                                     "= :s, owner_store = 'other' WHERE id = :id"));
            q.bindValue(QStringLiteral(":p"), pid);
            q.bindValue(QStringLiteral(":s"), started);
            q.bindValue(QStringLiteral(":id"), id);
            ok = q.exec() && q.numRowsAffected() == 1;
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("raw"));
    return ok;
}
}  // namespace

void TestRunStore::liveOwnersKeepTheirRuns()
{
    // Opening the history (a second `run`, the GUI) must not end runs other live processes own.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    QProcess alive;
    alive.start(QStringLiteral("sleep"), {QStringLiteral("60")});
    QVERIFY(alive.waitForStarted());
    QProcess gone;
    gone.start(QStringLiteral("true"), QStringList());
    QVERIFY(gone.waitForStarted());
    const qint64 gonePid = gone.processId();
    const QString goneStarted = runowner::processStartTime(gonePid);
    QVERIFY(gone.waitForFinished());
    QString ofAlive, ofGone, ofReusedPid, ofClosedStore, ofOpenStore;
    RunStore mine;  // stays open: its runs are live in this process
    QVERIFY(mine.open(path));
    ofOpenStore = mine.create(Run{});
    {
        RunStore s;
        QVERIFY(s.open(path));
        ofAlive = s.create(Run{});
        ofGone = s.create(Run{});
        ofReusedPid = s.create(Run{});
        ofClosedStore = s.create(Run{});
    }
    QVERIFY(setOwner(path, ofAlive, alive.processId(), runowner::processStartTime(alive.processId())));
    QVERIFY(setOwner(path, ofGone, gonePid, goneStarted));
    // The pid runs, but it is another process than the one that started the run.
    QVERIFY(setOwner(path, ofReusedPid, alive.processId(), QStringLiteral("1")));
    RunStore other;
    QVERIFY(other.open(path));
    QCOMPARE(other.status(ofAlive), runstatus::InProgress);
    QCOMPARE(other.status(ofOpenStore), runstatus::InProgress);
    QCOMPARE(other.status(ofGone), runstatus::Failure);
    QCOMPARE(other.status(ofReusedPid), runstatus::Failure);
    QCOMPARE(other.status(ofClosedStore), runstatus::Failure);
    QVERIFY(other.run(ofGone)->summary.contains(QLatin1String("Interrupted")));
    // The owner still ends its run as its backend says.
    QVERIFY(mine.finish(ofOpenStore, runstatus::Success, QStringLiteral("ok")));
    QCOMPARE(other.status(ofOpenStore), runstatus::Success);
    alive.kill();
    alive.waitForFinished();
}

void TestRunStore::finishedRunIsNeverRewritten()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("history.sqlite"));
    RunStore a;
    QVERIFY(a.open(path));
    RunStore b;  // another writer on the same file
    QVERIFY(b.open(path));
    const QString id = a.create(Run{});
    QVERIFY(a.finish(id, runstatus::Success, QStringLiteral("done")));
    QSignalSpy ended(&b, &RunStore::runEnded);
    RunPatch p;
    p.status = runstatus::Failure;
    p.summary = QStringLiteral("rewritten");
    p.statusLabel = QStringLiteral("late");
    QVERIFY(!b.applyPatch(id, p, QStringLiteral("ci")));
    QVERIFY(!b.finish(id, runstatus::Failure, QStringLiteral("Interrupted")));
    QCOMPARE(ended.count(), 0);
    const auto r = a.run(id);
    QCOMPARE(r->status, runstatus::Success);
    QCOMPARE(r->summary, QStringLiteral("done"));
    QVERIFY(r->statusLabel.isEmpty());
    // Facts about the request are still recorded on a finished run; they never touch its status.
    RunResponse resp;
    resp.httpStatus = 200;
    b.setResponse(id, resp);
    QCOMPARE(a.run(id)->response.httpStatus, 200);
    QCOMPARE(a.status(id), runstatus::Success);
}

void TestRunStore::logsAreCappedPerRun()
{
    QTemporaryDir dir;
    RunStore s;
    QVERIFY(s.open(dir.filePath(QStringLiteral("history.sqlite"))));
    RunStore::Limits l;
    l.maxLogsPerRun = 3;
    l.maxLogBytesPerRun = 100;
    s.setLimits(l);
    const QString byCount = s.create(Run{});
    RunStore::LogRefusal why = RunStore::LogRefusal::None;
    for (int i = 0; i < 3; ++i)
        QVERIFY(s.tryAppendLog(byCount, QStringLiteral("line %1").arg(i), QStringLiteral("ci"), &why));
    QVERIFY(!s.tryAppendLog(byCount, QStringLiteral("one too many"), QStringLiteral("ci"), &why));
    QCOMPARE(why, RunStore::LogRefusal::TooMany);
    // The runner's own lines are dropped with a single notice.
    s.appendLog(byCount, QStringLiteral("runner 1"), QStringLiteral("runner"));
    s.appendLog(byCount, QStringLiteral("runner 2"), QStringLiteral("runner"));
    const auto logs = s.logs(byCount);
    QCOMPARE(logs.size(), 4);
    QVERIFY(logs.last().message.contains(QLatin1String("dropped")));
    const QString byBytes = s.create(Run{});
    QVERIFY(s.tryAppendLog(byBytes, QString(60, QLatin1Char('x')), QStringLiteral("ci"), &why));
    QVERIFY(!s.tryAppendLog(byBytes, QString(60, QLatin1Char('y')), QStringLiteral("ci"), &why));
    QCOMPARE(why, RunStore::LogRefusal::TooLarge);
    QVERIFY(s.tryAppendLog(byBytes, QString(40, QLatin1Char('z')), QStringLiteral("ci"), &why));
    QCOMPARE(s.logs(byBytes, 1, 5).size(), 1);
    QVERIFY(!s.tryAppendLog(QStringLiteral("r_unknown"), QStringLiteral("x"), QStringLiteral("ci"), &why));
    QCOMPARE(why, RunStore::LogRefusal::UnknownRun);
}

void TestRunStore::historyFilesArePrivate()
{
    // The history holds requests and responses: its directory and files are for this user only.
    QTemporaryDir dir;
    const QString sub = dir.filePath(QStringLiteral("data"));
    const QString path = sub + QStringLiteral("/history.sqlite");
    RunStore s;
    QVERIFY(s.open(path));
    s.create(Run{});
    const QFileDevice::Permissions groupOther(0x0077);
    QCOMPARE(QFileInfo(sub).permissions() & groupOther, QFileDevice::Permissions());
    QVERIFY(QFileInfo(sub).permissions() & QFileDevice::ExeOwner);
    for (const QString &f : QStringList{path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        QVERIFY2(QFileInfo::exists(f), qPrintable(f));
        QCOMPARE(QFileInfo(f).permissions() & groupOther, QFileDevice::Permissions());
    }
}

QTEST_GUILESS_MAIN(TestRunStore)
#include "tst_runstore.moc"
