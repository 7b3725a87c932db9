#include "app/files/gapdialog.h"
#include "ui_gapdialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QPushButton>
#include <QTreeWidget>

namespace ad::app {

GapDialog::GapDialog(const QString &formatName, const FormatGaps &gaps, QWidget *parent) : QDialog(parent)
{
    Ui::GapDialog ui;  // ui/gapdialog.ui
    ui.setupUi(this);
    m_list = ui.gaps;
    setWindowTitle(tr("Export to %1").arg(formatName));
    ui.intro->setText(tr("%n part(s) of this action cannot be expressed "
                         "in %1, or change when %1 reads "
                         "the action back. Exporting anyway writes them "
                         "as comments and leaves them "
                         "out of the resource.",
                         nullptr, int(gaps.size()))
                          .arg(formatName));
    for (const FormatGap &g : gaps) {
        auto *item = new QTreeWidgetItem(m_list, {g.pointer.isEmpty() ? QStringLiteral("/") : g.pointer, g.reason});
        item->setToolTip(0, item->text(0));
        item->setToolTip(1, g.reason);
    }
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    QDialogButtonBox *buttons = ui.buttons;
    QPushButton *anyway = buttons->addButton(tr("Export &Anyway"), QDialogButtonBox::AcceptRole);
    buttons->button(QDialogButtonBox::Cancel)->setDefault(true);
    anyway->setObjectName(QStringLiteral("exportAnyway"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(900, 280);
}

}  // namespace ad::app
