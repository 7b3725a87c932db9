#pragma once
// userInputs.steps as a table: one row per step, its title and its input ids in order.

#include "app/forms/fieldwidget.h"

class QTableWidget;

namespace ad::app {

class StepsField : public FieldWidget {
    Q_OBJECT
public:
    StepsField(FormContext *ctx, const QString &pointer, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;
    QTableWidget *table() const { return m_table; }

private:
    void commit();
    void move(int delta);
    QTableWidget *m_table;
};

}  // namespace ad::app
