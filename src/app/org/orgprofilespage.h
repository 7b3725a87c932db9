#pragma once
// The Port organization profiles editor: named profiles with region (EU / US / custom API base
// URL), client id and client secret (kept in the OS keychain, never in the settings file), and a
// connection test. A page of its own so the settings dialog can host it; until then the
// Organization dock opens it in a dialog.

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace ad {
class PortClient;
class PortProfiles;
class PortReply;
}  // namespace ad

namespace ad::app {

class OrgProfilesPage : public QWidget {
    Q_OBJECT
public:
    // profiles: not owned.
    explicit OrgProfilesPage(PortProfiles *profiles, QWidget *parent = nullptr);

    void selectProfile(const QString &name);
    QString currentProfile() const;
    // Stores the form as profile `name` (the secret into the keychain when typed). False with a
    // message shown on the page when the name is empty or the URL is not http(s).
    bool saveCurrent();
    void removeCurrent();
    // Token + action list with the form's values (saved or not); the answer shows on the page.
    void testConnection();
    QLabel *statusLabel() const { return m_status; }

signals:
    void profilesChanged();

private:
    void reload();
    void showProfile(const QString &name);
    void updateEnabled();

    PortProfiles *m_profiles;
    PortClient *m_client;
    PortReply *m_test = nullptr;
    QListWidget *m_list;
    QLineEdit *m_name;
    QComboBox *m_region;
    QLineEdit *m_baseUrl;
    QLineEdit *m_clientId;
    QLineEdit *m_secret;
    QLabel *m_status;
    QPushButton *m_save;
    QPushButton *m_remove;
    QPushButton *m_testButton;
};

}  // namespace ad::app
