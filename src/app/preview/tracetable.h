#pragma once
// The Preview dock's Trace tab: one row per template, in render order (row = trace index). The
// result comes first and takes the spare width (the value, or why the template failed); the
// filter and where it sits are elided in the middle, every cell's full text is in its tooltip.

#include "template/templatetypes.h"

#include <QSet>
#include <QTableWidget>

#include <functional>

namespace ad::app {

class TraceTable : public QTableWidget {
    Q_OBJECT
public:
    enum Column { Result, Filter, Where, Type, Time, ColumnCount };

    explicit TraceTable(QWidget *parent = nullptr);
    // `mask` hides secrets in the texts shown; `timeoutMs` words a timeout as the engine does.
    void setTraces(const QList<TemplateTrace> &traces, const std::function<QString(const QString &)> &mask,
                   int timeoutMs);

protected:
    void changeEvent(QEvent *e) override;
    void resizeEvent(QResizeEvent *e) override;

private:
    // Each narrow column to its content up to its cap, except those the user sized by hand.
    void fitColumns();
    int capFor(int column) const;
    QSet<int> m_userSized;
    bool m_fitting = false;
};

}  // namespace ad::app
