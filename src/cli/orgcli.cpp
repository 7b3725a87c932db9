#include "cli/orgcli.h"

#include "org/orgsync.h"
#include "runner/port/portprofiles.h"
#include "runner/secretstore.h"

#include <QEventLoop>

namespace ad::cli {

QCommandLineOption profileOption()
{
    return QCommandLineOption(QStringList{QStringLiteral("p"), QStringLiteral("profile")}, QString(), QStringLiteral("P"));
}

bool connectProfile(const QString &name, PortClient *client, Context &ctx, QString *resolvedName)
{
    KeychainSecretStore keychain;
    PortProfiles profiles(nullptr, &keychain);
    PortConnection c;
    QString error;
    if (!profiles.resolve(name, &c, &error, resolvedName)) {
        ctx.err << "action-designer: error: " << error << '\n';
        return false;
    }
    client->setConnection(c);
    return true;
}

PortResult waitFor(PortReply *reply, Context &ctx)
{
    QEventLoop loop;
    QObject::connect(reply, &PortReply::progress, &loop, [&ctx](const QString &m) {
        ctx.err << m << '\n';
        ctx.err.flush();
    });
    QObject::connect(reply, &PortReply::finished, &loop, &QEventLoop::quit);
    if (!reply->isFinished())
        loop.exec();
    const PortResult r = reply->result();
    reply->deleteLater();
    return r;
}

void printPortError(Context &ctx, const QString &command, const QString &what, const PortResult &r)
{
    ctx.err << "action-designer " << command << ": error: " << what << ": " << r.describe() << '\n';
}

bool fetchOrgActions(PortClient *client, Context &ctx, QMap<QString, JsonValue> *out)
{
    const PortResult r = waitFor(client->get(QStringLiteral("/v1/actions?version=v2")), ctx);
    if (!r.ok || !r.member(u"actions").isArray()) {
        if (r.ok)
            ctx.err << "action-designer: error: Port's action list has no \"actions\" array\n";
        else
            printPortError(ctx, QStringLiteral("org"), QStringLiteral("listing the org's actions"), r);
        return false;
    }
    *out = org::actionsByIdentifier(r.body);
    return true;
}

}  // namespace ad::cli
