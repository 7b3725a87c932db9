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
constexpr int kFilterSharePercent = 24;
constexpr int kWhereSharePercent = 20;
constexpr int kValueLimit = 300;  // characters of a rendered value kept in the cell
}  // namespace

TraceTable::TraceTable(QWidget *parent) : QTableWidget(0, ColumnCount, parent)
{
    setObjectName(QStringLiteral("traceTable"));
    setHorizontalHeaderLabels({tr("Result"), tr("Filter"), tr("Where"), tr("Type"), tr("Time")});
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    verticalHeader()->hide();
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 6);
    setWordWrap(false);
    auto *middle = new ElideDelegate(Qt::ElideMiddle, this);
    setItemDelegateForColumn(Filter, middle);
    setItemDelegateForColumn(Where, middle);
    QHeaderView *h = horizontalHeader();
    h->setStretchLastSection(false);
    h->setSectionResizeMode(QHeaderView::Interactive);
    h->setSectionResizeMode(Result, QHeaderView::Stretch);
    h->setMinimumSectionSize(fontMetrics().averageCharWidth() * 6);
    connect(h, &QHeaderView::sectionResized, this, [this](int column) {
        if (!m_fitting && column != Result)
            m_userSized.insert(column);
    });
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
        // Every template sits under /invocationMethod: the rest says where. The line:column goes
        // to the tooltip only, so the elided cell ends in the pointer's last token.
        const QString where = t.pointer.startsWith(QLatin1String("/invocationMethod/")) ? t.pointer.mid(17) : t.pointer;
        QString whereTip = t.pointer;
        if (t.pos.isValid())
            whereTip += QStringLiteral(" (%1:%2)").arg(t.pos.line).arg(t.pos.column);
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
    fitColumns();
}

int TraceTable::capFor(int column) const
{
    // Filter and Where each get at most a share of the width (and never less than a few words),
    // so the result keeps the most room at the Preview dock's width in a 1280 px window.
    const int ch = fontMetrics().averageCharWidth();
    const int w = viewport()->width();
    switch (column) {
    case Filter:
        return qBound(kMinChars * ch, w * kFilterSharePercent / 100, kFilterChars * ch);
    case Where:
        return qBound(kMinChars * ch, w * kWhereSharePercent / 100, kWhereChars * ch);
    default:
        return QWIDGETSIZE_MAX;
    }
}

void TraceTable::fitColumns()
{
    m_fitting = true;
    for (int c = Filter; c < ColumnCount; ++c) {
        if (m_userSized.contains(c))
            continue;
        const int content = qMax(sizeHintForColumn(c), horizontalHeader()->sectionSizeHint(c));
        setColumnWidth(c, qMin(content, capFor(c)));
    }
    m_fitting = false;
}

void TraceTable::changeEvent(QEvent *e)
{
    QTableWidget::changeEvent(e);
    if (e->type() == QEvent::FontChange)
        fitColumns();
}

void TraceTable::resizeEvent(QResizeEvent *e)
{
    QTableWidget::resizeEvent(e);
    fitColumns();
}

}  // namespace ad::app
