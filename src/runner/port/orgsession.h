#pragma once
// A folder tied to a Port org, asynchronously: what the Organization dock drives. Fetches the org's
// actions, computes each action's status (org/orgsync.h), pulls into the folder and pushes local
// changes, one call at a time, with progress and cancel. All network goes through PortClient.

#include "org/orgsync.h"
#include "runner/port/portclient.h"

#include <QObject>
#include <QPointer>

namespace ad {

// Sends one push step: POST /v1/actions (create) or PUT /v1/actions/{id} (replace) with the local
// action as Port takes it (ActionFile::forPort()); nothing else of the folder goes with it.
PortReply *sendPushStep(PortClient *client, const org::PushStep &step);
// The manifest's record after a successful push: Port's stored copy when it answered with one,
// else what was sent.
org::ManifestEntry pushedEntry(const org::PushStep &step, const PortResult &answer);

class OrgSession : public QObject {
    Q_OBJECT
public:
    explicit OrgSession(QObject *parent = nullptr);

    void setConnection(const QString &profileName, const PortConnection &c);
    QString profileName() const { return m_profile; }
    PortClient *client() const { return m_client; }
    // The folder; its manifest is read at once (a broken one is reported through failed()).
    void setFolder(const QString &dir);
    QString folder() const { return m_dir; }

    bool isBusy() const { return m_reply != nullptr || m_pushing; }
    const QList<org::SyncItem> &items() const { return m_items; }
    const org::SyncItem *item(const QString &identifier) const;
    bool hasOrgCopy() const { return m_fetched; }

    // GET the org's actions and recompute the statuses.
    void refresh();
    // Recompute from the folder and the last fetched org copy (after a local save; no network).
    void recompute();
    // Writes the org's copies of `ids` (empty: all) into the folder; files with local edits are
    // kept unless `force`. Uses the last fetched copy: refresh() first.
    QList<org::PullStep> pull(const QStringList &ids, bool force);
    // What push(ids) would send.
    QList<org::PushStep> pushPlan(const QStringList &ids, bool force) const;
    // Sends the plan's Create/Update steps one after another; finished with the count.
    void push(const QList<org::PushStep> &plan);
    // Asks the org for its secret names (never values) and reports the ones `action` reads that
    // it lacks through secretsChecked().
    void checkSecrets(const JsonValue &action);
    void cancel();

signals:
    void busyChanged(bool busy);
    void progress(const QString &message);
    void itemsChanged();
    void failed(const QString &message);
    // One line per refused action: "deploy: HTTP 422 ...".
    void pushFinished(int sent, const QStringList &refusals);
    void secretsChecked(const QStringList &used, const QStringList &missing);

private:
    void setReply(PortReply *r);
    void pushNext();
    bool saveManifest();

    PortClient *m_client;
    QString m_profile;
    QString m_dir;
    org::Manifest m_manifest;
    QMap<QString, JsonValue> m_org;
    bool m_fetched = false;
    QList<org::SyncItem> m_items;
    QPointer<PortReply> m_reply;
    QList<org::PushStep> m_queue;
    bool m_pushing = false;
    int m_sent = 0;
    QStringList m_refusals;
};

}  // namespace ad
