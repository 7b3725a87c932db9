#include "org/runlist.h"

#include "org/runscenario.h"

#include <QUrl>

#include <algorithm>

namespace ad::org {

namespace {

QDateTime portTime(const JsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toUTC() : QDateTime();
}

// createdBy is a user id in the v2 schema; a client that expands it gets an object.
QString userOf(const JsonValue &v)
{
    if (v.isString())
        return v.toString();
    for (const char16_t *key : {u"email", u"name", u"id"}) {
        const QString s = v.value(QStringView(key)).toString();
        if (!s.isEmpty())
            return s;
    }
    return {};
}

}  // namespace

QString runListPath(const QString &actionIdentifier, int limit)
{
    QString path = QStringLiteral("/v1/actions/runs?version=v2");
    if (!actionIdentifier.isEmpty())
        path += QStringLiteral("&action=") + QString::fromUtf8(QUrl::toPercentEncoding(actionIdentifier));
    return path + QStringLiteral("&limit=") + QString::number(qBound(1, limit, kMaxRunListLimit));
}

RunSummary runSummary(const JsonValue &run)
{
    RunSummary r;
    r.id = run.value(u"id").toString();
    r.status = run.value(u"status").toString();
    r.statusLabel = run.value(u"statusLabel").toString();
    r.action = runActionIdentifier(run);
    const JsonValue &entity = run.value(u"entity");
    r.entity = entity.isString() ? entity.toString() : entity.value(u"identifier").toString();
    r.entityTitle = entity.value(u"title").toString();
    r.user = userOf(run.value(u"createdBy"));
    const JsonValue &source = run.value(u"source");
    r.source = source.isString() ? source.toString() : source.value(u"type").toString();
    r.createdAtText = run.value(u"createdAt").toString();
    r.createdAt = portTime(run.value(u"createdAt"));
    r.updatedAt = portTime(run.value(u"updatedAt"));
    r.hasPayload = run.contains(u"payload");
    return r;
}

bool parseRunList(const JsonValue &body, QList<RunSummary> *out, QString *error)
{
    out->clear();
    const JsonValue &runs = body.value(u"runs");
    if (!runs.isArray()) {
        if (error)
            *error = QStringLiteral("Port's run list has no \"runs\" array");
        return false;
    }
    for (const JsonValue &run : runs.items())
        if (run.isObject())
            out->append(runSummary(run));
    std::stable_sort(out->begin(), out->end(), [](const RunSummary &a, const RunSummary &b) {
        if (a.createdAt.isValid() != b.createdAt.isValid())
            return a.createdAt.isValid();
        if (a.createdAt != b.createdAt)
            return a.createdAt > b.createdAt;
        return a.id > b.id;
    });
    return true;
}

JsonValue runSummaryJson(const RunSummary &r)
{
    JsonValue o = JsonValue::object();
    auto put = [&o](const char *key, const QString &v) {
        o.set(QString::fromLatin1(key), v.isEmpty() ? JsonValue() : JsonValue::fromString(v));
    };
    put("id", r.id);
    put("status", r.status);
    put("statusLabel", r.statusLabel);
    put("action", r.action);
    put("entity", r.entity);
    put("createdBy", r.user);
    put("source", r.source);
    put("createdAt", r.createdAtText);
    put("updatedAt", r.updatedAt.isValid() ? r.updatedAt.toString(Qt::ISODateWithMs) : QString());
    o.set(QStringLiteral("hasPayload"), JsonValue::fromBool(r.hasPayload));
    return o;
}

}  // namespace ad::org
