// `action-designer check-org FILE [--secrets] [--entity] [--scenario NAME] [--profile P]`: checks that
// need the real org, run only when asked (never silent traffic).
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/orgcli.h"
#include "cli/runinvocation.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "org/orgchecks.h"
#include "org/orgsync.h"
#include "runner/secretstore.h"

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer check-org FILE [--secrets] [--entity] [--scenario NAME] [--profile P]\n"
    "\n"
    "Checks an action against the organization (explicit: nothing is sent unless asked):\n"
    "  --secrets         every {{ .secrets.NAME }} the action reads exists in the org\n"
    "                    (GET /v1/organization/secrets; names only, never values)\n"
    "  --entity          UPSERT_ENTITY: the entity rendered in the scenario passes the real\n"
    "                    blueprint (POST /v1/blueprints/BP/entities?validation_only=true; nothing\n"
    "                    is written)\n"
    "With neither, both run (--entity only for UPSERT_ENTITY actions).\n"
    "\n"
    "Options:\n"
    "  --scenario NAME   the scenario to render the entity in (default: the active one)\n"
    "  -p, --profile P   the org profile (default: the first one); PORT_* variables override it\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 all checks pass, 1 a check failed, 2 error (unreadable FILE, Port unreachable).\n";

}  // namespace

int cmdCheckOrg(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption profile = profileOption();
    const QCommandLineOption secretsOpt(QStringLiteral("secrets"));
    const QCommandLineOption entityOpt(QStringLiteral("entity"));
    const QCommandLineOption scenarioOpt(QStringLiteral("scenario"), QString(), QStringLiteral("NAME"));
    parser.addOptions({profile, secretsOpt, entityOpt, scenarioOpt});
    ActionFile file;
    if (const int rc = parseOneFile(parser, ctx, QString::fromLatin1(kUsage), &file); rc >= 0)
        return rc;
    const JsonValue *action = file.action(0);
    if (!action || !action->isObject()) {
        ctx.err << file.path() << ": error: not an action file\n";
        return BadInput;
    }
    const bool upsert = action->value(u"invocationMethod").value(u"type").toString() == QLatin1String("UPSERT_ENTITY");
    const bool all = !parser.isSet(secretsOpt) && !parser.isSet(entityOpt);
    const bool checkSecrets = all || parser.isSet(secretsOpt);
    const bool checkEntity = parser.isSet(entityOpt) || (all && upsert);
    if (parser.isSet(entityOpt) && !upsert) {
        ctx.err << file.path() << ": error: --entity checks UPSERT_ENTITY actions; this one is "
                << action->value(u"invocationMethod").value(u"type").toString() << '\n';
        return BadInput;
    }
    PortClient client;
    if (!connectProfile(parser.value(profile), &client, ctx))
        return BadInput;
    bool failed = false;

    if (checkSecrets) {
        const PortResult r = waitFor(client.get(QStringLiteral("/v1/organization/secrets")), ctx);
        if (!r.ok) {
            printPortError(ctx, QStringLiteral("check-org"), QStringLiteral("listing the org's secrets"), r);
            return BadInput;
        }
        QStringList used;
        const QStringList missing = org::missingSecrets(*action, org::orgSecretNames(r.body), &used);
        for (const QString &n : std::as_const(missing))
            ctx.out << file.path() << ": warning: the org has no secret \"" << n << "\" (read as .secrets." << n << ")\n";
        ctx.out << "Secrets: " << used.size() << " used, " << (used.size() - missing.size()) << " in the org"
                << (missing.isEmpty() ? QString() : QStringLiteral(", %1 missing").arg(missing.size())) << '\n';
        failed = failed || !missing.isEmpty();
    }

    if (checkEntity) {
        KeychainSecretStore keychain;
        EnvSecretStore secrets(&keychain);
        RunInvocationRequest req;
        req.action = *action;
        req.actionPath = file.path();
        req.scenarioName = parser.value(scenarioOpt);
        req.runId = QStringLiteral("r_check");
        req.secrets = &secrets;
        RunInvocationResult rendered;
        Located error;
        if (!renderForRun(req, &rendered, &error)) {
            report(ctx, error);
            return BadInput;
        }
        const RenderedInvocation &inv = rendered.invocation;
        const PortResult r = waitFor(client.send(QStringLiteral("POST"),
                                                 QStringLiteral("/v1/blueprints/%1/entities?validation_only=true")
                                                     .arg(PortClient::percent(inv.blueprint)),
                                                 toCompactJs(inv.entity)),
                                     ctx);
        if (r.ok) {
            ctx.out << "Entity: blueprint \"" << inv.blueprint << "\" accepts the rendered entity\n";
        } else if (r.httpStatus >= 400 && r.httpStatus < 500) {
            // Name the mapping's place when Port names a field of the entity.
            QString pointer = org::pointerNamedBy(r.message, r.details, action->value(u"invocationMethod").value(u"mapping"));
            if (!pointer.isEmpty())
                pointer = QStringLiteral("/invocationMethod/mapping") + pointer;
            const JsonValue *at = pointer.isEmpty() ? nullptr : resolvePointer(*action, pointer);
            ctx.out << file.path();
            if (at && at->pos().isValid())
                ctx.out << ':' << at->pos().line << ':' << at->pos().column;
            ctx.out << ": error: blueprint \"" << inv.blueprint << "\" refuses the rendered entity: " << r.describe()
                    << (pointer.isEmpty() ? QString() : QStringLiteral(" [%1]").arg(pointer)) << '\n';
            failed = true;
        } else {
            printPortError(ctx, QStringLiteral("check-org"), QStringLiteral("validating the entity"), r);
            return BadInput;
        }
    }
    return failed ? Failed : Ok;
}

}  // namespace ad::cli
