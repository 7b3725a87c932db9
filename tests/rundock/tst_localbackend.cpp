// The local test backend (issue 16, point 5): the bundled sample action runs against a webhook
// receiver on 127.0.0.1 that checks X-Port-Signature and reports back through the local runs API as
// a Port webhook backend would. The run ends SUCCESS with the backend's log lines in the history; a
// request signed with another secret ends FAILURE with a log line saying so; the action keeps its
// URL; actions that are not webhooks are refused before a run is made.

#include "dockfixture.h"

#include "runner/localbackend.h"

// Outside any namespace (Q_INIT_RESOURCE): the sample is a resource of the static adapp library.
static void initAppResources() { Q_INIT_RESOURCE(app); }

using namespace ad;
using namespace ad::app;
using namespace dockfixture;

namespace {

JsonValue sampleAction()
{
    QFile f(QStringLiteral(":/samples/default-action.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return parseJson(f.readAll()).value;
}

QStringList logsOf(RunnerService *svc, const QString &id, const QString &by = {})
{
    QStringList out;
    const std::optional<Run> run = svc->store()->run(id);
    for (const RunLog &l : run->logs)
        if (by.isEmpty() || l.createdBy == by)
            out << l.message;
    return out;
}

bool anyContains(const QStringList &lines, const QString &what)
{
    return std::any_of(lines.begin(), lines.end(), [&](const QString &l) { return l.contains(what); });
}

}  // namespace

class TestLocalBackend : public QObject, private DockFixture {
    Q_OBJECT

private slots:
    void initTestCase()
    {
        initAppResources();
        // The dock fixture without its fake webhook, and the runs API on any free port from the
        // start: the fixed default port belongs to the dock tests that run beside this one.
        QStandardPaths::setTestModeEnabled(true);
        PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
        QSettings().remove(QStringLiteral("runner"));
        QSettings().setValue(QStringLiteral("runner/runsApiFixedPort"), 0);
        QVERIFY(m_dir.isValid());
        m_secrets.write(secretkeys::PortClientId, kClientId);
        m_secrets.write(secretkeys::PortClientSecret, kClientSecret);
        makeDock();
        QVERIFY(m_service->runsApi()->isListening());
        QVERIFY(m_service->runsApi()->port() != 17171);
    }

    void cleanupTestCase()
    {
        m_dock.reset();
        m_service.reset();
    }

    // The sample (synchronized: true), signed with the configured client secret, which the
    // backend checks with: SUCCESS, reported by the backend before its answer.
    void sampleRunsEndToEnd()
    {
        const JsonValue action = sampleAction();
        QVERIFY(action.isObject());
        const QByteArray before = writeJson(action);
        QList<LocalTestBackend::Received> got;
        RunSource src;
        src.action = action;
        src.localBackend = true;
        QString error;
        const QString id = m_service->startRun(src, &error);
        QVERIFY2(!id.isEmpty(), qPrintable(error));
        QObject scope;  // the connection ends with this test's `got`
        connect(m_service->localBackend(), &LocalTestBackend::received, &scope,
                [&got](const LocalTestBackend::Received &r) { got << r; });
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isActive(id), 30000);

        // The backend got the rendered body: the one the run recorded, with this run's id in it.
        QCOMPARE(got.size(), 1);
        const Run run = *m_service->store()->run(id);
        QCOMPARE(got.first().body, run.request.body);
        QCOMPARE(got.first().runId, id);
        QCOMPARE(QJsonDocument::fromJson(got.first().body)
                     .object()
                     .value(QStringLiteral("port_context"))
                     .toObject()
                     .value(QStringLiteral("runId"))
                     .toString(),
                 id);
        QCOMPARE(QJsonDocument::fromJson(got.first().body).object().value(QStringLiteral("version")).toString(),
                 QStringLiteral("1.4.2"));
        QVERIFY(got.first().signatureOk);

        // Sent to the backend, not the action's URL, and the log says so with the original.
        QCOMPARE(run.request.url, m_service->localBackend()->webhookUrl(id));
        QVERIFY(run.request.url.startsWith(QStringLiteral("http://127.0.0.1:")));
        const QStringList runner = logsOf(m_service.get(), id, QStringLiteral("runner"));
        QVERIFY2(anyContains(runner, QStringLiteral("URL overridden for this run")), qPrintable(runner.join('\n')));
        QVERIFY(anyContains(runner, QStringLiteral("https://deploy.example.com/hooks/")));

        // The backend's own lines, credited to it, then its SUCCESS.
        const QStringList backend = logsOf(m_service.get(), id, LocalTestBackend::clientId());
        QVERIFY2(backend.size() >= 3, qPrintable(backend.join('\n')));
        QVERIFY(backend.at(0).startsWith(QStringLiteral("Received POST /webhook/") + id));
        QVERIFY(backend.at(0).contains(QStringLiteral("%1 bytes").arg(run.request.body.size())));
        QVERIFY(anyContains(backend, QStringLiteral("Body: a JSON object with")));
        QVERIFY(anyContains(backend, QStringLiteral("X-Port-Signature verified")));
        QCOMPARE(run.summary, QStringLiteral("The local test backend received the request"));
        QCOMPARE(run.response.httpStatus, 200);
        QVERIFY(std::any_of(run.events.begin(), run.events.end(), [](const RunEvent &e) {
            return e.by == LocalTestBackend::clientId() && e.what.contains(QStringLiteral("SUCCESS"));
        }));

        // The action given to the run is untouched: the override lives in the run only.
        QCOMPARE(writeJson(src.action), before);
        QCOMPARE(writeJson(m_service->sourceOf(id)->action), before);
    }

    // Signed with a secret the backend does not know (the scenario's own, while the backend checks
    // with the configured Port client secret): FAILURE, the reason in the log, HTTP 401.
    void wrongSecretFails()
    {
        RunSource src;
        src.action = sampleAction();
        src.localBackend = true;
        Scenario s;
        s.name = QStringLiteral("other-org");
        s.clientSecret = QStringLiteral("not-the-configured-secret");
        src.scenario = s;
        const QString id = m_service->startRun(src);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Failure, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isActive(id), 30000);
        const Run run = *m_service->store()->run(id);
        const QStringList backend = logsOf(m_service.get(), id, LocalTestBackend::clientId());
        QVERIFY2(anyContains(backend, QStringLiteral("Signature check FAILED: X-Port-Signature does not match")),
                 qPrintable(backend.join('\n')));
        QVERIFY(run.summary.contains(QStringLiteral("signature check failed")));
        QCOMPARE(run.response.httpStatus, 401);
        // Neither secret lands in the history in clear.
        QVERIFY(!run.request.body.contains("not-the-configured-secret"));
        for (const QString &l : logsOf(m_service.get(), id))
            QVERIFY(!l.contains(kClientSecret) && !l.contains(QStringLiteral("not-the-configured-secret")));
    }

    // An async webhook: the backend's PATCH ends it (no waiting for a report that already came).
    void asyncWebhookEndsWithTheBackendsStatus()
    {
        RunSource src;
        src.action = webhookAction(QStringLiteral("https://hooks.example.com/never-called"), false);
        src.scenario = secretScenario();
        src.localBackend = true;
        const QString id = m_service->startRun(src);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 30000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_service->isActive(id), 30000);
        const QStringList runner = logsOf(m_service.get(), id, QStringLiteral("runner"));
        QVERIFY(anyContains(runner, QStringLiteral("https://hooks.example.com/never-called")));
        QVERIFY2(!anyContains(runner, QStringLiteral("stays IN_PROGRESS")), qPrintable(runner.join('\n')));
        // The clear API key was sent to the backend but is masked in what it reported.
        for (const QString &l : logsOf(m_service.get(), id))
            QVERIFY(!l.contains(kApiKey));
    }

    // agent: true: received as the agent would call it (spaced JSON, signed over the compact form).
    void agentWebhookIsCalledAsTheAgentWould()
    {
        JsonValue action = sampleAction();
        JsonValue method = action.value(u"invocationMethod");
        method.set(QStringLiteral("agent"), JsonValue::fromBool(true));
        action.set(QStringLiteral("invocationMethod"), method);
        RunSource src;
        src.action = action;
        src.localBackend = true;
        const QString id = m_service->startRun(src);
        QVERIFY(!id.isEmpty());
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 30000);
        const QStringList backend = logsOf(m_service.get(), id, LocalTestBackend::clientId());
        QVERIFY2(anyContains(backend, QStringLiteral("X-Port-Signature verified")), qPrintable(backend.join('\n')));
        QVERIFY(anyContains(backend, QStringLiteral("compact JSON")));
    }

    // Not a webhook: refused before a run exists, with the reason; the menu item says so too.
    void otherBackendsAreRefused()
    {
        JsonValue action = sampleAction();
        JsonValue method = JsonValue::object();
        method.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("GITHUB")));
        action.set(QStringLiteral("invocationMethod"), method);
        const int runsBefore = m_service->store()->runs().size();
        RunSource src;
        src.action = action;
        src.localBackend = true;
        QString error;
        QVERIFY(m_service->startRun(src, &error).isEmpty());
        QVERIFY2(error.contains(QStringLiteral("webhooks only")) && error.contains(QStringLiteral("GITHUB")),
                 qPrintable(error));
        QCOMPARE(m_service->store()->runs().size(), runsBefore);
        QCOMPARE(m_service->localBackendUnavailable(action), error);
        QVERIFY(m_service->localBackendUnavailable(sampleAction()).isEmpty());
    }

    // The dock's action runs the provider's action against the backend.
    void dockActionRunsAgainstTheBackend()
    {
        m_action = sampleAction();
        const QString id = m_dock->runAgainstLocalBackend();
        QVERIFY(!id.isEmpty());
        QCOMPARE(m_dock->selectedRun(), id);
        QTRY_COMPARE_WITH_TIMEOUT(statusOf(m_service.get(), id), runstatus::Success, 30000);
        QTRY_VERIFY(m_dock->timeline()->toPlainText().contains(QStringLiteral("X-Port-Signature verified")));
    }
};

QTEST_MAIN(TestLocalBackend)
#include "tst_localbackend.moc"
