#pragma once
// One action's differences between the local file and the org, pointer by pointer, the two values
// side by side (after normalizing: what remains is a real change).

#include "org/orgsync.h"

#include <QDialog>

class QLabel;
class QTableWidget;

namespace ad::app {

class OrgDiffView : public QWidget {
    Q_OBJECT
public:
    explicit OrgDiffView(QWidget *parent = nullptr);
    // leftTitle/rightTitle: the column headers ("Local", "Org (staging)").
    void setItem(const org::SyncItem &item, const QString &leftTitle, const QString &rightTitle);
    QTableWidget *table() const { return m_table; }

private:
    QLabel *m_title;
    QTableWidget *m_table;
};

// OrgDiffView in a dialog with a Close button.
class OrgDiffDialog : public QDialog {
    Q_OBJECT
public:
    OrgDiffDialog(const org::SyncItem &item, const QString &leftTitle, const QString &rightTitle, QWidget *parent = nullptr);
    OrgDiffView *view() const { return m_view; }

private:
    OrgDiffView *m_view;
};

}  // namespace ad::app
