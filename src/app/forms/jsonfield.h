#pragma once
// A JSON value edited as text (body, payload, SEARCH condition, dataset): parsed on every edit,
// written to the document only when it parses; otherwise the error is shown with its line and
// column and the text is kept. For objects, optionally a key/value table view.

#include "app/forms/fieldwidget.h"
#include "json/jsonvalue.h"

#include <QPointer>

class QLabel;
class QScrollArea;
class QToolButton;
class QsciScintilla;

namespace ad::app {

class MapField;

class JsonField : public FieldWidget {
    Q_OBJECT
public:
    // withTable: offer the key/value table (objects). emptyRemoves: clearing the text removes the key.
    JsonField(FormContext *ctx, const QString &pointer, bool withTable, bool emptyRemoves, QWidget *parent = nullptr);
    void refresh() override;
    QWidget *focusTarget() override;

    QsciScintilla *editor() const { return m_editor; }
    QLabel *errorLabel() const { return m_error; }
    MapField *mapField() const { return m_map; }
    QToolButton *tableToggle() const { return m_tableToggle; }
    void setTableMode(bool table);
    bool tableMode() const;
    QString text() const;
    void setText(const QString &t);  // as if typed
    // Extra validation of a parsed value; return an error text or empty (e.g. "must be an object").
    void setCheck(std::function<QString(const JsonValue &)> check) { m_check = std::move(check); }
    // The editor grows with its lines from kMinLines up to the height of the pane it scrolls in
    // (the form's scroll area), then scrolls; the tallest it may be now.
    static constexpr int kMinLines = 4;
    int maxEditorHeight() const;

protected:
    void showEvent(QShowEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onTextChanged();
    void fitHeight();
    void watchPane();
    void showError(const QString &message, qsizetype offset);
    QsciScintilla *m_editor;
    QLabel *m_error;
    MapField *m_map = nullptr;
    QToolButton *m_tableToggle = nullptr;
    bool m_emptyRemoves;
    QPointer<QScrollArea> m_pane;  // the nearest scroll area around the form
    int m_paneHeight = -1;
    std::function<QString(const JsonValue &)> m_check;
};

}  // namespace ad::app
