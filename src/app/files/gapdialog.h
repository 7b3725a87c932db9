#pragma once
// Asks before a lossy export: lists, per field, what the target format cannot
// carry over unchanged and lets the user export anyway or cancel.

#include "format/actionformat.h"

#include <QDialog>

class QTreeWidget;

namespace ad::app {

class GapDialog : public QDialog {
    Q_OBJECT
public:
    GapDialog(const QString &formatName, const FormatGaps &gaps, QWidget *parent = nullptr);
    QTreeWidget *list() const { return m_list; }

private:
    QTreeWidget *m_list;
};

}  // namespace ad::app
