#pragma once
// The trigger: self-service (operation, blueprint, SEARCH condition, button texts) or automation
// (event type with its required fields, JQ condition expressions + combinator). Switching between
// the two keeps the other in memory.

#include "app/forms/formpart.h"
#include "json/jsonvalue.h"

#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QStackedWidget;

namespace ad::app {

class JsonField;

class TriggerEditor : public FormPart {
    Q_OBJECT
public:
    explicit TriggerEditor(QWidget *parent = nullptr);
    void setDocument(Document *doc) override;

    QComboBox *kindCombo() const { return m_kind; }
    JsonField *conditionField() const { return m_condition; }
    // "self-service" or "automation".
    void switchKind(const QString &type);

protected:
    void rebuild() override;
    void documentChanged(const QString &pointer) override;
    void revealPointer(const QString &pointer) override;

private:
    QWidget *buildSelfService();
    QWidget *buildAutomation();
    void updateState();
    QComboBox *m_kind;
    QStackedWidget *m_pages;
    JsonField *m_condition = nullptr;
    QLabel *m_conditionNote = nullptr;
    QPushButton *m_removeCondition = nullptr;
    QPushButton *m_newCondition = nullptr;
    QFormLayout *m_eventForm = nullptr;
    QHash<QString, QWidget *> m_eventRows;  // field key -> its widget in m_eventForm
    QHash<QString, JsonValue> m_stash;      // trigger type -> the trigger before switching away
};

}  // namespace ad::app
