// Several `action-designer run` processes at once on one history: each run must end with the status
// its backend gave, whatever the other processes do to the shared database meanwhile.
#include "fakehttp.h"

#include <QDirIterator>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

namespace {
constexpr int kProcesses = 4;
constexpr int kRunsEach = 10;
}  // namespace

class TestCliRunParallel : public QObject {
    Q_OBJECT
private slots:
    void parallelProcessesKeepTheirStatus();
};

void TestCliRunParallel::parallelProcessesKeepTheirStatus()
{
    FakeHttp hook;
    hook.on(QStringLiteral("POST"), QStringLiteral("/ok"), 200, R"({"ok":true})");
    hook.on(QStringLiteral("POST"), QStringLiteral("/fail"), 500, R"({"ok":false})");
    QTemporaryDir dir;
    const QString dataHome = dir.filePath(QStringLiteral("data"));
    auto writeAction = [&](const QString &name) {
        const QString path = dir.filePath(name + QStringLiteral(".json"));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(
            QStringLiteral(R"({"identifier":"deploy_%1","title":"Deploy","trigger":{"type":"self-service","operation":"CREATE",)"
                           R"("userInputs":{"properties":{},"required":[]}},"invocationMethod":{"type":"WEBHOOK","url":"%2",)"
                           R"("synchronized":true,"body":{"runId":"{{ .run.id }}"}}})")
                .arg(name, hook.url(QLatin1Char('/') + name))
                .toUtf8());
        return path;
    };
    const QString ok = writeAction(QStringLiteral("ok"));
    const QString fail = writeAction(QStringLiteral("fail"));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"));

    QHash<QString, QString> expected;  // run id -> the status its backend gave
    QStringList problems;
    int done = 0;
    // One loop per process slot: start the next run as soon as the previous one exits, so the slots'
    // runs overlap for the whole test.
    std::function<void(int, int)> start = [&](int slot, int n) {
        if (n == kRunsEach) {
            ++done;
            return;
        }
        const bool good = (slot + n) % 3 != 0;
        auto *p = new QProcess(this);
        p->setProcessEnvironment(env);
        connect(p, &QProcess::finished, this, [&, p, slot, n, good](int code, QProcess::ExitStatus st) {
            const QString out = QString::fromUtf8(p->readAllStandardOutput());
            const QString err = QString::fromUtf8(p->readAllStandardError());
            const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("Run (r_\\w+)")).match(out);
            const QString want = good ? QStringLiteral("SUCCESS") : QStringLiteral("FAILURE");
            if (!m.hasMatch())
                problems << QStringLiteral("slot %1 run %2 printed no run id: %3 %4").arg(slot).arg(n).arg(out, err);
            else
                expected.insert(m.captured(1), want);
            if (st != QProcess::NormalExit || code != (good ? 0 : 1) || !out.contains(QStringLiteral("Status: ") + want))
                problems << QStringLiteral("slot %1 run %2 exit %3, expected %4: %5").arg(slot).arg(n).arg(code).arg(want, out);
            if (err.contains(QLatin1String("locked")) || err.contains(QLatin1String("busy"))
                || err.contains(QLatin1String("run history")))
                problems << QStringLiteral("slot %1 run %2 stderr: %3").arg(slot).arg(n).arg(err);
            p->deleteLater();
            start(slot, n + 1);
        });
        p->start(QStringLiteral(AD_BINARY), {QStringLiteral("run"), good ? ok : fail});
    };
    for (int slot = 0; slot < kProcesses; ++slot)
        start(slot, 0);
    QTRY_VERIFY_WITH_TIMEOUT(done == kProcesses, 300000);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    QCOMPARE(expected.size(), kProcesses * kRunsEach);

    // The history holds each run with its backend's status; no process changed another's run.
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("check"));
        QDirIterator it(dataHome, {QStringLiteral("history.sqlite")}, QDir::Files, QDirIterator::Subdirectories);
        QVERIFY(it.hasNext());
        db.setDatabaseName(it.next());
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(QStringLiteral("SELECT id, status, summary FROM runs")));
        int seen = 0;
        while (q.next()) {
            const QString id = q.value(0).toString();
            if (!expected.contains(id))
                continue;
            ++seen;
            if (q.value(1).toString() != expected.value(id))
                problems << QStringLiteral("%1 stored %2 (%3), backend gave %4")
                                .arg(id, q.value(1).toString(), q.value(2).toString(), expected.value(id));
        }
        QCOMPARE(seen, kProcesses * kRunsEach);
    }
    QSqlDatabase::removeDatabase(QStringLiteral("check"));
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestCliRunParallel)
#include "tst_cli_run_parallel.moc"
