// The Problems view on its own: the message is the first column and takes the spare width; a long
// JSON pointer is elided in the middle with the full text in the tooltip of every cell; rows keep
// their order by position and activating one still names its problem.

#include "app/problems/problemsdock.h"
#include "app/util/elidedelegate.h"

#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>
#include <QTreeWidget>

using namespace ad;
using namespace ad::app;

namespace {

Problem problem(const QString &message, const QString &pointer, int line, const QString &code)
{
    Problem p;
    p.diagnostic.severity = Diagnostic::Severity::Warning;
    p.diagnostic.message = message;
    p.diagnostic.pointer = pointer;
    p.diagnostic.pos = {line, 5, 0};
    p.diagnostic.code = code;
    return p;
}

const QString kLongPointer = QStringLiteral("/actions/3/invocationMethod/body/deployment/targets/0/environment/"
                                            "settings/replicas/perRegion/eu-west-1/minimum");

QList<Problem> sample()
{
    return {problem(QStringLiteral("Unknown key 'minimum': Port ignores it, so the value never reaches the "
                                   "backend"),
                    kLongPointer, 40, QStringLiteral("unknown-key")),
            problem(QStringLiteral("GITHUB needs 'workflow'"), QStringLiteral("/invocationMethod"), 7,
                    QStringLiteral("required"))};
}

}  // namespace

class TstProblemsView : public QObject {
    Q_OBJECT
private slots:
    void messageColumnFirstAndStretching();
    void longPointerElidedInTheMiddleWithFullTooltip();
    void readableAt1280();
    void sortedByPositionAndActivatable();
};

void TstProblemsView::messageColumnFirstAndStretching()
{
    ProblemsView v;
    v.setProblems(sample());
    QHeaderView *h = v.tree()->header();
    QCOMPARE(int(ProblemsView::Message), 0);
    QCOMPARE(h->visualIndex(ProblemsView::Message), 0);
    QCOMPARE(h->sectionResizeMode(ProblemsView::Message), QHeaderView::Stretch);
    QCOMPARE(v.tree()->headerItem()->text(ProblemsView::Message), QStringLiteral("Problem"));
    QCOMPARE(v.tree()->topLevelItem(0)->text(ProblemsView::Message), QStringLiteral("GITHUB needs 'workflow'"));
}

void TstProblemsView::longPointerElidedInTheMiddleWithFullTooltip()
{
    ProblemsView v;
    v.setProblems(sample());
    auto *d = qobject_cast<ElideDelegate *>(v.tree()->itemDelegateForColumn(ProblemsView::Where));
    QVERIFY(d);
    QCOMPARE(d->elideMode(), Qt::ElideMiddle);
    QTreeWidgetItem *item = v.tree()->topLevelItem(1);
    QCOMPARE(item->text(ProblemsView::Where), kLongPointer);
    QCOMPARE(item->toolTip(ProblemsView::Where), kLongPointer);
    QVERIFY(v.tree()->columnWidth(ProblemsView::Where) <
            v.tree()->fontMetrics().horizontalAdvance(kLongPointer));  // elided, not a wide column
    for (int r = 0; r < v.tree()->topLevelItemCount(); ++r)
        for (int c = 0; c < ProblemsView::ColumnCount; ++c)
            QCOMPARE(v.tree()->topLevelItem(r)->toolTip(c), v.tree()->topLevelItem(r)->text(c));
}

void TstProblemsView::readableAt1280()
{
    ProblemsView v;
    v.resize(1280, 200);  // the bottom dock spans the window
    v.show();
    QVERIFY(QTest::qWaitForWindowExposed(&v));
    v.setProblems(sample());
    const int viewport = v.tree()->viewport()->width();
    QVERIFY2(
        v.tree()->columnWidth(ProblemsView::Message) >= viewport / 2,
        qPrintable(QStringLiteral("message %1 of %2").arg(v.tree()->columnWidth(ProblemsView::Message)).arg(viewport)));
    int total = 0;
    for (int c = 0; c < ProblemsView::ColumnCount; ++c)
        total += v.tree()->columnWidth(c);
    QVERIFY(total <= viewport + 1);
}

void TstProblemsView::sortedByPositionAndActivatable()
{
    ProblemsView v;
    v.setProblems(sample());
    QCOMPARE(v.tree()->topLevelItem(0)->text(ProblemsView::Line), QStringLiteral("7:5"));
    QCOMPARE(v.tree()->topLevelItem(1)->text(ProblemsView::Line), QStringLiteral("40:5"));
    QSignalSpy spy(&v, &ProblemsView::activated);
    emit v.tree()->itemActivated(v.tree()->topLevelItem(1), ProblemsView::Where);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<Problem>().diagnostic.pointer, kLongPointer);
}

QTEST_MAIN(TstProblemsView)
#include "tst_problemsview.moc"
