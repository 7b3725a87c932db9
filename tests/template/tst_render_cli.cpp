// `action-designer render` and `trace` as scripts use them (exit codes, stdout, stderr).
#include "../secretforms.h"
#include "json/jsonparser.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QDir>
#include <QTest>

#include <csignal>

class TestRenderCli : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void compactOutput();
    void failedTemplateExitsZero();
    void jq17Templates();
    void workerDiesWithItsParent();
    void strictFails();
    void scanErrorExitsOne();
    void nonStringKeyExitsOne();
    void undefinedTopLevel();
    void renderAction();
    void renderActionScenario();
    void traceJson();
    void traceText();
    void badArguments();
    void secretsAreMasked_data();
    void secretsAreMasked();
    void runawaysShareOneDeadline();
    void traceShowsATimedOutTemplatesTime();

private:
    struct Run {
        int code = -1;
        QString out, err;
    };
    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            qFatal("cannot write %s", qPrintable(path));
        f.write(content);
        return path;
    }
    Run run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(AD_BINARY), args);
        if (!p.waitForFinished(60000))
            qFatal("action-designer did not finish");
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
    }
    Run render(const QByteArray &tpl, const QStringList &extra = {})
    {
        const QString ctx = write(QStringLiteral("ctx.json"), R"({"n":5,"s":"x","o":{"a":[1,2]}})");
        const QString t = write(QStringLiteral("tpl.json"), tpl);
        return run(QStringList{QStringLiteral("render"), QStringLiteral("--context"), ctx, QStringLiteral("--template"), t} + extra);
    }
    QTemporaryDir m_dir;
};

void TestRenderCli::compactOutput()
{
    const Run r = render(R"({"a": "{{ .n }}", "b": "x-{{ .o }}", "c": [1.0, "{{ 1e21 }}"]})");
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("{\"a\":5,\"b\":\"x-{\\\"a\\\":[1,2]}\",\"c\":[1,1e+21]}\n"));
    QCOMPARE(r.err, QString());
}

void TestRenderCli::failedTemplateExitsZero()
{
    const Run r = render(R"({"a": "{{ nosuch(.n) }}", "b": "{{ .n.x }}", "c": "{{ .s }}"})");
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("{\"a\":null,\"b\":null,\"c\":\"x\"}\n"));
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines.at(0).contains(QLatin1String("/a")));
    QVERIFY(lines.at(0).contains(QLatin1String("nosuch/1 is not defined")));
    QVERIFY(lines.at(1).contains(QLatin1String("Cannot index number")));
}

void TestRenderCli::jq17Templates()
{
    // Issue 11's examples: templates written from today's jq manual render as Port renders them.
    const QByteArray ifEnd = "\"{{ if .n > 1 then \\\"many\\\" end }}\"";
    QCOMPARE(render(ifEnd).out, QStringLiteral("\"many\"\n"));
    QCOMPARE(render("\"{{ [limit(0; 1,2)] }}\"").out, QStringLiteral("[]\n"));
    const Run trimmed = render("\"{{ \\\"  x \\\" | trim }}\"");
    QCOMPARE(trimmed.out, QStringLiteral("\"x\"\n"));
    QCOMPARE(trimmed.err, QString());
    const QByteArray walk = "\"{{ {\\\"b\\\":1,\\\"a\\\":2} | walk(.) }}\"";
    const QString walked = QStringLiteral("{\"b\":1,\"a\":2}\n");
    QCOMPARE(render(walk).out, walked);
}

namespace {
// The pid of a `--jq-worker` child of parent, or 0.
qint64 workerChildOf(qint64 parent)
{
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool isPid = false;
        const qint64 pid = entry.toLongLong(&isPid);
        if (!isPid)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(pid));
        if (!stat.open(QIODevice::ReadOnly) || !cmdline.open(QIODevice::ReadOnly))
            continue;
        const QByteArray st = stat.readAll();
        const QList<QByteArray> fields = st.mid(st.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == parent && cmdline.readAll().contains("--jq-worker"))
            return pid;
    }
    return 0;
}

bool alive(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return false;
    const QByteArray st = stat.readAll();
    return st.mid(st.lastIndexOf(')') + 2, 1) != "Z";  // a zombie has stopped running
}
}  // namespace

void TestRenderCli::workerDiesWithItsParent()
{
    // Issue 12.6: the CLI killed while a runaway template spins must not leave the worker spinning.
    const QString ctx = write(QStringLiteral("ctx.json"), R"({"n":5})");
    const QString t = write(QStringLiteral("spin.json"), R"("{{ def f: f; f }}")");
    QProcess cli;
    cli.start(QStringLiteral(AD_BINARY), {QStringLiteral("render"), QStringLiteral("--context"), ctx, QStringLiteral("--template"), t,
                                          QStringLiteral("--timeout"), QStringLiteral("120000")});
    QVERIFY(cli.waitForStarted());
    qint64 worker = 0;
    QTRY_VERIFY_WITH_TIMEOUT((worker = workerChildOf(cli.processId())) != 0, 30000);
    ::kill(pid_t(cli.processId()), SIGKILL);
    QVERIFY(cli.waitForFinished(10000));
    QTRY_VERIFY_WITH_TIMEOUT(!alive(worker), 15000);
}

void TestRenderCli::strictFails()
{
    QCOMPARE(render(R"({"a": "{{ nosuch(.n) }}"})", {QStringLiteral("--strict")}).code, 1);
    QCOMPARE(render(R"({"a": "{{ .n }}"})", {QStringLiteral("--strict")}).code, 0);
}

void TestRenderCli::scanErrorExitsOne()
{
    const Run r = render(R"({"a": "{{ .n"})");
    QCOMPARE(r.code, 1);
    QCOMPARE(r.out, QString());
    QCOMPARE(r.err, m_dir.filePath(QStringLiteral("tpl.json"))
                        + QStringLiteral(": error: Found opening double braces in index 0 without closing double braces\n"));
}

void TestRenderCli::nonStringKeyExitsOne()
{
    const Run r = render(R"({"{{ 1 }}": "v"})");
    QCOMPARE(r.code, 1);
    QCOMPARE(r.err, m_dir.filePath(QStringLiteral("tpl.json"))
                        + QStringLiteral(": error: Evaluated object key should be undefined, null or string. Original key: {{ 1 }}, "
                                         "evaluated to: 1\n"));
}

void TestRenderCli::undefinedTopLevel()
{
    const Run r = render(R"("{{ empty }}")");
    QCOMPARE(r.code, 0);
    QCOMPARE(r.out, QStringLiteral("undefined\n"));
}

void TestRenderCli::renderAction()
{
    const QString action = write(QStringLiteral("action.json"), R"({
  "identifier": "deploy",
  "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service",
              "userInputs": {"properties": {"env": {"type": "string", "default": "prod"}}}},
  "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/{{ .inputs.env }}",
                       "body": {"action": "{{ .action.identifier }}", "run": "{{ .run.id }}"}}
})");
    const Run r = run({QStringLiteral("render"), action});
    QCOMPARE(r.code, 0);
    const ad::JsonParseResult parsed = ad::parseJson(r.out.toUtf8());
    QVERIFY2(parsed.ok(), qPrintable(r.out + r.err));
    QCOMPARE(parsed.value.value(u"url").toString(), QStringLiteral("https://example.com/prod"));
    QCOMPARE(parsed.value.value(u"body").value(u"action").toString(), QStringLiteral("deploy"));
    QVERIFY(r.out.contains(QLatin1String("\n  \"body\": {\n")));  // pretty

    const QString ctx = write(QStringLiteral("actx.json"), R"({"inputs":{"env":"staging"},"action":{"identifier":"x"},"run":{"id":"r_1"}})");
    const Run r2 = run({QStringLiteral("render"), action, QStringLiteral("--context"), ctx});
    QCOMPARE(r2.code, 0);
    QCOMPARE(ad::parseJson(r2.out.toUtf8()).value.value(u"url").toString(), QStringLiteral("https://example.com/staging"));
}

void TestRenderCli::renderActionScenario()
{
    const QString action = write(QStringLiteral("scn.json"), R"({
  "identifier": "deploy",
  "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service",
              "userInputs": {"properties": {"env": {"type": "string"}}}},
  "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/{{ .inputs.env }}/{{ .run.id }}"}
})");
    write(QStringLiteral("scn.scenarios.json"), R"({"version": 1, "active": "a", "scenarios": [
  {"name": "a", "runId": "r_A", "inputs": {"env": "dev"}},
  {"name": "b", "runId": "r_B", "inputs": {"env": "prod"}}]})");
    const Run a = run({QStringLiteral("render"), action});
    QCOMPARE(a.code, 0);
    QCOMPARE(ad::parseJson(a.out.toUtf8()).value.value(u"url").toString(), QStringLiteral("https://example.com/dev/r_A"));
    const Run b = run({QStringLiteral("render"), action, QStringLiteral("--scenario"), QStringLiteral("b")});
    QCOMPARE(b.code, 0);
    QCOMPARE(ad::parseJson(b.out.toUtf8()).value.value(u"url").toString(), QStringLiteral("https://example.com/prod/r_B"));
    const Run missing = run({QStringLiteral("trace"), action, QStringLiteral("--scenario"), QStringLiteral("nope")});
    QCOMPARE(missing.code, 2);
    QVERIFY2(missing.err.startsWith(action + QLatin1String(": error: no scenario 'nope'")), qPrintable(missing.err));
}

void TestRenderCli::traceJson()
{
    const QString action = write(QStringLiteral("trace.json"), R"({
  "identifier": "t",
  "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "b", "userInputs": {"properties": {}}},
  "invocationMethod": {"type": "WEBHOOK", "url": "https://x/{{ .inputs.region }}",
                       "body": {"a": "{{ toarray }}", "b": "{{ 'q' }}"}}
})");
    const Run r = run({QStringLiteral("trace"), action, QStringLiteral("--format"), QStringLiteral("json")});
    QCOMPARE(r.code, 0);
    const ad::JsonParseResult parsed = ad::parseJson(r.out.toUtf8());
    QVERIFY2(parsed.ok(), qPrintable(r.out));
    const ad::JsonValue &traces = parsed.value.value(u"traces");
    QCOMPARE(traces.size(), 3);
    QCOMPARE(traces.at(0).value(u"pointer").toString(), QStringLiteral("/invocationMethod/url"));
    QCOMPARE(traces.at(0).value(u"line").toDouble(), 4.0);
    QVERIFY(traces.at(0).value(u"warnings").at(0).toString().contains(QLatin1String(".inputs.region")));
    QCOMPARE(traces.at(1).value(u"errorKind").toString(), QStringLiteral("compile"));
    QVERIFY(traces.at(1).value(u"warnings").at(0).toString().startsWith(QLatin1String("toarray is jq 1.8")));
    QCOMPARE(traces.at(2).value(u"result").toString(), QStringLiteral("q"));
    QCOMPARE(traces.at(2).value(u"quoteRuleApplied").toBool(), true);
}

void TestRenderCli::traceText()
{
    const QString action = write(QStringLiteral("trace2.json"), R"({"identifier": "t", "invocationMethod": {"type": "WEBHOOK", "url": "{{ .run.id }}"}})");
    const Run r = run({QStringLiteral("trace"), action});
    QCOMPARE(r.code, 0);
    QVERIFY(r.out.contains(QLatin1String("/invocationMethod/url")));
    QVERIFY(r.out.contains(QLatin1String("-> \"r_")));
    QVERIFY(r.out.contains(QLatin1String("(string)")));
    QVERIFY(r.out.contains(QLatin1String("1 template(s), 0 failed")));
}

void TestRenderCli::badArguments()
{
    QCOMPARE(run({QStringLiteral("render")}).code, 2);
    QCOMPARE(run({QStringLiteral("render"), QStringLiteral("--template"), m_dir.filePath(QStringLiteral("missing.json"))}).code, 2);
    QCOMPARE(run({QStringLiteral("trace")}).code, 2);
}

// Every template yields one encoded form of the scenario's secret (and one fails with it in its
// error): nothing of it may reach stdout or stderr unless --reveal-secrets.
void TestRenderCli::secretsAreMasked_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("render") << QStringList{QStringLiteral("render")};
    QTest::newRow("trace") << QStringList{QStringLiteral("trace")};
    QTest::newRow("trace json") << QStringList{QStringLiteral("trace"), QStringLiteral("--format"), QStringLiteral("json")};
}

void TestRenderCli::secretsAreMasked()
{
    QFETCH(QStringList, args);
    const QString action = write(QStringLiteral("sec.json"), secretforms::everyFormAction("https://example.com/"));
    write(QStringLiteral("sec.scenarios.json"), secretforms::scenarioWithSecret());
    const Run masked = run(args + QStringList{action});
    QVERIFY2(masked.code == 0, qPrintable(masked.err));
    QVERIFY2(masked.out.contains(QLatin1String("********")), qPrintable(masked.out));
    const QByteArray all = (masked.out + masked.err).toUtf8();
    QVERIFY2(secretforms::leaked(all).isEmpty(), qPrintable(secretforms::leaked(all) + QLatin1String("\n") + masked.out + masked.err));
    // The output is still what it was, secrets aside: JSON stays JSON.
    if (args.contains(QLatin1String("json")) || args.first() == QLatin1String("render"))
        QVERIFY(ad::parseJson(masked.out.toUtf8()).ok());

    const Run revealed = run(args + QStringList{action, QStringLiteral("--reveal-secrets")});
    QCOMPARE(revealed.code, 0);
    const QByteArray shown = (revealed.out + revealed.err).toUtf8();
    QVERIFY2(shown.contains(QUrl::toPercentEncoding(secretforms::kSecret)), shown.constData());
    QVERIFY(shown.contains(QByteArray("user:" + secretforms::kSecret.toUtf8()).toBase64()));
}

// Ten distinct runaway templates: the first costs the per-template timeout, the rest share what
// is left of the render's deadline (twice the timeout) and then fail at once.
void TestRenderCli::runawaysShareOneDeadline()
{
    QByteArray tpl = "{\"ok\": \"{{ .n }}\"";
    for (int i = 0; i < 10; ++i)
        tpl += ", \"r" + QByteArray::number(i) + "\": \"{{ def f: f; " + QByteArray::number(i) + " + f }}\"";
    tpl += "}";
    const Run r = render(tpl, {QStringLiteral("--timeout"), QStringLiteral("400")});
    QCOMPARE(r.code, 0);
    QCOMPARE(ad::parseJson(r.out.toUtf8()).value.value(u"ok").toDouble(), 5.0);
    const QStringList lines = r.err.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 10);
    QVERIFY2(lines.at(0).contains(QLatin1String("timed out after 0.4 s")), qPrintable(r.err));
    // Before: ten "timed out after 0.4 s", one after the other.
    QVERIFY2(r.err.count(QLatin1String("timed out after 0.4 s (rendered as null)")) == 1, qPrintable(r.err));
    QVERIFY2(r.err.count(QLatin1String("not run, the time limit shared by the templates of this render had passed")) >= 8,
             qPrintable(r.err));
}

void TestRenderCli::traceShowsATimedOutTemplatesTime()
{
    const QString action = write(QStringLiteral("slow.json"),
                                 R"({"identifier": "t", "invocationMethod": {"type": "WEBHOOK", "url": "{{ def f: f; f }}", "body": {"a": "{{ 1 }}"}}})");
    const Run r = run({QStringLiteral("trace"), action, QStringLiteral("--timeout"), QStringLiteral("300")});
    QCOMPARE(r.code, 0);
    const QRegularExpressionMatch m = QRegularExpression(QStringLiteral("\\n  ([0-9.]+) ms \\(timed out\\)\\n")).match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(r.out));
    // The real time it ran: the whole budget (before: 0.000 ms).
    QVERIFY2(m.captured(1).toDouble() >= 299, qPrintable(r.out));
    const Run j = run({QStringLiteral("trace"), action, QStringLiteral("--timeout"), QStringLiteral("300"), QStringLiteral("--format"), QStringLiteral("json")});
    const ad::JsonValue traces = ad::parseJson(j.out.toUtf8()).value.value(u"traces");
    QCOMPARE(traces.at(0).value(u"errorKind").toString(), QStringLiteral("timeout"));
    QVERIFY2(traces.at(0).value(u"ms").toDouble() >= 299, qPrintable(j.out));
}

QTEST_GUILESS_MAIN(TestRenderCli)
#include "tst_render_cli.moc"
