// BackgroundRenderer: renders in order off the calling thread, drops cancelled requests, and a
// cancel stops a runaway template at once instead of holding the next request until its timeout.
#include "invocation/backgroundrenderer.h"
#include "json/jsonparser.h"

#include <QSignalSpy>
#include <QTest>

using namespace ad;

namespace {
JsonValue webhookAction(const QString &bodyTemplate)
{
    JsonValue a = parseJson(QByteArray("{\"identifier\":\"a\",\"title\":\"A\",\"trigger\":{\"type\":\"self-service\","
                            "\"operation\":\"DAY-2\",\"userInputs\":{\"properties\":{},\"required\":[]}},"
                            "\"invocationMethod\":{\"type\":\"WEBHOOK\",\"url\":\"https://example.com/hook\","
                            "\"body\":{\"x\":\"\"}}}"))
                      .value;
    a.find(QStringLiteral("invocationMethod"))
        ->find(QStringLiteral("body"))
        ->set(QStringLiteral("x"), JsonValue::fromString(bodyTemplate));
    return a;
}
}  // namespace

class TestBackgroundRenderer : public QObject {
    Q_OBJECT
private slots:
    void rendersInOrder();
    void cancelledRequestsReportNothing();
    void cancelStopsARunaway();
};

void TestBackgroundRenderer::rendersInOrder()
{
    BackgroundRenderer r;
    r.setWorkerBinary(QStringLiteral(AD_BINARY));
    QSignalSpy done(&r, &BackgroundRenderer::finished);
    const quint64 a = r.request(webhookAction(QStringLiteral("{{ 1 + 1 }}")), Scenario());
    const quint64 b = r.request(webhookAction(QStringLiteral("{{ \"b\" }}")), Scenario());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 30000);
    QCOMPARE(done.at(0).at(0).toULongLong(), a);
    QCOMPARE(done.at(1).at(0).toULongLong(), b);
    const auto first = done.at(0).at(1).value<InvocationPreview>();
    QVERIFY(first.ok());
    QCOMPARE(first.render.value.value(QStringLiteral("body")).value(QStringLiteral("x")).toDouble(), 2.0);
    QVERIFY(!r.isPending(a));
}

void TestBackgroundRenderer::cancelledRequestsReportNothing()
{
    BackgroundRenderer r;
    r.setWorkerBinary(QStringLiteral(AD_BINARY));
    QSignalSpy done(&r, &BackgroundRenderer::finished);
    const quint64 a = r.request(webhookAction(QStringLiteral("{{ 1 }}")), Scenario());
    r.cancel(a);
    const quint64 b = r.request(webhookAction(QStringLiteral("{{ 2 }}")), Scenario());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    QCOMPARE(done.at(0).at(0).toULongLong(), b);
    QTest::qWait(100);
    QCOMPARE(done.count(), 1);
}

void TestBackgroundRenderer::cancelStopsARunaway()
{
    BackgroundRenderer r;
    r.setWorkerBinary(QStringLiteral(AD_BINARY));
    r.setTimeoutMs(600000);  // ten minutes: only the cancel can end it before the wait below
    QSignalSpy done(&r, &BackgroundRenderer::finished);
    // Warm up so the runaway request is surely rendering (not queued) when it is cancelled.
    r.request(webhookAction(QStringLiteral("{{ 0 }}")), Scenario());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 1, 30000);
    const quint64 runaway = r.request(webhookAction(QStringLiteral("{{ def f: f; f }}")), Scenario());
    QTest::qWait(300);
    QVERIFY(r.isPending(runaway));
    r.cancelAll();  // what the preview does before each new render
    const quint64 next = r.request(webhookAction(QStringLiteral("{{ 7 }}")), Scenario());
    QTRY_COMPARE_WITH_TIMEOUT(done.count(), 2, 60000);
    QCOMPARE(done.at(1).at(0).toULongLong(), next);
    const auto p = done.at(1).at(1).value<InvocationPreview>();
    QVERIFY(p.ok());
    QCOMPARE(p.render.value.value(QStringLiteral("body")).value(QStringLiteral("x")).toDouble(), 7.0);
    QVERIFY(p.render.traces.value(0).error.isEmpty());
}

QTEST_GUILESS_MAIN(TestBackgroundRenderer)
#include "tst_backgroundrenderer.moc"
