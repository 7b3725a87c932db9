#pragma once
// The Form tab of the Preview dock: the form the person running the action sees in Port
// (PORT-SPEC §3), drawn from userInputs: steps as pages with their titles, inputs in order with
// icon, title, required mark and description, section titles, enums and entity pickers filled
// from the scenario's mock entities. Form-time jqQuery (enum, default, visible, disabled,
// required) comes evaluated from the dock's render, which runs it in the jq worker; the view only
// draws the result. Filling a field is an edit of the active scenario's inputs (one undo step per
// field burst), and a scenario change redraws the form. Values Port's form would refuse are
// marked on the field with the reason (context/inputcheck.h).

#include "context/formstate.h"
#include "json/jsonvalue.h"

#include <QHash>
#include <QWidget>

#include <map>
#include <memory>

class QLabel;
class QScrollArea;
class QTabWidget;
class QVBoxLayout;

namespace ad::app {

class Document;
class PortField;
class PreviewDock;

class PortFormView : public QWidget {
    Q_OBJECT
public:
    PortFormView(PreviewDock *dock, Document *document, QWidget *parent = nullptr);
    ~PortFormView() override;

    // The editor of input `id` (nullptr when the form has no such input).
    QWidget *field(const QString &id) const;
    // The whole row of input `id` (title, description, editor, problems): hidden when Port hides it.
    QWidget *row(const QString &id) const;
    // The reasons Port's form would refuse the current value of `id` (empty: accepted).
    QStringList problems(const QString &id) const;
    // The step pages (nullptr when the action has no steps).
    QTabWidget *steps() const { return m_steps; }
    // The section title `id` of userInputs.titles (nullptr when the form does not show it).
    QLabel *title(const QString &id) const { return m_titles.value(id); }

private:
    struct Row;
    void refresh();
    void rebuild(const JsonValue &action);
    QWidget *buildRow(const QString &id, const JsonValue &schema, QWidget *parent);
    QWidget *buildTitle(const QString &id, const JsonValue &title, QWidget *parent);
    void showSections(const FormState &form, bool waiting);
    void fillPage(QVBoxLayout *layout, const QStringList &order, const JsonValue &userInputs, QWidget *page);
    void showState(Row &row, const InputState &in, const QStringList &invalid, bool waiting);
    void edit(const QString &id, const JsonValue &value, bool unset);

    PreviewDock *m_dock;
    Document *m_document;
    QLabel *m_header;
    QScrollArea *m_scroll;
    QWidget *m_content = nullptr;
    QTabWidget *m_steps = nullptr;
    QString m_key;
    std::map<QString, std::unique_ptr<Row>> m_rows;
    QHash<QString, QStringList> m_invalid;
    QHash<QString, QLabel *> m_titles;
};

}  // namespace ad::app
