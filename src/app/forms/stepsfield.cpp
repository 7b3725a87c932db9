#include "app/forms/stepsfield.h"

#include "app/forms/fieldwidgets.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad::app {

StepsField::StepsField(FormContext *ctx, const QString &pointer, QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_table(new QTableWidget(0, 2, this))
{
    setLabel(tr("Steps"));
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    l->addLayout(buttons);
    setFocusProxy(m_table);
    m_table->setHorizontalHeaderLabels({tr("Title"), tr("Inputs (ids, in order)")});
    m_table->horizontalHeader()->resizeSection(0, 160);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->hide();
    m_table->setTabKeyNavigation(false);
    m_table->setMinimumHeight(90);
    m_table->setMaximumHeight(180);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    struct B {
        QString text, tip;
        std::function<void()> fn;
    };
    const B defs[] = {
        {QStringLiteral("+"), tr("Add a step"),
         [this] {
             const int r = m_table->rowCount();
             m_updating = true;
             m_table->insertRow(r);
             m_table->setItem(r, 0, new QTableWidgetItem(tr("Step %1").arg(r + 1)));
             m_table->setItem(r, 1, new QTableWidgetItem(QString()));
             m_updating = false;
             commit();
             m_table->setCurrentCell(r, 0);
         }},
        {QStringLiteral("\u2212"), tr("Remove the selected step"),
         [this] {
             if (m_table->currentRow() < 0)
                 return;
             m_updating = true;
             m_table->removeRow(m_table->currentRow());
             m_updating = false;
             commit();
         }},
        {QStringLiteral("\u2191"), tr("Move the step up"), [this] { move(-1); }},
        {QStringLiteral("\u2193"), tr("Move the step down"), [this] { move(1); }},
    };
    for (const B &d : defs) {
        auto *b = new QToolButton(this);
        b->setText(d.text);
        b->setToolTip(d.tip);
        b->setFocusPolicy(Qt::StrongFocus);
        connect(b, &QToolButton::clicked, this, d.fn);
        buttons->addWidget(b);
    }
    buttons->addStretch(1);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            commit();
    });
    refresh();
}

void StepsField::move(int delta)
{
    const int r = m_table->currentRow();
    const JsonValue *cur = current();
    if (!cur || !cur->isArray() || r < 0 || r + delta < 0 || r + delta >= cur->size())
        return;
    JsonValue a = *cur;
    std::swap(a[r], a[r + delta]);
    write(a);
    refresh();
    m_table->setCurrentCell(r + delta, 0);
}

void StepsField::commit()
{
    const JsonValue *cur = current();
    JsonValue a = JsonValue::array();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        // Keep what the table does not show (visible) from the step at the same row.
        JsonValue s = cur && cur->isArray() && r < cur->size() && cur->at(r).isObject() ? cur->at(r) : JsonValue::object();
        s.set(QStringLiteral("title"), JsonValue::fromString(m_table->item(r, 0) ? m_table->item(r, 0)->text() : QString()));
        JsonValue order = JsonValue::array();
        const QString ids = m_table->item(r, 1) ? m_table->item(r, 1)->text() : QString();
        for (const QString &p : ids.split(QLatin1Char(','))) {
            if (!p.trimmed().isEmpty())
                order.append(JsonValue::fromString(p.trimmed()));
        }
        s.set(QStringLiteral("order"), order);
        a.append(s);
    }
    write(a);
}

void StepsField::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const JsonValue *v = current();
    const int row = m_table->currentRow();
    const int n = v && v->isArray() ? int(v->size()) : 0;
    m_table->setRowCount(n);
    for (int r = 0; r < n; ++r) {
        const JsonValue &s = v->at(r);
        const QString title = s.value(u"title").toString();
        const QString ids = ListField::toText(s.value(u"order"));
        if (!m_table->item(r, 0) || m_table->item(r, 0)->text() != title)
            m_table->setItem(r, 0, new QTableWidgetItem(title));
        if (!m_table->item(r, 1) || m_table->item(r, 1)->text() != ids)
            m_table->setItem(r, 1, new QTableWidgetItem(ids));
    }
    if (row >= 0 && row < n)
        m_table->setCurrentCell(row, qMax(0, m_table->currentColumn()));
    m_updating = false;
}

QWidget *StepsField::focusTarget()
{
    return m_table;
}

}  // namespace ad::app
