// The Preview dock in a real main window with the real template engine (worker = AD_BINARY):
// edits update the preview, failed templates are marked and render null, scenarios switch and
// round-trip through the sidecar, the signature matches Port's vector, GitHub inputs are
// stringified, and a runaway template times out while the UI keeps running.
// Set AD_SCREENSHOT_DIR to also write docs/screenshots/preview-*.png.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/templatelineedit.h"
#include "app/mainwindow.h"
#include "app/outline/outlineview.h"
#include "app/preview/previewdock.h"
#include "app/preview/scenarioeditor.h"
#include "app/problems/problemsdock.h"
#include "context/scenariofile.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include "../common/guifixture.h"

#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

using guifixture::fieldEdit;
using guifixture::kWait;
using guifixture::readFile;
using guifixture::shoot;

JsonValue parse(const QByteArray &text)
{
    const JsonParseResult r = parseJson(text);
    return r.value;
}

// A WEBHOOK action with templates in the URL, a header and the body (kept in a file: moc trips over
// multi-line raw strings at namespace scope).
QByteArray deployJson()
{
    return readFile(QStringLiteral(AD_TEST_DATA_DIR "/deploy.json"));
}

// A window holding `json` (saved as `dir/name` when dir is given), its preview dock found.
struct Fixture : guifixture::WindowFixture {
    PreviewDock *dock = nullptr;
    QString path;

    Fixture(const QByteArray &json, const QString &dir = {}, const QString &name = QStringLiteral("deploy.json"),
            SecretResolver *resolver = nullptr)
    {
        dock = window->findChild<PreviewDock *>();
        if (resolver)
            dock->setSecretResolver(resolver);
        if (!dir.isEmpty()) {
            path = dir + QLatin1Char('/') + name;
            QFile f(path);
            if (f.open(QIODevice::WriteOnly))
                f.write(json);
            f.close();
            window->openFile(path);
        } else if (!json.isEmpty()) {
            window->importText(json);
        }
        window->resize(1500, 950);
        window->show();
        window->resizeDocks({window->previewDock()}, {660}, Qt::Horizontal);
    }
};

// Waits until the dock's latest preview satisfies `pred`.
#define WAIT_PREVIEW(fx, pred) QTRY_VERIFY_WITH_TIMEOUT(!(fx).dock->isRendering() && (fx).dock->renderCount() > 0 && (pred), kWait)

QByteArray requestBody(const PreviewDock *dock)
{
    return dock->preview().invocation.body;
}

QString header(const PreviewDock *dock, const QString &name)
{
    for (const auto &h : dock->preview().invocation.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

}  // namespace

class TstPreviewDock : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guifixture::useTestSettingsAndWorker(); }
    void editUpdatesPreview();
    void brokenTemplateMarksFieldAndRendersNull();
    void headerWithLineBreakIsAnError();
    void switchingScenarioChangesOutput();
    void signatureMatchesSharedVector();
    void githubInputsStringifiedAndRefExtracted();
    void sidecarRoundTrip();
    void runawayTemplateTimesOutWhileUiRuns();
    void formTimeStateInScenarioEditor();
    void screenshots();
};

void TstPreviewDock::editUpdatesPreview()
{
    Fixture fx(deployJson());
    WAIT_PREVIEW(fx, fx.dock->preview().invocation.url == QLatin1String("https://hooks.example.com/alpha"));
    QVERIFY(fx.dock->requestText().contains(QLatin1String("POST https://hooks.example.com/alpha")));
    QCOMPARE(requestBody(fx.dock), QByteArray(R"({"name":"alpha","n":4})"));
    QCOMPARE(header(fx.dock, QStringLiteral("RUN_ID")), fx.dock->scenarios().activeScenario()->runId);

    fx.doc()->setValue(QStringLiteral("/invocationMethod/url"), JsonValue::fromString(QStringLiteral("https://edited.example.com/{{ .inputs.name }}/x")));
    WAIT_PREVIEW(fx, fx.dock->preview().invocation.url == QLatin1String("https://edited.example.com/alpha/x"));
    QVERIFY(fx.dock->requestView()->toPlainText().contains(QLatin1String("https://edited.example.com/alpha/x")));
    // The trace lists every template with its value.
    TraceTable *t = fx.dock->traceTable();
    QCOMPARE(t->rowCount(), 4);
    bool sawUrl = false;
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, TraceTable::Where)->text().startsWith(QLatin1String("/url"))) {
            sawUrl = true;
            QCOMPARE(t->item(r, TraceTable::Result)->text(), QStringLiteral("\"alpha\""));
            QCOMPARE(t->item(r, TraceTable::Type)->text(), QStringLiteral("string"));
        }
    QVERIFY(sawUrl);
    // Activating a trace row jumps to the form that holds the template.
    fx.window->editorArea()->showPart(QStringLiteral("details"));
    for (int r = 0; r < t->rowCount(); ++r)
        if (t->item(r, TraceTable::Where)->text().startsWith(QLatin1String("/url")))
            fx.dock->jumpToTrace(r);
    QCOMPARE(fx.window->editorArea()->currentPart(), QStringLiteral("backend"));
    QVERIFY(!fx.window->editorArea()->isJsonShown());
    // Copy as curl carries the final URL.
    QVERIFY(fx.dock->curl().contains(QLatin1String("https://edited.example.com/alpha/x")));
}

void TstPreviewDock::brokenTemplateMarksFieldAndRendersNull()
{
    Fixture fx(deployJson());
    fx.window->editorArea()->showPart(QStringLiteral("backend"));
    fx.window->editorArea()->showForm();
    WAIT_PREVIEW(fx, !requestBody(fx.dock).isEmpty());
    fx.doc()->setValue(QStringLiteral("/invocationMethod/body/n"), JsonValue::fromString(QStringLiteral("{{ .inputs.replicas | nosuchfn }}")));
    fx.doc()->setValue(QStringLiteral("/invocationMethod/url"), JsonValue::fromString(QStringLiteral("https://x.example.com/{{ .inputs.name | nosuchfn }}")));
    WAIT_PREVIEW(fx, fx.dock->preview().render.failedCount() == 2);
    // Port renders a failed template as null.
    QCOMPARE(requestBody(fx.dock), QByteArray(R"({"name":"alpha","n":null})"));
    // The URL field underlines the failing template and says why in its tooltip.
    TemplateLineEdit *url = fieldEdit(fx.window, QStringLiteral("/invocationMethod/url"));
    QVERIFY(url);
    QCOMPARE(url->templateErrors().size(), 1);
    QCOMPARE(url->templateErrors().first().first.trimmed(), QStringLiteral(".inputs.name | nosuchfn"));
    QVERIFY(url->toolTip().contains(QLatin1String("nosuchfn")));
    // The Problems dock (and so the JSON view's markers) lists both, with a source position.
    int templateErrors = 0;
    for (const Problem &p : fx.window->problemsView()->problems())
        if (p.diagnostic.code == QLatin1String("template-error")) {
            ++templateErrors;
            QVERIFY(p.diagnostic.pos.isValid());
            QVERIFY(p.diagnostic.message.contains(QLatin1String("nosuchfn")));
        }
    QCOMPARE(templateErrors, 2);
    // Fixing it clears the marks.
    fx.doc()->setValue(QStringLiteral("/invocationMethod/url"), JsonValue::fromString(QStringLiteral("https://x.example.com/{{ .inputs.name }}")));
    fx.doc()->setValue(QStringLiteral("/invocationMethod/body/n"), JsonValue::fromString(QStringLiteral("{{ .inputs.replicas }}")));
    WAIT_PREVIEW(fx, fx.dock->preview().render.failedCount() == 0);
    QVERIFY(url->templateErrors().isEmpty());
    for (const Problem &p : fx.window->problemsView()->problems())
        QVERIFY(p.diagnostic.code != QLatin1String("template-error"));
}

void TstPreviewDock::headerWithLineBreakIsAnError()
{
    // A user input carrying CR LF into a header: the preview says the request cannot be sent, as
    // `request` and the runner do, and the transport headers the runner adds are listed.
    Fixture fx(deployJson());
    WAIT_PREVIEW(fx, !requestBody(fx.dock).isEmpty());
    QVERIFY(fx.dock->requestText().contains(QLatin1String("User-Agent: action-designer/")));
    QVERIFY(fx.dock->curl().contains(QLatin1String("-H 'Accept-Encoding: identity'")));
    fx.doc()->setValue(QStringLiteral("/invocationMethod/headers/X-Team"),
                       JsonValue::fromString(QStringLiteral("{{ \"core\\r\\nX-Smuggled: 1\" }}")));
    WAIT_PREVIEW(fx, !fx.dock->preview().invocation.sendError.isEmpty());
    const QString expected = QStringLiteral("header \"X-Team\" contains a carriage return (CR) in its value, which would split "
                                            "the request: it is not sent");
    QVERIFY2(fx.dock->requestText().startsWith(QStringLiteral("error: ") + expected), qPrintable(fx.dock->requestText()));
    QCOMPARE(fx.dock->preview().sendError(), expected);
    bool listed = false;
    for (const Problem &p : fx.window->problemsView()->problems())
        listed = listed || (p.diagnostic.code == QLatin1String("request-error") && p.diagnostic.message == expected);
    QVERIFY(listed);
    shoot(fx.window, QStringLiteral("preview-header-injection.png"));
}

void TstPreviewDock::switchingScenarioChangesOutput()
{
    Fixture fx(deployJson());
    WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.endsWith(QLatin1String("/alpha")));
    const QString name = fx.dock->addScenario(QStringLiteral("gamma run"));
    QCOMPARE(fx.dock->activeScenario(), name);
    Scenario s = *fx.dock->scenarios().activeScenario();
    s.inputs.set(QStringLiteral("name"), JsonValue::fromString(QStringLiteral("gamma")));
    s.runId = QStringLiteral("r_gamma");
    fx.dock->updateActiveScenario(s);
    WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.endsWith(QLatin1String("/gamma")));
    QCOMPARE(header(fx.dock, QStringLiteral("RUN_ID")), QStringLiteral("r_gamma"));
    fx.dock->setActiveScenario(QStringLiteral("default"));
    WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.endsWith(QLatin1String("/alpha")));
    fx.dock->setActiveScenario(name);
    WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.endsWith(QLatin1String("/gamma")));
    // Typing in the scenario editor's input form changes the output too.
    auto *edit = qobject_cast<QLineEdit *>(fx.dock->scenarioEditor()->inputWidget(QStringLiteral("name")));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, QStringLiteral("delta"));
    WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.endsWith(QLatin1String("/delta")));
}

void TstPreviewDock::signatureMatchesSharedVector()
{
    const JsonValue vector = parse(readFile(QStringLiteral(AD_EXAMPLES_DIR "/context/signature-test-vector.json")));
    const QString ts = vector.value(u"timestamp").toString();
    const QString signedString = vector.value(u"signed_string").toString();
    const QByteArray signedBody = signedString.mid(ts.size() + 1).toUtf8();
    // A webhook whose body is the vector's message, signed with its secret at its timestamp.
    JsonValue action = parse(deployJson());
    JsonValue method = action.value(u"invocationMethod");
    method.set(QStringLiteral("body"), parse(signedBody));
    method.remove(u"headers");
    action.set(QStringLiteral("invocationMethod"), method);
    Fixture fx(writeJson(action));
    Scenario s = *fx.dock->scenarios().activeScenario();
    s.clientSecret = vector.value(u"secret").toString();
    s.timestamp = ts.toLongLong();
    fx.dock->updateActiveScenario(s);
    WAIT_PREVIEW(fx, header(fx.dock, QStringLiteral("X-Port-Timestamp")) == ts);
    QCOMPARE(requestBody(fx.dock), signedBody);
    QCOMPARE(header(fx.dock, QStringLiteral("X-Port-Signature")), vector.value(u"expected_x_port_signature").toString());
    QVERIFY(fx.dock->requestText().contains(QLatin1String("X-Port-Signature: ") + vector.value(u"expected_x_port_signature").toString()));
    // The client secret never shows unless revealed; the client-secret field is masked.
    QCOMPARE(fx.dock->scenarioEditor()->clientSecretEdit()->echoMode(), QLineEdit::Password);
}

void TstPreviewDock::githubInputsStringifiedAndRefExtracted()
{
    const char *gh = R"({
      "identifier": "gh", "title": "GH",
      "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service",
        "userInputs": {"properties": {"branch": {"type": "string", "default": "feature-x"},
                                      "count": {"type": "number", "default": 3}}}},
      "invocationMethod": {"type": "GITHUB", "org": "acme", "repo": "infra", "workflow": "deploy.yml",
        "workflowInputs": {"ref": "{{ .inputs.branch }}", "count": "{{ .inputs.count }}", "flag": true,
                           "ctx": {"run": "{{ .run.id }}"}, "name": "plain"},
        "reportWorkflowStatus": true}
    })";
    Fixture fx(gh);
    WAIT_PREVIEW(fx, !requestBody(fx.dock).isEmpty());
    const RenderedInvocation &inv = fx.dock->preview().invocation;
    QCOMPARE(inv.backend, QStringLiteral("GITHUB"));
    QCOMPARE(inv.method, QStringLiteral("POST"));
    QCOMPARE(inv.url, QStringLiteral("https://api.github.com/repos/acme/infra/actions/workflows/deploy.yml/dispatches"));
    const JsonValue body = parse(inv.body);
    QCOMPARE(body.value(u"ref").toString(), QStringLiteral("feature-x"));
    const JsonValue &inputs = body.value(u"inputs");
    QVERIFY(!inputs.contains(u"ref"));
    QCOMPARE(inputs.value(u"count").toString(), QStringLiteral("3"));
    QCOMPARE(inputs.value(u"flag").toString(), QStringLiteral("true"));
    const QString runId = fx.dock->scenarios().activeScenario()->runId;
    QCOMPARE(inputs.value(u"ctx").toString(), QStringLiteral("{\"run\":\"%1\"}").arg(runId));
    QCOMPARE(inputs.value(u"name").toString(), QStringLiteral("plain"));
    for (const JsonMember &m : inputs.members())
        QVERIFY2(m.value.isString(), qPrintable(m.key));
    QVERIFY(fx.dock->requestText().contains(QLatin1String("/dispatches")));
}

void TstPreviewDock::sidecarRoundTrip()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    InMemorySecretResolver store;
    const QString sidecar = dir.path() + QStringLiteral("/deploy.scenarios.json");
    {
        Fixture fx(deployJson(), dir.path(), QStringLiteral("deploy.json"), &store);
        WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.endsWith(QLatin1String("/alpha")));
        fx.dock->addScenario(QStringLiteral("prod"));
        Scenario s = *fx.dock->scenarios().activeScenario();
        s.inputs.set(QStringLiteral("name"), JsonValue::fromString(QStringLiteral("payments")));
        s.setSecret(QStringLiteral("API_TOKEN"), QStringLiteral("s3cr3t-value"));
        s.clientSecret = QStringLiteral("client-s3cr3t");
        s.user.email = QStringLiteral("ops@example.com");
        fx.dock->updateActiveScenario(s);
        QVERIFY(fx.dock->renameScenario(QStringLiteral("production")));
        fx.doc()->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Deploy!")));
        QVERIFY(fx.window->save());
        QVERIFY(QFile::exists(sidecar));
        const QByteArray text = readFile(sidecar);
        QVERIFY(!text.contains("s3cr3t"));
        QVERIFY(text.contains("secretRef"));
        QVERIFY(!readFile(fx.path).contains("s3cr3t"));
        QVERIFY(!readFile(fx.path).contains("production"));
    }
    Fixture again(QByteArray(), QString(), QString(), &store);
    QVERIFY(again.window->openFile(dir.path() + QStringLiteral("/deploy.json")));
    const ScenarioFile &f = again.dock->scenarios();
    QCOMPARE(f.scenarios.size(), 2);
    QCOMPARE(f.active, QStringLiteral("production"));
    const Scenario *s = f.activeScenario();
    QVERIFY(s);
    QCOMPARE(s->inputs.value(u"name").toString(), QStringLiteral("payments"));
    QCOMPARE(s->user.email, QStringLiteral("ops@example.com"));
    QCOMPARE(s->clientSecret, QStringLiteral("client-s3cr3t"));
    QVERIFY(s->findSecret(QStringLiteral("API_TOKEN")));
    QCOMPARE(s->findSecret(QStringLiteral("API_TOKEN"))->value, QStringLiteral("s3cr3t-value"));
    WAIT_PREVIEW(again, again.dock->preview().invocation.url.endsWith(QLatin1String("/payments")));
}

void TstPreviewDock::runawayTemplateTimesOutWhileUiRuns()
{
    JsonValue action = parse(deployJson());
    JsonValue method = action.value(u"invocationMethod");
    method.set(QStringLiteral("body"), parse(R"({"loop": "{{ def f: f; f }}", "ok": "{{ .run.id }}"})"));
    action.set(QStringLiteral("invocationMethod"), method);
    Fixture fx(writeJson(action));
    fx.dock->setTimeoutMs(1000);

    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(10);
    connect(&ticker, &QTimer::timeout, [&ticks]() { ++ticks; });
    ticker.start();
    int ticksAtStart = -1;
    int ticksAtEnd = -1;
    connect(fx.dock, &PreviewDock::previewUpdated, [&]() {
        if (ticksAtEnd < 0 && ticksAtStart >= 0)
            ticksAtEnd = ticks;
    });
    // Typing while the runaway renders: every edit returns at once, only the last result counts.
    for (int i = 0; i < 5; ++i)
        fx.doc()->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Deploy %1").arg(i)));
    fx.dock->renderNow();
    ticksAtStart = ticks;
    QVERIFY(fx.dock->isRendering());
    WAIT_PREVIEW(fx, fx.dock->preview().render.traces.size() == 4);
    // The UI thread kept running its timers while the worker looped.
    QVERIFY2(ticksAtEnd - ticksAtStart >= 5, qPrintable(QStringLiteral("%1 ticks").arg(ticksAtEnd - ticksAtStart)));
    const InvocationPreview &p = fx.dock->preview();
    bool timedOut = false;
    for (const TemplateTrace &t : p.render.traces)
        if (t.filter.contains(QLatin1String("def f")))
            timedOut = t.timedOut && t.result.isNull();
    QVERIFY(timedOut);
    // The rest still rendered.
    const JsonValue body = parse(p.invocation.body);
    QVERIFY(body.value(u"loop").isNull());
    QCOMPARE(body.value(u"ok").toString(), fx.dock->scenarios().activeScenario()->runId);
    TraceTable *t = fx.dock->traceTable();
    bool shown = false;
    for (int r = 0; r < t->rowCount(); ++r)
        shown = shown || t->item(r, TraceTable::Result)->text().contains(QLatin1String("timed out after"));
    QVERIFY(shown);
}

void TstPreviewDock::formTimeStateInScenarioEditor()
{
    const char *a = R"({
      "identifier": "scale", "title": "Scale",
      "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service",
        "userInputs": {"properties": {
          "env": {"type": "string", "enum": ["dev", "prod"]},
          "reason": {"type": "string", "visible": {"jqQuery": ".form.env == \"prod\""}},
          "token": {"type": "string", "encryption": "aes256-gcm"},
          "owner": {"type": "string", "default": {"jqQuery": ".user.email"}}},
          "required": {"jqQuery": "if .form.env == \"prod\" then [\"reason\"] else [] end"}}},
      "invocationMethod": {"type": "WEBHOOK", "url": "https://h.example.com",
        "body": {"env": "{{ .inputs.env }}", "owner": "{{ .inputs.owner }}", "reason": "{{ .inputs.reason }}"}}
    })";
    Fixture fx(a);
    WAIT_PREVIEW(fx, !requestBody(fx.dock).isEmpty());
    ScenarioEditor *ed = fx.dock->scenarioEditor();
    auto *token = qobject_cast<QLineEdit *>(ed->inputWidget(QStringLiteral("token")));
    QVERIFY(token);
    QCOMPARE(token->echoMode(), QLineEdit::Password);
    // The jqQuery default came from .user.email.
    QCOMPARE(parse(requestBody(fx.dock)).value(u"owner").toString(), fx.dock->scenarios().activeScenario()->user.email);
    auto *reason = qobject_cast<QLineEdit *>(ed->inputWidget(QStringLiteral("reason")));
    QVERIFY(reason);
    QVERIFY(reason->toolTip().contains(QLatin1String("hidden")));
    Scenario s = *fx.dock->scenarios().activeScenario();
    s.inputs.set(QStringLiteral("env"), JsonValue::fromString(QStringLiteral("prod")));
    fx.dock->updateActiveScenario(s);
    WAIT_PREVIEW(fx, parse(requestBody(fx.dock)).value(u"env").toString() == QLatin1String("prod"));
    QTRY_VERIFY(reason->toolTip().contains(QLatin1String("required")));
    QVERIFY(!reason->toolTip().contains(QLatin1String("hidden")));
    // {{ . }} shows the whole context.
    QVERIFY(fx.dock->contextView()->toPlainText().contains(QLatin1String("\"trigger\"")));
}

void TstPreviewDock::screenshots()
{
    if (qEnvironmentVariableIsEmpty("AD_SCREENSHOT_DIR"))
        QSKIP("set AD_SCREENSHOT_DIR to write screenshots");
    {
        Fixture fx(readFile(QStringLiteral(AD_EXAMPLES_DIR "/webhook-day2-secrets-sync-servicenow.json")));
        Scenario s = *fx.dock->scenarios().activeScenario();
        s.setSecret(QStringLiteral("SERVICENOW_INSTANCE_URL"), QStringLiteral("https://acme.service-now.com"));
        s.setSecret(QStringLiteral("SERVICENOW_API_TOKEN"), QStringLiteral("super-secret-token"));
        s.clientSecret = QStringLiteral("port-client-secret");
        s.timestamp = 1713277889;
        s.inputs.set(QStringLiteral("table_name"), JsonValue::fromString(QStringLiteral("incident")));
        s.inputs.set(QStringLiteral("system_id"), JsonValue::fromString(QStringLiteral("9d385017c611228701d22104cc95c371")));
        s.inputs.set(QStringLiteral("request_body"), parse(R"({"state": "resolved", "close_notes": "done"})"));
        fx.dock->updateActiveScenario(s);
        fx.window->editorArea()->showPart(QStringLiteral("backend"));
        fx.window->outline()->setCurrentPart(QStringLiteral("backend"));
        WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.contains(QLatin1String("incident")));
        QVERIFY(!fx.dock->requestView()->toPlainText().contains(QLatin1String("super-secret-token")));
        shoot(fx.window, QStringLiteral("preview-webhook.png"));
        fx.dock->tabs()->setCurrentIndex(2);
        shoot(fx.window, QStringLiteral("preview-scenario.png"));
        // A failing template: underlined in its field, an error row in the trace and the Problems dock.
        fx.doc()->setValue(QStringLiteral("/invocationMethod/url"),
                           JsonValue::fromString(QStringLiteral("{{.secrets.SERVICENOW_INSTANCE_URL}}/api/now/table/"
                                                                "{{ .inputs.table_name | nosuchfn }}/{{.inputs.system_id}}")));
        WAIT_PREVIEW(fx, fx.dock->preview().render.failedCount() == 1);
        fx.dock->tabs()->setCurrentIndex(1);
        shoot(fx.window, QStringLiteral("preview-webhook-trace.png"));
    }
    {
        Fixture fx(readFile(QStringLiteral(AD_EXAMPLES_DIR "/github-create-secret-input.json")));
        Scenario s = *fx.dock->scenarios().activeScenario();
        s.inputs.set(QStringLiteral("secret_key"), JsonValue::fromString(QStringLiteral("DB_PASSWORD")));
        s.inputs.set(QStringLiteral("secret_value"), JsonValue::fromString(QStringLiteral("hunter2-not-shown")));
        fx.dock->updateActiveScenario(s);
        fx.window->editorArea()->showPart(QStringLiteral("backend"));
        fx.window->outline()->setCurrentPart(QStringLiteral("backend"));
        WAIT_PREVIEW(fx, fx.dock->preview().invocation.url.contains(QLatin1String("dispatches")));
        shoot(fx.window, QStringLiteral("preview-github.png"));
    }
}

QTEST_MAIN(TstPreviewDock)
#include "tst_previewdock.moc"
