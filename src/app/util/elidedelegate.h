#pragma once
// Item views: how a column's text is shortened when it does not fit. Pointers and paths keep their
// head and their last token (ElideMiddle); the view's own mode (ElideRight) stays for prose.

#include <QStyledItemDelegate>

namespace ad::app {

class ElideDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    ElideDelegate(Qt::TextElideMode mode, QObject *parent);
    Qt::TextElideMode elideMode() const { return m_mode; }

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    Qt::TextElideMode m_mode;
};

}  // namespace ad::app
