#pragma once
// requiredApproval (not required / true / ANY / ALL) and approvalNotification (email or webhook).

#include "app/forms/formpart.h"

class QComboBox;

namespace ad::app {

class ApprovalEditor : public FormPart {
    Q_OBJECT
public:
    explicit ApprovalEditor(QWidget *parent = nullptr);

protected:
    void documentChanged(const QString &pointer) override;
    void rebuild() override { updateEnabled(); }

private:
    void updateEnabled();
    QWidget *m_notification;
};

}  // namespace ad::app
