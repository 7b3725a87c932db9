#pragma once
// What the field widgets of one part editor share: the document, the edit helpers, and the
// list of live field widgets to refresh when the document says something changed.

#include "json/jsonvalue.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>

namespace ad::app {

class Document;
class FieldWidget;

class FormContext : public QObject {
    Q_OBJECT
public:
    explicit FormContext(QObject *parent = nullptr);

    void setDocument(Document *doc);
    Document *document() const { return m_doc; }
    const JsonValue *value(const QString &pointer) const;

    // Sets a value, creating missing parent objects on the way (one undo step).
    void setValue(const QString &pointer, const JsonValue &v, const QString &undoText, bool typing);
    // Removes the value when present.
    void removeValue(const QString &pointer, const QString &undoText);

    void add(FieldWidget *w);
    void forget(FieldWidget *w);
    // Forgets every field widget inside `container` (before it is deleted later).
    void forgetUnder(QObject *container);
    // Refreshes the widgets whose pointer is `pointer`, inside it, or contains it.
    void refreshFor(const QString &pointer);
    void refreshAll();
    // The widget editing `pointer` or its closest ancestor, or nullptr.
    FieldWidget *widgetFor(const QString &pointer) const;

    // Context paths for template completion (depends on the action: inputs, automation or not).
    QStringList templateCompletions() const;
    // Form-time jq paths (jqQuery fields).
    QStringList jqCompletions() const;

    // True when `changed` under `changedPointer` may affect a widget at `fieldPointer`.
    static bool related(const QString &changedPointer, const QString &fieldPointer);

private:
    Document *m_doc = nullptr;
    QList<QPointer<FieldWidget>> m_widgets;
};

}  // namespace ad::app
