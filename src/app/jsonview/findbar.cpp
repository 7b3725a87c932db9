#include "app/jsonview/findbar.h"

#include "app/jsonview/jsoneditor.h"
#include "ui_findbar.h"

#include <QCheckBox>
#include <QGridLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QToolButton>

namespace ad::app {

namespace {
constexpr int kReplaceRow = 2;  // ui/findbar.ui
}  // namespace

FindBar::FindBar(JsonEditor *editor, std::function<void(const QString &)> setText, QWidget *parent)
    : QWidget(parent), m_editor(editor), m_setText(std::move(setText))
{
    Ui::FindBar ui;  // ui/findbar.ui
    ui.setupUi(this);
    m_find = ui.findEdit;
    m_replace = ui.replaceEdit;
    m_case = ui.matchCase;
    m_word = ui.wholeWords;
    m_regex = ui.regularExpression;
    m_replaceOne = ui.replaceOne;
    m_replaceAll = ui.replaceAll;
    m_status = ui.status;
    QPushButton *prev = ui.previous;
    QPushButton *next = ui.next;
    QToolButton *close = ui.close;
    // Opening the bar must not widen the window (the docks would move): its width never counts
    // towards the editor pane's minimum; fitSearchField() shares what the pane has.
    setSizePolicy(QSizePolicy::Ignored, sizePolicy().verticalPolicy());
    fitSearchField();

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
        if (QLayoutItem *item = grid->itemAtPosition(kReplaceRow, c); item && item->widget())
            item->widget()->setVisible(on);
}

void FindBar::fitSearchField()
{
    // Room for a typical search, about 30 characters, unless the pane is too narrow for it and
    // the buttons: then the field gives way first.
    const int wanted = m_find->fontMetrics().horizontalAdvance(QString(30, QLatin1Char('x')));
    m_find->setMinimumWidth(wanted);
    const int shortBy = layout()->minimumSize().width() - width();
    if (isVisible() && shortBy > 0)
        m_find->setMinimumWidth(qMax(m_find->minimumSizeHint().width(), wanted - shortBy));
}

void FindBar::resizeEvent(QResizeEvent *e)
{
    QWidget::resizeEvent(e);
    fitSearchField();
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
