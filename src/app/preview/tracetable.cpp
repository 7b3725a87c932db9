#include "app/preview/tracetable.h"

#include "app/preview/previewdock.h"
#include "app/util/elidedelegate.h"
#include "app/util/themecolors.h"
#include "json/jsonwriter.h"

#include <QEvent>
#include <QHeaderView>

namespace ad::app {

namespace {
// Where a narrow column stops growing with its content (in average characters); the rest of the
// text is elided and in the tooltip.
constexpr int kFilterChars = 28;
constexpr int kWhereChars = 26;
constexpr int kMinChars = 10;
constexpr int kNarrowSharePercent = 22;
constexpr int kValueLimit = 300;  // characters of a rendered value kept in the cell
}  // namespace

TraceTable::TraceTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("traceTable"));
    setHorizontalHeaderLabels({tr("Result"), tr("Filter"), tr("Where"), tr("Type"), tr("Time")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    setWordWrap(false);
    auto *middle = new ElideDelegate(Qt::ElideMiddle, this);
    setItemDelegateForColumn(Filter, middle);
    setItemDelegateForColumn(Where, middle);
    QHeaderView *h = horizontalHeader();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(Result, QHeaderView::Stretch);
    h->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
}

void TraceTable::setTraces(const QList<TemplateTrace> &traces, const std::function<QString(const QString &)> &mask,
                           int timeoutMs)
{
    setRowCount(int(traces.size()));
    for (int row = 0; row < traces.size(); ++row) {
        const TemplateTrace &t = traces.at(row);
        QString result;
        if (!t.error.isEmpty() || t.timedOut) {
            result = mask(traceError(t, timeoutMs));
        } else {
            result = t.undefined ? QStringLiteral("undefined") : mask(QString::fromUtf8(toCompactJs(t.result)));
            if (result.size() > kValueLimit)
                result = result.left(kValueLimit) + QStringLiteral("…");
        }
        // Every template sits under /invocationMethod: the rest says where.
        QString where = t.pointer.startsWith(QLatin1String("/invocationMethod/")) ? t.pointer.mid(17) : t.pointer;
        QString whereTip = t.pointer;
        if (t.pos.isValid()) {
            const QString at = QStringLiteral(" (%1:%2)").arg(t.pos.line).arg(t.pos.column);
            where += at;
            whereTip += at;
        }
        const QString cells[ColumnCount] = {result, t.filter.trimmed(), where, t.resultType,
                                            QStringLiteral("%1 ms").arg(t.ms, 0, 'f', 1)};
        for (int c = 0; c < ColumnCount; ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setToolTip(c == Where ? whereTip : cells[c]);
            if (!t.error.isEmpty())
                item->setForeground(errorTextColor(palette()));
            setItem(row, c, item);
        }
    }
    fitColumns(true);
}

int TraceTable::capFor(int column) const
{
    // Filter and Where each get at most a share of the width (and never less than a few words),
    // so the result keeps the most room at the Preview dock's width in a 1280 px window.
    const int ch = fontMetrics().averageCharWidth();
    const int share = viewport()->width() * kNarrowSharePercent / 100;
    switch (column) {
    case Filter:
        return qBound(kMinChars * ch, share, kFilterChars * ch);
    case Where:
        return qBound(kMinChars * ch, share, kWhereChars * ch);
    default:
        return QWIDGETSIZE_MAX;
    }
}

void TraceTable::fitColumns(bool toContents)
{
    for (int c = Filter; c < ColumnCount; ++c) {
        if (toContents)
            resizeColumnToContents(c);
        setColumnWidth(c, qMin(columnWidth(c), capFor(c)));
    }
}

void TraceTable::changeEvent(QEvent *e)
{
    QTableWidget::changeEvent(e);
    if (e->type() == QEvent::FontChange)
        fitColumns(true);
}

void TraceTable::resizeEvent(QResizeEvent *e)
{
    QTableWidget::resizeEvent(e);
    fitColumns(false);
}

}  // namespace ad::app
