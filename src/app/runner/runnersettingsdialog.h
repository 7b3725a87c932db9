#pragma once
// The runner's settings: runs API port, Port client id/secret, GitHub/GitLab tokens and bases,
// Azure base, Port API base, Kafka, timeout. Secret fields are write-only: they show whether a value
// is stored and replace it only when something is typed; the values go to the SecretStore.

#include <QDialog>
#include <QHash>

class QCheckBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ad::app {

class RunnerService;

class RunnerSettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit RunnerSettingsDialog(RunnerService *service, QWidget *parent = nullptr);
    // Writes settings and typed secrets; false (with the reason shown) when the keychain refused.
    bool apply();
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QLineEdit *secretField(const QString &key) const { return m_secrets.value(key); }
    QSpinBox *portBox() const { return m_port; }

private:
    QLineEdit *addField(QFormLayout *form, const QString &name, const QString &label, const QString &value,
                        const QString &placeholder = {});
    QLineEdit *addSecret(QFormLayout *form, const QString &key, const QString &label);

    RunnerService *m_service;
    QSpinBox *m_port;
    QSpinBox *m_timeout;
    QCheckBox *m_agentDirect;
    QLabel *m_error;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLineEdit *> m_secrets;
};

}  // namespace ad::app
