#pragma once
// The org's recent runs of an action (GET /v1/actions/runs, PORT-SPEC §7.4): the query and one line
// per run as the run picker and `scenario-from-run --list` show it. §7.4 documents `limit` (1–1000)
// and no offset or cursor for this route, so a list is one request; the order of Port's answer is
// not documented, so the runs are sorted newest first here.

#include "json/jsonvalue.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace ad::org {

constexpr int kMaxRunListLimit = 1000;  // §7.4: limit 1–1000

// The path of the list call: "/v1/actions/runs?version=v2&action=deploy&limit=50" (no action: the
// org's runs of every action). The limit is clamped to 1–1000.
QString runListPath(const QString &actionIdentifier, int limit);

struct RunSummary {
    QString id;
    QString status;  // IN_PROGRESS, SUCCESS, FAILURE, WAITING_FOR_APPROVAL, DECLINED
    QString statusLabel;
    QString action;  // the action's identifier
    QString entity;  // the entity's identifier, empty when the run has none
    QString entityTitle;
    QString user;           // who triggered it: createdBy (an e-mail or name when Port gives an object)
    QString source;         // UI, API, AUTOMATION
    QString createdAtText;  // as Port wrote it
    QDateTime createdAt;    // UTC; invalid when Port gave none
    QDateTime updatedAt;
    bool hasPayload = false;
};

RunSummary runSummary(const JsonValue &run);
// The runs of Port's {ok, runs: [...]} answer, newest first (runs without a time last, by id). False
// with *error when the answer holds no `runs` array.
bool parseRunList(const JsonValue &body, QList<RunSummary> *out, QString *error = nullptr);
// One run as `scenario-from-run --list --format json` prints it.
JsonValue runSummaryJson(const RunSummary &r);

}  // namespace ad::org
