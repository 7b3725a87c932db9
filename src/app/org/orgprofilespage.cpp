#include "app/org/orgprofilespage.h"

#include "runner/port/portclient.h"
#include "runner/port/portprofiles.h"
#include "ui_orgprofilespage.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QUrl>

#include <iterator>

namespace ad::app {

OrgProfilesPage::OrgProfilesPage(PortProfiles *profiles, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_client(new PortClient(nullptr, this))
{
    Ui::OrgProfilesPage ui;  // ui/orgprofilespage.ui
    ui.setupUi(this);
    m_list = ui.profiles;
    m_remove = ui.remove;
    m_name = ui.name;
    m_region = ui.region;
    const QString regions[] = {QStringLiteral("eu"), QStringLiteral("us"), QStringLiteral("custom")};
    for (int i = 0; i < m_region->count() && i < int(std::size(regions)); ++i)
        m_region->setItemData(i, regions[i]);
    m_baseUrl = ui.baseUrl;
    m_clientId = ui.clientId;
    m_secret = ui.secret;
    m_status = ui.status;
    m_save = ui.save;
    m_testButton = ui.testConnection;
    QPushButton *add = ui.add;

    connect(m_list, &QListWidget::currentTextChanged, this, &OrgProfilesPage::showProfile);
    connect(add, &QPushButton::clicked, this, [this] {
        m_list->clearSelection();
        m_list->setCurrentItem(nullptr);
        showProfile(QString());
        m_name->setFocus();
    });
    connect(m_remove, &QPushButton::clicked, this, &OrgProfilesPage::removeCurrent);
    connect(m_save, &QPushButton::clicked, this, &OrgProfilesPage::saveCurrent);
    connect(m_testButton, &QPushButton::clicked, this, &OrgProfilesPage::testConnection);
    connect(m_region, &QComboBox::currentIndexChanged, this, &OrgProfilesPage::updateEnabled);
    connect(m_name, &QLineEdit::textChanged, this, &OrgProfilesPage::updateEnabled);
    reload();
}

void OrgProfilesPage::reload()
{
    const QString keep = currentProfile();
    m_list->clear();
    m_list->addItems(m_profiles->names());
    const auto found = m_list->findItems(keep, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
    else if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    else
        showProfile(QString());
}

QString OrgProfilesPage::currentProfile() const
{
    return m_list->currentItem() ? m_list->currentItem()->text() : QString();
}

void OrgProfilesPage::selectProfile(const QString &name)
{
    const auto found = m_list->findItems(name, Qt::MatchExactly);
    if (!found.isEmpty())
        m_list->setCurrentItem(found.first());
}

void OrgProfilesPage::showProfile(const QString &name)
{
    const PortProfile p = name.isEmpty() ? PortProfile() : m_profiles->profile(name);
    m_name->setText(name);
    m_region->setCurrentIndex(qMax(0, m_region->findData(p.region)));
    m_baseUrl->setText(p.baseUrl);
    m_clientId->setText(p.clientId);
    m_secret->clear();
    // Reading the keychain only when a profile is picked (a user action), never while painting.
    m_secret->setPlaceholderText(!name.isEmpty() && m_profiles->hasSecret(name) ? tr("stored in the keychain (type to replace)")
                                                                                : tr("not stored yet"));
    m_status->clear();
    updateEnabled();
}

void OrgProfilesPage::updateEnabled()
{
    m_baseUrl->setEnabled(m_region->currentData().toString() == QLatin1String("custom"));
    m_remove->setEnabled(!currentProfile().isEmpty());
    m_save->setEnabled(!m_name->text().trimmed().isEmpty());
}

bool OrgProfilesPage::saveCurrent()
{
    PortProfile p;
    p.name = m_name->text().trimmed();
    p.region = m_region->currentData().toString();
    p.baseUrl = m_baseUrl->text().trimmed();
    p.clientId = m_clientId->text().trimmed();
    if (p.name.isEmpty() || p.name.contains(QLatin1Char('/'))) {
        m_status->setText(tr("A profile needs a name without '/'."));
        return false;
    }
    const QUrl url(p.baseUrl);
    if (p.region == QLatin1String("custom") && (!url.isValid() || !url.scheme().startsWith(QLatin1String("http")) || url.host().isEmpty())) {
        m_status->setText(tr("The API base URL must be an http:// or https:// address."));
        return false;
    }
    const QString old = currentProfile();
    if (!old.isEmpty() && old != p.name)
        m_profiles->remove(old);
    m_profiles->save(p);
    if (!m_secret->text().isEmpty()) {
        QString error;
        if (!m_profiles->storeSecret(p.name, m_secret->text(), &error)) {
            m_status->setText(tr("Saved, but the client secret could not be stored in the keychain: %1").arg(error));
            reload();
            selectProfile(p.name);
            emit profilesChanged();
            return false;
        }
    }
    reload();
    selectProfile(p.name);
    m_status->setText(tr("Profile \"%1\" saved.").arg(p.name));
    emit profilesChanged();
    return true;
}

void OrgProfilesPage::removeCurrent()
{
    const QString name = currentProfile();
    if (name.isEmpty())
        return;
    m_profiles->remove(name);
    reload();
    m_status->setText(tr("Profile \"%1\" removed.").arg(name));
    emit profilesChanged();
}

void OrgProfilesPage::testConnection()
{
    if (m_test)
        m_test->cancel();
    PortConnection c;
    const QString region = m_region->currentData().toString();
    c.baseUrl = region == QLatin1String("custom") ? m_baseUrl->text().trimmed() : portregion::baseUrl(region);
    c.clientId = m_clientId->text().trimmed();
    c.clientSecret = m_secret->text();
    const QString name = currentProfile();
    if (c.clientSecret.isEmpty() && !name.isEmpty()) {
        PortConnection stored;
        QString ignored;
        if (m_profiles->resolve(name, &stored, &ignored))
            c.clientSecret = stored.clientSecret;
    }
    m_client->setConnection(c);
    m_status->setText(tr("Connecting to %1…").arg(c.baseUrl));
    m_test = m_client->get(QStringLiteral("/v1/actions?version=v2"));
    connect(m_test, &PortReply::finished, this, [this](const PortResult &r) {
        m_test->deleteLater();
        m_test = nullptr;
        m_status->setText(r.ok ? tr("Connected: the org has %n action(s) and automation(s).", nullptr, int(r.member(u"actions").size()))
                               : tr("Connection failed: %1").arg(r.describe()));
    });
}

}  // namespace ad::app
