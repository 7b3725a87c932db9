// GITHUB / INTEGRATION_ACTION: workflow_dispatch, then follow the workflow run as Port does
// (PORT-SPEC §6.2): link + externalRunId, and with reportWorkflowStatus the conclusion.
#include "runner/runjob.h"

#include "runner/runstore.h"
#include "runner/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrlQuery>

#include <memory>

namespace ad {

namespace {
constexpr int kMaxLookups = 20;        // polls to find the dispatched run before giving up
constexpr int kMaxPollFailures = 3;    // consecutive failed status polls before giving up
}  // namespace

void GitHubJob::start()
{
    const QString dispatchUrl = url();
    const int at = dispatchUrl.indexOf(QLatin1String("/actions/workflows/"));
    if (at < 0) {
        fail(QStringLiteral("Not a workflow dispatch URL: %1").arg(dispatchUrl));
        return;
    }
    m_repoApi = dispatchUrl.left(at);

    // The preview shows "Bearer <GitHub App installation token>"; the real token comes from the
    // secret store (or GITHUB_TOKEN). A concrete Authorization header given by the caller wins.
    HeaderList headers;
    bool haveAuth = false;
    for (const auto &h : m_ctx.inv.headers) {
        const bool auth = h.first.compare(QLatin1String("Authorization"), Qt::CaseInsensitive) == 0;
        if (auth && (h.second.contains(QLatin1Char('<')) || h.second.trimmed() == QLatin1String("Bearer")))
            continue;  // a placeholder
        haveAuth = haveAuth || auth;
        headers.append(h);
    }
    if (!haveAuth) {
        const QString token = secret(secretkeys::GitHubToken);
        if (token.isEmpty()) {
            const QString msg = QStringLiteral("No GitHub token: set GITHUB_TOKEN or store one under Settings > Backends and secrets");
            emit requestFinished(false, msg);
            fail(msg);
            return;
        }
        headers.prepend({QStringLiteral("Authorization"), QStringLiteral("Bearer ") + token});
    }
    if (!hasHeader(headers, QStringLiteral("Accept")))
        headers.append({QStringLiteral("Accept"), QStringLiteral("application/vnd.github+json")});
    if (!hasHeader(headers, QStringLiteral("X-GitHub-Api-Version")))
        headers.append({QStringLiteral("X-GitHub-Api-Version"), QStringLiteral("2022-11-28")});
    for (const auto &h : headers)
        if (h.first.compare(QLatin1String("Content-Type"), Qt::CaseInsensitive) != 0)
            m_apiHeaders.append(h);
    if (!hasHeader(headers, QStringLiteral("Content-Type")))
        headers.append({QStringLiteral("Content-Type"), QStringLiteral("application/json")});

    // GitHub's created_at has second precision; allow for that and a little clock skew.
    m_dispatchedAt = QDateTime::currentDateTimeUtc().addSecs(-5);
    http(QStringLiteral("POST"), dispatchUrl, headers, m_ctx.inv.body, true, [this](const HttpCallResult &r) {
        if (!r.transportOk() || !r.is2xx()) {
            const QString msg = httpFailure(QStringLiteral("GitHub"), r);
            emit requestFinished(false, msg);
            fail(msg);
            return;
        }
        const QString msg = QStringLiteral("GitHub accepted the workflow dispatch (HTTP %1)").arg(r.response.httpStatus);
        log(msg);
        emit requestFinished(true, msg);
        // With "return_run_details": true GitHub answers 200 with the run's id.
        const QJsonObject o = QJsonDocument::fromJson(r.response.body).object();
        const QJsonValue id = o.value(QStringLiteral("workflow_run_id"));
        if (!id.isUndefined() && !id.isNull())
            followRun(m_repoApi + QStringLiteral("/actions/runs/") + QString::number(id.toVariant().toLongLong()));
        else
            findRun(0);
    });
}

void GitHubJob::findRun(int)
{
    auto lookups = std::make_shared<int>(0);
    poll([this, lookups](std::function<void(bool)> next) {
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("event"), QStringLiteral("workflow_dispatch"));
        q.addQueryItem(QStringLiteral("created"),
                       QStringLiteral(">=") + m_dispatchedAt.addSecs(-60).toString(Qt::ISODate));
        q.addQueryItem(QStringLiteral("per_page"), QStringLiteral("30"));
        const QString listUrl = m_repoApi + QStringLiteral("/actions/runs?") + q.toString(QUrl::FullyEncoded);
        http(QStringLiteral("GET"), listUrl, m_apiHeaders, {}, false, [this, lookups, next](const HttpCallResult &r) {
            ++*lookups;
            QString best;
            QDateTime bestAt;
            if (r.is2xx()) {
                const QJsonArray runs = QJsonDocument::fromJson(r.response.body).object().value(QStringLiteral("workflow_runs")).toArray();
                for (const auto &v : runs) {
                    const QJsonObject run = v.toObject();
                    const QDateTime created = QDateTime::fromString(run.value(QStringLiteral("created_at")).toString(), Qt::ISODate);
                    if (!created.isValid() || created < m_dispatchedAt || (bestAt.isValid() && created <= bestAt))
                        continue;
                    bestAt = created;
                    best = QString::number(run.value(QStringLiteral("id")).toVariant().toLongLong());
                }
            } else {
                log(QStringLiteral("Looking for the workflow run: %1").arg(httpFailure(QStringLiteral("GitHub"), r)));
            }
            if (!best.isEmpty()) {
                followRun(m_repoApi + QStringLiteral("/actions/runs/") + best);
                return;  // this poll loop ends; followRun starts its own
            }
            if (*lookups >= kMaxLookups) {
                log(QStringLiteral("No workflow run appeared after the dispatch; stopped looking"));
                if (m_ctx.inv.reportWorkflowStatus)
                    fail(QStringLiteral("Could not find the dispatched workflow run"));
                else
                    finishJob();
                return;
            }
            next(true);
        });
    });
}

void GitHubJob::followRun(const QString &runUrl)
{
    auto linked = std::make_shared<bool>(false);
    auto failures = std::make_shared<int>(0);
    poll([this, runUrl, linked, failures](std::function<void(bool)> next) {
        http(QStringLiteral("GET"), runUrl, m_apiHeaders, {}, false, [this, linked, failures, next](const HttpCallResult &r) {
            if (!r.is2xx()) {
                const QString msg = QStringLiteral("Following the workflow run: %1").arg(httpFailure(QStringLiteral("GitHub"), r));
                log(msg);
                if (++*failures >= kMaxPollFailures) {
                    if (m_ctx.inv.reportWorkflowStatus)
                        fail(msg);
                    else
                        finishJob();
                    return;
                }
                next(true);
                return;
            }
            *failures = 0;
            const QJsonObject run = QJsonDocument::fromJson(r.response.body).object();
            if (!*linked) {
                *linked = true;
                RunPatch p;
                const QString link = run.value(QStringLiteral("html_url")).toString();
                if (!link.isEmpty())
                    p.links = QStringList{link};
                p.externalRunId = QString::number(run.value(QStringLiteral("id")).toVariant().toLongLong());
                m_ctx.store->applyPatch(m_ctx.runId, p, QStringLiteral("runner"));
                log(QStringLiteral("Workflow run %1: %2").arg(*p.externalRunId, link));
            }
            const QString status = run.value(QStringLiteral("status")).toString();
            if (status != QLatin1String("completed")) {
                emit progress(QStringLiteral("Workflow run %1").arg(status));
                next(true);
                return;
            }
            const QString conclusion = run.value(QStringLiteral("conclusion")).toString();
            const QString msg = QStringLiteral("Workflow completed: %1").arg(conclusion);
            if (!m_ctx.inv.reportWorkflowStatus) {
                log(msg + QStringLiteral(" (reportWorkflowStatus is off: the workflow reports the run's status itself)"));
                finishJob();
                return;
            }
            static const QStringList good = {QStringLiteral("success"), QStringLiteral("skipped"), QStringLiteral("neutral")};
            if (good.contains(conclusion))
                succeed(msg);
            else
                fail(msg);
        });
    });
}

}  // namespace ad
