#pragma once
// The user inputs of a self-service action: the list (add, duplicate, remove, reorder by drag and
// Alt+Up/Down), the selected input's form, and the layout (properties order, custom order or
// steps, and titles). The selected input's form is built in inputdetail.cpp.

#include "app/forms/formpart.h"
#include "json/jsonvalue.h"

#include <QHash>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ad::app {

class InputsEditor : public FormPart {
    Q_OBJECT
public:
    explicit InputsEditor(QWidget *parent = nullptr);

    QListWidget *list() const { return m_list; }
    QComboBox *layoutMode() const { return m_mode; }
    QLineEdit *idEdit() const { return m_idEdit; }
    QString currentId() const;
    void selectInput(const QString &id);

    // Each is one undo step; they keep required/order/steps/dependsOn consistent.
    void addInput();
    void duplicateInput();
    void removeInput();
    void moveInput(int from, int to);
    bool renameInput(const QString &from, const QString &to, QString *error = nullptr);
    void setLayoutMode(int mode);  // 0 properties order, 1 custom order, 2 steps

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void rebuild() override;
    void documentChanged(const QString &pointer) override;
    void revealPointer(const QString &pointer) override;

private:
    JsonValue container() const;
    void commitContainer(const JsonValue &c, const QString &undoText);
    QStringList ids() const;
    void refreshList();
    void rebuildDetail(bool force = false);
    QString detailKey() const;
    void updateLayoutSection();

    QListWidget *m_list;
    QPushButton *m_add, *m_duplicate, *m_remove, *m_up, *m_down;
    QWidget *m_detailHost;
    QWidget *m_detail = nullptr;
    QLineEdit *m_idEdit = nullptr;
    QLabel *m_idHint = nullptr;
    QString m_detailKey;
    QComboBox *m_mode;
    QFormLayout *m_layoutForm;
    QWidget *m_orderRow;
    QWidget *m_stepsRow;
    QLabel *m_notSelfService;
    QHash<QString, JsonValue> m_layoutStash;  // "order" / "steps" -> value before switching away
    bool m_listUpdating = false;
};

}  // namespace ad::app
