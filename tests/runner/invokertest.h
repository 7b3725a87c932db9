#pragma once
// Base of the invoker tests: an Invoker over a fresh RunStore (one SQLite file per test function)
// and an in-memory secret store, with helpers to start a run and wait for its end.

#include "runner/invoker.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QTemporaryDir>
#include <QTest>

class InvokerTest : public QObject {
protected:
    void setUpInvoker()
    {
        m_store = new ad::RunStore;
        QVERIFY(m_store->open(m_dir.filePath(QStringLiteral("%1.sqlite").arg(QTest::currentTestFunction()))));
        m_secrets = new ad::MemorySecretStore;
        m_invoker = new ad::Invoker(m_store, m_secrets);
    }
    void tearDownInvoker()
    {
        delete m_invoker;
        delete m_secrets;
        delete m_store;
    }
    QString startRun(const ad::RenderedInvocation &inv, const ad::InvokeOptions &o = {})
    {
        const QString id = m_invoker->createRun(QStringLiteral("act"), inv.backend, QStringLiteral("default"));
        m_invoker->start(id, inv, o);
        return id;
    }
    void waitEnded(const QString &id)
    {
        QTRY_VERIFY_WITH_TIMEOUT(m_store->status(id) != ad::runstatus::InProgress, 20000);
    }

    QTemporaryDir m_dir;
    ad::RunStore *m_store = nullptr;
    ad::MemorySecretStore *m_secrets = nullptr;
    ad::Invoker *m_invoker = nullptr;
};
