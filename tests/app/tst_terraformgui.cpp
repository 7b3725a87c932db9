// File > Export > Terraform… and File > Import > Terraform JSON… in the real
// main window: the gap dialog (rendered, and its answer obeyed), and an import
// opening the action.
#include "app/document/document.h"
#include "app/files/gapdialog.h"
#include "app/mainwindow.h"
#include "format/hcl.h"
#include "format/terraformformat.h"
#include "format/terraformmapping.h"
#include "model/actionfile.h"
#include "json/jsonwriter.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QPixmap>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace ad;
using namespace ad::app;

namespace {
// The survey's enumColors is a gap.
const QString kWithGaps = QStringLiteral(AD_EXAMPLES_DIR "/webhook-selfservice-steps-survey.json");

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
}  // namespace

class TstTerraformGui : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void menuEntriesExist();
    void gapDialogListsEveryGap();
    void lossyExportAsksFirst();
    void importOpensTheAction();
};

void TstTerraformGui::menuEntriesExist()
{
    MainWindow w;
    QVERIFY(w.action(QStringLiteral("file.export.terraform")));
    QVERIFY(w.action(QStringLiteral("file.import.terraformJson")));
}

void TstTerraformGui::gapDialogListsEveryGap()
{
    // The approval example: enumColors twice and the form order, three kinds of
    // row.
    const ActionFile file =
        ActionFile::fromFile(QStringLiteral(AD_EXAMPLES_DIR "/webhook-approval-any-webhook-notification.json"));
    FormatGaps gaps;
    TerraformFormat::resources(formatSources(file), &gaps);
    QVERIFY(!gaps.isEmpty());
    GapDialog dialog(QStringLiteral("Terraform"), gaps);
    QCOMPARE(dialog.list()->topLevelItemCount(), int(gaps.size()));
    QCOMPARE(dialog.list()->topLevelItem(0)->text(0), gaps.first().pointer);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const QPixmap shot = dialog.grab();
    QVERIFY(!shot.isNull());
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    QTemporaryDir tmp;
    const QString out = QDir(dir.isEmpty() ? tmp.path() : dir).filePath(QStringLiteral("terraform-gap-dialog.png"));
    QVERIFY(shot.save(out));
}

void TstTerraformGui::lossyExportAsksFirst()
{
    QTemporaryDir dir;
    MainWindow w;
    QVERIFY(w.openFile(kWithGaps));
    int asked = 0;
    w.setGapAsker([&](const FormatGaps &gaps) {
        ++asked;
        return gaps.size() < 0;  // refuse
    });
    const QString out = dir.filePath(QStringLiteral("survey.tf"));
    QString error;
    QVERIFY(!w.exportTerraform(out, &error));
    QCOMPARE(asked, 1);
    QVERIFY(error.isEmpty());
    QVERIFY(!QFile::exists(out));

    w.setGapAsker([&](const FormatGaps &) { return true; });
    QVERIFY2(w.exportTerraform(out, &error), qPrintable(error));
    const HclParse parsed = parseHcl(QString::fromUtf8(readAll(out)));
    QVERIFY2(parsed.ok(), qPrintable(parsed.error));
    QCOMPARE(parsed.resources.size(), 1);
    QCOMPARE(parsed.resources.at(0).attributes.value(u"identifier").toString(), QStringLiteral("example_survey"));
}

void TstTerraformGui::importOpensTheAction()
{
    QTemporaryDir dir;
    const ActionFile file = ActionFile::fromFile(QStringLiteral(AD_EXAMPLES_DIR "/github-delete-approval-notification.json"));
    const TerraformAction t = actionToTerraform(*file.action(0));
    JsonValue state = JsonValue::object();
    JsonValue resources = JsonValue::array();
    JsonValue r = JsonValue::object();
    r.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("port_action")));
    JsonValue instances = JsonValue::array();
    JsonValue inst = JsonValue::object();
    inst.set(QStringLiteral("attributes"), t.attributes);
    instances.append(inst);
    r.set(QStringLiteral("instances"), instances);
    resources.append(r);
    state.set(QStringLiteral("resources"), resources);
    const QString path = dir.filePath(QStringLiteral("terraform.tfstate"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(writeJson(state));
    f.close();

    MainWindow w;
    QString error;
    QVERIFY2(w.importTerraformJson(path, &error), qPrintable(error));
    QCOMPARE(w.document()->action().value(QStringLiteral("identifier")).toString(),
             file.action(0)->value(u"identifier").toString());
    QVERIFY(w.document()->path().isEmpty());  // unsaved work, not the state file

    QVERIFY(!w.importTerraformJson(dir.filePath(QStringLiteral("missing.json")), &error));
    QVERIFY(error.contains(QLatin1String("missing.json")));
}

QTEST_MAIN(TstTerraformGui)
#include "tst_terraformgui.moc"
