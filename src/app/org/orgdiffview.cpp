#include "app/org/orgdiffview.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace ad::app {

OrgDiffView::OrgDiffView(QWidget *parent) : QWidget(parent)
{
    m_title = new QLabel(this);
    m_title->setWordWrap(true);
    m_table = new QTableWidget(0, 3, this);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setWordWrap(true);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::Stretch);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_title);
    l->addWidget(m_table);
}

void OrgDiffView::setItem(const org::SyncItem &item, const QString &leftTitle, const QString &rightTitle)
{
    m_title->setText(tr("<b>%1</b> — %2, %n difference(s) after normalizing", nullptr, int(item.differences.size()))
                         .arg(item.identifier.toHtmlEscaped(), org::statusName(item.status)));
    m_table->setHorizontalHeaderLabels({tr("Pointer"), leftTitle, rightTitle});
    m_table->setRowCount(int(item.differences.size()));
    int row = 0;
    for (const org::JsonDifference &d : item.differences) {
        auto *p = new QTableWidgetItem(d.pointer.isEmpty() ? QStringLiteral("/") : d.pointer);
        auto *l = new QTableWidgetItem(org::cellText(d.left, 400));
        auto *r = new QTableWidgetItem(org::cellText(d.right, 400));
        // The absent side is greyed, so an addition reads as one at a glance.
        if (!d.left)
            l->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        if (!d.right)
            r->setForeground(palette().color(QPalette::Disabled, QPalette::Text));
        l->setToolTip(l->text());
        r->setToolTip(r->text());
        m_table->setItem(row, 0, p);
        m_table->setItem(row, 1, l);
        m_table->setItem(row, 2, r);
        ++row;
    }
    m_table->resizeRowsToContents();
}

OrgDiffDialog::OrgDiffDialog(const org::SyncItem &item, const QString &leftTitle, const QString &rightTitle, QWidget *parent)
    : QDialog(parent), m_view(new OrgDiffView(this))
{
    setWindowTitle(tr("Differences: %1").arg(item.identifier));
    m_view->setItem(item, leftTitle, rightTitle);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *l = new QVBoxLayout(this);
    l->addWidget(m_view);
    l->addWidget(buttons);
    resize(760, 380);
}

}  // namespace ad::app
