#pragma once
// The centre of the window: a "Form" page stacking one part editor per outline item, and a
// "JSON" page with the whole file's text. While the text does not parse, or the current action is in
// a shape the forms would only half understand (legacy v1, flat INTEGRATION_ACTION), the forms stay
// visible but read-only under a banner that says why (and offers Migrate for the latter).

#include <QHash>
#include <QTabWidget>

class QFrame;
class QLabel;
class QPushButton;
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
    // Moves the JSON view's caret to where the current part starts in the current action (the
    // nearest existing parent when the part's key is absent). Unless `force`, a caret already inside
    // that part stays where the user left it.
    void revealPartInJson(bool force = false);
    bool formsReadOnly() const;
    // The banner above the forms while they are read-only, and its Migrate button (shown for an
    // action the forms cannot edit faithfully: legacy v1, or a flat INTEGRATION_ACTION).
    QLabel *bannerLabel() const { return m_readOnlyBanner; }
    QPushButton *migrateButton() const { return m_migrateButton; }

signals:
    void migrateRequested();

private:
    void updateReadOnly();

    Document *m_doc = nullptr;
    QWidget *m_formPage;
    QFrame *m_banner;
    QLabel *m_readOnlyBanner;
    QPushButton *m_migrateButton;
    QStackedWidget *m_stack;
    QHash<QString, PartEditor *> m_editors;
    JsonView *m_json;
};

}  // namespace ad::app
