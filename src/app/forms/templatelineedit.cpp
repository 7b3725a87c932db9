#include "app/forms/templatelineedit.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QCoreApplication>
#include <QEvent>
#include <QInputMethodEvent>
#include <QKeyEvent>
#include <QPalette>
#include <QStringListModel>
#include <QTextCharFormat>

namespace ad::app {

TemplateLineEdit::TemplateLineEdit(QWidget *parent)
    : QLineEdit(parent), m_completer(new QCompleter(this)), m_model(new QStringListModel(this))
{
    m_completer->setModel(m_model);
    m_completer->setWidget(this);
    m_completer->setCompletionMode(QCompleter::PopupCompletion);
    m_completer->setCaseSensitivity(Qt::CaseInsensitive);
    m_completer->setFilterMode(Qt::MatchStartsWith);
    connect(m_completer, qOverload<const QString &>(&QCompleter::activated), this,
            &TemplateLineEdit::insertCompletion);
    connect(this, &QLineEdit::textChanged, this, &TemplateLineEdit::highlight);
    connect(this, &QLineEdit::textEdited, this, &TemplateLineEdit::updateCompletion);
    connect(this, &QLineEdit::textEdited, this, [this]() { setTemplateErrors({}); });
}

void TemplateLineEdit::setMode(Mode m)
{
    m_mode = m;
    highlight();
}

QList<QPair<int, int>> TemplateLineEdit::templateRanges(const QString &text)
{
    QList<QPair<int, int>> out;
    int i = 0;
    while (true) {
        const int open = text.indexOf(QLatin1String("{{"), i);
        if (open < 0)
            break;
        const int close = text.indexOf(QLatin1String("}}"), open + 2);
        const int end = close < 0 ? text.size() : close + 2;
        out.append({open, end - open});
        i = end;
    }
    return out;
}

int TemplateLineEdit::completionStart(int cursor) const
{
    const QString t = text();
    if (m_mode == Mode::Plain)
        return -1;
    if (m_mode == Mode::Template) {
        bool inside = false;
        for (const auto &r : templateRanges(t))
            if (cursor >= r.first + 2 && (cursor <= r.first + r.second - 2 || !t.mid(r.first, r.second).endsWith(QLatin1String("}}"))))
                inside = true;
        if (!inside)
            return -1;
    }
    int s = cursor;
    while (s > 0) {
        const QChar c = t.at(s - 1);
        if (c.isLetterOrNumber() || c == QLatin1Char('_') || c == QLatin1Char('.') || c == QLatin1Char('-'))
            --s;
        else
            break;
    }
    return s < cursor && t.at(s) == QLatin1Char('.') ? s : -1;
}

void TemplateLineEdit::changeEvent(QEvent *e)
{
    QLineEdit::changeEvent(e);
    if (e->type() == QEvent::PaletteChange)
        highlight();
}

void TemplateLineEdit::highlight()
{
    // QLineEdit has no syntax highlighter; input-method text formats are the supported way to
    // colour ranges without replacing the widget (they are absolute once applied).
    QList<QInputMethodEvent::Attribute> attrs;
    if (m_mode == Mode::Template) {
        QTextCharFormat f;
        f.setForeground(palette().color(QPalette::Link));
        f.setBackground(palette().color(QPalette::AlternateBase));
        f.setFontWeight(QFont::DemiBold);
        const int cursor = cursorPosition();
        for (const auto &r : templateRanges(text())) {
            QTextCharFormat rf = f;
            const QString inner = text().mid(r.first + 2, r.second - 4).trimmed();
            for (const auto &e : std::as_const(m_errors))
                if (e.first.trimmed() == inner) {
                    rf.setUnderlineStyle(QTextCharFormat::WaveUnderline);
                    rf.setUnderlineColor(Qt::red);
                }
            attrs << QInputMethodEvent::Attribute(QInputMethodEvent::TextFormat, r.first - cursor, r.second, rf);
        }
    }
    QInputMethodEvent ev(QString(), attrs);
    QCoreApplication::sendEvent(this, &ev);
}

void TemplateLineEdit::setTemplateErrors(const QList<QPair<QString, QString>> &errors)
{
    if (errors == m_errors)
        return;
    if (m_errors.isEmpty())
        m_plainToolTip = toolTip();
    m_errors = errors;
    QStringList tips;
    for (const auto &e : errors)
        tips << QStringLiteral("{{ %1 }}: %2").arg(e.first.trimmed(), e.second);
    setToolTip(errors.isEmpty() ? m_plainToolTip : tips.join(QLatin1Char('\n')));
    highlight();
}

void TemplateLineEdit::updateCompletion()
{
    m_tokenStart = completionStart(cursorPosition());
    if (m_tokenStart < 0 || !m_source) {
        m_completer->popup()->hide();
        return;
    }
    const QString prefix = text().mid(m_tokenStart, cursorPosition() - m_tokenStart);
    m_model->setStringList(m_source());
    m_completer->setCompletionPrefix(prefix);
    if (m_completer->completionCount() == 0
        || (m_completer->completionCount() == 1 && m_completer->currentCompletion() == prefix)) {
        m_completer->popup()->hide();
        return;
    }
    QRect r = cursorRect();
    r.setWidth(m_completer->popup()->sizeHintForColumn(0) + 24);
    m_completer->complete(r);
}

void TemplateLineEdit::insertCompletion(const QString &completion)
{
    const int cursor = cursorPosition();
    const int start = m_tokenStart >= 0 ? m_tokenStart : completionStart(cursor);
    if (start < 0)
        return;
    // Through the undo-aware path so textEdited fires and the edit reaches the document.
    setSelection(start, cursor - start);
    insert(completion);
    m_tokenStart = -1;
}

void TemplateLineEdit::keyPressEvent(QKeyEvent *e)
{
    if (m_completer->popup()->isVisible()) {
        switch (e->key()) {
        case Qt::Key_Enter:
        case Qt::Key_Return:
        case Qt::Key_Escape:
        case Qt::Key_Tab:
        case Qt::Key_Backtab:
            e->ignore();  // the completer handles them
            return;
        default:
            break;
        }
    }
    if (e->key() == Qt::Key_Space && (e->modifiers() & Qt::ControlModifier)) {
        updateCompletion();  // explicit completion request
        return;
    }
    QLineEdit::keyPressEvent(e);
}

void TemplateLineEdit::focusInEvent(QFocusEvent *e)
{
    QLineEdit::focusInEvent(e);
    highlight();
}

}  // namespace ad::app
