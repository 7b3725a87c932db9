#pragma once
// A message that needs a decision or stays readable until closed (what Migrate changed, what
// Export for Port stripped, errors Port would reject, a save that was not complete): an intro,
// the lines in a selectable list, and the buttons to choose from. Used instead of status-bar
// messages that disappear.

#include <QDialog>
#include <QStringList>

class QLabel;
class QPlainTextEdit;

namespace ad::app {

struct Question {
    QString title;
    QString intro;
    QStringList lines;
    QStringList buttons;  // the first is the default; the last one also answers Esc
};

class ReportDialog : public QDialog {
    Q_OBJECT
public:
    explicit ReportDialog(const Question &q, QWidget *parent = nullptr);
    // The index of the button clicked (Esc / closing: the last one).
    int choice() const { return m_choice; }
    // Shows the dialog modally and returns choice().
    static int ask(const Question &q, QWidget *parent);

private:
    int m_choice;
};

}  // namespace ad::app
