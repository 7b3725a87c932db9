// The subcommand table. Each subcommand lives in its own cmd_<name>.cpp.
#include "cli/cli.h"

namespace ad::cli {

// Declared here, defined in cmd_*.cpp.
int jqWorkerMain(Context &ctx);
int cmdValidate(Context &ctx);
int cmdExport(Context &ctx);
int cmdMigrate(Context &ctx);
int cmdImport(Context &ctx);
int cmdRender(Context &ctx);
int cmdTrace(Context &ctx);
int cmdRequest(Context &ctx);
int cmdRun(Context &ctx);
int cmdTest(Context &ctx);
int cmdPull(Context &ctx);
int cmdCompare(Context &ctx);
int cmdPush(Context &ctx);
int cmdScenarioFromRun(Context &ctx);
int cmdCheckOrg(Context &ctx);

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"validate", "check action files against Port's schema", &cmdValidate},
        {"export", "write an action file in canonical form, ready for Port's API, or as Terraform", &cmdExport},
        {"import", "read actions from Terraform ('terraform show -json' or a state file)", &cmdImport},
        {"migrate", "convert legacy v1 actions to the current format, with a report", &cmdMigrate},
        {"render", "render templates ({{ jq }}) exactly as Port does", &cmdRender},
        {"trace", "show every template of an action: result, error, time, warnings", &cmdTrace},
        {"request", "print the request an action's backend would receive for a scenario", &cmdRequest},
        {"run", "fire an action's invocation at its backend and follow the run", &cmdRun},
        {"test", "render every scenario and compare the request with its saved expectation", &cmdTest},
        {"pull", "fetch a Port org's actions into a folder, one file per action", &cmdPull},
        {"compare", "what differs between a folder and its org, or between two orgs", &cmdCompare},
        {"push", "create or replace the org's actions from a folder's local changes", &cmdPush},
        {"scenario-from-run", "a real run of the org as a scenario, Port's payload as expected output", &cmdScenarioFromRun},
        {"check-org", "check an action against the org: secret names, entity against the blueprint", &cmdCheckOrg},
    };
    return table;
}

}  // namespace ad::cli
