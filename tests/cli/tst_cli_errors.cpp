// Every subcommand's errors: one format (FILE:LINE:COL: error: message, FILE: error: message,
// "action-designer CMD: error: message" for the command line), the same words for a missing file
// and a directory, numeric options checked against their range, mistyped commands answered
// without a display, and the client secret read from a file or standard input.
#include "cli/cli.h"
#include "clirun.h"
#include "../model/modeltestutil.h"

#include <QDir>
#include <QTemporaryDir>
#include <QtTest>

using namespace ad::test;

namespace {

// A plain literal: with a raw string here, moc found no Q_OBJECT class in this file.
const QByteArray kWebhookAction =
    "{\n"
    "  \"identifier\": \"deploy\",\n"
    "  \"trigger\": {\"type\": \"self-service\", \"operation\": \"DAY-2\", \"blueprintIdentifier\": \"service\",\n"
    "              \"userInputs\": {\"properties\": {}}},\n"
    "  \"invocationMethod\": {\"type\": \"WEBHOOK\", \"url\": \"https://example.com/hook\",\n"
    "                       \"body\": {\"a\": \"{{ .action.identifier }}\"}}\n"
    "}\n";

QProcessEnvironment envWithout(const QStringList &names)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &n : names)
        env.remove(n);
    return env;
}

}  // namespace

class TestCliErrors : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void missingFileAndDirectory_data();
    void missingFileAndDirectory();
    void numericOptions_data();
    void numericOptions();
    void numericOptionsInRangeAccepted();
    void requestWithoutInvocationMethod();
    void commandLineErrorsNameTheCommand();
    void mistypedCommandWithoutDisplay();
    void suggestions();
    void fileArgumentsStayForTheGui();
    void clientSecretFromFileOrStdin();
    void clientSecretFileErrors();
    void helpRecommendsTheSecretFile();

private:
    QTemporaryDir m_dir;
    QString m_action;
};

void TestCliErrors::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_action = writeTextFile(m_dir.filePath(QStringLiteral("deploy.json")), kWebhookAction);
}

void TestCliErrors::missingFileAndDirectory_data()
{
    QTest::addColumn<QStringList>("before");  // the command and what comes before the file
    QTest::addColumn<QStringList>("after");
    const QString a = QStringLiteral("ACTION");  // replaced by a valid action file
    QTest::newRow("validate") << QStringList{QStringLiteral("validate")} << QStringList{};
    QTest::newRow("export") << QStringList{QStringLiteral("export")} << QStringList{};
    QTest::newRow("migrate") << QStringList{QStringLiteral("migrate")} << QStringList{};
    QTest::newRow("render action") << QStringList{QStringLiteral("render")} << QStringList{};
    QTest::newRow("render template") << QStringList{QStringLiteral("render"), QStringLiteral("--template")} << QStringList{};
    QTest::newRow("render context") << QStringList{QStringLiteral("render"), a, QStringLiteral("--context")} << QStringList{};
    QTest::newRow("trace") << QStringList{QStringLiteral("trace")} << QStringList{};
    QTest::newRow("trace context") << QStringList{QStringLiteral("trace"), a, QStringLiteral("--context")} << QStringList{};
    QTest::newRow("request") << QStringList{QStringLiteral("request")} << QStringList{};
    QTest::newRow("request context") << QStringList{QStringLiteral("request"), a, QStringLiteral("--context")} << QStringList{};
    QTest::newRow("run") << QStringList{QStringLiteral("run")} << QStringList{};
    QTest::newRow("run context") << QStringList{QStringLiteral("run"), a, QStringLiteral("--context")} << QStringList{};
}

void TestCliErrors::missingFileAndDirectory()
{
    QFETCH(QStringList, before);
    QFETCH(QStringList, after);
    before.replaceInStrings(QStringLiteral("ACTION"), m_action);
    const QString missing = m_dir.filePath(QStringLiteral("missing.json"));
    const QString dir = m_dir.filePath(QStringLiteral("a-directory"));
    QVERIFY(QDir().mkpath(dir));
    const QProcessEnvironment env = envWithout({QStringLiteral("PORT_CLIENT_SECRET"), QStringLiteral("PORT_CLIENT_ID")});
    const struct {
        QString path;
        QByteArray line;
    } cases[] = {{missing, missing.toUtf8() + ": error: no such file\n"},
                 {dir, dir.toUtf8() + ": error: is a directory, not a file\n"}};
    for (const auto &c : cases) {
        const CliRun r = runCli(before + QStringList{c.path} + after, {}, env);
        QVERIFY2(!r.crashed, r.err.constData());
        QCOMPARE(r.exitCode, 2);
        // validate goes on with a summary; every other command stops at the one line.
        if (before.first() == QLatin1String("validate"))
            QVERIFY2(r.err.startsWith(c.line), r.err.constData());
        else
            QCOMPARE(r.err, c.line);
        QVERIFY(r.out.isEmpty());
    }
}

void TestCliErrors::numericOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("flag");
    QTest::addColumn<QString>("range");
    const QString x = QStringLiteral("x.json");
    struct Option {
        QStringList args;
        const char *flag;
        const char *range;
        bool zeroOk;
    };
    const QList<Option> options = {
        {{QStringLiteral("render"), x, QStringLiteral("--timeout")}, "--timeout", "from 1 to 600000 (milliseconds)", false},
        {{QStringLiteral("render"), QStringLiteral("--template"), x, QStringLiteral("--timeout")}, "--timeout",
         "from 1 to 600000 (milliseconds)", false},
        {{QStringLiteral("trace"), x, QStringLiteral("--timeout")}, "--timeout", "from 1 to 600000 (milliseconds)", false},
        {{QStringLiteral("run"), x, QStringLiteral("--wait")}, "--wait", "from 0 to 86400 (seconds)", true},
        {{QStringLiteral("run"), x, QStringLiteral("--runs-api-port")}, "--runs-api-port", "from 0 to 65535", true},
        {{QStringLiteral("request"), x, QStringLiteral("--timestamp")}, "--timestamp", "from 0 to 253402300799", true},
    };
    for (const Option &o : options) {
        QStringList values{QStringLiteral("abc"), QStringLiteral("-1"), QStringLiteral("99999999999999"),
                           QStringLiteral("1.5"), QString()};
        if (!o.zeroOk)
            values << QStringLiteral("0");
        if (QLatin1String(o.flag) != QLatin1String("--timestamp"))
            values << QStringLiteral("99999999999");
        for (const QString &v : values)
            QTest::addRow("%s %s '%s'", qPrintable(o.args.first()), o.flag, qPrintable(v))
                << (o.args + QStringList{v}) << QString::fromLatin1(o.flag) << QString::fromLatin1(o.range);
    }
}

void TestCliErrors::numericOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, flag);
    QFETCH(QString, range);
    const CliRun r = runCli(args);
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 2);
    const QString err = QString::fromUtf8(r.err);
    const QString expected = QStringLiteral("action-designer %1: error: %2 wants a whole number %3").arg(args.first(), flag, range);
    QVERIFY2(err.startsWith(expected), qPrintable(err));
    QVERIFY2(err.contains(QStringLiteral(", not '%1'").arg(args.last())), qPrintable(err));
    QVERIFY(r.out.isEmpty());
}

void TestCliErrors::numericOptionsInRangeAccepted()
{
    CliRun r = runCli({QStringLiteral("trace"), m_action, QStringLiteral("--timeout"), QStringLiteral("600000")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("render"), m_action, QStringLiteral("--timeout"), QStringLiteral("1500")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    r = runCli({QStringLiteral("request"), m_action, QStringLiteral("--timestamp"), QStringLiteral("0")});
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY(r.out.contains("X-Port-Timestamp: 0"));
}

void TestCliErrors::requestWithoutInvocationMethod()
{
    const QString none = writeTextFile(m_dir.filePath(QStringLiteral("none.json")),
                                       "{\n  \"identifier\": \"a\",\n  \"trigger\": {\"type\": \"self-service\"}\n}\n");
    CliRun r = runCli({QStringLiteral("request"), none});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray(none.toUtf8() + ":1:1: error: the action has no invocationMethod; there is nothing to send\n"));
    QVERIFY(r.out.isEmpty());

    const QString unknown = writeTextFile(m_dir.filePath(QStringLiteral("pigeon.json")),
                                          "{\n  \"identifier\": \"a\",\n  \"invocationMethod\": {\"type\": \"PIGEON\"}\n}\n");
    r = runCli({QStringLiteral("request"), unknown});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QByteArray(unknown.toUtf8() + ":3:32: error: unknown invocationMethod.type 'PIGEON'; "
                                                            "expected one of WEBHOOK, ")),
             r.err.constData());
    QVERIFY(r.out.isEmpty());

    const QString typeless = writeTextFile(m_dir.filePath(QStringLiteral("typeless.json")),
                                           "{\n  \"identifier\": \"a\",\n  \"invocationMethod\": {}\n}\n");
    r = runCli({QStringLiteral("request"), typeless});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QByteArray(typeless.toUtf8() + ":3:23: error: invocationMethod has no type")), r.err.constData());

    // run says the same about the same file.
    r = runCli({QStringLiteral("run"), none});
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray(none.toUtf8() + ":1:1: error: the action has no invocationMethod; there is nothing to send\n"));
}

void TestCliErrors::commandLineErrorsNameTheCommand()
{
    const struct {
        QStringList args;
        QByteArray prefix;
    } cases[] = {
        {{QStringLiteral("validate")}, "action-designer validate: error: no FILE given\n"},
        {{QStringLiteral("export"), QStringLiteral("a"), QStringLiteral("b")}, "action-designer export: error: give exactly one FILE\n"},
        {{QStringLiteral("migrate"), QStringLiteral("--nope"), QStringLiteral("a")}, "action-designer migrate: error: Unknown option 'nope'"},
        {{QStringLiteral("render")}, "action-designer render: error: give --template TPL.json or ACTION.json\n"},
        {{QStringLiteral("trace")}, "action-designer trace: error: no ACTION.json given\n"},
        {{QStringLiteral("trace"), m_action, QStringLiteral("--format"), QStringLiteral("xml")},
         "action-designer trace: error: --format must be 'text' or 'json', not 'xml'\n"},
        {{QStringLiteral("request")}, "action-designer request: error: no action file given\n"},
        {{QStringLiteral("run")}, "action-designer run: error: expected one ACTION.json\n"},
        {{QStringLiteral("run"), m_action, QStringLiteral("--scenario"), QStringLiteral("a"), QStringLiteral("--context"),
          QStringLiteral("b")},
         "action-designer run: error: --scenario and --context exclude each other\n"},
    };
    for (const auto &c : cases) {
        const CliRun r = runCli(c.args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.startsWith(c.prefix), r.err.constData());
    }
    // A scenario that does not exist is an error in the action's file.
    const CliRun r = runCli({QStringLiteral("request"), m_action, QStringLiteral("--scenario"), QStringLiteral("nope")});
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith(QByteArray(m_action.toUtf8() + ": error: no scenario 'nope'")), r.err.constData());
}

void TestCliErrors::mistypedCommandWithoutDisplay()
{
    const QProcessEnvironment env =
        envWithout({QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("DISPLAY"), QStringLiteral("WAYLAND_DISPLAY")});
    CliRun r = runCli({QStringLiteral("valdate"), QStringLiteral("x.json")}, {}, env);
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 2);
    QCOMPARE(r.err, QByteArray("action-designer: error: unknown command 'valdate' (did you mean 'validate'?)\n"));
    r = runCli({QStringLiteral("frobnicate")}, {}, env);
    QVERIFY2(!r.crashed, r.err.constData());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(r.err.startsWith("action-designer: error: unknown command 'frobnicate' (run 'action-designer --help'"),
             r.err.constData());
}

void TestCliErrors::suggestions()
{
    QCOMPARE(ad::cli::suggestCommand(QStringLiteral("valdate")), QStringLiteral("validate"));
    QCOMPARE(ad::cli::suggestCommand(QStringLiteral("exprot")), QStringLiteral("export"));
    QCOMPARE(ad::cli::suggestCommand(QStringLiteral("rnu")), QStringLiteral("run"));
    QCOMPARE(ad::cli::suggestCommand(QStringLiteral("Trace")), QStringLiteral("trace"));
    QCOMPARE(ad::cli::suggestCommand(QStringLiteral("requests")), QStringLiteral("request"));
    QCOMPARE(ad::cli::suggestCommand(QStringLiteral("frobnicate")), QString());
    QCOMPARE(ad::cli::suggestCommand(QStringLiteral("x")), QString());
}

void TestCliErrors::fileArgumentsStayForTheGui()
{
    // The GUI opens file arguments: anything that may name a file is not a mistyped command.
    const QString extensionless = writeTextFile(m_dir.filePath(QStringLiteral("deploy")), kWebhookAction);
    auto headless = [](const QString &arg) {
        QByteArray prog("action-designer"), a = QFile::encodeName(arg);
        char *argv[] = {prog.data(), a.data(), nullptr};
        return ad::cli::isHeadlessInvocation(2, argv);
    };
    QVERIFY(!headless(m_action));
    QVERIFY(!headless(QStringLiteral("not-there-yet.json")));
    QVERIFY(!headless(QStringLiteral("some/dir/action")));
    QVERIFY(!headless(QStringLiteral("--lang")));
    QVERIFY(headless(QStringLiteral("valdate")));
    QVERIFY(headless(QStringLiteral("validate")));
    const QString cwd = QDir::currentPath();
    QDir::setCurrent(m_dir.path());
    QVERIFY(!headless(QStringLiteral("deploy")));  // an existing file in the current directory
    QDir::setCurrent(cwd);
    QVERIFY(QFile::exists(extensionless));
}

void TestCliErrors::clientSecretFromFileOrStdin()
{
    const QProcessEnvironment env = envWithout({QStringLiteral("PORT_CLIENT_SECRET")});
    const QStringList base{QStringLiteral("request"), m_action, QStringLiteral("--timestamp"),
                           QStringLiteral("1713277889"), QStringLiteral("--format"), QStringLiteral("json")};
    const CliRun onCommandLine = runCli(base + QStringList{QStringLiteral("--client-secret"), QStringLiteral("s3cr3t")}, {}, env);
    QCOMPARE(onCommandLine.exitCode, 0);
    QVERIFY(onCommandLine.out.contains("X-Port-Signature"));
    const CliRun unsigned_ = runCli(base, {}, env);
    QVERIFY(unsigned_.out != onCommandLine.out);

    const QString file = writeTextFile(m_dir.filePath(QStringLiteral("secret")), "s3cr3t\n");
    const CliRun fromFile = runCli(base + QStringList{QStringLiteral("--client-secret-file"), file}, {}, env);
    QVERIFY2(fromFile.exitCode == 0, fromFile.err.constData());
    QCOMPARE(fromFile.out, onCommandLine.out);

    const CliRun fromStdin = runCli(base + QStringList{QStringLiteral("--client-secret-file"), QStringLiteral("-")}, "s3cr3t\r\n", env);
    QVERIFY2(fromStdin.exitCode == 0, fromStdin.err.constData());
    QCOMPARE(fromStdin.out, onCommandLine.out);

    const CliRun other = runCli(base + QStringList{QStringLiteral("--client-secret-file"), QStringLiteral("-")}, "other\n", env);
    QVERIFY(other.out != onCommandLine.out);
    QVERIFY(!other.out.contains("other") && !other.err.contains("other"));
}

void TestCliErrors::clientSecretFileErrors()
{
    const QString missing = m_dir.filePath(QStringLiteral("no-secret"));
    const QString empty = writeTextFile(m_dir.filePath(QStringLiteral("empty-secret")), "\n");
    const QString file = writeTextFile(m_dir.filePath(QStringLiteral("secret2")), "s\n");
    for (const char *cmd : {"request", "run"}) {
        const QStringList base{QLatin1String(cmd), m_action};
        CliRun r = runCli(base + QStringList{QStringLiteral("--client-secret-file"), missing});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray(missing.toUtf8() + ": error: no such file\n"));
        r = runCli(base + QStringList{QStringLiteral("--client-secret-file"), empty});
        QCOMPARE(r.exitCode, 2);
        QCOMPARE(r.err, QByteArray(empty.toUtf8() + ": error: the client secret is empty\n"));
        r = runCli(base + QStringList{QStringLiteral("--client-secret-file"), file, QStringLiteral("--client-secret"), QStringLiteral("s")});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("--client-secret and --client-secret-file exclude each other"), r.err.constData());
        r = runCli({QLatin1String(cmd), QStringLiteral("-"), QStringLiteral("--client-secret-file"), QStringLiteral("-")}, kWebhookAction);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains("only one input can be '-'"), r.err.constData());
    }
}

void TestCliErrors::helpRecommendsTheSecretFile()
{
    for (const char *cmd : {"request", "run"}) {
        const CliRun r = runCli({QLatin1String(cmd), QStringLiteral("--help")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains("--client-secret-file PATH"));
        QVERIFY(r.out.contains("other users can read S in the process list (ps)"));
    }
}

QTEST_GUILESS_MAIN(TestCliErrors)
#include "tst_cli_errors.moc"
