#include "app/files/reportdialog.h"

#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyle>
#include <QVBoxLayout>

namespace ad::app {

ReportDialog::ReportDialog(const Question &q, QWidget *parent) : QDialog(parent), m_choice(int(q.buttons.size()) - 1)
{
    setWindowTitle(q.title);
    setObjectName(QStringLiteral("ReportDialog"));
    auto *lay = new QVBoxLayout(this);
    auto *intro = new QLabel(q.intro, this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);
    intro->setTextInteractionFlags(Qt::TextSelectableByMouse);
    lay->addWidget(intro);
    if (!q.lines.isEmpty()) {
        auto *list = new QPlainTextEdit(this);
        list->setObjectName(QStringLiteral("lines"));
        list->setReadOnly(true);
        list->setLineWrapMode(QPlainTextEdit::WidgetWidth);
        list->setPlainText(q.lines.join(QLatin1Char('\n')));
        list->setMinimumSize(560, qMin(60 + 18 * int(q.lines.size()), 320));
        lay->addWidget(list, 1);
    }
    auto *box = new QDialogButtonBox(this);
    for (int i = 0; i < q.buttons.size(); ++i) {
        QPushButton *b = box->addButton(q.buttons.at(i), i == q.buttons.size() - 1 && i > 0
                                                              ? QDialogButtonBox::RejectRole
                                                              : QDialogButtonBox::AcceptRole);
        b->setDefault(i == 0);
        connect(b, &QPushButton::clicked, this, [this, i]() {
            m_choice = i;
            done(i == 0 ? Accepted : Rejected);
        });
    }
    lay->addWidget(box);
}

int ReportDialog::ask(const Question &q, QWidget *parent)
{
    ReportDialog d(q, parent);
    d.exec();
    return d.choice();
}

}  // namespace ad::app
