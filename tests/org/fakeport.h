#pragma once
// A Port-compatible API on 127.0.0.1 for the org tests (PORT-SPEC §7, §7.7): the token endpoint and
// 401 for a bad or expired token, Port's wrappers ({ok, actions} / {ok, action} / {ok:false, error,
// message, details}), server fields and defaults added on store, 404 / 409 / 422 bodies, 429 with
// Retry-After, runs (one by id, and the list with its filters, newest first), organization secrets and
// entity validation. Keys keep their order (JsonValue), but the stored copy is laid out the way Port
// answers: server fields first, defaults filled in.

#include "../runner/fakehttp.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QHttpServer>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QRegularExpression>
#include <QUrlQuery>

#include <algorithm>
#include <memory>
#include <vector>

class FakePort {
public:
    struct Hit {
        QString method;
        QString path;
        QString query;
        QByteArray auth;
        QByteArray body;
    };
    struct Answer {
        Answer(int s = 200, const QByteArray &b = {}, const QList<QPair<QByteArray, QByteArray>> &h = {})
            : status(s), body(b), headers(h)
        {
        }
        int status;
        QByteArray body;
        QList<QPair<QByteArray, QByteArray>> headers;
    };

    QString clientId = QStringLiteral("cid");
    QString clientSecret = QStringLiteral("csecret");
    int expiresIn = 3600;
    int rateLimitNext = 0;          // answer this many calls (besides the token) with 429
    QByteArray retryAfter = "1";
    bool stall = false;             // take calls (besides the token) and never answer them
    QStringList knownBlueprints = {QStringLiteral("service"), QStringLiteral("cluster")};
    QStringList secretNames = {QStringLiteral("GITHUB_TOKEN"), QStringLiteral("WEBHOOK_SECRET")};
    QMap<QString, QStringList> blueprintProperties = {{QStringLiteral("service"), {QStringLiteral("language"), QStringLiteral("locked"), QStringLiteral("token")}}};
    QMap<QString, ad::JsonValue> runs;  // by id, the v2 run objects
    QList<Hit> hits;
    int tokensIssued = 0;

    FakePort()
    {
        m_server.setMissingHandler([this](const QHttpServerRequest &req, QHttpServerResponder &&resp) {
            handle(req, std::move(resp));
        });
        port = m_server.listen(QHostAddress::LocalHost, 0);
    }

    quint16 port = 0;
    QString url() const { return QStringLiteral("http://127.0.0.1:%1").arg(port); }

    // The org's actions as stored (server fields and defaults included).
    const QList<ad::JsonValue> &actions() const { return m_actions; }
    const ad::JsonValue *action(const QString &id) const
    {
        for (const auto &a : m_actions)
            if (a.value(u"identifier").toString() == id)
                return &a;
        return nullptr;
    }
    // Stores an action as if created in Port's web UI.
    void seed(const QByteArray &json) { store(ad::parseJson(json).value, QString()); }
    // An edit "in the org": replaces the value at a pointer-like path of a stored action.
    void editInOrg(const QString &id, const QString &key, const ad::JsonValue &v)
    {
        for (auto &a : m_actions)
            if (a.value(u"identifier").toString() == id) {
                a.set(key, v);
                a.set(QStringLiteral("updatedAt"), ad::JsonValue::fromString(QStringLiteral("2026-01-02T00:00:00.000Z")));
            }
    }
    // A v2 run as Port stores it (what the run list filters and orders by); payload only when given.
    void addRun(const QString &id, const QString &action, const QString &createdAt,
                const QString &status = QStringLiteral("SUCCESS"), const QString &entity = {},
                const QByteArray &properties = "{}", const QByteArray &payload = {})
    {
        using ad::JsonValue;
        const auto ref = [](const QString &identifier) {
            JsonValue o = JsonValue::object();
            o.set(QStringLiteral("identifier"), JsonValue::fromString(identifier));
            return o;
        };
        JsonValue r = JsonValue::object();
        r.set(QStringLiteral("id"), JsonValue::fromString(id));
        r.set(QStringLiteral("status"), JsonValue::fromString(status));
        r.set(QStringLiteral("action"), ref(action));
        r.set(QStringLiteral("blueprint"), ref(QStringLiteral("service")));
        r.set(QStringLiteral("entity"), entity.isEmpty() ? JsonValue() : ref(entity));
        r.set(QStringLiteral("properties"), ad::parseJson(properties).value);
        r.set(QStringLiteral("source"), JsonValue::fromString(QStringLiteral("UI")));
        r.set(QStringLiteral("requiredApproval"), JsonValue::fromBool(false));
        r.set(QStringLiteral("createdBy"), JsonValue::fromString(QStringLiteral("auth0|u1")));
        r.set(QStringLiteral("createdAt"), JsonValue::fromString(createdAt));
        r.set(QStringLiteral("updatedAt"), JsonValue::fromString(createdAt));
        if (!payload.isEmpty())
            r.set(QStringLiteral("payload"), ad::parseJson(payload).value);
        runs.insert(id, r);
    }
    void expireTokens() { m_tokens.clear(); }
    QList<Hit> hitsOf(const QString &method, const QString &pathPrefix) const
    {
        QList<Hit> out;
        for (const auto &h : hits)
            if (h.method == method && h.path.startsWith(pathPrefix))
                out.append(h);
        return out;
    }

private:
    static QByteArray err(const QString &code, const QString &message, const ad::JsonValue &details = {})
    {
        ad::JsonValue o = ad::JsonValue::object();
        o.set(QStringLiteral("ok"), ad::JsonValue::fromBool(false));
        o.set(QStringLiteral("error"), ad::JsonValue::fromString(code));
        o.set(QStringLiteral("message"), ad::JsonValue::fromString(message));
        if (!details.isNull())
            o.set(QStringLiteral("details"), details);
        return ad::toCompactJs(o);
    }
    static QByteArray ok(const QString &key, const ad::JsonValue &v)
    {
        ad::JsonValue o = ad::JsonValue::object();
        o.set(QStringLiteral("ok"), ad::JsonValue::fromBool(true));
        o.set(key, v);
        return ad::toCompactJs(o);
    }

    // Port's layout: server fields first, then the action, defaults filled in.
    ad::JsonValue store(const ad::JsonValue &body, const QString &createdAt)
    {
        using ad::JsonValue;
        JsonValue a = JsonValue::object();
        const QString id = body.value(u"identifier").toString();
        const JsonValue *old = action(id);
        a.set(QStringLiteral("id"), JsonValue::fromString(old ? old->value(u"id").toString() : QStringLiteral("action_%1").arg(++m_seq)));
        a.set(QStringLiteral("createdAt"), JsonValue::fromString(old ? old->value(u"createdAt").toString() : createdAt.isEmpty() ? QStringLiteral("2026-01-01T00:00:00.000Z") : createdAt));
        a.set(QStringLiteral("createdBy"), JsonValue::fromString(QStringLiteral("auth0|creator")));
        a.set(QStringLiteral("updatedAt"), JsonValue::fromString(QStringLiteral("2026-01-01T00:00:00.000Z")));
        a.set(QStringLiteral("updatedBy"), JsonValue::fromString(QStringLiteral("auth0|creator")));
        for (const auto &m : body.members())
            a.set(m.key, m.value);
        if (!a.contains(u"requiredApproval"))
            a.set(QStringLiteral("requiredApproval"), JsonValue::fromBool(false));
        if (JsonValue *im = a.find(u"invocationMethod"); im && im->isObject()) {
            if (im->value(u"type").toString() == QLatin1String("WEBHOOK")) {
                if (!im->contains(u"agent"))
                    im->set(QStringLiteral("agent"), JsonValue::fromBool(false));
                if (!im->contains(u"synchronized"))
                    im->set(QStringLiteral("synchronized"), JsonValue::fromBool(false));
                if (!im->contains(u"method"))
                    im->set(QStringLiteral("method"), JsonValue::fromString(QStringLiteral("POST")));
            }
        }
        if (JsonValue *tr = a.find(u"trigger"); tr && tr->isObject())
            if (JsonValue *ui = tr->find(u"userInputs"); ui && ui->isObject()) {
                if (!ui->contains(u"required"))
                    ui->set(QStringLiteral("required"), JsonValue::array());
                if (!ui->contains(u"order"))
                    ui->set(QStringLiteral("order"), JsonValue::array());
            }
        for (auto &x : m_actions)
            if (x.value(u"identifier").toString() == id) {
                x = a;
                return a;
            }
        m_actions.append(a);
        return a;
    }

    // Port-only rules (local validation cannot know them): the blueprint must exist in the org, and
    // the body schema has additionalProperties: false for server fields.
    bool rejectBody(const ad::JsonValue &body, Answer *a) const
    {
        using ad::JsonValue;
        if (!body.isObject() || body.value(u"identifier").toString().isEmpty()) {
            *a = {422, err(QStringLiteral("invalid_request"), QStringLiteral("The json provided does not match the route's schema"))};
            return true;
        }
        for (const QString &f : {QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("updatedAt")})
            if (body.contains(f)) {
                *a = {422, err(QStringLiteral("invalid_request"), QStringLiteral("The json provided does not match the route's schema"))};
                return true;
            }
        const QString bp = body.value(u"trigger").value(u"blueprintIdentifier").toString();
        if (!bp.isEmpty() && !knownBlueprints.contains(bp)) {
            JsonValue details = JsonValue::object();
            details.set(QStringLiteral("instancePath"), JsonValue::fromString(QStringLiteral("/trigger/blueprintIdentifier")));
            *a = {422, err(QStringLiteral("invalid_request"),
                           QStringLiteral("body/trigger/blueprintIdentifier must be an existing blueprint (\"%1\" is not)").arg(bp), details)};
            return true;
        }
        return false;
    }

    // GET /v1/actions/runs (§7.4): filters action, entity, blueprint, user_id, active, source; limit
    // 1–1000; newest first; {ok, runs}. v1 names the action by its identifier alone.
    Answer listRuns(const QUrlQuery &q) const
    {
        using ad::JsonValue;
        const auto param = [&q](const char *key) {
            return q.queryItemValue(QString::fromLatin1(key), QUrl::FullyDecoded);
        };
        const QString version = q.hasQueryItem(QStringLiteral("version")) ? param("version") : QStringLiteral("v1");
        bool limitOk = true;
        const int limit = q.hasQueryItem(QStringLiteral("limit")) ? param("limit").toInt(&limitOk) : kMaxRuns;
        if (!limitOk || limit < 1 || limit > kMaxRuns ||
            (version != QLatin1String("v1") && version != QLatin1String("v2")))
            return {422, err(QStringLiteral("invalid_request"),
                             QStringLiteral("The json provided does not match the route's schema"))};
        const QStringList sources = q.allQueryItemValues(QStringLiteral("source"), QUrl::FullyDecoded) +
                                    q.allQueryItemValues(QStringLiteral("source[]"), QUrl::FullyDecoded);
        const auto idOf = [](const JsonValue &v) {
            return v.isString() ? v.toString() : v.value(u"identifier").toString();
        };
        QList<JsonValue> picked;
        for (const JsonValue &r : runs) {
            const QString status = r.value(u"status").toString();
            const bool active =
                status == QLatin1String("IN_PROGRESS") || status == QLatin1String("WAITING_FOR_APPROVAL");
            const JsonValue &src = r.value(u"source");
            if ((q.hasQueryItem(QStringLiteral("action")) && idOf(r.value(u"action")) != param("action")) ||
                (q.hasQueryItem(QStringLiteral("entity")) && idOf(r.value(u"entity")) != param("entity")) ||
                (q.hasQueryItem(QStringLiteral("blueprint")) && idOf(r.value(u"blueprint")) != param("blueprint")) ||
                (q.hasQueryItem(QStringLiteral("user_id")) && r.value(u"createdBy").toString() != param("user_id")) ||
                (q.hasQueryItem(QStringLiteral("active")) && active != (param("active") == QLatin1String("true"))) ||
                (!sources.isEmpty() &&
                 !sources.contains(src.isString() ? src.toString() : src.value(u"type").toString())))
                continue;
            JsonValue copy = r;
            if (version == QLatin1String("v1"))
                copy.set(QStringLiteral("action"), JsonValue::fromString(idOf(r.value(u"action"))));
            picked.append(copy);
        }
        std::stable_sort(picked.begin(), picked.end(), [](const JsonValue &a, const JsonValue &b) {
            return a.value(u"createdAt").toString() > b.value(u"createdAt").toString();  // ISO times sort as text
        });
        JsonValue list = JsonValue::array();
        for (const JsonValue &r : picked.mid(0, limit))
            list.append(r);
        return {200, ok(QStringLiteral("runs"), list)};
    }
    static constexpr int kMaxRuns = 1000;

    Answer route(const Hit &h)
    {
        using ad::JsonValue;
        static const QRegularExpression one(QStringLiteral("^/v1/actions/([^/]+)$"));
        static const QRegularExpression run(QStringLiteral("^/v1/actions/runs/([^/]+)$"));
        static const QRegularExpression entities(QStringLiteral("^/v1/blueprints/([^/]+)/entities$"));
        if (h.method == QLatin1String("GET") && h.path == QLatin1String("/v1/actions")) {
            JsonValue list = JsonValue::array();
            const QUrlQuery q(h.query);
            const QStringList only = q.allQueryItemValues(QStringLiteral("action_identifier"));
            for (const auto &a : std::as_const(m_actions))
                if (only.isEmpty() || only.contains(a.value(u"identifier").toString()))
                    list.append(a);
            return {200, ok(QStringLiteral("actions"), list)};
        }
        if (h.method == QLatin1String("POST") && h.path == QLatin1String("/v1/actions")) {
            const JsonValue body = ad::parseJson(h.body).value;
            Answer a;
            if (rejectBody(body, &a))
                return a;
            if (action(body.value(u"identifier").toString()))
                return {409, err(QStringLiteral("conflict"), QStringLiteral("Action with identifier \"%1\" already exists").arg(body.value(u"identifier").toString()))};
            return {201, ok(QStringLiteral("action"), store(body, QString()))};
        }
        if (h.method == QLatin1String("GET") && h.path == QLatin1String("/v1/actions/runs"))
            return listRuns(QUrlQuery(h.query));
        if (const auto m = run.match(h.path); m.hasMatch() && h.method == QLatin1String("GET")) {
            const QString id = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
            if (!runs.contains(id))
                return {404, err(QStringLiteral("not_found"), QStringLiteral("Run with id \"%1\" was not found").arg(id))};
            return {200, ok(QStringLiteral("run"), runs.value(id))};
        }
        if (const auto m = one.match(h.path); m.hasMatch()) {
            const QString id = QUrl::fromPercentEncoding(m.captured(1).toUtf8());
            const JsonValue *a = action(id);
            if (!a)
                return {404, err(QStringLiteral("not_found"), QStringLiteral("Action with identifier \"%1\" was not found").arg(id))};
            if (h.method == QLatin1String("GET"))
                return {200, ok(QStringLiteral("action"), *a)};
            if (h.method == QLatin1String("PUT")) {
                const JsonValue body = ad::parseJson(h.body).value;
                Answer ans;
                if (rejectBody(body, &ans))
                    return ans;
                return {200, ok(QStringLiteral("action"), store(body, QString()))};
            }
        }
        if (h.method == QLatin1String("GET") && h.path == QLatin1String("/v1/organization/secrets")) {
            JsonValue list = JsonValue::array();
            for (const QString &n : std::as_const(secretNames)) {
                JsonValue s = JsonValue::object();
                s.set(QStringLiteral("secretName"), JsonValue::fromString(n));
                s.set(QStringLiteral("description"), JsonValue::fromString(QStringLiteral("")));
                list.append(s);
            }
            return {200, ok(QStringLiteral("secrets"), list)};
        }
        if (const auto m = entities.match(h.path); m.hasMatch() && h.method == QLatin1String("POST")) {
            const QString bp = m.captured(1);
            if (!knownBlueprints.contains(bp))
                return {404, err(QStringLiteral("not_found"), QStringLiteral("Blueprint with identifier \"%1\" was not found").arg(bp))};
            const JsonValue e = ad::parseJson(h.body).value;
            const QStringList known = blueprintProperties.value(bp);
            for (const auto &p : e.value(u"properties").members())
                if (!known.contains(p.key)) {
                    JsonValue details = JsonValue::object();
                    details.set(QStringLiteral("instancePath"), JsonValue::fromString(QStringLiteral("/properties/") + p.key));
                    return {422, err(QStringLiteral("invalid_request"),
                                     QStringLiteral("The property \"%1\" is not in the schema of blueprint \"%2\"").arg(p.key, bp), details)};
                }
            return {QUrlQuery(h.query).queryItemValue(QStringLiteral("validation_only")) == QLatin1String("true") ? 200 : 201,
                    ok(QStringLiteral("entity"), e)};
        }
        return {404, err(QStringLiteral("not_found"), QStringLiteral("Route %1:%2 not found").arg(h.method, h.path))};
    }

    void handle(const QHttpServerRequest &req, QHttpServerResponder &&resp)
    {
        Hit h{methodName(req.method()), req.url().path(), req.url().query(QUrl::FullyEncoded), req.value("Authorization"), req.body()};
        hits.append(h);
        Answer a;
        if (h.path == QLatin1String("/v1/auth/access_token") && h.method == QLatin1String("POST")) {
            const ad::JsonValue b = ad::parseJson(h.body).value;
            if (b.value(u"clientId").toString() != clientId || b.value(u"clientSecret").toString() != clientSecret
                || b.members().size() != 2) {
                a = {401, err(QStringLiteral("invalid_credentials"), QStringLiteral("Invalid client id or client secret"))};
            } else {
                const QString token = QStringLiteral("tok-%1").arg(++tokensIssued);
                m_tokens << token;
                a = {200, QStringLiteral(R"({"ok":true,"accessToken":"%1","expiresIn":%2,"tokenType":"Bearer"})").arg(token).arg(expiresIn).toUtf8()};
            }
        } else if (!h.auth.startsWith("Bearer ") || !m_tokens.contains(QString::fromUtf8(h.auth.mid(7)))) {
            a = {401, err(QStringLiteral("unauthorized"), QStringLiteral("The access token is not valid or has expired"))};
        } else if (stall) {
            m_stalled.push_back(std::make_unique<QHttpServerResponder>(std::move(resp)));
            return;
        } else if (rateLimitNext > 0) {
            --rateLimitNext;
            a = {429, err(QStringLiteral("too_many_requests"), QStringLiteral("Rate limit exceeded")), {{"Retry-After", retryAfter}}};
        } else {
            a = route(h);
        }
        resp.writeStatusLine(QHttpServerResponder::StatusCode(a.status));
        resp.writeHeader("Content-Type", "application/json");
        resp.writeHeader("Content-Length", QByteArray::number(a.body.size()));
        resp.writeHeader("x-ratelimit-limit", "1000");
        resp.writeHeader("x-ratelimit-remaining", "999");
        for (const auto &x : a.headers)
            resp.writeHeader(x.first, x.second);
        resp.writeBody(a.body);
    }

    QHttpServer m_server;
    QList<ad::JsonValue> m_actions;
    QStringList m_tokens;
    int m_seq = 0;
    std::vector<std::unique_ptr<QHttpServerResponder>> m_stalled;
};
