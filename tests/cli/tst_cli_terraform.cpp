// `action-designer export --terraform` and `import --terraform-json`: exit
// codes, the gap list on stderr, and files written only when allowed.
#include "format/hcl.h"
#include "format/terraformmapping.h"
#include "model/actionfile.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace ad;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Run run(const QStringList &args)
{
    QProcess p;
    p.start(QStringLiteral(AD_BINARY), args);
    p.waitForFinished(120000);
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(), p.readAllStandardError()};
}

QString example(const char *name) { return QStringLiteral(AD_EXAMPLES_DIR "/") + QLatin1String(name); }

}  // namespace

class TstCliTerraform : public QObject {
    Q_OBJECT
private slots:
    void exportWithoutGaps();
    void exportRefusesGapsUnlessAccepted();
    void exportFolder();
    void importWritesOneFilePerResource();
    void badInput();
};

void TstCliTerraform::exportWithoutGaps()
{
    const Run r =
        run({QStringLiteral("export"), QStringLiteral("--terraform"), example("github-delete-approval-notification.json")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.isEmpty());
    const HclParse p = parseHcl(QString::fromUtf8(r.out));
    QVERIFY2(p.ok(), qPrintable(p.error));
    QCOMPARE(p.resources.size(), 1);
    QVERIFY(p.resources.at(0).attributes.contains(u"approval_email_notification"));
}

void TstCliTerraform::exportRefusesGapsUnlessAccepted()
{
    QTemporaryDir dir;
    const QString out = dir.filePath(QStringLiteral("survey.tf"));
    const QString in = example("webhook-selfservice-steps-survey.json");
    Run r = run({QStringLiteral("export"), QStringLiteral("--terraform"), QStringLiteral("-o"), out, in});
    QCOMPARE(r.exitCode, 1);
    QVERIFY(
        r.err.contains("/trigger/userInputs/properties/"
                       "how_would_you_rate_this_rating/enumColors: "));
    QVERIFY(r.err.contains("--accept-gaps"));
    QVERIFY(!QFile::exists(out));
    r = run({QStringLiteral("export"), QStringLiteral("--terraform"), QStringLiteral("--accept-gaps"), QStringLiteral("-o"), out,
             in});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.err.contains("enumColors"));  // still listed
    QFile f(out);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray hcl = f.readAll();
    QVERIFY(
        hcl.contains("# not carried over: "
                     "/trigger/userInputs/properties/"
                     "how_would_you_rate_this_rating/enumColors"));
    QVERIFY(hcl.contains("body = jsonencode({"));
    QVERIFY(parseHcl(QString::fromUtf8(hcl)).ok());
}

void TstCliTerraform::exportFolder()
{
    QTemporaryDir dir;
    for (const char *name : {"github-delete-approval-notification.json", "automation-timer-expired-webhook.json"})
        QVERIFY(QFile::copy(example(name), dir.filePath(QLatin1String(name))));
    const Run r = run({QStringLiteral("export"), QStringLiteral("--terraform"), dir.path()});
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(parseHcl(QString::fromUtf8(r.out)).resources.size(), 2);
    // A gap names its file.
    QVERIFY(QFile::copy(example("webhook-selfservice-steps-survey.json"), dir.filePath(QStringLiteral("survey.json"))));
    const Run g = run({QStringLiteral("export"), QStringLiteral("--terraform"), dir.path()});
    QCOMPARE(g.exitCode, 1);
    QVERIFY2(g.err.startsWith("survey.json: /trigger/"), g.err.constData());
}

void TstCliTerraform::importWritesOneFilePerResource()
{
    QTemporaryDir dir;
    JsonValue resources = JsonValue::array();
    QStringList ids;
    for (const char *name : {"github-delete-approval-notification.json", "automation-timer-expired-webhook.json"}) {
        const ActionFile file = ActionFile::fromFile(example(name));
        JsonValue r = JsonValue::object();
        r.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("port_action")));
        r.set(QStringLiteral("values"), actionToTerraform(*file.action(0)).attributes);
        resources.append(r);
        ids << file.action(0)->value(u"identifier").toString();
    }
    JsonValue show = JsonValue::object();
    JsonValue values = JsonValue::object();
    JsonValue root = JsonValue::object();
    root.set(QStringLiteral("resources"), resources);
    values.set(QStringLiteral("root_module"), root);
    show.set(QStringLiteral("values"), values);
    const QString in = dir.filePath(QStringLiteral("show.json"));
    QFile f(in);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(writeJson(show));
    f.close();
    const QString outDir = dir.filePath(QStringLiteral("actions"));
    const Run r = run({QStringLiteral("import"), QStringLiteral("--terraform-json"), in, QStringLiteral("-o"), outDir});
    QCOMPARE(r.exitCode, 0);
    for (const QString &id : ids) {
        const ActionFile back = ActionFile::fromFile(QDir(outDir).filePath(id + QStringLiteral(".json")));
        QVERIFY2(back.ok(), qPrintable(id));
        QCOMPARE(back.action(0)->value(u"identifier").toString(), id);
    }
}

void TstCliTerraform::badInput()
{
    QTemporaryDir dir;
    QCOMPARE(
        run({QStringLiteral("export"), QStringLiteral("--terraform"), dir.filePath(QStringLiteral("missing.json"))}).exitCode, 2);
    QCOMPARE(
        run({QStringLiteral("import"), QStringLiteral("--terraform-json"), example("github-delete-approval-notification.json")})
            .exitCode,
        2);
    QCOMPARE(run({QStringLiteral("import"), example("github-delete-approval-notification.json")}).exitCode, 2);
    const Run help = run({QStringLiteral("import"), QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    QVERIFY(help.out.contains("--terraform-json"));
    QVERIFY(run({QStringLiteral("export"), QStringLiteral("--help")}).out.contains("--accept-gaps"));
}

QTEST_GUILESS_MAIN(TstCliTerraform)
#include "tst_cli_terraform.moc"
