#pragma once
// A RunnerService on a temporary history, for window tests that need the Run menu, the Runner dock
// and the Settings dialog's Runner page but send nothing (tst_keyboardhelp, tst_settingsmerge).
// `Store` is the test's secret store; it outlives the service.

#include "app/runner/runnerservice.h"

#include <QStandardPaths>
#include <QTemporaryDir>

#include <memory>

template <class Store> class ServiceFixture {
protected:
    QTemporaryDir m_dir;
    Store m_store;
    std::unique_ptr<ad::app::RunnerService> m_service;

    // initTestCase: test-mode settings (never the user's), then the service.
    void startService()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_service =
            std::make_unique<ad::app::RunnerService>(m_dir.filePath(QStringLiteral("history.sqlite")), &m_store);
    }
    // cleanupTestCase: the service goes while the application still runs.
    void stopService() { m_service.reset(); }
};
