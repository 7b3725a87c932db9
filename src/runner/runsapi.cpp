#include "runner/runsapi.h"

#include "runner/requestgate.h"
#include "runner/runstore.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpServer>
#include <QUrlQuery>

namespace ad {

namespace {
using Reply = RunsApi::Reply;

// Port's error shape: {"ok": false, "error": "<code>", "message": "<text>"}.
Reply error(int status, const QString &code, const QString &message)
{
    return {status, QJsonObject{{QStringLiteral("ok"), false}, {QStringLiteral("error"), code},
                                {QStringLiteral("message"), message}}};
}
Reply invalid(const QString &message) { return error(422, QStringLiteral("invalid_request"), message); }
Reply notFound(const QString &id)
{
    return error(404, QStringLiteral("not_found"), QStringLiteral("Run with identifier \"%1\" was not found").arg(id));
}
Reply finished(const Run &r)
{
    return error(422, QStringLiteral("run_not_in_progress"),
                 QStringLiteral("Run \"%1\" has already ended with status %2 and cannot be changed").arg(r.id, r.status));
}

constexpr qint64 kMaxBodyBytes = 1024 * 1024;

// Only links a browser opens as a web page: a backend's `link` is shown as a clickable link.
bool isWebLink(const QString &link)
{
    const QUrl u(link, QUrl::StrictMode);
    return u.isValid() && !u.host().isEmpty()
        && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"));
}

QString iso(const QDateTime &d) { return d.isValid() ? d.toUTC().toString(Qt::ISODateWithMs) : QString(); }

// Parses a JSON object body and checks its keys against `allowed`.
bool parseObject(const QByteArray &body, const QStringList &allowed, QJsonObject *out, Reply *err)
{
    QJsonParseError pe;
    const QJsonDocument doc = QJsonDocument::fromJson(body.isEmpty() ? QByteArray("{}") : body, &pe);
    if (pe.error != QJsonParseError::NoError) {
        *err = error(400, QStringLiteral("invalid_json"), QStringLiteral("Body is not valid JSON: %1").arg(pe.errorString()));
        return false;
    }
    if (!doc.isObject()) {
        *err = invalid(QStringLiteral("body must be object"));
        return false;
    }
    *out = doc.object();
    for (auto it = out->begin(); it != out->end(); ++it) {
        if (!allowed.contains(it.key())) {
            *err = invalid(QStringLiteral("body must NOT have additional properties (\"%1\")").arg(it.key()));
            return false;
        }
    }
    return true;
}

bool checkString(const QJsonObject &o, const QString &key, Reply *err)
{
    if (o.contains(key) && !o.value(key).isString()) {
        *err = invalid(QStringLiteral("body/%1 must be string").arg(key));
        return false;
    }
    return true;
}

bool checkStatus(const QJsonObject &o, const QString &key, Reply *err)
{
    if (!o.contains(key))
        return true;
    const QString s = o.value(key).toString();
    if (s != runstatus::Success && s != runstatus::Failure) {
        *err = invalid(QStringLiteral("body/%1 must be equal to one of the allowed values: SUCCESS, FAILURE").arg(key));
        return false;
    }
    return true;
}

QJsonObject logToJson(const QString &runId, const RunLog &l)
{
    return {{QStringLiteral("id"), l.id}, {QStringLiteral("runId"), runId}, {QStringLiteral("message"), l.message},
            {QStringLiteral("createdBy"), l.createdBy}, {QStringLiteral("createdAt"), iso(l.createdAt)}};
}
}  // namespace

RunsApi::RunsApi(RunStore *store, QObject *parent) : QObject(parent), m_store(store) {}

RunsApi::~RunsApi() = default;

void RunsApi::setCredentials(const QString &clientId, const QString &clientSecret)
{
    m_clientId = clientId;
    m_clientSecret = clientSecret;
    m_tokens.clear();
}

bool RunsApi::listen(quint16 port, QString *error, bool *inUse)
{
    close();
    auto server = std::make_unique<QHttpServer>();
    auto *tcp = new GatedTcpServer(kMaxBodyBytes, server.get());
    if (!tcp->listen(QHostAddress::LocalHost, port)) {
        if (inUse)
            *inUse = tcp->serverError() == QAbstractSocket::AddressInUseError;
        if (error)
            *error = QStringLiteral("cannot listen on 127.0.0.1:%1: %2").arg(port).arg(tcp->errorString());
        return false;
    }
    // Every path goes through handle(): one place that knows Port's routes and error shapes,
    // and no dependence on the tech-preview router's matching rules.
    server->setMissingHandler([this](const QHttpServerRequest &req, QHttpServerResponder &&responder) {
        static const QHash<QHttpServerRequest::Method, QString> names = {
            {QHttpServerRequest::Method::Get, QStringLiteral("GET")},
            {QHttpServerRequest::Method::Post, QStringLiteral("POST")},
            {QHttpServerRequest::Method::Put, QStringLiteral("PUT")},
            {QHttpServerRequest::Method::Patch, QStringLiteral("PATCH")},
            {QHttpServerRequest::Method::Delete, QStringLiteral("DELETE")},
        };
        const QString method = names.value(req.method(), QStringLiteral("OTHER"));
        // The encoded path: a %2F in a run id must not become a path separator.
        const Reply r = handle(method, req.url().path(QUrl::FullyEncoded), req.url().query(QUrl::FullyEncoded).toUtf8(),
            req.value("authorization"), req.body());
        responder.write(QJsonDocument(r.body), QHttpServerResponder::StatusCode(r.status));
    });
    server->bind(tcp);
    m_tcp = tcp;
    m_server = std::move(server);
    return true;
}

void RunsApi::close()
{
    m_server.reset();
    m_tcp = nullptr;
}

bool RunsApi::isListening() const { return m_tcp && m_tcp->isListening(); }

quint16 RunsApi::port() const { return isListening() ? m_tcp->serverPort() : 0; }

QString RunsApi::baseUrl() const { return QStringLiteral("http://127.0.0.1:%1").arg(port()); }

QString RunsApi::issueToken(const QString &clientId)
{
    QByteArray raw(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(raw.data()), raw.size() / 4);
    const QString token = QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    m_tokens.insert(token, {clientId, QDateTime::currentDateTimeUtc().addSecs(m_tokenLifetime)});
    return token;
}

QString RunsApi::authorize(const QByteArray &authorization)
{
    if (!authorization.startsWith("Bearer ") && !authorization.startsWith("bearer "))
        return {};
    const QString token = QString::fromLatin1(authorization.mid(7).trimmed());
    auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return {};
    if (it->expires < QDateTime::currentDateTimeUtc()) {
        m_tokens.remove(token);
        return {};
    }
    return it->clientId;
}

RunsApi::Reply RunsApi::handle(const QString &method, const QString &path, const QByteArray &query,
                               const QByteArray &authorization, const QByteArray &body)
{
    Reply r;
    static const QRegularExpression runPath(QStringLiteral("^/v1/actions/runs/([^/]+)(/logs|/response)?/?$"));
    const QRegularExpressionMatch m = runPath.match(path);
    // Run ids are r_ and letters/digits; anything else (a decoded "/", "..") names no run.
    static const QRegularExpression runId(QStringLiteral("^[A-Za-z0-9_-]+$"));
    if (body.size() > kMaxBodyBytes) {
        r = error(413, QStringLiteral("payload_too_large"), QStringLiteral("Request body is larger than 1 MiB"));
    } else if (path == QLatin1String("/v1/auth/access_token") || path == QLatin1String("/v1/auth/access_token/")) {
        r = method == QLatin1String("POST") ? accessToken(body)
                                            : error(405, QStringLiteral("method_not_allowed"), QStringLiteral("Use POST"));
    } else if (!m.hasMatch()) {
        r = error(404, QStringLiteral("not_found"), QStringLiteral("Route %1 %2 not found").arg(method, path));
    } else {
        const QString by = authorize(authorization);
        const QString id = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
        const QString sub = m.captured(2);
        if (by.isEmpty()) {
            r = error(401, QStringLiteral("unauthorized"),
                QStringLiteral("A valid bearer token is required (POST /v1/auth/access_token)"));
        } else if (!runId.match(id).hasMatch() || !m_store || !m_store->contains(id)) {
            r = notFound(id);
        } else if (sub.isEmpty() && method == QLatin1String("GET")) {
            r = getRun(id);
        } else if (sub.isEmpty() && method == QLatin1String("PATCH")) {
            r = patchRun(id, body, by);
        } else if (sub == QLatin1String("/logs") && method == QLatin1String("POST")) {
            r = postLog(id, body, by);
        } else if (sub == QLatin1String("/logs") && method == QLatin1String("GET")) {
            r = getLogs(id, query);
        } else if (sub == QLatin1String("/response") && method == QLatin1String("PATCH")) {
            r = patchResponse(id, body, by);
        } else {
            r = error(405, QStringLiteral("method_not_allowed"), QStringLiteral("%1 is not allowed on %2").arg(method, path));
        }
    }
    emit requestHandled(method, path, r.status);
    return r;
}

RunsApi::Reply RunsApi::accessToken(const QByteArray &body)
{
    QJsonObject o;
    Reply err;
    if (!parseObject(body, {QStringLiteral("clientId"), QStringLiteral("clientSecret")}, &o, &err))
        return err;
    for (const QString &k : {QStringLiteral("clientId"), QStringLiteral("clientSecret")}) {
        if (!o.value(k).isString() || o.value(k).toString().isEmpty())
            return invalid(QStringLiteral("body must have required property '%1'").arg(k));
    }
    const QString id = o.value(QStringLiteral("clientId")).toString();
    const QString secret = o.value(QStringLiteral("clientSecret")).toString();
    // Without a configured secret any caller would get a token: refuse and say where to set it.
    if (m_clientSecret.isEmpty())
        return error(401, QStringLiteral("no_client_secret"), m_noSecretHint);
    // An unset client id accepts any: `run --client-secret S` alone checks the secret only.
    if ((!m_clientId.isEmpty() && id != m_clientId) || secret != m_clientSecret)
        return error(401, QStringLiteral("unauthorized"), QStringLiteral("Invalid client id or client secret"));
    return {200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("accessToken"), issueToken(id)},
                             {QStringLiteral("expiresIn"), m_tokenLifetime}, {QStringLiteral("tokenType"), QStringLiteral("Bearer")}}};
}

QJsonObject RunsApi::runToJson(const Run &r)
{
    QJsonObject action{{QStringLiteral("identifier"), r.action}, {QStringLiteral("title"), r.action},
                       {QStringLiteral("icon"), QJsonValue::Null}, {QStringLiteral("deleted"), false}};
    QJsonObject o{{QStringLiteral("id"), r.id},
                  {QStringLiteral("status"), r.status},
                  {QStringLiteral("statusLabel"), r.statusLabel.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.statusLabel)},
                  {QStringLiteral("action"), action},
                  {QStringLiteral("properties"), QJsonObject()},
                  {QStringLiteral("source"), QStringLiteral("UI")},
                  {QStringLiteral("requiredApproval"), false},
                  {QStringLiteral("summary"), r.summary.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.summary)},
                  {QStringLiteral("externalRunId"), r.externalRunId.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.externalRunId)},
                  {QStringLiteral("createdAt"), iso(r.startedAt)},
                  {QStringLiteral("updatedAt"), iso(r.endedAt.isValid() ? r.endedAt : r.startedAt)},
                  {QStringLiteral("endedAt"), r.endedAt.isValid() ? QJsonValue(iso(r.endedAt)) : QJsonValue(QJsonValue::Null)},
                  {QStringLiteral("createdBy"), QStringLiteral("action-designer")}};
    if (r.linkIsList)
        o.insert(QStringLiteral("link"), QJsonArray::fromStringList(r.links));
    else
        o.insert(QStringLiteral("link"), r.links.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.links.first()));
    if (!r.reportedResponse.isEmpty()) {
        const QJsonDocument d = QJsonDocument::fromJson(r.reportedResponse);
        o.insert(QStringLiteral("response"), d.isObject() ? QJsonValue(d.object())
                                             : d.isArray() ? QJsonValue(d.array())
                                                           : QJsonValue(QString::fromUtf8(r.reportedResponse)));
    }
    return o;
}

RunsApi::Reply RunsApi::getRun(const QString &id)
{
    const auto r = m_store->header(id, true);
    return {200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("run"), runToJson(*r)}}};
}

RunsApi::Reply RunsApi::patchRun(const QString &id, const QByteArray &body, const QString &by)
{
    QJsonObject o;
    Reply err;
    if (!parseObject(body, {QStringLiteral("status"), QStringLiteral("statusLabel"), QStringLiteral("link"),
                            QStringLiteral("summary"), QStringLiteral("externalRunId"), QStringLiteral("message")},
                     &o, &err))
        return err;
    if (!checkStatus(o, QStringLiteral("status"), &err) || !checkString(o, QStringLiteral("statusLabel"), &err)
        || !checkString(o, QStringLiteral("summary"), &err) || !checkString(o, QStringLiteral("externalRunId"), &err))
        return err;
    RunPatch p;
    if (o.contains(QStringLiteral("link"))) {
        const QJsonValue l = o.value(QStringLiteral("link"));
        QStringList links;
        if (l.isString()) {
            links << l.toString();
        } else if (l.isArray()) {
            for (const auto &v : l.toArray()) {
                if (!v.isString())
                    return invalid(QStringLiteral("body/link must be string or array of strings"));
                links << v.toString();
            }
            p.linkIsList = true;
        } else {
            return invalid(QStringLiteral("body/link must be string or array of strings"));
        }
        for (const QString &link : std::as_const(links))
            if (!isWebLink(link))
                return invalid(QStringLiteral("body/link must be http or https URLs (\"%1\" is not)").arg(link));
        p.links = links;
    }
    if (o.contains(QStringLiteral("message")) && !o.value(QStringLiteral("message")).isObject())
        return invalid(QStringLiteral("body/message must be object"));
    const Run before = *m_store->header(id);
    if (before.isFinished())
        return finished(before);
    if (o.contains(QStringLiteral("status")))
        p.status = o.value(QStringLiteral("status")).toString();
    if (o.contains(QStringLiteral("statusLabel")))
        p.statusLabel = o.value(QStringLiteral("statusLabel")).toString();
    if (o.contains(QStringLiteral("summary")))
        p.summary = o.value(QStringLiteral("summary")).toString();
    if (o.contains(QStringLiteral("externalRunId")))
        p.externalRunId = o.value(QStringLiteral("externalRunId")).toString();
    if (!m_store->applyPatch(id, p, by))
        return finished(*m_store->header(id));  // another writer ended it meanwhile
    emit runPatched(id);
    const Run after = *m_store->header(id, true);
    if (after.isFinished())
        emit runFinished(id, after.status);
    return {200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("run"), runToJson(after)}}};
}

RunsApi::Reply RunsApi::postLog(const QString &id, const QByteArray &body, const QString &by)
{
    QJsonObject o;
    Reply err;
    if (!parseObject(body, {QStringLiteral("message"), QStringLiteral("terminationStatus"), QStringLiteral("statusLabel")}, &o, &err))
        return err;
    if (!o.contains(QStringLiteral("message")))
        return invalid(QStringLiteral("body must have required property 'message'"));
    if (!checkString(o, QStringLiteral("message"), &err) || !checkStatus(o, QStringLiteral("terminationStatus"), &err)
        || !checkString(o, QStringLiteral("statusLabel"), &err))
        return err;
    // Only the run's row: reading every stored log per POST made logging quadratic.
    const Run before = *m_store->header(id);
    if (before.isFinished() || before.terminated)
        return finished(before);
    RunStore::LogRefusal why = RunStore::LogRefusal::None;
    const auto stored = m_store->tryAppendLog(id, o.value(QStringLiteral("message")).toString(), by, &why);
    if (!stored) {
        const RunStore::Limits &l = m_store->limits();
        if (why == RunStore::LogRefusal::UnknownRun)
            return notFound(id);
        const QString message = why == RunStore::LogRefusal::TooMany
            ? QStringLiteral("Run \"%1\" already has %2 logs, the most the designer keeps per run").arg(id).arg(l.maxLogsPerRun)
            : QStringLiteral("Run \"%1\" logs would exceed %2 MiB, the most the designer keeps per run")
                  .arg(id)
                  .arg(l.maxLogBytesPerRun / (1024 * 1024));
        return error(413, QStringLiteral("run_logs_limit_reached"), message);
    }
    const RunLog log = *stored;
    emit logPosted(id, log);
    RunPatch p;
    if (o.contains(QStringLiteral("statusLabel")))
        p.statusLabel = o.value(QStringLiteral("statusLabel")).toString();
    if (o.contains(QStringLiteral("terminationStatus"))) {
        p.status = o.value(QStringLiteral("terminationStatus")).toString();
        m_store->markTerminated(id);
    }
    if (p.status || p.statusLabel) {
        m_store->applyPatch(id, p, by);
        emit runPatched(id);
        if (p.status)
            emit runFinished(id, *p.status);
    }
    return {201, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("runLog"), logToJson(id, log)}}};
}

RunsApi::Reply RunsApi::getLogs(const QString &id, const QByteArray &query)
{
    const QUrlQuery q(QString::fromUtf8(query));
    int limit = 50;
    int offset = 0;
    if (q.hasQueryItem(QStringLiteral("limit"))) {
        bool ok = false;
        limit = q.queryItemValue(QStringLiteral("limit")).toInt(&ok);
        if (!ok || limit < 1 || limit > 50)
            return invalid(QStringLiteral("querystring/limit must be an integer from 1 to 50"));
    }
    if (q.hasQueryItem(QStringLiteral("offset"))) {
        bool ok = false;
        offset = q.queryItemValue(QStringLiteral("offset")).toInt(&ok);
        if (!ok || offset < 0)
            return invalid(QStringLiteral("querystring/offset must be a non-negative integer"));
    }
    QJsonArray logs;
    for (const RunLog &l : m_store->logs(id, offset, limit))
        logs.append(logToJson(id, l));
    return {200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("runLogs"), logs}}};
}

RunsApi::Reply RunsApi::patchResponse(const QString &id, const QByteArray &body, const QString &by)
{
    QJsonObject o;
    Reply err;
    if (!parseObject(body, {QStringLiteral("response")}, &o, &err))
        return err;
    if (!o.contains(QStringLiteral("response")))
        return invalid(QStringLiteral("body must have required property 'response'"));
    const Run before = *m_store->header(id);
    if (before.isFinished())
        return finished(before);
    const QJsonValue v = o.value(QStringLiteral("response"));
    QByteArray text;
    if (v.isObject())
        text = QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact);
    else if (v.isArray())
        text = QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact);
    else
        text = QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact).mid(1).chopped(1);
    m_store->setReportedResponse(id, text);
    emit responseReported(id);
    return {200, QJsonObject{{QStringLiteral("ok"), true}, {QStringLiteral("run"), runToJson(*m_store->header(id, true))}}};
}

}  // namespace ad
