// The preview's line for a scenario made from a real run: "✓ equals Port's
// payload for run R" or "✗ N difference(s)" with the pointers, re-evaluated on
// every render (worker = AD_BINARY). Set AD_SCREENSHOT_DIR to also write
// docs/screenshots/preview-port-payload.png.
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"

#include "context/scenariofile.h"
#include "org/runscenario.h"
#include "json/jsonparser.h"
#include <QDockWidget>

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::app;

namespace {

constexpr int kWait =
    60000; // generous: the machine running the suite may be busy

const char *kDeploy =
    R"({"identifier":"deploy","title":"Deploy","trigger":{"type":"self-service","operation":"DAY-2","blueprintIdentifier":"service","userInputs":{"properties":{"env":{"type":"string","enum":["dev","prod"]}},"required":["env"]}},"invocationMethod":{"type":"WEBHOOK","url":"https:\/\/example.com/deploy","body":{"env":"{{ .inputs.env }}","service":"{{ .entity.identifier }}","run":"{{ .run.id }}"}}})";

JsonValue js(const char *text) { return parseJson(QByteArray(text)).value; }

} // namespace

class TstPortPayloadGui : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() {
    QStandardPaths::setTestModeEnabled(true);
    PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
  }
  void previewSaysWhetherWeRenderWhatPortSent();
};

void TstPortPayloadGui::previewSaysWhetherWeRenderWhatPortSent() {
  QTemporaryDir dir;
  const QString path = dir.filePath(QStringLiteral("deploy.json"));
  {
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(kDeploy);
  }
  const JsonValue action = js(kDeploy);
  // Two runs as scenario-from-run writes them: one Port rendered as we do, one
  // it did not.
  QString error;
  QVERIFY2(
      org::addRunScenario(path, action,
                          js(R"({"id":"r_same","action":{"identifier":"deploy"},
        "entity":{"identifier":"svc-a"},"properties":{"env":"prod"},
        "payload":{"env":"prod","service":"svc-a","run":"r_same"}})"),
                          "run r_same", nullptr, nullptr, &error),
      qPrintable(error));
  QVERIFY2(
      org::addRunScenario(path, action,
                          js(R"({"id":"r_diff","action":{"identifier":"deploy"},
        "entity":{"identifier":"svc-b"},"properties":{"env":"dev"},
        "payload":{"env":"prod","service":"svc-a","run":"r_diff"}})"),
                          "run r_diff", nullptr, nullptr, &error),
      qPrintable(error));

  auto *window = new MainWindow(nullptr);
  window->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
  auto *preview = window->findChild<PreviewDock *>();
  window->resize(1100, 760);
  window->show();
  QVERIFY(window->openFile(path));
  QLabel *line = preview->portPayloadLabel();

  preview->setActiveScenario(QStringLiteral("run r_same"));
  QTRY_VERIFY_WITH_TIMEOUT(
      !preview->isRendering() &&
          preview->requestText().contains(QLatin1String("r_same")),
      kWait);
  QTRY_VERIFY_WITH_TIMEOUT(line->isVisible(), kWait);
  QCOMPARE(line->text(),
           QStringLiteral("✓ equals Port's payload for run r_same"));

  preview->setActiveScenario(QStringLiteral("run r_diff"));
  QTRY_VERIFY_WITH_TIMEOUT(
      !preview->isRendering() &&
          preview->requestText().contains(QLatin1String("r_diff")),
      kWait);
  QTRY_VERIFY2_WITH_TIMEOUT(
      line->text().startsWith(QStringLiteral("✗ 2 difference(s)")),
      qPrintable(line->text()), 10000);
  QVERIFY2(line->toolTip().contains(
               QLatin1String("/body/env: expected \"prod\", got \"dev\"")),
           qPrintable(line->toolTip()));
  QVERIFY(line->toolTip().contains(
      QLatin1String("/body/service: expected \"svc-a\", got \"svc-b\"")));
  const QString shots = qEnvironmentVariable("AD_SCREENSHOT_DIR");
  if (!shots.isEmpty()) {
    QTest::qWait(100);
    QVERIFY(window->previewDock()->grab().save(
        shots + QStringLiteral("/preview-port-payload.png")));
  }

  // A scenario without such an expectation shows no line.
  preview->addScenario(QStringLiteral("plain"));
  preview->setActiveScenario(QStringLiteral("plain"));
  QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && !line->isVisible(),
                           kWait);
  delete window;
}

QTEST_MAIN(TstPortPayloadGui)
#include "tst_portpayloadgui.moc"
