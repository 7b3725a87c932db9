#pragma once
// What the org subcommands (pull, compare, push, scenario-from-run, check-org) share: connecting
// with a profile, waiting for one Port API call with progress on stderr, fetching the action list.

#include "cli/cli.h"
#include "json/jsonvalue.h"
#include "runner/port/portclient.h"

#include <QCommandLineOption>
#include <QMap>

namespace ad::cli {

// --profile P
QCommandLineOption profileOption();
// Resolves the profile (empty: the folder manifest's or the default one; the environment's PORT_*
// override it) into `client`. Prints the error and returns false when something is missing.
bool connectProfile(const QString &name, PortClient *client, Context &ctx, QString *resolvedName = nullptr);
// Runs the event loop until `reply` finishes; progress lines go to stderr. Deletes the reply.
PortResult waitFor(PortReply *reply, Context &ctx);
// GET /v1/actions?version=v2: every action and automation by identifier, server fields stripped.
bool fetchOrgActions(PortClient *client, Context &ctx, QMap<QString, JsonValue> *out);
// scenario-from-run --list: the org's recent runs of `action` (an identifier or an action file;
// empty: of every action) as a table or JSON on stdout.
int listOrgRuns(Context &ctx, const QString &profile, const QString &action, int limit, bool json);
// "action-designer pull: error: HTTP 401 invalid_credentials: ..." on stderr.
void printPortError(Context &ctx, const QString &command, const QString &what, const PortResult &r);

}  // namespace ad::cli
