#include "app/jsonview/findbar.h"

#include "app/jsonview/jsoneditor.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

namespace ad::app {

FindBar::FindBar(JsonEditor *editor, std::function<void(const QString &)> setText, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_setText(std::move(setText))
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 2, 4, 2);
    grid->setVerticalSpacing(2);
    m_find = new QLineEdit(this);
    m_find->setPlaceholderText(tr("Find"));
    m_find->setClearButtonEnabled(true);
    m_replace = new QLineEdit(this);
    m_replace->setPlaceholderText(tr("Replace with"));
    m_case = new QCheckBox(tr("&Match case"), this);
    m_word = new QCheckBox(tr("&Whole words"), this);
    m_regex = new QCheckBox(tr("Regular e&xpression"), this);
    auto *prev = new QPushButton(tr("&Previous"), this);
    auto *next = new QPushButton(tr("&Next"), this);
    m_replaceOne = new QPushButton(tr("&Replace"), this);
    m_replaceAll = new QPushButton(tr("Replace &All"), this);
    m_status = new QLabel(this);
    auto *close = new QToolButton(this);
    close->setText(QStringLiteral("✕"));
    close->setToolTip(tr("Close (Esc)"));
    close->setAutoRaise(true);

    grid->addWidget(new QLabel(tr("Find:"), this), 0, 0);
    grid->addWidget(m_find, 0, 1);
    grid->addWidget(prev, 0, 2);
    grid->addWidget(next, 0, 3);
    grid->addWidget(m_case, 0, 4);
    grid->addWidget(m_word, 0, 5);
    grid->addWidget(m_regex, 0, 6);
    grid->addWidget(m_status, 0, 7);
    grid->addWidget(close, 0, 8);
    grid->addWidget(new QLabel(tr("Replace:"), this), 1, 0);
    grid->addWidget(m_replace, 1, 1);
    grid->addWidget(m_replaceOne, 1, 2);
    grid->addWidget(m_replaceAll, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(7, 1);

    connect(m_find, &QLineEdit::returnPressed, this, &FindBar::findNext);
    connect(m_find, &QLineEdit::textEdited, this, [this] { find(true, true); });
    connect(next, &QPushButton::clicked, this, &FindBar::findNext);
    connect(prev, &QPushButton::clicked, this, &FindBar::findPrevious);
    connect(m_replace, &QLineEdit::returnPressed, this, &FindBar::replaceCurrent);
    connect(m_replaceOne, &QPushButton::clicked, this, &FindBar::replaceCurrent);
    connect(m_replaceAll, &QPushButton::clicked, this, &FindBar::replaceAll);
    connect(close, &QToolButton::clicked, this, [this] {
        hide();
        m_editor->setFocus();
    });
    setReplaceVisible(false);
}

void FindBar::setReplaceVisible(bool on)
{
    auto *grid = static_cast<QGridLayout *>(layout());
    for (int c = 0; c < grid->columnCount(); ++c)
        if (QLayoutItem *item = grid->itemAtPosition(1, c); item && item->widget())
            item->widget()->setVisible(on);
}

void FindBar::showFind()
{
    setReplaceVisible(false);
    show();
    if (m_editor->hasSelectedText() && !m_editor->selectedText().contains(QLatin1Char('\n')))
        m_find->setText(m_editor->selectedText());
    m_find->selectAll();
    m_find->setFocus(Qt::ShortcutFocusReason);
}

void FindBar::showReplace()
{
    showFind();
    setReplaceVisible(true);
}

bool FindBar::find(bool forward, bool fromSelectionStart)
{
    const QString expr = m_find->text();
    if (expr.isEmpty()) {
        m_status->clear();
        return false;
    }
    int line = -1, index = -1;
    if (fromSelectionStart && m_editor->hasSelectedText()) {
        int l2, i2;
        m_editor->getSelection(&line, &index, &l2, &i2);
    } else if (!forward && m_editor->hasSelectedText()) {
        int l2, i2;
        m_editor->getSelection(&line, &index, &l2, &i2);
    }
    const bool found = m_editor->findFirst(expr, m_regex->isChecked(), m_case->isChecked(), m_word->isChecked(),
                                           true, forward, line, index, true, false);
    m_status->setText(found ? QString() : tr("Not found"));
    return found;
}

bool FindBar::findNext()
{
    return find(true, false);
}

bool FindBar::findPrevious()
{
    return find(false, false);
}

bool FindBar::replaceCurrent()
{
    if (!m_editor->hasSelectedText() && !findNext())
        return false;
    // The selection is the current match; QScintilla's replace() honours regex back-references.
    m_editor->replace(m_replace->text());
    findNext();
    return true;
}

int FindBar::replaceAll()
{
    const QString expr = m_find->text();
    if (expr.isEmpty())
        return 0;
    QString pattern = m_regex->isChecked() ? expr : QRegularExpression::escape(expr);
    if (m_word->isChecked())
        pattern = QStringLiteral("\\b(?:%1)\\b").arg(pattern);
    QRegularExpression re(pattern, m_case->isChecked() ? QRegularExpression::NoPatternOption
                                                        : QRegularExpression::CaseInsensitiveOption);
    if (!re.isValid()) {
        m_status->setText(tr("Bad expression"));
        return 0;
    }
    QString text = m_editor->text();
    int count = 0;
    for (auto it = re.globalMatch(text); it.hasNext(); it.next())
        ++count;
    if (count == 0) {
        m_status->setText(tr("Not found"));
        return 0;
    }
    const QString replacement = m_regex->isChecked() ? m_replace->text() : QString(m_replace->text()).replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    text.replace(re, replacement);
    m_setText(text);
    m_status->setText(tr("%n replaced", nullptr, count));
    return count;
}

void FindBar::keyPressEvent(QKeyEvent *e)
{
    if (e->key() == Qt::Key_Escape) {
        hide();
        m_editor->setFocus();
        return;
    }
    QWidget::keyPressEvent(e);
}

}  // namespace ad::app
