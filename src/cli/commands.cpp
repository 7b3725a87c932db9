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
    };
    return table;
}

}  // namespace ad::cli
