#pragma once
// The JSON view of the whole file: the editor bound to a Document both ways, a banner with the
// parse error (line:column) while the text does not parse, and the find/replace bar.
// Typing goes to Document::setText (one undo step per burst); model edits come back as minimal
// text replacements, so the caret and scroll position stay put.

#include "app/problems/problems.h"

#include <QWidget>

class QLabel;

namespace ad::app {

class Document;
class FindBar;
class JsonEditor;

class JsonView : public QWidget {
    Q_OBJECT
public:
    explicit JsonView(QWidget *parent = nullptr);

    void setDocument(Document *doc);
    Document *document() const { return m_doc; }
    JsonEditor *editor() const { return m_editor; }
    FindBar *findBar() const { return m_findBar; }

    void setProblems(const QList<Problem> &problems);
    void setEditorFont(const QFont &font);

    void showFind();
    void showReplace();
    void findNext();
    void findPrevious();
    // Asks for a line (and optional :column) and goes there.
    void goToLineDialog();
    void goTo(int line, int column = 1);

private:
    void syncFromDocument();
    void updateBanner();

    Document *m_doc = nullptr;
    JsonEditor *m_editor;
    FindBar *m_findBar;
    QLabel *m_banner;
    bool m_applying = false;  // true while the view writes the document's text into the editor
};

}  // namespace ad::app
