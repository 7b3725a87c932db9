#pragma once
// One test run as the runner and the local runs API see it: what was sent, what came back, what the
// backend reported. Values here are already masked (see RunStore).

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ad {

namespace runstatus {
inline const QString InProgress = QStringLiteral("IN_PROGRESS");
inline const QString Success = QStringLiteral("SUCCESS");
inline const QString Failure = QStringLiteral("FAILURE");
}  // namespace runstatus

using HeaderList = QList<QPair<QString, QString>>;

// What the runner sent (HTTP request or Kafka message), secrets masked.
struct RunRequest {
    QString method;
    QString url;
    HeaderList headers;
    QByteArray body;
    QString topic;   // Kafka
    QByteArray key;  // Kafka
};

// What came back from the backend's endpoint (HTTP) or the broker (Kafka delivery report).
struct RunResponse {
    int httpStatus = 0;  // 0: no HTTP response
    HeaderList headers;
    QByteArray body;          // up to the store's body limit
    qint64 bodySize = 0;      // bytes received (may exceed body.size() when truncated)
    bool truncated = false;
    qint64 elapsedMs = -1;
    QStringList redirects;    // every Location followed, in order
    QString error;            // transport error, e.g. "Connection refused"
    QDateTime at;
    bool isEmpty() const { return httpStatus == 0 && error.isEmpty() && body.isEmpty() && !at.isValid(); }
};

// A log line reported by the backend (POST .../logs) or written by the runner.
struct RunLog {
    QString id;
    QString message;
    QString createdBy;  // "runner" for the runner's own lines, else the API client id
    QDateTime createdAt;
};

// A change of status/statusLabel/link/summary/externalRunId (PATCH, terminationStatus, runner).
struct RunEvent {
    QDateTime at;
    QString what;  // e.g. "status IN_PROGRESS -> SUCCESS", "statusLabel: Deploying"
    QString by;
};

struct Run {
    QString id;  // "r_" + random
    QString action;
    QString backend;
    QString scenario;
    QString status = runstatus::InProgress;
    QString statusLabel;
    QStringList links;
    bool linkIsList = false;  // PATCH sent an array (keep Port's shape when echoing)
    QString summary;
    QString externalRunId;
    QDateTime startedAt;
    QDateTime endedAt;
    bool terminated = false;  // a terminationStatus was sent (Port accepts it once)
    QStringList warnings;     // e.g. "TLS verification is off for this run"
    RunRequest request;
    RunResponse response;
    QByteArray reportedResponse;  // PATCH .../response (sync webhooks via the agent); JSON text
    QByteArray source;            // what the run was made from (the designer's JSON), masked; may be empty
    QList<RunLog> logs;
    QList<RunEvent> events;

    bool isFinished() const { return status != runstatus::InProgress; }
    qint64 durationMs() const;  // -1 while running
};

}  // namespace ad
