#pragma once
// The runner's pages of the Settings dialog: "Backends and secrets" (Port client id/secret, GitHub
// and GitLab tokens and bases, Azure base, Port API base) and "Runner" (runs API port, timeout,
// agent mode, Kafka). Secret fields are write-only: they say whether a value is stored and replace
// it only when something is typed. When the keychain cannot store a value, the user is told so
// plainly and chooses: keep it for this session only, or use the named environment variable.

#include "app/files/reportdialog.h"

#include <QHash>
#include <QObject>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QWidget;

namespace ad::app {

class RunnerService;

class RunnerSettingsPages : public QObject {
    Q_OBJECT
public:
    // Builds both pages (owned by `parent`'s widget tree once placed; deleted with it).
    RunnerSettingsPages(RunnerService *service, QWidget *parent);
    QWidget *backendsPage() const { return m_backends; }
    QWidget *runnerPage() const { return m_runner; }

    // Writes settings and typed secrets. A secret the keychain refused is not reported stored:
    // the user is asked (see above); false when a typed secret ended up nowhere.
    bool apply();
    QLineEdit *field(const QString &name) const { return m_fields.value(name); }
    QLineEdit *secretField(const QString &key) const { return m_secrets.value(key); }
    QSpinBox *portBox() const { return m_port; }
    QLabel *messageLabel() const { return m_error; }

    // Who answers "no keychain" (a ReportDialog by default; tests answer it).
    using Asker = std::function<int(const Question &)>;
    void setAsker(Asker a) { m_ask = std::move(a); }
    // The texts of the choices offered when the keychain refused a secret.
    static QString keepForSessionText();
    static QString useEnvironmentText();

private:
    void updatePlaceholder(const QString &key);

    RunnerService *m_service;
    QWidget *m_backends;
    QWidget *m_runner;
    QSpinBox *m_port;
    QSpinBox *m_timeout;
    QCheckBox *m_agentDirect;
    QLabel *m_error;
    QHash<QString, QLineEdit *> m_fields;
    QHash<QString, QLineEdit *> m_secrets;
    Asker m_ask;
};

}  // namespace ad::app
