#include "app/forms/fieldwidget.h"

#include "app/forms/formcontext.h"

#include <QLineEdit>

namespace ad::app {

FieldWidget::FieldWidget(FormContext *ctx, const QString &pointer, QWidget *parent)
    : QWidget(parent), m_ctx(ctx), m_pointer(pointer)
{
    m_ctx->add(this);
}

FieldWidget::~FieldWidget()
{
    if (m_ctx)
        m_ctx->forget(this);
}

const JsonValue *FieldWidget::current() const
{
    return m_ctx->value(m_pointer);
}

void FieldWidget::write(const JsonValue &v, bool typing)
{
    if (m_updating)
        return;
    m_updating = true;  // our own change comes back through refresh(); keep the widget as typed
    m_ctx->setValue(m_pointer, v, tr("Edit %1").arg(m_label.isEmpty() ? m_pointer : m_label), typing);
    m_updating = false;
}

void FieldWidget::erase()
{
    if (m_updating)
        return;
    m_updating = true;
    m_ctx->removeValue(m_pointer, tr("Clear %1").arg(m_label.isEmpty() ? m_pointer : m_label));
    m_updating = false;
}

void setTextKeepingCursor(QLineEdit *edit, const QString &text)
{
    if (edit->text() == text)
        return;
    const int cursor = edit->cursorPosition();
    edit->setText(text);
    if (edit->hasFocus())
        edit->setCursorPosition(qMin(cursor, int(text.size())));
    else
        edit->setCursorPosition(0);  // a long URL shows its start, not "…/hooks/{{ .entity…"
}

}  // namespace ad::app
