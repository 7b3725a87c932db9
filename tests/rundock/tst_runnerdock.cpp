// The Runner dock against servers this test starts on 127.0.0.1: a fake webhook that checks Port's
// signature, a never-answering endpoint (cancel), and the local runs API driven with
// QNetworkAccessManager (logs, terminationStatus). History across a re-created store, no secret in the
// timeline or the database, delete, copy as curl, the settings dialog, Ctrl+R in the window. A runaway
// template renders off the UI thread: timers keep ticking, Cancel and teardown mid-render send nothing.

#include "dockfixture.h"

using namespace ad;
using namespace ad::app;
using namespace dockfixture;

class TestRunnerDock : public QObject, private DockFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        setUpDock();
    }

    void cleanupTestCase()
    {
        m_dock.reset();
        m_service.reset();
    }

    void runsApiUrlShown()
    {
        QVERIFY(m_service->runsApi()->isListening());
        QVERIFY(m_dock->runsApiLabel()->text().contains(m_service->runsApi()->baseUrl()));
        QVERIFY(m_dock->runsApiLabel()->text().contains(QStringLiteral("PORT_API_BASE_URL")));
    }

    void synchronizedWebhookSucceeds()
    {
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const int before = m_hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).size();
        const QString id = m_dock->run();
        QVERIFY(id.startsWith(QStringLiteral("r_")));
        QCOMPARE(m_dock->selectedRun(), id);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 20000);
        QTRY_COMPARE(itemStatus(id), runstatus::Success);
        QCOMPARE(m_badSignatures, 0);

        const QList<Received> got = m_hook.requests(QStringLiteral("POST"), QStringLiteral("/hook"));
        QCOMPARE(got.size(), before + 1);
        // The real request carries the clear secret and this run's id.
        QCOMPARE(QString::fromUtf8(got.last().header("X-Api-Key")), kApiKey);
        QVERIFY(got.last().body.contains(id.toUtf8()));

        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("HTTP 200")));
        const QString text = m_dock->timeline()->toPlainText();
        QVERIFY2(text.contains(QStringLiteral("Request sent")), qPrintable(text));
        QVERIFY(text.contains(QStringLiteral("POST ") + m_hook.url(QStringLiteral("/hook"))));
        QVERIFY(text.contains(QStringLiteral("X-Port-Signature")));
        QVERIFY(text.contains(QStringLiteral("dep-42")));       // response body
        QVERIFY(text.contains(QStringLiteral("X-Request-Id")));  // response headers
        QVERIFY(text.contains(QStringLiteral("********")));
        QVERIFY(!text.contains(kApiKey));
        QVERIFY(!text.contains(kClientSecret));
        // The header names the run: action, backend, scenario, id and start, no bare placeholders.
        QVERIFY2(text.contains(QStringLiteral("deploy_service · WEBHOOK · scenario with-secret")), qPrintable(text));
        QVERIFY(text.contains(id + QStringLiteral(" · started ")));
        QVERIFY2(!text.contains(QRegularExpression(QStringLiteral("%\\d"))), qPrintable(text));
        QCOMPARE(m_dock->runsList()->currentItem()->text(RunnerDock::BackendCol), QStringLiteral("WEBHOOK"));
        QCOMPARE(m_dock->runsList()->currentItem()->text(RunnerDock::ScenarioCol), QStringLiteral("with-secret"));
        QCOMPARE(m_dock->runsList()->currentItem()->text(RunnerDock::ActionCol), QStringLiteral("deploy_service"));
    }

    void asyncWebhookLogsLiveAndTerminates()
    {
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), false);
        const QString id = m_dock->run();
        QVERIFY(!id.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isActive(id), 20000);
        QCOMPARE(statusOf(m_service.get(), id), runstatus::InProgress);
        QTRY_COMPARE(itemStatus(id), runstatus::InProgress);
        QVERIFY(m_dock->action(QStringLiteral("cancel"))->isEnabled());

        const QString tok = token();
        QVERIFY(!tok.isEmpty());
        const QString logs = QStringLiteral("/v1/actions/runs/%1/logs").arg(id);
        QCOMPARE(api("POST", logs, {{QStringLiteral("message"), QStringLiteral("Deploying step one")}}), 401);
        QCOMPARE(api("POST", logs, {{QStringLiteral("message"), QStringLiteral("Deploying step one")}}, tok), 201);
        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("Deploying step one")));
        QCOMPARE(statusOf(m_service.get(), id), runstatus::InProgress);
        QCOMPARE(api("PATCH", QStringLiteral("/v1/actions/runs/%1").arg(id),
                     {{QStringLiteral("statusLabel"), QStringLiteral("Rolling out")},
                      {QStringLiteral("link"), QStringLiteral("https://ci.example.com/runs/7")}}, tok), 200);
        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("https://ci.example.com/runs/7")));
        QTRY_VERIFY(m_dock->timeline()->toHtml().contains(QStringLiteral("href=\"https://ci.example.com/runs/7\"")));
        QCOMPARE(api("POST", logs, {{QStringLiteral("message"), QStringLiteral("All done")},
                                    {QStringLiteral("terminationStatus"), QStringLiteral("SUCCESS")}}, tok), 201);
        QTRY_COMPARE(itemStatus(id), runstatus::Success);
        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("All done")));
        // A finished run refuses changes, as on Port.
        QCOMPARE(api("POST", logs, {{QStringLiteral("message"), QStringLiteral("late")}}, tok), 422);
    }

    void cancelEndsTheRun()
    {
        RawServer silent;
        m_action = webhookAction(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.port()), true);
        const QString id = m_dock->run();
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(silent.accepted, 1, 10000);
        QVERIFY(m_service->invoker()->isActive(id));
        QVERIFY(m_dock->action(QStringLiteral("cancel"))->isEnabled());
        m_dock->action(QStringLiteral("cancel"))->trigger();
        QTRY_COMPARE(statusOf(m_service.get(), id), runstatus::Failure);
        QTRY_COMPARE(itemStatus(id), runstatus::Failure);
        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("Cancelled by the user")));
    }

    void tlsOptOutWarns()
    {
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        m_dock->action(QStringLiteral("skipTls"))->setChecked(true);
        const QString id = m_dock->run();
        m_dock->action(QStringLiteral("skipTls"))->setChecked(false);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 20000);
        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("TLS certificate verification is OFF")));
    }

    void copyAsCurlIsMasked()
    {
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const QString id = m_dock->run();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 20000);
        QTRY_VERIFY(m_dock->action(QStringLiteral("copyCurl"))->isEnabled());
        const QString curl = m_dock->copyAsCurl();
        QVERIFY2(curl.startsWith(QStringLiteral("curl -X POST")), qPrintable(curl));
        QVERIFY(curl.contains(QStringLiteral("X-Port-Signature")));
        QVERIFY(curl.contains(QStringLiteral("********")));
        QVERIFY(!curl.contains(kApiKey));
        QCOMPARE(QGuiApplication::clipboard()->text(), curl);
    }

    void rerunSendsAgain()
    {
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const QString first = m_dock->run();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), first), runstatus::Success, 20000);
        const int before = m_hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).size();
        m_action = JsonValue();  // the exact request comes from the run's own
                                 // source, not the current one
        const QString second = m_dock->rerunExact();
        QVERIFY(!second.isEmpty());
        QVERIFY(second != first);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), second), runstatus::Success, 20000);
        QCOMPARE(m_hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).size(), before + 1);
        QCOMPARE(m_dock->selectedRun(), second);
    }

    void runawayTemplateKeepsTheUiRunning()
    {
        RawServer silent;
        m_action = runawayAction(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.port()));
        int ticks = 0;
        int ticksAtEnd = -1;
        QString id;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
        // Rendering on the UI thread would end the run inside run(), before `id` is even known.
        connect(m_service->store(), &RunStore::runEnded, &ticker, [&](const QString &ended) {
            if (ended == id && ticksAtEnd < 0)
                ticksAtEnd = ticks;
        });
        ticker.start();
        id = m_dock->run();
        const int ticksAtStart = ticks;
        QVERIFY(!id.isEmpty());
        // run() returned before the render: the run is there, selected, in progress and cancelable.
        QVERIFY(m_service->isRendering(id));
        QVERIFY(m_service->activeRuns().contains(id));
        QCOMPARE(statusOf(m_service.get(), id), runstatus::InProgress);
        QCOMPARE(m_dock->selectedRun(), id);
        QTRY_COMPARE(itemStatus(id), runstatus::InProgress);
        QVERIFY(m_dock->action(QStringLiteral("cancel"))->isEnabled());

        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Failure, 20000);
        QVERIFY2(ticksAtEnd - ticksAtStart >= 5, qPrintable(QStringLiteral("%1 ticks").arg(ticksAtEnd - ticksAtStart)));
        const QString summary = m_service->store()->run(id)->summary;
        QVERIFY2(summary.contains(QStringLiteral("timed out")), qPrintable(summary));
        QVERIFY(summary.contains(QStringLiteral("def f")));
        QVERIFY(!m_service->isActive(id));
        QCOMPARE(silent.accepted, 0);
        // The summary is one line, elided at the dock's width: whole in its tooltip (and wrapped).
        QTRY_VERIFY(m_dock->timeline()->wholeText().contains(QStringLiteral("timed out")));
        QTRY_VERIFY(!m_dock->action(QStringLiteral("cancel"))->isEnabled());
    }

    void cancelWhileRenderingSendsNothing()
    {
        RawServer silent;
        m_action = runawayAction(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.port()));
        const QString id = m_dock->run();
        QVERIFY(m_service->isRendering(id));
        m_dock->action(QStringLiteral("cancel"))->trigger();
        QVERIFY(!m_service->isActive(id));
        QCOMPARE(statusOf(m_service.get(), id), runstatus::Failure);
        QCOMPARE(m_service->store()->run(id)->summary, QStringLiteral("Cancelled by the user"));
        QTRY_COMPARE(itemStatus(id), runstatus::Failure);

        // Renders run one at a time, in order: once a later run has been sent, the cancelled render
        // is over and its result was dropped.
        m_action = webhookAction(m_hook.url(QStringLiteral("/hook")), true);
        const QString next = m_dock->run();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), next), runstatus::Success, 20000);
        QCOMPARE(silent.accepted, 0);
        QCOMPARE(m_service->store()->run(id)->summary, QStringLiteral("Cancelled by the user"));
        QVERIFY(m_service->store()->run(id)->request.url.isEmpty());
    }

    void teardownWhileRenderingSendsNothing()
    {
        RawServer silent;
        m_action = runawayAction(QStringLiteral("http://127.0.0.1:%1/hook").arg(silent.port()));
        const QString id = m_dock->run();
        QVERIFY(m_service->isRendering(id));
        makeDock();  // destroys the dock and the service mid-render (the service waits for it)
        QCoreApplication::processEvents();
        QCOMPARE(silent.accepted, 0);
        // The next session ends the orphaned run like any other a closed designer left running.
        QCOMPARE(statusOf(m_service.get(), id), runstatus::Failure);
        QVERIFY(!m_service->isActive(id));
    }

    void historySurvivesRestart()
    {
        const QStringList before = [this] {
            QStringList ids;
            for (const Run &r : m_service->store()->runs())
                ids << r.id;
            return ids;
        }();
        QVERIFY(before.size() >= 3);
        makeDock();  // a new store on the same file, a new dock
        QTreeWidget *list = m_dock->runsList();
        QCOMPARE(list->topLevelItemCount(), before.size());
        for (int i = 0; i < before.size(); ++i)
            QCOMPARE(list->topLevelItem(i)->data(RunnerDock::StatusCol, Qt::UserRole).toString(), before.at(i));
        m_dock->selectRun(before.constLast());  // the oldest: the synchronized webhook
        QVERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("HTTP 200")));
        QVERIFY(!m_dock->action(QStringLiteral("cancel"))->isEnabled());
    }

    void noSecretInTimelineOrDatabase()
    {
        QTreeWidget *list = m_dock->runsList();
        for (int i = 0; i < list->topLevelItemCount(); ++i) {
            m_dock->runsList()->setCurrentItem(list->topLevelItem(i));
            const QString text = m_dock->timeline()->toPlainText() + m_dock->timeline()->toHtml();
            QVERIFY(!text.contains(kApiKey));
            QVERIFY(!text.contains(kClientSecret));
        }
        // The database and its WAL, as they are on disk.
        const QDir dir(m_dir.path());
        int files = 0;
        for (const QString &name : dir.entryList(QDir::Files)) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray bytes = f.readAll();
            QVERIFY2(!bytes.contains(kApiKey.toUtf8()), qPrintable(name));
            QVERIFY2(!bytes.contains(kClientSecret.toUtf8()), qPrintable(name));
            ++files;
        }
        QVERIFY(files >= 1);
    }

    void settingsKeepSecretsOutOfQSettings()
    {
        QWidget host;
        RunnerSettingsPages dlg(m_service.get(), &host);
        dlg.secretField(secretkeys::GitHubToken)->setText(QStringLiteral("ghp_SettingsDialogToken123"));
        dlg.field(QStringLiteral("githubApiBase"))->setText(QStringLiteral("http://127.0.0.1:9/api"));
        dlg.field(QStringLiteral("kafkaBootstrap"))->setText(QStringLiteral("127.0.0.1:9092"));
        QVERIFY(dlg.apply());
        QCOMPARE(m_secrets.read(secretkeys::GitHubToken).value_or(QString()), QStringLiteral("ghp_SettingsDialogToken123"));
        QVERIFY(dlg.secretField(secretkeys::GitHubToken)->text().isEmpty());
        QCOMPARE(m_service->settings().githubApiBase, QStringLiteral("http://127.0.0.1:9/api"));
        QCOMPARE(RunnerSettings::load().kafkaBootstrap, QStringLiteral("127.0.0.1:9092"));
        QSettings s;
        s.sync();
        QFile f(s.fileName());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray bytes = f.readAll();
        QVERIFY(bytes.contains("127.0.0.1:9092"));
        QVERIFY(!bytes.contains("ghp_SettingsDialogToken123"));
        QVERIFY(!bytes.contains(kClientSecret.toUtf8()));
        // The same port keeps the same listener; the URL label stays valid.
        QVERIFY(m_dock->runsApiLabel()->text().contains(m_service->runsApi()->baseUrl()));
        RunnerSettings reset;
        m_service->setSettings(reset);
    }

    void deleteOneAndAll()
    {
        QTreeWidget *list = m_dock->runsList();
        const int n = list->topLevelItemCount();
        QVERIFY(n >= 2);
        const QString id = m_dock->selectedRun();
        QVERIFY(!id.isEmpty());
        m_dock->setConfirmer([](const QString &) { return false; });
        QVERIFY(!m_dock->deleteSelected());
        QCOMPARE(list->topLevelItemCount(), n);
        QString asked;
        m_dock->setConfirmer([&asked](const QString &q) {
            asked = q;
            return true;
        });
        QVERIFY(m_dock->deleteSelected());
        QVERIFY(asked.contains(id));
        QTRY_COMPARE(list->topLevelItemCount(), n - 1);
        QVERIFY(!m_service->store()->contains(id));
        QVERIFY(m_dock->deleteAll());
        QTRY_COMPARE(list->topLevelItemCount(), 0);
        QVERIFY(m_service->store()->runs().isEmpty());
        QVERIFY(!m_dock->action(QStringLiteral("deleteAll"))->isEnabled());
    }

    void ctrlRInTheWindowRunsTheCurrentAction()
    {
        auto *w = new MainWindow;
        RunnerDock *dock = installRunnerDock(w, m_service.get());
        QCOMPARE(w->runnerDock()->widget(), dock);
        QCOMPARE(dock->action(QStringLiteral("run"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_R));
        QString error;
        const QByteArray text = writeJson(webhookAction(m_hook.url(QStringLiteral("/hook")), true));
        QVERIFY2(w->document()->loadBytes(text, QStringLiteral("deploy.json"), &error), qPrintable(error));
        w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
        w->show();
        w->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w));
        const int before = m_service->store()->runs().size();
        QTest::keyClick(w, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(m_service->store()->runs().size(), before + 1);
        const QString id = dock->selectedRun();
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 20000);
        QVERIFY(w->runnerDock()->isVisible());

        // The preview's active scenario (as edited, unsaved) is what Run renders with.
        auto *preview = qobject_cast<PreviewDock *>(w->previewDock()->widget());
        QVERIFY(preview);
        const QString name = preview->addScenario(QStringLiteral("staging"));
        Scenario staging = secretScenario();
        preview->updateActiveScenario(staging);
        dock->action(QStringLiteral("run"))->trigger();
        const QString id2 = dock->selectedRun();
        QVERIFY(id2 != id);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id2), runstatus::Success, 20000);
        QCOMPARE(m_service->store()->run(id2)->scenario, name);
        QCOMPARE(QString::fromUtf8(m_hook.requests(QStringLiteral("POST"), QStringLiteral("/hook")).last().header("X-Api-Key")), kApiKey);
        QVERIFY(!dock->timeline()->toPlainText().contains(kApiKey));
        w->close();
    }

    // docs/screenshots/runner.png: the window with a finished async run (logs, link, masked secret).
    void screenshot()
    {
        const QString out = qEnvironmentVariable("AD_SCREENSHOT_DIR");
        if (out.isEmpty())
            QSKIP("set AD_SCREENSHOT_DIR to write docs/screenshots/runner.png");
        auto *w = new MainWindow;
        RunnerDock *dock = installRunnerDock(w, m_service.get());
        const JsonValue action = webhookAction(m_hook.url(QStringLiteral("/hook")), false);
        QVERIFY(w->document()->loadBytes(writeJson(action), QStringLiteral("deploy.json")));
        auto *preview = qobject_cast<PreviewDock *>(w->previewDock()->widget());
        QVERIFY(preview);
        preview->addScenario(QStringLiteral("staging"));
        preview->updateActiveScenario(secretScenario());
        w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
        w->resize(1400, 900);
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w));
        w->runnerDock()->show();
        w->runnerDock()->raise();
        w->resizeDocks({w->runnerDock()}, {460}, Qt::Vertical);
        const QString id = dock->run();
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isActive(id), 20000);
        const QString tok = token();
        const QString logs = QStringLiteral("/v1/actions/runs/%1/logs").arg(id);
        QCOMPARE(api("POST", logs, {{QStringLiteral("message"), QStringLiteral("Building image deploy-service:1.2.3")}}, tok), 201);
        QCOMPARE(api("PATCH", QStringLiteral("/v1/actions/runs/%1").arg(id),
                     {{QStringLiteral("statusLabel"), QStringLiteral("Rolling out")},
                      {QStringLiteral("link"), QStringLiteral("https://ci.example.com/deploys/1842")}}, tok), 200);
        QCOMPARE(api("POST", logs, {{QStringLiteral("message"), QStringLiteral("Rolled out to 3/3 pods")},
                                    {QStringLiteral("terminationStatus"), QStringLiteral("SUCCESS")},
                                    {QStringLiteral("statusLabel"), QStringLiteral("Deployed")}}, tok), 201);
        QTRY_COMPARE(statusOf(m_service.get(), id), runstatus::Success);
        dock->selectRun(id);
        QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && preview->renderCount() > 0, 20000);
        QTest::qWait(200);
        QVERIFY(!dock->timeline()->toPlainText().contains(kApiKey));
        QDir().mkpath(out);
        QVERIFY(w->grab().save(out + QStringLiteral("/runner.png")));
        w->close();
    }
};

QTEST_MAIN(TestRunnerDock)
#include "tst_runnerdock.moc"
