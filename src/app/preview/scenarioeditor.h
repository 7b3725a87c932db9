#pragma once
// The editor of one scenario (the mock context of a preview): the executing user, run and org ids,
// the client secret, inputs as a form generated from the action's userInputs (with form-time
// jqQuery state shown), the DAY-2/DELETE entity, mock entities, automation event and secrets.
// Secret fields are masked; values live in memory and go to the SecretResolver on save.

#include "context/formstate.h"
#include "context/scenario.h"
#include "json/jsonvalue.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QGroupBox;
class QLineEdit;
class QPlainTextEdit;
class QVBoxLayout;

namespace ad::app {

class ScenarioEditor : public QWidget {
    Q_OBJECT
public:
    explicit ScenarioEditor(QWidget *parent = nullptr);

    // Shows `s` (a new active scenario); emits nothing.
    void setScenario(const Scenario &s);
    const Scenario &scenario() const { return m_s; }
    // Regenerates the input form when the action's userInputs or trigger changed.
    void setAction(const JsonValue &action);
    // Form-time state and generated values from the last preview (placeholders, hidden, required).
    void setFormState(const FormState &form, const JsonValue &context);

    // The generated widget of an input (tests), or nullptr.
    QWidget *inputWidget(const QString &id) const { return m_inputWidgets.value(id); }
    QLineEdit *clientSecretEdit() const { return m_clientSecret; }
    // The mock values Port's form would refuse, per input id, from the last form state.
    const QHash<QString, QStringList> &invalidInputs() const { return m_invalid; }

signals:
    void changed();

private:
    void rebuildInputs();
    void readInput(const QString &id);
    void readFields();
    void addSecretRow(const QString &name, const QString &value);
    void readSecrets();
    QLineEdit *lineEdit(QFormLayout *form, const QString &label, bool secret = false);
    QPlainTextEdit *jsonEdit(const QString &placeholder);
    // Parses a JSON editor: empty -> null; invalid -> false (the field turns red, value kept).
    bool readJson(QPlainTextEdit *edit, JsonValue *out);

    Scenario m_s;
    JsonValue m_action;
    QString m_inputsKey;  // compact userInputs + trigger, to rebuild only when they change
    bool m_filling = false;
    bool m_eventGenerated = true;  // the event editor shows the generated event, not the scenario's

    QLineEdit *m_email, *m_firstName, *m_lastName, *m_teams, *m_roles, *m_userId;
    QLineEdit *m_orgId, *m_runId, *m_triggerAt, *m_timestamp, *m_clientSecret, *m_defaultBranch;
    QGroupBox *m_inputsBox;
    QFormLayout *m_inputsForm;
    QHash<QString, QWidget *> m_inputWidgets;
    QHash<QString, QWidget *> m_inputLabels;
    QGroupBox *m_entityBox, *m_eventBox;
    QPlainTextEdit *m_entity, *m_mockEntities, *m_event;
    QVBoxLayout *m_secretRows;
    QList<QPair<QLineEdit *, QLineEdit *>> m_secretEdits;
    QHash<QString, QStringList> m_invalid;
};

}  // namespace ad::app
