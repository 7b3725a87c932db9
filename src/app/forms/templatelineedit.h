#pragma once
// A line edit for values that may hold {{ jq }} templates: highlights the template regions and
// completes context paths (.inputs.<id>, .run.id, ...) for the token under the cursor.

#include <QLineEdit>
#include <QStringList>

#include <functional>

class QCompleter;
class QStringListModel;

namespace ad::app {

class TemplateLineEdit : public QLineEdit {
    Q_OBJECT
public:
    // Template: completion inside {{ }} only. Jq: the whole text is a jq program.
    enum class Mode { Template, Jq, Plain };
    explicit TemplateLineEdit(QWidget *parent = nullptr);

    void setMode(Mode m);
    Mode mode() const { return m_mode; }
    // Called when completion starts, so the list follows the document (new input ids).
    void setCompletionSource(std::function<QStringList()> source) { m_source = std::move(source); }
    QCompleter *completer() const { return m_completer; }

    // [start, length) of every {{ ... }} region (an unclosed one runs to the end).
    static QList<QPair<int, int>> templateRanges(const QString &text);
    // Start of the path token ending at `cursor` when completion applies there, or -1.
    int completionStart(int cursor) const;

    // Templates that failed in the preview: the {{ }} regions whose filter is in `errors`
    // (filter text -> jq's message) get a red wavy underline and the messages become the tooltip.
    // Cleared when the user edits the text (the next preview marks again).
    void setTemplateErrors(const QList<QPair<QString, QString>> &errors);
    const QList<QPair<QString, QString>> &templateErrors() const { return m_errors; }

protected:
    // The template colours come from the palette: re-applied on a theme switch.
    void changeEvent(QEvent *e) override;
    void keyPressEvent(QKeyEvent *e) override;
    void focusInEvent(QFocusEvent *e) override;

private:
    void highlight();
    void updateCompletion();
    void insertCompletion(const QString &completion);

    Mode m_mode = Mode::Template;
    QCompleter *m_completer;
    QStringListModel *m_model;
    std::function<QStringList()> m_source;
    int m_tokenStart = -1;
    QList<QPair<QString, QString>> m_errors;
    QString m_plainToolTip;
};

}  // namespace ad::app
