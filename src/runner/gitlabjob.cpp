// GITLAB: trigger a pipeline with the trigger token, then follow it (PORT-SPEC §6.3).
#include "runner/runjob.h"

#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace ad {

namespace {
constexpr int kMaxPollFailures = 3;

bool isForm(const HeaderList &headers)
{
    for (const auto &h : headers)
        if (h.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) == 0)
            return h.second.contains(QLatin1String("x-www-form-urlencoded"), Qt::CaseInsensitive);
    return false;
}
}  // namespace

void GitLabJob::start()
{
    const QString triggerUrl = url();
    const int at = triggerUrl.indexOf(QLatin1String("/api/v4/projects/"));
    if (at < 0) {
        fail(QStringLiteral("Not a GitLab pipeline trigger URL: %1").arg(triggerUrl));
        return;
    }
    const QString base = triggerUrl.left(at);
    const QString rest = triggerUrl.mid(at + int(qstrlen("/api/v4/projects/")));
    const QString project = rest.section(QLatin1Char('/'), 0, 0);

    HeaderList headers = m_ctx.inv.headers;
    QByteArray body = m_ctx.inv.body;
    const bool form = isForm(headers);
    const bool tokenInUrl = QUrlQuery(QUrl(triggerUrl)).hasQueryItem(QStringLiteral("token"));
    bool tokenInBody = false;
    JsonValue json;
    if (form) {
        tokenInBody = QUrlQuery(QString::fromUtf8(body)).hasQueryItem(QStringLiteral("token"));
    } else {
        JsonParseResult p = parseJson(body.isEmpty() ? QByteArray("{}") : body);
        if (!p.ok() || !p.value.isObject()) {
            fail(QStringLiteral("The GitLab trigger body is not a JSON object"));
            return;
        }
        json = p.value;
        // The preview (agent mapping) shows "${GROUP_PROJECT}": the agent's env var, not a token.
        const QString t = json.value(u"token").toString();
        tokenInBody = !t.isEmpty() && !t.startsWith(QLatin1String("${"));
    }
    if (!tokenInUrl && !tokenInBody) {
        QString token = secret(secretkeys::GitLabTriggerToken);
        if (token.isEmpty())
            token = secret(secretkeys::GitLabToken);
        if (token.isEmpty()) {
            const QString msg = QStringLiteral("No GitLab trigger token: set GITLAB_TRIGGER_TOKEN (or GITLAB_TOKEN) or store one under Settings > Backends and secrets");
            emit requestFinished(false, msg);
            fail(msg);
            return;
        }
        if (form) {
            body += (body.isEmpty() ? "" : "&") + QByteArray("token=") + QUrl::toPercentEncoding(token);
        } else {
            json.set(QStringLiteral("token"), JsonValue::fromString(token));
            body = toCompactJs(json);
        }
    }
    if (!hasHeader(headers, QStringLiteral("Content-Type")))
        headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});

    http(QStringLiteral("POST"), triggerUrl, headers, body, true, [this, base, project](const HttpCallResult &r) {
        if (!r.transportOk() || !r.is2xx()) {
            const QString msg = httpFailure(QStringLiteral("GitLab"), r);
            emit requestFinished(false, msg);
            fail(msg);
            return;
        }
        const QJsonObject o = QJsonDocument::fromJson(r.response.body).object();
        const QString id = QString::number(o.value(QStringLiteral("id")).toVariant().toLongLong());
        const QString web = o.value(QStringLiteral("web_url")).toString();
        RunPatch p;
        if (!web.isEmpty())
            p.links = QStringList{web};
        p.externalRunId = id;
        m_ctx.store->applyPatch(m_ctx.runId, p, QStringLiteral("runner"));
        const QString msg = QStringLiteral("GitLab created pipeline %1 (HTTP %2) %3").arg(id).arg(r.response.httpStatus).arg(web);
        log(msg);
        emit requestFinished(true, msg);
        // A trigger token cannot read pipelines; following needs an API token.
        const QString apiToken = secret(secretkeys::GitLabToken);
        if (apiToken.isEmpty()) {
            log(QStringLiteral("No GitLab API token (GITLAB_TOKEN) to follow the pipeline; it can report through the runs API"));
            finishJob();
            return;
        }
        follow(base + QStringLiteral("/api/v4/projects/") + project + QStringLiteral("/pipelines/") + id, apiToken);
    });
}

void GitLabJob::follow(const QString &pipelineUrl, const QString &apiToken)
{
    const HeaderList headers = {{QStringLiteral("PRIVATE-TOKEN"), apiToken}};
    auto failures = std::make_shared<int>(0);
    poll([this, pipelineUrl, headers, failures](std::function<void(bool)> next) {
        http(QStringLiteral("GET"), pipelineUrl, headers, {}, false, [this, failures, next](const HttpCallResult &r) {
            if (!r.is2xx()) {
                const QString msg = QStringLiteral("Following the pipeline: %1").arg(httpFailure(QStringLiteral("GitLab"), r));
                log(msg);
                if (++*failures >= kMaxPollFailures) {
                    finishJob();
                    return;
                }
                next(true);
                return;
            }
            *failures = 0;
            const QString status = QJsonDocument::fromJson(r.response.body).object().value(QStringLiteral("status")).toString();
            if (status == QLatin1String("success") || status == QLatin1String("skipped")) {
                succeed(QStringLiteral("Pipeline finished: %1").arg(status));
            } else if (status == QLatin1String("failed") || status == QLatin1String("canceled")) {
                fail(QStringLiteral("Pipeline finished: %1").arg(status));
            } else {
                emit progress(QStringLiteral("Pipeline %1").arg(status));
                next(true);
            }
        });
    });
}

}  // namespace ad
