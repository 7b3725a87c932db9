#pragma once
// The left pane: the parts of the current action (Details, Trigger, User inputs, Backend,
// Approval) and, for files holding several actions, the list of actions.

#include <QWidget>

class QLabel;
class QListWidget;

namespace ad::app {

class Document;

// Parts that do not apply to the current action (user inputs and approval of an automation) are
// hidden.
class OutlineView : public QWidget {
    Q_OBJECT
public:
    explicit OutlineView(QWidget *parent = nullptr);

    void setDocument(Document *doc);
    QString currentPart() const;
    void setCurrentPart(const QString &partId);
    QListWidget *partsList() const { return m_parts; }
    QListWidget *actionsList() const { return m_actions; }

signals:
    void partActivated(const QString &partId);

private:
    void refreshActions();
    void updateParts();

    Document *m_doc = nullptr;
    QLabel *m_actionsLabel;
    QListWidget *m_actions;
    QListWidget *m_parts;
};

}  // namespace ad::app
