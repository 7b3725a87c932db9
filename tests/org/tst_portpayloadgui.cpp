// The preview's line for a scenario made from a real run: "✓ equals Port's
// payload for run R" or "✗ N difference(s)" with the pointers, re-evaluated on
// every render (worker = AD_BINARY). Set AD_SCREENSHOT_DIR to also write
// docs/screenshots/preview-port-payload.png.
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"

#include "context/scenariofile.h"

#include "../common/guifixture.h"
#include "../common/runscenariofixture.h"

#include <QDockWidget>

#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::app;

using guifixture::kWait;

class TstPortPayloadGui : public QObject {
  Q_OBJECT
private slots:
  void initTestCase() { guifixture::useTestSettingsAndWorker(); }
  void previewSaysWhetherWeRenderWhatPortSent();
};

void TstPortPayloadGui::previewSaysWhetherWeRenderWhatPortSent() {
  // Two runs as scenario-from-run writes them: one Port rendered as we do, one
  // it did not.
  runscenariofixture::PayloadWindow fx;
  if (QTest::currentTestFailed())
    return;
  PreviewDock *preview = fx.preview;
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
  guifixture::shoot(fx.window->previewDock(),
                    QStringLiteral("preview-port-payload.png"));

  // A scenario without such an expectation shows no line.
  preview->addScenario(QStringLiteral("plain"));
  preview->setActiveScenario(QStringLiteral("plain"));
  QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && !line->isVisible(),
                           kWait);
}

QTEST_MAIN(TstPortPayloadGui)
#include "tst_portpayloadgui.moc"
