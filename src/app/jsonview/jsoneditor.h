#pragma once
// The one QScintilla wrapper: JSON highlighting in the editor font, line numbers, folding, brace
// matching, `{{ }}` template regions, problem markers with annotations and tooltips, colours that
// follow the palette. Undo belongs to the Document, so Scintilla's own undo is switched off.

#include <Qsci/qsciscintilla.h>

#include <QList>
#include <QString>

class QsciLexerJSON;

namespace ad::app {

// A problem to show in the editor; line/column are 1-based, column in code points.
struct EditorProblem {
    int line = 0;
    int column = 0;
    QString message;
    bool error = true;
    bool operator==(const EditorProblem &o) const
    {
        return line == o.line && column == o.column && error == o.error && message == o.message;
    }
};

class JsonEditor : public QsciScintilla {
    Q_OBJECT
public:
    explicit JsonEditor(QWidget *parent = nullptr);

    // Replaces the text by changing only the differing middle, so caret, selection and scroll
    // position stay where they were relative to the unchanged text.
    void replaceTextMinimally(const QString &text);

    void setProblems(const QList<EditorProblem> &problems);
    const QList<EditorProblem> &problems() const { return m_problems; }

    // Moves the caret to a 1-based line and column (code points) and centres it.
    void goTo(int line, int column = 1);
    // 1-based line and column (code points) of the caret.
    int caretLine() const;
    int caretColumn() const;

    // Byte ranges (Scintilla positions) of every `{{ ... }}` region, as highlighted.
    QList<QPair<int, int>> templateRanges() const;

    // Font and colours; call again when the settings or the palette change.
    void applyAppearance(const QFont &font);

protected:
    void changeEvent(QEvent *e) override;

private:
    // Re-marks the `{{ }}` regions on lines [firstLine, lastLine]; regions never span lines, so
    // an edit only needs its own lines re-scanned (a 1 MB file is not re-scanned per key).
    void updateTemplateIndicators(int firstLine, int lastLine);
    void textModified(int position, int modificationType, const char *text, int length, int linesAdded);
    void showDwellTip(int position, int x, int y);

    QsciLexerJSON *m_lexer = nullptr;
    QFont m_font;
    QList<EditorProblem> m_problems;
    // Annotation styles, made once per appearance: defining a style makes Scintilla re-measure every
    // line, which costs tens of ms in a large file if done per annotation.
    int m_errorStyle = -1;
    int m_warnStyle = -1;
};

}  // namespace ad::app
