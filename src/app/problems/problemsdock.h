#pragma once
// The Problems dock's content: one row per problem (severity and message, line:column, where, code),
// sorted by position; activating a row (Enter, double click) asks the window to jump there. The
// message takes the spare width; a long pointer is elided in the middle; every cell's full text is
// in its tooltip.

#include "app/problems/problems.h"

#include <QWidget>

class QLabel;
class QMenu;
class QTreeWidget;

namespace ad::app {

class ProblemsView : public QWidget {
    Q_OBJECT
public:
    enum Column { Message, Line, Where, Code, ColumnCount };

    explicit ProblemsView(QWidget *parent = nullptr);

    void setProblems(const QList<Problem> &problems);
    const QList<Problem> &problems() const { return m_problems; }
    QTreeWidget *tree() const { return m_tree; }
    // "2 errors, 1 warning" (for the dock title and status bar).
    QString summary() const;
    // The quick fixes a problem offers in the row's context menu (action texts; "Migrate to the
    // current format" for legacy v1 and flat INTEGRATION_ACTION problems).
    static QStringList quickFixes(const Problem &p);
    // The context menu of `row` (tests open it without a mouse), or nullptr when it has no fix.
    QMenu *contextMenuFor(int row);

signals:
    void activated(const ad::app::Problem &problem);
    void summaryChanged(const QString &summary);
    void migrateRequested();

protected:
    void changeEvent(QEvent *e) override;

private:
    void fitColumns();
    QTreeWidget *m_tree;
    QList<Problem> m_problems;
};

}  // namespace ad::app
