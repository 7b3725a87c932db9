#pragma once
// Base of every form field: a widget bound to one JSON pointer of the current action. It reads
// from the Document on refresh() and writes through FormContext (so through the undo stack).

#include "json/jsonvalue.h"

#include <QPointer>
#include <QString>
#include <QWidget>

class QLineEdit;

namespace ad::app {

class FormContext;

class FieldWidget : public QWidget {
    Q_OBJECT
public:
    FieldWidget(FormContext *ctx, const QString &pointer, QWidget *parent = nullptr);
    ~FieldWidget() override;

    const QString &pointer() const { return m_pointer; }
    // Re-reads the document. Must not move the cursor of a widget being typed in when the shown
    // text already matches the document.
    virtual void refresh() = 0;
    // The widget that takes focus (label buddy, Problems jump).
    virtual QWidget *focusTarget() { return this; }
    // Label used in undo texts ("Edit URL").
    void setLabel(const QString &label) { m_label = label; }
    const QString &label() const { return m_label; }

protected:
    const JsonValue *current() const;
    void write(const JsonValue &v, bool typing = false);
    void erase();
    QPointer<FormContext> m_ctx;  // the part may delete its context before its widgets
    QString m_pointer;
    QString m_label;
    bool m_updating = false;  // set while refresh() fills widgets, so their signals write nothing
};

// Sets `edit`'s text keeping the cursor where it was (clamped) when the text differs.
void setTextKeepingCursor(QLineEdit *edit, const QString &text);

}  // namespace ad::app
