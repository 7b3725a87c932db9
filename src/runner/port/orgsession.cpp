#include "runner/port/orgsession.h"

#include "json/jsonwriter.h"
#include "model/actionfile.h"
#include "org/orgchecks.h"

namespace ad {

PortReply *sendPushStep(PortClient *client, const org::PushStep &step)
{
    const QByteArray body = toCompactJs(ActionFile::fromValue(step.body).forPort());
    return step.op == org::PushStep::Op::Create
               ? client->send(QStringLiteral("POST"), QStringLiteral("/v1/actions"), body)
               : client->send(QStringLiteral("PUT"), QStringLiteral("/v1/actions/") + PortClient::percent(step.identifier), body);
}

org::ManifestEntry pushedEntry(const org::PushStep &step, const PortResult &answer)
{
    const JsonValue &stored = answer.member(u"action");
    return org::ManifestEntry{step.file, stored.isObject() ? org::stripServerFields(stored)
                                                           : ActionFile::fromValue(step.body).forPort()};
}

OrgSession::OrgSession(QObject *parent) : QObject(parent), m_client(new PortClient(nullptr, this)) {}

void OrgSession::setConnection(const QString &profileName, const PortConnection &c)
{
    m_profile = profileName;
    m_client->setConnection(c);
    m_org.clear();
    m_fetched = false;
    recompute();
}

void OrgSession::setFolder(const QString &dir)
{
    m_dir = dir;
    QString error;
    if (!org::Manifest::load(dir, &m_manifest, &error))
        emit failed(error);
    recompute();
}

const org::SyncItem *OrgSession::item(const QString &identifier) const
{
    for (const auto &it : m_items)
        if (it.identifier == identifier)
            return &it;
    return nullptr;
}

void OrgSession::setReply(PortReply *r)
{
    const bool wasBusy = isBusy();
    m_reply = r;
    if (r)
        connect(r, &PortReply::progress, this, &OrgSession::progress);
    if (wasBusy != isBusy())
        emit busyChanged(isBusy());
}

void OrgSession::refresh()
{
    if (isBusy())
        return;
    emit progress(tr("Fetching the actions of %1").arg(m_profile));
    PortReply *r = m_client->get(QStringLiteral("/v1/actions?version=v2"));
    connect(r, &PortReply::finished, this, [this, r](const PortResult &res) {
        r->deleteLater();
        setReply(nullptr);
        if (!res.ok || !res.member(u"actions").isArray()) {
            emit failed(res.ok ? tr("Port's action list has no \"actions\" array") : res.describe());
            return;
        }
        m_org = org::actionsByIdentifier(res.body);
        m_fetched = true;
        emit progress(tr("%n action(s) in the org", nullptr, int(m_org.size())));
        recompute();
    });
    setReply(r);
}

void OrgSession::recompute()
{
    if (!m_dir.isEmpty()) {
        QString error;
        org::Manifest::load(m_dir, &m_manifest, &error);
    }
    const QMap<QString, org::LocalAction> local = m_dir.isEmpty() ? QMap<QString, org::LocalAction>() : org::readFolder(m_dir);
    // Before the first fetch only the local side is known: list it without claiming a status.
    m_items = m_fetched ? org::compareFolder(local, m_manifest, m_org) : org::compareFolder(local, m_manifest, {});
    emit itemsChanged();
}

QList<org::PullStep> OrgSession::pull(const QStringList &ids, bool force)
{
    if (!m_fetched || m_dir.isEmpty())
        return {};
    QList<org::PullStep> plan = org::planPull(org::readFolder(m_dir), m_manifest, m_org, ids, force, m_dir);
    org::applyPull(&plan, m_dir, &m_manifest);
    saveManifest();
    recompute();
    return plan;
}

bool OrgSession::saveManifest()
{
    m_manifest.stamp(m_profile, m_client->connection().baseUrl);
    QString error;
    if (!m_manifest.save(m_dir, &error)) {
        emit failed(error);
        return false;
    }
    return true;
}

QList<org::PushStep> OrgSession::pushPlan(const QStringList &ids, bool force) const
{
    return org::planPush(m_items, ids, force);
}

void OrgSession::push(const QList<org::PushStep> &plan)
{
    if (isBusy())
        return;
    m_queue.clear();
    for (const auto &s : plan)
        if (s.op != org::PushStep::Op::Skip)
            m_queue.append(s);
    m_sent = 0;
    m_refusals.clear();
    m_pushing = true;
    emit busyChanged(true);
    pushNext();
}

void OrgSession::pushNext()
{
    if (m_queue.isEmpty()) {
        if (m_sent > 0)
            saveManifest();
        m_pushing = false;
        emit busyChanged(false);
        recompute();
        emit pushFinished(m_sent, m_refusals);
        return;
    }
    const org::PushStep s = m_queue.takeFirst();
    const bool create = s.op == org::PushStep::Op::Create;
    emit progress(create ? tr("Creating %1").arg(s.identifier) : tr("Updating %1").arg(s.identifier));
    PortReply *r = sendPushStep(m_client, s);
    connect(r, &PortReply::finished, this, [this, r, s](const PortResult &res) {
        r->deleteLater();
        m_reply = nullptr;
        if (res.cancelled) {
            m_queue.clear();
            m_refusals << tr("%1: cancelled").arg(s.identifier);
        } else if (!res.ok) {
            m_refusals << QStringLiteral("%1: %2").arg(s.identifier, res.describe());
        } else {
            ++m_sent;
            const org::ManifestEntry entry = pushedEntry(s, res);
            m_manifest.actions.insert(s.identifier, entry);
            m_org.insert(s.identifier, entry.copy);
        }
        pushNext();
    });
    m_reply = r;
    connect(r, &PortReply::progress, this, &OrgSession::progress);
}

void OrgSession::checkSecrets(const JsonValue &action)
{
    if (isBusy())
        return;
    emit progress(tr("Fetching the secret names of %1").arg(m_profile));
    PortReply *r = m_client->get(QStringLiteral("/v1/organization/secrets"));
    connect(r, &PortReply::finished, this, [this, r, action](const PortResult &res) {
        r->deleteLater();
        setReply(nullptr);
        if (!res.ok) {
            emit failed(res.describe());
            return;
        }
        QStringList used;
        const QStringList missing = org::missingSecrets(action, org::orgSecretNames(res.body), &used);
        emit secretsChecked(used, missing);
    });
    setReply(r);
}

void OrgSession::cancel()
{
    m_queue.clear();
    if (m_reply)
        m_reply->cancel();
}

}  // namespace ad
