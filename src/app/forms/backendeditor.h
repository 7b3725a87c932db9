#pragma once
// The invocationMethod form: a type chooser and a form generated from that type's declaration.
// Switching type keeps what the other types held (until the editor is given another document)
// and says which fields did not carry over.

#include "app/forms/formpart.h"
#include "json/jsonvalue.h"

#include <QHash>

class QComboBox;
class QLabel;

namespace ad::app {

class BackendEditor : public FormPart {
    Q_OBJECT
public:
    explicit BackendEditor(QWidget *parent = nullptr);
    void setDocument(Document *doc) override;

    QComboBox *typeCombo() const { return m_type; }
    QLabel *carryNote() const { return m_note; }
    // Switches the backend type as the combo does.
    void switchType(const QString &type);

protected:
    void rebuild() override;
    void documentChanged(const QString &pointer) override;

private:
    QString currentType() const;
    void fillTypeCombo();
    QComboBox *m_type;
    QLabel *m_help;
    QLabel *m_note;
    QWidget *m_form = nullptr;
    QString m_builtType;
    bool m_built = false;
    QHash<QString, JsonValue> m_stash;  // type -> its invocationMethod before the user switched away
};

}  // namespace ad::app
