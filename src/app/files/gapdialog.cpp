#include "app/files/gapdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ad::app {

GapDialog::GapDialog(const QString &formatName, const FormatGaps &gaps, QWidget *parent)
    : QDialog(parent), m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Export to %1").arg(formatName));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("%n part(s) of this action cannot be expressed "
                                "in %1, or change when %1 reads "
                                "the action back. Exporting anyway writes them "
                                "as comments and leaves them "
                                "out of the resource.",
                                nullptr, int(gaps.size()))
                                 .arg(formatName),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Field"), tr("Why")});
    m_list->setRootIsDecorated(false);
    m_list->setWordWrap(true);
    m_list->setAlternatingRowColors(true);
    for (const FormatGap &g : gaps) {
        auto *item = new QTreeWidgetItem(m_list, {g.pointer.isEmpty() ? QStringLiteral("/") : g.pointer, g.reason});
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, g.reason);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    layout->addWidget(m_list, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton *anyway = buttons->addButton(tr("Export &Anyway"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    anyway->setObjectName(QStringLiteral("exportAnyway"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 280);
}

}  // namespace ad::app
