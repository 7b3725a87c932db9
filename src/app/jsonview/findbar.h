#pragma once
// Find and replace under the JSON editor (Ctrl+F / Ctrl+H, F3 / Shift+F3, Esc closes).
// Replacing goes through a callback so a "replace all" is one document edit (one undo step).

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace ad::app {

class JsonEditor;

class FindBar : public QWidget {
    Q_OBJECT
public:
    // `setText` receives the whole new text after a replace.
    FindBar(JsonEditor *editor, std::function<void(const QString &)> setText, QWidget *parent = nullptr);

    void showFind();
    void showReplace();
    bool findNext();
    bool findPrevious();
    bool replaceCurrent();
    int replaceAll();

    QLineEdit *findEdit() const { return m_find; }
    QLineEdit *replaceEdit() const { return m_replace; }

protected:
    void keyPressEvent(QKeyEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;

private:
    bool find(bool forward, bool fromSelectionStart);
    void setReplaceVisible(bool on);
    void fitSearchField();

    JsonEditor *m_editor;
    std::function<void(const QString &)> m_setText;
    QLineEdit *m_find;
    QLineEdit *m_replace;
    QCheckBox *m_case;
    QCheckBox *m_word;
    QCheckBox *m_regex;
    QPushButton *m_replaceOne;
    QPushButton *m_replaceAll;
    QLabel *m_status;
};

}  // namespace ad::app
