#pragma once
// The centre of the window: a "Form" page stacking one part editor per outline item, and a
// "JSON" page with the whole file's text. While the text does not parse, the forms stay visible
// but read-only under a banner.

#include <QHash>
#include <QTabWidget>

class QLabel;
class QStackedWidget;

namespace ad::app {

class Document;
class JsonView;
class PartEditor;

class EditorArea : public QTabWidget {
    Q_OBJECT
public:
    explicit EditorArea(QWidget *parent = nullptr);

    void setDocument(Document *doc);
    void showPart(const QString &partId);
    QString currentPart() const;
    PartEditor *partEditor(const QString &partId) const { return m_editors.value(partId); }
    JsonView *jsonView() const { return m_json; }
    bool isJsonShown() const;
    void showJson();
    void showForm();
    void toggleJson();
    bool formsReadOnly() const;

private:
    void updateReadOnly();

    Document *m_doc = nullptr;
    QWidget *m_formPage;
    QLabel *m_readOnlyBanner;
    QStackedWidget *m_stack;
    QHash<QString, PartEditor *> m_editors;
    JsonView *m_json;
};

}  // namespace ad::app
