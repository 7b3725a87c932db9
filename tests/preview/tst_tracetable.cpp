// The Trace tab's table on its own: the result (value, or why the template failed) is the first
// column and takes the spare width; a long pointer or filter is elided in the middle and its full
// text is in the tooltip; at the width the Preview dock has in a 1280 px window the result keeps
// most of the room.

#include "app/preview/tracetable.h"
#include "app/util/elidedelegate.h"

#include <QHeaderView>
#include <QTest>

using namespace ad;
using namespace ad::app;

namespace {

QList<TemplateTrace> sampleTraces()
{
    TemplateTrace ok;
    ok.pointer = QStringLiteral("/invocationMethod/body/deployment/targets/0/environment/settings/"
                                "replicas/minimum/perRegion/eu-west-1");
    ok.pos = {12, 34, 0};
    ok.filter = QStringLiteral(" .inputs.environment.settings.replicas | map(select(.region == \"eu-west-1\")) ");
    ok.result = JsonValue::fromString(QStringLiteral("three"));
    ok.resultType = QStringLiteral("string");
    ok.ms = 1.25;
    TemplateTrace bad;
    bad.pointer = QStringLiteral("/invocationMethod/url");
    bad.filter = QStringLiteral(".inputs.name | secret");
    bad.error = QStringLiteral("jq: error: secret/0 is not defined");
    bad.resultType = QStringLiteral("null");
    TemplateTrace slow;
    slow.pointer = QStringLiteral("/invocationMethod/headers/X");
    slow.filter = QStringLiteral("def f: f; f");
    slow.timedOut = true;
    return {ok, bad, slow};
}

QString noMask(const QString &s) { return s; }

}  // namespace

class TstTraceTable : public QObject {
    Q_OBJECT
private slots:
    void resultColumnFirstAndStretching();
    void longPointerElidedInTheMiddleWithFullTooltip();
    void errorsAndTimeoutsAreTheResult();
    void readableAtTheDockWidthOf1280();
};

void TstTraceTable::resultColumnFirstAndStretching()
{
    TraceTable t;
    t.setTraces(sampleTraces(), noMask, 2000);
    QHeaderView *h = t.horizontalHeader();
    QCOMPARE(int(TraceTable::Result), 0);
    QCOMPARE(h->visualIndex(TraceTable::Result), 0);
    QCOMPARE(h->logicalIndex(0), int(TraceTable::Result));
    QCOMPARE(t.horizontalHeaderItem(TraceTable::Result)->text(), QStringLiteral("Result"));
    QCOMPARE(h->sectionResizeMode(TraceTable::Result), QHeaderView::Stretch);
    for (int c = 1; c < TraceTable::ColumnCount; ++c)
        QCOMPARE(h->sectionResizeMode(c), QHeaderView::Interactive);  // the user can still widen them
    QCOMPARE(t.item(0, TraceTable::Result)->text(), QStringLiteral("\"three\""));
    QCOMPARE(t.item(0, TraceTable::Type)->text(), QStringLiteral("string"));
}

void TstTraceTable::longPointerElidedInTheMiddleWithFullTooltip()
{
    TraceTable t;
    const QList<TemplateTrace> traces = sampleTraces();
    t.setTraces(traces, noMask, 2000);
    for (int c : {int(TraceTable::Where), int(TraceTable::Filter)}) {
        auto *d = qobject_cast<ElideDelegate *>(t.itemDelegateForColumn(c));
        QVERIFY(d);
        QCOMPARE(d->elideMode(), Qt::ElideMiddle);
    }
    // The cell shows the pointer below /invocationMethod; the tooltip the whole pointer and where
    // it is in the file.
    QTableWidgetItem *where = t.item(0, TraceTable::Where);
    QCOMPARE(where->text(), traces.at(0).pointer.mid(17));
    QVERIFY(where->toolTip().contains(traces.at(0).pointer));
    QVERIFY(where->toolTip().contains(QLatin1String("12:34")));
    // It is too long for its column: the column stopped growing, the text is elided.
    QVERIFY(t.columnWidth(TraceTable::Where) < t.fontMetrics().horizontalAdvance(where->text()));
    // Every cell has its full text as tooltip.
    for (int r = 0; r < t.rowCount(); ++r)
        for (int c = 0; c < t.columnCount(); ++c)
            if (c != TraceTable::Where)
                QCOMPARE(t.item(r, c)->toolTip(), t.item(r, c)->text());
}

void TstTraceTable::errorsAndTimeoutsAreTheResult()
{
    TraceTable t;
    t.setTraces(sampleTraces(), noMask, 2000);
    QCOMPARE(t.item(1, TraceTable::Result)->text(), QStringLiteral("jq: error: secret/0 is not defined"));
    QVERIFY(t.item(2, TraceTable::Result)->text().contains(QLatin1String("timed out after 2 s")));
    // Secrets are masked in what the table shows.
    t.setTraces(
        sampleTraces(),
        [](const QString &s) { return QString(s).replace(QLatin1String("secret"), QLatin1String("***")); }, 2000);
    QVERIFY(!t.item(1, TraceTable::Result)->text().contains(QLatin1String("secret")));
}

void TstTraceTable::readableAtTheDockWidthOf1280()
{
    // Filled while hidden (another tab is current), as in the dock; then shown at about the
    // Preview dock's width in a 1280 px window.
    TraceTable t;
    t.setTraces(sampleTraces(), noMask, 2000);
    t.resize(520, 300);
    t.show();
    QVERIFY(QTest::qWaitForWindowExposed(&t));
    const int viewport = t.viewport()->width();
    // The filter got its share once the width was known.
    QVERIFY2(t.columnWidth(TraceTable::Filter) >= viewport / 5,
             qPrintable(QStringLiteral("filter %1 of %2").arg(t.columnWidth(TraceTable::Filter)).arg(viewport)));
    QVERIFY2(t.columnWidth(TraceTable::Result) >= viewport / 3,
             qPrintable(QStringLiteral("result %1 of %2").arg(t.columnWidth(TraceTable::Result)).arg(viewport)));
    int total = 0;
    for (int c = 0; c < t.columnCount(); ++c)
        total += t.columnWidth(c);
    QVERIFY(total <= viewport + 1);  // nothing pushed off to the right
    // A column the user sized stays as sized when the dock is resized.
    t.setColumnWidth(TraceTable::Where, 40);
    t.resize(700, 300);
    QTRY_COMPARE(t.viewport()->width(), 700 - 2 * t.frameWidth());
    QCOMPARE(t.columnWidth(TraceTable::Where), 40);
}

QTEST_MAIN(TstTraceTable)
#include "tst_tracetable.moc"
