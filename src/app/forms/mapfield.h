#pragma once
// An object edited as a key/value table (headers, workflow inputs, enum colors). String values stay
// strings; values that were not strings are shown and re-read as JSON.

#include "app/forms/fieldwidget.h"

class QTableWidget;
class QToolButton;

namespace ad::app {

class MapField : public FieldWidget {
    Q_OBJECT
public:
    // typed: values are JSON (a cell that was not a string is parsed back). Else all strings.
    MapField(FormContext *ctx, const QString &pointer, bool typed, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    QTableWidget *table() const { return m_table; }
    QToolButton *addButton() const { return m_add; }
    QToolButton *removeButton() const { return m_remove; }
    // True when the document holds an object here (or nothing): the table can show it.
    bool canShow() const;
    void addRow();
    void removeCurrentRow();

private:
    JsonValue fromTable() const;
    void fitHeight();
    void commit();
    QTableWidget *m_table;
    QToolButton *m_add;
    QToolButton *m_remove;
    bool m_typed;
};

}  // namespace ad::app
