#pragma once
// What the Organization window tests (tst_orgdock, tst_runpicker) start from: test-mode settings, no
// Port credentials taken from the environment running the suite, and for each test function an empty
// local folder and a fresh fake Port that the profile "staging" points at (its client secret kept in
// memory, never in the user's keychain).

#include "fakeport.h"

#include "runner/port/portprofiles.h"
#include "runner/secretstore.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

class OrgFixture {
protected:
    // The initTestCase part.
    static void isolateFromUser()
    {
        QStandardPaths::setTestModeEnabled(true);
        qunsetenv("PORT_CLIENT_ID");
        qunsetenv("PORT_CLIENT_SECRET");
        qunsetenv("PORT_BASE_URL");
    }

    // The init part; the test seeds m_port with the actions and runs it needs.
    void resetOrg()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        m_cfg = std::make_unique<QTemporaryDir>();
        m_settings = std::make_unique<QSettings>(m_cfg->filePath("s.ini"), QSettings::IniFormat);
        m_secrets = std::make_unique<ad::MemorySecretStore>();
        m_profiles = std::make_unique<ad::PortProfiles>(m_settings.get(), m_secrets.get());
        m_port = std::make_unique<FakePort>();
        m_profiles->save({"staging", "custom", m_port->url(), "cid"});
        QVERIFY(m_profiles->storeSecret("staging", "csecret"));
    }

    std::unique_ptr<QTemporaryDir> m_dir, m_cfg;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ad::MemorySecretStore> m_secrets;
    std::unique_ptr<ad::PortProfiles> m_profiles;
    std::unique_ptr<FakePort> m_port;
};
