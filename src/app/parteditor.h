#pragma once
// The interface every form in the centre of the main window implements: one editor per part of an
// action (Details, Trigger, User inputs, Backend, Approval). The forms live in src/app/forms/ and
// come from createPartEditors(); the main window only knows this interface.

#include <QList>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace ad::app {

class Document;

// The part ids the outline shows, in order. A PartEditor's partId() is one of these.
namespace parts {
inline const QString Details = QStringLiteral("details");
inline const QString Trigger = QStringLiteral("trigger");
inline const QString UserInputs = QStringLiteral("userInputs");
inline const QString Backend = QStringLiteral("backend");
inline const QString Approval = QStringLiteral("approval");
}  // namespace parts

// Every part id in outline order.
QStringList partIds();
// "Details", "Trigger", "User inputs", "Backend", "Approval".
QString partTitle(const QString &partId);
// The part that edits the value at `pointer` (relative to the action), e.g. "/invocationMethod/url"
// -> "backend". Unknown top-level keys belong to "details".
QString partForPointer(const QString &pointer);
// Where a part starts in the action (relative pointer, the inverse of partForPointer): "/invocationMethod"
// for "backend", "" (the action itself) for "details" and for anything unknown.
QString pointerForPart(const QString &partId);

class PartEditor : public QWidget {
    Q_OBJECT
public:
    using QWidget::QWidget;
    // Called once with the window's document (never null), and again only if the window swaps it.
    // Editors read through Document::value()/action(), write through its edit calls, and refresh
    // on Document::changed / currentActionChanged.
    virtual void setDocument(Document *doc) = 0;
    virtual QString partId() const = 0;
    // Shows and focuses the control editing `pointer` (relative to the action); false when this
    // editor has no control for it (the window then jumps to the JSON view instead).
    virtual bool focusPointer(const QString &pointer)
    {
        Q_UNUSED(pointer);
        return false;
    }
};

// Implemented by the forms (src/app/forms/): one editor per part id, parented to `parent`.
QList<PartEditor *> createPartEditors(QWidget *parent);

}  // namespace ad::app
