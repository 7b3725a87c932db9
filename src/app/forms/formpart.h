#pragma once
// Shared frame of the part editors: a scroll area holding the form, the FormContext its fields
// use, document wiring (refresh on change, read-only while the JSON text does not parse) and a
// generic focusPointer.

#include "app/parteditor.h"

#include <QPointer>

class QScrollArea;
class QVBoxLayout;

namespace ad::app {

class FormContext;

class FormPart : public PartEditor {
    Q_OBJECT
public:
    FormPart(const QString &id, const QString &title, QWidget *parent = nullptr);
    void setDocument(Document *doc) override;
    QString partId() const override { return m_id; }
    bool focusPointer(const QString &pointer) override;
    FormContext *context() const { return m_ctx; }
    // The widest the form column gets (labels, fields, JSON editors), from the font: a wide pane
    // leaves the rest empty instead of stretching line edits across it.
    int readableWidth() const;
    static constexpr int kReadableChars = 120;

protected:
    // Build the widgets that depend on the document's shape (called on setDocument, on a new
    // current action and on a whole-document change).
    virtual void rebuild() {}
    // Something under `pointer` changed; the default refreshes the affected fields.
    virtual void documentChanged(const QString &pointer);
    // Prepares for `pointer` to be focused (select the input, switch a page); default nothing.
    virtual void revealPointer(const QString &pointer) { Q_UNUSED(pointer); }
    // The layout inside the scroll area where parts put their content.
    QVBoxLayout *body() const { return m_body; }
    // Detaches `old` from the context and deletes it later (it may be in a signal right now).
    void retire(QWidget *old);
    void changeEvent(QEvent *e) override;

    Document *m_doc = nullptr;
    FormContext *m_ctx;

private:
    QString m_id;
    QScrollArea *m_scroll;
    QWidget *m_content;
    QVBoxLayout *m_body;
    QList<QMetaObject::Connection> m_connections;
};

}  // namespace ad::app
