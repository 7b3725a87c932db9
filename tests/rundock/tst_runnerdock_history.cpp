// The Runner dock's history: Re-run's two labelled choices (the run's own action version, also in
// a later session, or the current action), the filter by action and text with the HTTP and URL
// columns, timeline texts in the UI language, and the runs API's fixed port with its notice when
// taken.

#include "dockfixture.h"

using namespace ad;
using namespace ad::app;
using namespace dockfixture;

class TestRunnerDockHistory : public QObject, private DockFixture {
    Q_OBJECT

private slots:
    void initTestCase() { setUpDock(); }

    void cleanupTestCase()
    {
        m_dock.reset();
        m_service.reset();
    }

    // Re-run offers both, labelled: the run's own version of the action, or the current one.
    void rerunSaysWhatItSends()
    {
        QAction *rerunA = m_dock->action(QStringLiteral("rerun"));
        QVERIFY(rerunA->menu());
        QCOMPARE(rerunA->menu()->actions().size(), 2);
        QCOMPARE(m_dock->action(QStringLiteral("rerunExact"))->text(), QStringLiteral("Send this exact request again"));
        QCOMPARE(m_dock->action(QStringLiteral("rerunCurrent"))->text(), QStringLiteral("Run the current action"));
        QCOMPARE(rerunA->menu()->actions().at(0), m_dock->action(QStringLiteral("rerunExact")));

        auto versionSent = [this] {
            const QByteArray body = m_hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).last().body;
            return QJsonDocument::fromJson(body).object().value(QStringLiteral("version")).toString();
        };
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const QString old = m_dock->run();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), old), runstatus::Success, 20000);
        QCOMPARE(versionSent(), QStringLiteral("1.2.3"));
        // The action is edited after the run.
        m_action = parseJson(writeJson(m_action).replace("1.2.3", "2.0.0")).value;

        m_dock->selectRun(old);
        QVERIFY(m_dock->action(QStringLiteral("rerunExact"))->isEnabled());
        const QString exact = m_dock->rerunExact();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), exact), runstatus::Success, 20000);
        QCOMPARE(versionSent(), QStringLiteral("1.2.3"));
        m_dock->selectRun(old);
        const QString current = m_dock->rerunCurrent();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), current), runstatus::Success, 20000);
        QCOMPARE(versionSent(), QStringLiteral("2.0.0"));

        // In a later session the history still knows which version the old run sent.
        makeDock();
        m_dock->selectRun(old);
        QCOMPARE(m_dock->selectedRun(), old);
        const QString later = m_dock->rerunExact();
        QVERIFY(!later.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isActive(later), 20000);
        QCOMPARE(versionSent(), QStringLiteral("1.2.3"));
    }

    // The history list: HTTP status and URL columns, a filter by action and by text.
    void historyFilterAndColumns()
    {
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const QString id = m_dock->run();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 20000);
        QTRY_COMPARE(m_dock->runsList()->currentItem()->text(RunnerDock::HttpCol), QStringLiteral("200"));
        QTreeWidgetItem *item = m_dock->runsList()->currentItem();
        QCOMPARE(item->text(RunnerDock::UrlCol), m_hook.url(QStringLiteral("/hook")));
        QCOMPARE(m_dock->runsList()->headerItem()->text(RunnerDock::HttpCol), QStringLiteral("HTTP"));
        QCOMPARE(m_dock->runsList()->headerItem()->text(RunnerDock::UrlCol), QStringLiteral("URL"));
        auto visible = [this] {
            int n = 0;
            for (int i = 0; i < m_dock->runsList()->topLevelItemCount(); ++i)
                n += m_dock->runsList()->topLevelItem(i)->isHidden() ? 0 : 1;
            return n;
        };
        const int all = m_dock->runsList()->topLevelItemCount();
        QCOMPARE(visible(), all);
        QTest::keyClicks(m_dock->filterEdit(), QStringLiteral("no-such-run"));
        QCOMPARE(visible(), 0);
        m_dock->filterEdit()->setText(id.mid(2, 8));
        QCOMPARE(visible(), 1);
        QVERIFY(!item->isHidden());
        m_dock->filterEdit()->setText(QStringLiteral("/HOOK"));
        QVERIFY(visible() >= 1);
        m_dock->filterEdit()->clear();
        QComboBox *actions = m_dock->actionFilter();
        QCOMPARE(actions->itemText(0), QStringLiteral("All actions"));
        const int deploy = actions->findText(QStringLiteral("deploy_service"));
        QVERIFY(deploy > 0);
        // A run of another action, then the action filter shows only one of them.
        m_service->store()->create([] {
            Run r;
            r.action = QStringLiteral("other_action");
            return r;
        }());
        QTRY_VERIFY(actions->findText(QStringLiteral("other_action")) > 0);
        actions->setCurrentIndex(actions->findText(QStringLiteral("other_action")));
        QCOMPARE(visible(), 1);
        actions->setCurrentIndex(actions->findText(QStringLiteral("deploy_service")));
        QCOMPARE(visible(), all);
        actions->setCurrentIndex(0);
        QCOMPARE(visible(), all + 1);
    }

    // Status changes and the runner's own lines are stored in one form and shown in the UI
    // language.
    void timelineFollowsTheUiLanguage()
    {
        class Pseudo : public QTranslator {
        public:
            bool isEmpty() const override { return false; }
            QString translate(const char *context, const char *source, const char *, int) const override
            {
                if (qstrcmp(context, "ad::app::RunTimeline") != 0)
                    return {};
                if (qstrcmp(source, "status %1 → %2") == 0)
                    return QStringLiteral("Status von %1 nach %2");
                if (qstrcmp(source, "Rendering the invocation…") == 0)
                    return QStringLiteral("Aufruf wird gerendert …");
                return {};
            }
        };
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const QString id = m_dock->run();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 20000);
        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("status IN_PROGRESS → SUCCESS")));
        QVERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("Rendering the invocation…")));
        Pseudo german;
        QCoreApplication::installTranslator(&german);
        m_dock->runsList()->setCurrentItem(nullptr);
        m_dock->selectRun(id);
        const QString text = m_dock->timeline()->toPlainText();
        QCoreApplication::removeTranslator(&german);
        QVERIFY2(text.contains(QStringLiteral("Status von IN_PROGRESS nach SUCCESS")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("Aufruf wird gerendert …")));
        // What is stored stays in the one form.
        const auto events = m_service->store()->run(id)->events;
        QVERIFY(std::any_of(events.begin(), events.end(),
            [](const RunEvent &e) { return e.what == QLatin1String("status IN_PROGRESS -> SUCCESS"); }));
    }

    // The runs API keeps one address: a fixed default port; a taken port is said, and the next
    // used.
    void runsApiAddressIsStable()
    {
        QCOMPARE(RunnerSettings().runsApiPort, RunnerSettings::kDefaultRunsApiPort);
        QVERIFY(RunnerSettings::kDefaultRunsApiPort > 0);
        // Another test process may hold the default port right now: then the notice says so.
        QVERIFY(m_service->runsApi()->port() == RunnerSettings::kDefaultRunsApiPort || !m_service->runsApiNotice().isEmpty());
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        RunnerSettings s = m_service->settings();
        s.runsApiPort = taken.serverPort();
        m_service->setSettings(s);
        QVERIFY(m_service->runsApi()->isListening());
        QVERIFY(m_service->runsApi()->port() > taken.serverPort());
        QVERIFY(m_service->runsApi()->port() <= taken.serverPort() + 20);
        QVERIFY2(
            m_service->runsApiNotice().contains(QString::number(taken.serverPort())), qPrintable(m_service->runsApiNotice()));
        const QString label = m_dock->runsApiLabel()->text();
        QVERIFY2(label.contains(QStringLiteral("taken")) && label.contains(m_service->runsApi()->baseUrl()), qPrintable(label));
        // The Copy URL button copies the address in use.
        auto *copy = m_dock->findChild<QToolButton *>();
        QVERIFY(copy);
        for (QToolButton *b : m_dock->findChildren<QToolButton *>())
            if (b->text() == QStringLiteral("Copy URL"))
                copy = b;
        QTest::mouseClick(copy, Qt::LeftButton);
        QCOMPARE(QGuiApplication::clipboard()->text(), m_service->runsApi()->baseUrl());
        // A free port is used as configured, without a notice.
        taken.close();
        m_service->setSettings(s);
        QCOMPARE(m_service->runsApi()->port(), s.runsApiPort);
        QVERIFY(m_service->runsApiNotice().isEmpty());
        QVERIFY(m_dock->runsApiLabel()->text().contains(QStringLiteral("PORT_API_BASE_URL")));
        s.runsApiPort = 0;
        m_service->setSettings(s);
    }

    // docs/screenshots/runner-dock-port-taken.png and runner-rerun-menu.png: the dock when the
    // configured port is taken (amber notice), and Re-run's two labelled choices.
    void screenshotRerunAndPort()
    {
        const QString out = qEnvironmentVariable("AD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set AD_SCREENSHOT_DIR to write the Re-run and port screenshots");
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        RunnerSettings s = m_service->settings();
        s.runsApiPort = taken.serverPort();
        m_service->setSettings(s);
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const QString id = m_dock->run();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 20000);
        m_dock->filterEdit()->setText(QStringLiteral("200"));
        m_dock->resize(1100, 420);
        QTest::qWait(100);
        QDir().mkpath(out);
        QVERIFY(m_dock->grab().save(out + QStringLiteral("/runner-dock-port-taken.png")));
        QMenu *menu = m_dock->action(QStringLiteral("rerun"))->menu();
        menu->popup(m_dock->mapToGlobal(QPoint(100, 40)));
        QTRY_VERIFY(menu->isVisible());
        QVERIFY(menu->grab().save(out + QStringLiteral("/runner-rerun-menu.png")));
        menu->hide();
        m_dock->filterEdit()->clear();
        s.runsApiPort = 0;
        m_service->setSettings(s);
    }

};

QTEST_MAIN(TestRunnerDockHistory)
#include "tst_runnerdock_history.moc"
