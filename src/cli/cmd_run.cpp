// `action-designer run ACTION.json ...`: fire the invocation headless, follow it, print the run log.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/rendercontext.h"
#include "cli/report.h"
#include "cli/runinvocation.h"

#include "runner/invoker.h"
#include "runner/kafkasecurity.h"
#include "runner/localbackend.h"
#include "runner/runsapi.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer run ACTION.json [options]\n"
    "\n"
    "Fires the action's invocation at its backend (as the preview shows it), prints the run log and\n"
    "records the run in the history.\n"
    "\n"
    "Options:\n"
    "  --scenario NAME          the scenario to render with (default: the first one / built-in)\n"
    "  --context CTX.json       a payload context to render with instead of a scenario\n"
    "  --client-id ID           the client id the local runs API accepts (default PORT_CLIENT_ID)\n"
    "  --client-secret-file PATH  the client secret from PATH ('-': standard input): signs webhooks;\n"
    "                           the secret the runs API accepts (default PORT_CLIENT_SECRET)\n"
    "  --client-secret S        the same, but other users can read S in the process list (ps);\n"
    "                           prefer --client-secret-file or PORT_CLIENT_SECRET\n"
    "  --runs-api-port N        run the local Port-compatible runs API on 127.0.0.1:N, N from 0 to\n"
    "                           65535 (0 = any free port)\n"
    "  --wait SECONDS           wait up to SECONDS (0 to 86400) for the run to end (backends report\n"
    "                           via the runs API); the request itself always gets its answer first\n"
    "                           (--wait 0: send, then stop)\n"
    "  --request-timeout SECONDS  give up on an HTTP request after SECONDS (default 30, at most 3600)\n"
    "  --insecure               do NOT verify TLS certificates (self-signed test servers only; warns every time)\n"
    "  --local-backend          send the webhook to a local test backend on 127.0.0.1 instead of the\n"
    "                           action's URL (this run only; the file is not changed): it checks\n"
    "                           X-Port-Signature with the client secret and reports logs and the\n"
    "                           final status through the runs API (WEBHOOK actions only)\n"
    "  --format json            print the run as JSON at the end instead of the log\n"
    "  --api-base URL           override the backend's API base (GitHub, GitLab, Azure DevOps; Port for\n"
    "                           UPSERT_ENTITY, which is otherwise a dry run)\n"
    "  --kafka-bootstrap H:P    Kafka bootstrap servers\n"
    "  --topic T                Kafka topic (default <ORG_ID>.runs)\n"
    "  --kafka-security-protocol P  PLAINTEXT (default), SSL, SASL_PLAINTEXT or SASL_SSL\n"
    "  --kafka-sasl-mechanism M PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, OAUTHBEARER or GSSAPI\n"
    "  --kafka-username U       SASL username; the password comes from KAFKA_PASSWORD or the\n"
    "                           keychain (kafka/password), never from the command line\n"
    "  -h, --help               show this help\n"
    "\n"
    "Tokens come from the keychain or the environment: GITHUB_TOKEN, GITLAB_TOKEN, PORT_CLIENT_ID,\n"
    "PORT_CLIENT_SECRET, KAFKA_PASSWORD.\n"
    "Exit status: 0 the run ended SUCCESS (without --wait: the request succeeded), 1 otherwise,\n"
    "2 bad arguments or an unreadable action file.\n";

constexpr int kMaxRequestTimeoutSeconds = 3600;

QString timeOf(const QDateTime &d) { return d.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")); }

QJsonArray headersJson(const HeaderList &h)
{
    QJsonArray a;
    for (const auto &p : h)
        a.append(QJsonArray{p.first, p.second});
    return a;
}

QJsonObject runJson(const Run &r, const QString &runsApi)
{
    QJsonArray logs;
    for (const RunLog &l : r.logs)
        logs.append(QJsonObject{{QStringLiteral("at"), l.createdAt.toString(Qt::ISODateWithMs)},
                                {QStringLiteral("by"), l.createdBy}, {QStringLiteral("message"), l.message}});
    QJsonObject o = RunsApi::runToJson(r);
    o.insert(QStringLiteral("backend"), r.backend);
    o.insert(QStringLiteral("scenario"), r.scenario);
    o.insert(QStringLiteral("warnings"), QJsonArray::fromStringList(r.warnings));
    o.insert(QStringLiteral("request"), QJsonObject{{QStringLiteral("method"), r.request.method},
                                                    {QStringLiteral("url"), r.request.url},
                                                    {QStringLiteral("headers"), headersJson(r.request.headers)},
                                                    {QStringLiteral("topic"), r.request.topic},
                                                    {QStringLiteral("body"), QString::fromUtf8(r.request.body)}});
    o.insert(QStringLiteral("httpResponse"), QJsonObject{{QStringLiteral("status"), r.response.httpStatus},
                                                         {QStringLiteral("headers"), headersJson(r.response.headers)},
                                                         {QStringLiteral("body"), QString::fromUtf8(r.response.body)},
                                                         {QStringLiteral("size"), double(r.response.bodySize)},
                                                         {QStringLiteral("truncated"), r.response.truncated},
                                                         {QStringLiteral("timeMs"), double(r.response.elapsedMs)},
                                                         {QStringLiteral("redirects"), QJsonArray::fromStringList(r.response.redirects)},
                                                         {QStringLiteral("error"), r.response.error}});
    o.insert(QStringLiteral("logs"), logs);
    if (!runsApi.isEmpty())
        o.insert(QStringLiteral("runsApi"), runsApi);
    return o;
}

}  // namespace

int cmdRun(Context &ctx)
{
    QCommandLineParser p;
    const QCommandLineOption scenario(QStringLiteral("scenario"), {}, QStringLiteral("NAME"));
    const QCommandLineOption context(QStringLiteral("context"), {}, QStringLiteral("CTX.json"));
    const QCommandLineOption clientId(QStringLiteral("client-id"), {}, QStringLiteral("ID"));
    const QCommandLineOption clientSecret(QStringLiteral("client-secret"), {}, QStringLiteral("S"));
    const QCommandLineOption clientSecretFile(QStringLiteral("client-secret-file"), {}, QStringLiteral("PATH"));
    const QCommandLineOption apiPort(QStringLiteral("runs-api-port"), {}, QStringLiteral("N"));
    const QCommandLineOption wait(QStringLiteral("wait"), {}, QStringLiteral("SECONDS"));
    const QCommandLineOption format(QStringLiteral("format"), {}, QStringLiteral("json"));
    const QCommandLineOption apiBase(QStringLiteral("api-base"), {}, QStringLiteral("URL"));
    const QCommandLineOption kafka(QStringLiteral("kafka-bootstrap"), {}, QStringLiteral("HOST:PORT"));
    const QCommandLineOption topic(QStringLiteral("topic"), {}, QStringLiteral("T"));
    const QCommandLineOption kafkaProtocol(QStringLiteral("kafka-security-protocol"), {}, QStringLiteral("P"));
    const QCommandLineOption kafkaMechanism(QStringLiteral("kafka-sasl-mechanism"), {}, QStringLiteral("M"));
    const QCommandLineOption kafkaUser(QStringLiteral("kafka-username"), {}, QStringLiteral("U"));
    const QCommandLineOption requestTimeout(QStringLiteral("request-timeout"), {}, QStringLiteral("SECONDS"));
    const QCommandLineOption insecure(QStringLiteral("insecure"));
    const QCommandLineOption localBackend(QStringLiteral("local-backend"));
    p.addOptions({scenario, context, clientId, clientSecret, clientSecretFile, apiPort, wait, format, apiBase, kafka,
                  topic, kafkaProtocol, kafkaMechanism, kafkaUser, requestTimeout, insecure, localBackend});
    if (const int rc = parseOptions(p, ctx, QString::fromLatin1(kUsage)); rc >= 0)
        return rc;
    if (p.positionalArguments().size() != 1)
        return usageError(ctx, QStringLiteral("expected one ACTION.json"), QString::fromLatin1(kUsage));
    const bool json = p.isSet(format);
    if (json && p.value(format) != QLatin1String("json") && p.value(format) != QLatin1String("text")) {
        reportUsage(ctx, QStringLiteral("--format must be 'json' or 'text'"));
        return BadInput;
    }
    const bool asJson = json && p.value(format) == QLatin1String("json");
    qint64 waitValue = -1;
    if (p.isSet(wait) && !parseNumber(ctx, QStringLiteral("--wait"), p.value(wait), 0, 86400, "seconds", &waitValue))
        return BadInput;
    const int waitSeconds = int(waitValue);
    qint64 portValue = -1;
    if (p.isSet(apiPort)
        && !parseNumber(ctx, QStringLiteral("--runs-api-port"), p.value(apiPort), 0, 65535, "0 = any free port", &portValue))
        return BadInput;
    const int port = int(portValue);
    if (p.isSet(scenario) && p.isSet(context)) {
        reportUsage(ctx, QStringLiteral("--scenario and --context exclude each other"));
        return BadInput;
    }
    if (p.isSet(clientSecret) && p.isSet(clientSecretFile)) {
        reportUsage(ctx, QStringLiteral("--client-secret and --client-secret-file exclude each other"));
        return BadInput;
    }
    if (p.value(clientSecretFile) == QLatin1String("-")
        && (p.positionalArguments().first() == QLatin1String("-") || p.value(context) == QLatin1String("-"))) {
        reportUsage(ctx, QStringLiteral("only one input can be '-' (standard input)"));
        return BadInput;
    }
    int requestTimeoutMs = InvokeOptions().timeoutMs;
    if (p.isSet(requestTimeout)) {
        bool ok = false;
        const double seconds = p.value(requestTimeout).toDouble(&ok);
        if (!ok || !(seconds > 0) || seconds > kMaxRequestTimeoutSeconds) {
            reportUsage(ctx, QStringLiteral("--request-timeout needs a number of seconds above 0 and at most %1, not '%2'")
                                 .arg(kMaxRequestTimeoutSeconds)
                                 .arg(p.value(requestTimeout)));
            return BadInput;
        }
        requestTimeoutMs = qMax(1, qRound(seconds * 1000));
    }

    const KafkaSecurity kafkaSecurity{p.value(kafkaProtocol), p.value(kafkaMechanism), p.value(kafkaUser)};
    if (QString why; !kafkaSecurity.check(&why)) {
        reportUsage(ctx, why);
        return BadInput;
    }
    QString secretFromFile;
    if (p.isSet(clientSecretFile) && !readSecretFile(ctx, p.value(clientSecretFile), &secretFromFile))
        return BadInput;

    const QString path = p.positionalArguments().first();
    ActionFile file;
    if (!loadActionFile(path, ctx, &file))
        return BadInput;
    if (file.actionCount() != 1) {
        report(ctx, {path, {}, QStringLiteral("run needs a file with one action; this one holds %1").arg(file.actionCount())});
        return BadInput;
    }
    const JsonValue actionJson = *file.action(0);
    if (!actionJson.isObject()) {
        report(ctx, {path, actionJson.pos(), QStringLiteral("expected an action object")});
        return BadInput;
    }
    if (Located bad; !checkInvocationMethod({actionJson, QString()}, path, &bad)) {
        report(ctx, bad);
        return BadInput;
    }
    const QString backendType = actionJson.value(u"invocationMethod").value(u"type").toString();
    if (p.isSet(localBackend) && backendType != QLatin1String("WEBHOOK")) {
        reportUsage(ctx, QStringLiteral("--local-backend: the local test backend receives webhooks only; this action's "
                                        "backend is %1")
                             .arg(backendType));
        return BadInput;
    }
    // Read before the run is made: a context that cannot be used is a bad argument, not a failed run.
    std::optional<JsonValue> contextJson;
    if (p.isSet(context)) {
        JsonValue c;
        Located bad;
        if (!loadJsonFile(p.value(context), &c, &bad)) {
            report(ctx, bad);
            return BadInput;
        }
        if (!c.isObject()) {
            report(ctx, {p.value(context), c.pos(), QStringLiteral("the context must be a JSON object")});
            return BadInput;
        }
        contextJson = c;
    }

    KeychainSecretStore keychain;
    EnvSecretStore secrets(&keychain);
    const QString id = p.isSet(clientId) ? p.value(clientId) : secrets.read(secretkeys::PortClientId).value_or(QString());
    const QString secret = p.isSet(clientSecretFile) ? secretFromFile
                           : p.isSet(clientSecret)   ? p.value(clientSecret)
                                                     : secrets.read(secretkeys::PortClientSecret).value_or(QString());
    // Only read when it will be used: the keychain may prompt.
    QString kafkaPassword;
    if (!kafkaSecurity.username.isEmpty()) {
        kafkaPassword = secrets.read(secretkeys::KafkaPassword).value_or(QString());
        if (kafkaPassword.isEmpty() && kafkaSecurity.needsPassword()) {
            reportUsage(ctx, QStringLiteral("--kafka-username needs a password: set KAFKA_PASSWORD or store it in the "
                                            "keychain as kafka/password"));
            return BadInput;
        }
    }

    RunStore store;
    QString error;
    if (!store.open(RunStore::defaultPath(), &error)) {
        report(ctx, {RunStore::defaultPath(), {}, QStringLiteral("run history unavailable (%1); keeping this run in memory").arg(error)},
               Diagnostic::Severity::Warning);
        store.open(QStringLiteral(":memory:"));
    }
    store.addGlobalSecrets({secret, kafkaPassword});

    RunsApi api(&store);
    api.setCredentials(id, secret);
    // The local test backend reports through the runs API: it runs then, on any free port if none was given.
    if ((port >= 0 || p.isSet(localBackend)) && !api.listen(quint16(qMax(port, 0)), &error)) {
        reportUsage(ctx, QStringLiteral("runs API: ") + error);
        return Failed;
    }
    LocalTestBackend local(&api);
    local.setClientSecret(secret);
    if (p.isSet(localBackend) && !local.listen(0, &error)) {
        reportUsage(ctx, QStringLiteral("local test backend: ") + error);
        return Failed;
    }

    RunInvocationRequest req;
    req.action = actionJson;
    req.actionPath = path;
    req.scenarioName = p.value(scenario);
    req.context = contextJson;
    req.clientSecret = secret;
    req.secrets = &secrets;


    Invoker invoker(&store, &secrets);
    const QString &backend = backendType;
    const QString action = actionJson.value(u"identifier").toString();
    req.runId = invoker.createRun(action, backend, req.scenarioName);
    RunInvocationResult rendered;
    if (Located bad; !renderForRun(req, &rendered, &bad)) {
        store.finish(req.runId, runstatus::Failure, QStringLiteral("Could not render the invocation: ") + bad.message);
        report(ctx, bad);
        return Failed;
    }
    const RenderedInvocation &inv = rendered.invocation;
    const QString scenarioUsed = rendered.scenario;
    for (const QString &w : std::as_const(rendered.warnings))
        report(ctx, {path, {}, w}, Diagnostic::Severity::Warning);
    ctx.err.flush();

    InvokeOptions opt;
    opt.timeoutMs = requestTimeoutMs;
    if (p.isSet(insecure)) {
        opt.verifyTls = false;
        ctx.err << "WARNING: --insecure: TLS certificates are NOT verified for this run. Anyone on the network "
                   "path can read and change the request, its signature and its tokens. Use it only against "
                   "a test server you control.\n";
        ctx.err.flush();
    }
    opt.apiBase = p.value(apiBase);
    opt.kafkaBootstrap = p.value(kafka);
    opt.kafkaTopic = p.value(topic);
    kafkaSecurity.append(&opt.kafkaConfig);
    if (!kafkaPassword.isEmpty())
        opt.kafkaConfig.append({QStringLiteral("sasl.password"), kafkaPassword});
    if (backend == QLatin1String("UPSERT_ENTITY") && !opt.apiBase.isEmpty()) {
        opt.portApiBase = opt.apiBase;
        opt.portClientId = id;
        opt.portClientSecret = secret;
    }
    if (waitSeconds > 0)
        opt.followTimeoutMs = waitSeconds * 1000;
    if (p.isSet(localBackend))
        opt.webhookUrlOverride = local.webhookUrl(req.runId);

    const QString runId = req.runId;
    if (!asJson) {
        ctx.out << "Run " << runId << "  " << action << "  " << backend
                << (scenarioUsed.isEmpty() ? QString() : QStringLiteral("  scenario: ") + scenarioUsed) << '\n';
        if (api.isListening())
            ctx.out << "Runs API: " << api.baseUrl() << '\n';
        ctx.out.flush();
        QObject::connect(&store, &RunStore::logAppended, &store, [&ctx, runId](const QString &rid, const RunLog &l) {
            if (rid != runId)
                return;
            ctx.out << "  " << timeOf(l.createdAt) << "  " << (l.createdBy == QLatin1String("runner") ? QString() : l.createdBy + QStringLiteral(": "))
                    << l.message << '\n';
            ctx.out.flush();
        });
    }

    // --wait bounds the wait for the run's end, not the request: the request always gets its answer
    // (or its own --request-timeout) first, so --wait 0 means "send, then stop waiting".
    QEventLoop loop;
    bool requestOk = false;
    bool requestDone = false;
    bool waitExpired = false;
    QElapsedTimer clock;
    const auto stopIfExpired = [&] {
        // Checked on every event of this run too: under a flood of log posts the timer alone fires
        // late, since each post is handled before the loop gets back to its timers.
        if (waitSeconds >= 0 && !waitExpired && clock.isValid() && clock.elapsed() >= qint64(waitSeconds) * 1000)
            waitExpired = true;
        if (waitExpired && requestDone)
            loop.quit();
    };
    QObject::connect(&invoker, &Invoker::requestFinished, &loop, [&](const QString &rid, bool ok, const QString &) {
        if (rid != runId)
            return;
        requestOk = ok;
        requestDone = true;
        if (waitSeconds < 0)
            loop.quit();
        stopIfExpired();
    });
    QObject::connect(&invoker, &Invoker::jobFinished, &loop, [&](const QString &rid) {
        if (rid != runId)
            return;
        requestDone = true;
        // Without --wait, or when nothing can report any more (no runs API), stop here.
        if (waitSeconds < 0 || (!api.isListening() && store.status(runId) == runstatus::InProgress))
            loop.quit();
        stopIfExpired();
    });
    QObject::connect(&store, &RunStore::runEnded, &loop, [&](const QString &rid) {
        // A backend's PATCH/log that ended the run is still waiting for its answer: let the
        // server write it before the process goes away.
        if (rid == runId && waitSeconds >= 0)
            QTimer::singleShot(api.isListening() ? 300 : 0, &loop, &QEventLoop::quit);
    });
    QObject::connect(&store, &RunStore::logAppended, &loop, [&](const QString &rid, const RunLog &) {
        if (rid == runId)
            stopIfExpired();
    });
    if (waitSeconds >= 0) {
        QTimer::singleShot(waitSeconds * 1000, &loop, [&] {
            waitExpired = true;
            stopIfExpired();
        });
    }
    QTimer::singleShot(0, &loop, [&] {
        clock.start();
        invoker.start(runId, inv, opt);
    });
    loop.exec();

    if (waitSeconds >= 0 && store.status(runId) == runstatus::InProgress) {
        if (waitExpired) {
            // Not a failure of the run: it goes on at the backend, only this process stops looking.
            invoker.stopFollowing(runId, QStringLiteral("Stopped waiting after %1 s; the run is still IN_PROGRESS").arg(waitSeconds));
        } else {
            store.finish(runId, runstatus::Failure,
                         QStringLiteral("Nothing can report this run's status (start the runs API with --runs-api-port)"));
        }
    }
    const Run run = *store.run(runId);
    const bool success = waitSeconds >= 0 ? run.status == runstatus::Success
                                          : (run.status == runstatus::Success || (run.status == runstatus::InProgress && requestDone && requestOk));
    if (asJson) {
        ctx.out << QString::fromUtf8(QJsonDocument(runJson(run, api.isListening() ? api.baseUrl() : QString())).toJson(QJsonDocument::Indented));
    } else {
        if (!run.links.isEmpty())
            ctx.out << "Link: " << run.links.join(QStringLiteral(" ")) << '\n';
        for (const QString &w : run.warnings)
            ctx.out << "Warning: " << w << '\n';
        if (run.response.httpStatus)
            ctx.out << "Response: HTTP " << run.response.httpStatus << " (" << run.response.bodySize << " bytes, "
                    << run.response.elapsedMs << " ms" << (run.response.truncated ? ", truncated" : "") << ")\n";
        QString summary = run.summary;
        if (waitExpired && run.status == runstatus::InProgress)
            summary = QStringLiteral("stopped waiting after %1 s; the run is still IN_PROGRESS").arg(waitSeconds);
        ctx.out << "Status: " << run.status << (summary.isEmpty() ? QString() : QStringLiteral("  ") + summary) << '\n';
    }
    return success ? Ok : Failed;
}

}  // namespace ad::cli
