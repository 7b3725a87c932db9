// The Tests dock and "Accept as expected" in a real main window with the real template engine (worker =
// AD_BINARY): accepting stores snapshots that `action-designer test` then passes, an edit re-runs the tests
// and fails exactly the changed template's scenarios with the pointer named, the matrix shows every template
// against every scenario, and a folder runs as the CLI does. Set AD_SCREENSHOT_DIR to also write
// docs/screenshots/tests-*.png.
#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/tests/testsdock.h"
#include "context/scenariofile.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include "../common/guifixture.h"

#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

using guifixture::kWait;
using guifixture::readFile;
using guifixture::shoot;

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
}

// Three people answering Port's survey example differently.
QByteArray surveyScenarios()
{
    return R"({"version": 1, "active": "alice", "scenarios": [
      {"name": "alice", "user": {"email": "alice@example.com"}, "inputs": {"how_would_you_rate_this_rating": 5}},
      {"name": "bob", "runId": "r_bob_run", "user": {"email": "bob@example.com"},
       "inputs": {"how_would_you_rate_this_rating": 2, "select_from_options": "Option B"}},
      {"name": "carol", "user": {"email": "carol@example.com"}, "inputs": {"version": "Q2 2025"}}]})";
}

int runCli(const QStringList &args, QString *out = nullptr)
{
    QProcess p;
    p.start(QStringLiteral(AD_BINARY), QStringList{QStringLiteral("test")} + args);
    if (!p.waitForFinished(kWait))
        return -1;
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return p.exitCode();
}

int countOutcome(const TestsDock *dock, TestOutcome o)
{
    int n = 0;
    for (const ActionTestResult &a : dock->results())
        for (const ScenarioTestResult &s : a.scenarios)
            n += s.outcome == o ? 1 : 0;
    return n;
}

}  // namespace

class TstTestsDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guifixture::useTestSettingsAndWorker(); }
    void acceptEditRerunAndMatrix();
    void folderRun();
};

void TstTestsDock::acceptEditRerunAndMatrix()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("survey.json"));
    writeFile(path, readFile(QStringLiteral(AD_EXAMPLES_DIR "/webhook-selfservice-steps-survey.json")));
    writeFile(ScenarioFile::sidecarPath(path), surveyScenarios());

    guifixture::WindowFixture fx;
    MainWindow *window = fx.window;
    auto *preview = window->findChild<PreviewDock *>();
    TestsDock *tests = installTestsDock(window);
    QDockWidget *host = window->findChild<QDockWidget *>(QStringLiteral("testsDock"));
    QVERIFY(host);
    host->raise();
    window->resize(1500, 950);
    window->show();
    window->resizeDocks({host}, {380}, Qt::Vertical);
    QVERIFY(window->openFile(path));

    // Opening runs every scenario; none has an expectation yet.
    QTRY_VERIFY_WITH_TIMEOUT(tests->runCount() > 0 && !tests->isRunning() && tests->results().size() == 1, kWait);
    QTRY_COMPARE_WITH_TIMEOUT(countOutcome(tests, TestOutcome::NoExpectation), 3, kWait);
    QCOMPARE(tests->resultTable()->rowCount(), 3);
    QVERIFY(tests->diffView()->toPlainText().contains(QLatin1String("Accept as expected")));

    // Double-clicking a row makes its scenario the preview's.
    const QRect cell = tests->resultTable()->visualItemRect(tests->resultTable()->item(2, 2));
    QTest::mouseClick(tests->resultTable()->viewport(), Qt::LeftButton, {}, cell.center());
    QTest::mouseDClick(tests->resultTable()->viewport(), Qt::LeftButton, {}, cell.center());
    QCOMPARE(preview->activeScenario(), QStringLiteral("carol"));

    // Accept each scenario's current request from the preview.
    QSignalSpy accepted(preview, &PreviewDock::expectationAccepted);
    for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("carol")}) {
        preview->setActiveScenario(name);
        QVERIFY(preview->acceptCurrentOutput());
        QTRY_VERIFY_WITH_TIMEOUT(!accepted.isEmpty() && accepted.last().first().toString() == name, kWait);
        QVERIFY(!preview->scenarios().find(name)->expect.isNull());
    }
    QVERIFY(preview->findChild<QPushButton *>(QStringLiteral("acceptExpected")));
    QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && preview->requestText().contains(QLatin1String("Q2 2025")),
                             kWait);
    shoot(window->previewDock(), QStringLiteral("preview-accept.png"));
    QTRY_COMPARE_WITH_TIMEOUT(countOutcome(tests, TestOutcome::Passed), 3, kWait);
    QCOMPARE(tests->summaryLabel()->text(), QStringLiteral("3 passed, 0 failed"));

    // Saved with the file, the snapshots pass `action-designer test` too (same render, same masks).
    QVERIFY(window->save());
    const QByteArray sidecar = readFile(ScenarioFile::sidecarPath(path));
    QVERIFY(sidecar.contains("\"snapshot\""));
    QVERIFY(!sidecar.contains("stand-in"));
    QString out;
    QCOMPARE(runCli({path}, &out), 0);
    QVERIFY2(out.endsWith(QLatin1String("3 passed, 0 failed\n")), qPrintable(out));

    // The matrix: a row per template, a column per scenario; the rating differs between people.
    tests->tabs()->setCurrentIndex(1);
    QTableWidget *matrix = tests->matrixTable();
    QCOMPARE(matrix->columnCount(), 4);
    QCOMPARE(matrix->horizontalHeaderItem(2)->text(), QStringLiteral("bob"));
    QVERIFY(matrix->rowCount() >= 2);
    int responsesRow = -1;
    for (int r = 0; r < matrix->rowCount(); ++r)
        if (matrix->verticalHeaderItem(r)->text() == QLatin1String("/body/responses"))
            responsesRow = r;
    QVERIFY(responsesRow >= 0);
    QVERIFY(matrix->item(responsesRow, 1)->text().contains(QLatin1String("\"value\":5")));
    QVERIFY(matrix->item(responsesRow, 2)->text().contains(QLatin1String("\"value\":2")));
    shoot(host, QStringLiteral("tests-matrix.png"));

    // Edit one template: the dock re-runs by itself and every scenario fails at that pointer.
    const int runs = tests->runCount();
    window->document()->setValue(QStringLiteral("/invocationMethod/headers/RUN_ID"),
                                 JsonValue::fromString(QStringLiteral("{{ .run.id | ascii_upcase }}")));
    QTRY_VERIFY_WITH_TIMEOUT(
        tests->runCount() > runs && !tests->isRunning() && countOutcome(tests, TestOutcome::Failed) == 3, kWait);
    QCOMPARE(tests->summaryLabel()->text(), QStringLiteral("0 passed, 3 failed"));
    tests->tabs()->setCurrentIndex(0);
    tests->resultTable()->selectRow(1);
    QVERIFY2(tests->diffView()->toPlainText().contains(
                 QLatin1String("/headers/RUN_ID: expected \"<runId>\", got \"R_BOB_RUN\"")),
             qPrintable(tests->diffView()->toPlainText()));
    QCOMPARE(tests->resultTable()->item(1, 0)->text(), QStringLiteral("FAIL"));
    shoot(host, QStringLiteral("tests-results.png"));

    // Undo: back to passing.
    window->document()->undoStack()->undo();
    QTRY_VERIFY_WITH_TIMEOUT(!tests->isRunning() && countOutcome(tests, TestOutcome::Passed) == 3, kWait);
}

void TstTestsDock::folderRun()
{
    QTemporaryDir dir;
    for (const char *name : {"automation-timer-expired-webhook.json", "kafka-create-vm-legacy-shaped-payload.json"}) {
        const QString path = dir.filePath(QLatin1String(name));
        writeFile(path, readFile(QStringLiteral(AD_EXAMPLES_DIR "/") + QLatin1String(name)));
        writeFile(ScenarioFile::sidecarPath(path),
                  R"({"scenarios":[{"name":"one"},{"name":"two","runId":"r_two_run"}]})");
    }
    writeFile(dir.filePath(QStringLiteral("broken.json")), "{");
    writeFile(dir.filePath(QStringLiteral("broken.scenarios.json")), R"({"scenarios":[]})");
    QCOMPARE(runCli({dir.path(), QStringLiteral("--update")}),
             1);  // broken.json fails; the others update

    guifixture::WindowFixture fx;
    MainWindow *window = fx.window;
    TestsDock *tests = installTestsDock(window);
    window->show();
    QSignalSpy done(tests, &TestsDock::runFinished);
    tests->runFolder(dir.path());
    QTRY_VERIFY_WITH_TIMEOUT(!done.isEmpty() && !tests->isRunning(), kWait);
    QCOMPARE(tests->results().size(), 3);
    QCOMPARE(countOutcome(tests, TestOutcome::Passed), 4);
    QCOMPARE(tests->tallied().failed, 1);  // broken.json, as a row of its own
    QCOMPARE(tests->resultTable()->rowCount(), 5);
    QCOMPARE(tests->summaryLabel()->text(), QStringLiteral("Folder: 4 passed, 1 failed"));
}

QTEST_MAIN(TstTestsDock)
#include "tst_testsdock.moc"
