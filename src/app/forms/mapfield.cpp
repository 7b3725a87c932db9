#include "app/forms/mapfield.h"

#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad::app {

namespace {
constexpr int kJsonRole = Qt::UserRole + 1;  // the value cell holds JSON text, not a string
}

MapField::MapField(FormContext *ctx, const QString &pointer, bool typed, QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_table(new QTableWidget(0, 2, this)), m_add(new QToolButton(this)),
      m_remove(new QToolButton(this)), m_typed(typed)
{
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_table, 1);
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    l->addLayout(buttons);
    setFocusProxy(m_table);

    m_table->setHorizontalHeaderLabels({tr("Key"), tr("Value")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Interactive);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->resizeSection(0, 180);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);  // Tab leaves the table; arrows move between cells
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                             | QAbstractItemView::AnyKeyPressed);

    m_add->setText(QStringLiteral("+"));
    m_add->setToolTip(tr("Add a row"));
    m_remove->setText(QStringLiteral("\u2212"));
    m_remove->setToolTip(tr("Remove the selected row (Delete)"));
    for (QToolButton *b : {m_add, m_remove})
        b->setFocusPolicy(Qt::StrongFocus);
    connect(m_add, &QToolButton::clicked, this, &MapField::addRow);
    connect(m_remove, &QToolButton::clicked, this, &MapField::removeCurrentRow);
    connect(m_table, &QTableWidget::itemChanged, this, [this] {
        if (!m_updating)
            commit();
    });
    refresh();
}

bool MapField::canShow() const
{
    const JsonValue *v = current();
    return !v || v->isNull() || v->isObject();
}

JsonValue MapField::fromTable() const
{
    JsonValue o = JsonValue::object();
    for (int r = 0; r < m_table->rowCount(); ++r) {
        const QTableWidgetItem *k = m_table->item(r, 0);
        const QTableWidgetItem *v = m_table->item(r, 1);
        const QString key = k ? k->text() : QString();
        const QString val = v ? v->text() : QString();
        const bool json = v && v->data(kJsonRole).toBool();
        JsonMember m;
        m.key = key;
        m.value = json ? jsonOrString(val) : JsonValue::fromString(val);
        o.members().push_back(m);  // duplicate keys are kept as typed
    }
    return o;
}

void MapField::commit()
{
    if (!canShow())
        return;
    write(fromTable());
}

void MapField::addRow()
{
    QString key = QStringLiteral("key");
    QStringList keys;
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0))
            keys << m_table->item(r, 0)->text();
    for (int n = 1; keys.contains(key); ++n)
        key = QStringLiteral("key%1").arg(n);
    m_updating = true;
    const int r = m_table->rowCount();
    m_table->insertRow(r);
    m_table->setItem(r, 0, new QTableWidgetItem(key));
    m_table->setItem(r, 1, new QTableWidgetItem(QString()));
    m_updating = false;
    commit();
    fitHeight();
    m_table->setCurrentCell(r, 0);
    m_table->setFocus();
    m_table->editItem(m_table->item(r, 0));
}

void MapField::removeCurrentRow()
{
    const int r = m_table->currentRow();
    if (r < 0)
        return;
    m_updating = true;
    m_table->removeRow(r);
    m_updating = false;
    commit();
    if (m_table->rowCount())
        m_table->setCurrentCell(qMin(r, m_table->rowCount() - 1), 0);
}

void MapField::refresh()
{
    if (m_updating)
        return;
    const JsonValue *v = current();
    const bool show = canShow();
    m_table->setEnabled(show);
    m_add->setEnabled(show);
    m_remove->setEnabled(show);
    m_table->setToolTip(show ? QString() : tr("Not an object (a template?): edit it as JSON."));
    if (show && v && fromTable() == *v)
        return;  // nothing new: keep the selection and any open editor
    m_updating = true;
    const int row = m_table->currentRow();
    const int col = m_table->currentColumn();
    m_table->setRowCount(0);
    if (show && v) {
        for (const JsonMember &m : v->members()) {
            const int r = m_table->rowCount();
            m_table->insertRow(r);
            m_table->setItem(r, 0, new QTableWidgetItem(m.key));
            auto *val = new QTableWidgetItem(m.value.isString() ? m.value.toString() : compactJson(m.value));
            val->setData(kJsonRole, m_typed && !m.value.isString());
            if (m_typed && !m.value.isString())
                val->setToolTip(tr("JSON %1").arg(m.value.typeName()));
            m_table->setItem(r, 1, val);
        }
    }
    if (row >= 0 && row < m_table->rowCount())
        m_table->setCurrentCell(row, qMax(0, col));
    m_updating = false;
    fitHeight();
}

void MapField::fitHeight()
{
    // As tall as the rows plus one empty line (room to see where a new row goes), up to ~8 rows.
    const int rowH = m_table->verticalHeader()->defaultSectionSize();
    const int rows = qBound(2, m_table->rowCount() + 1, 8);
    m_table->setFixedHeight(m_table->horizontalHeader()->sizeHint().height() + rows * rowH + 2 * m_table->frameWidth());
}

QWidget *MapField::focusTarget()
{
    return m_table;
}

}  // namespace ad::app
