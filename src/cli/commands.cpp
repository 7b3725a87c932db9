// The subcommand table. Each subcommand lives in its own cmd_<name>.cpp.
#include "cli/cli.h"

namespace ad::cli {

// Declared here, defined in cmd_*.cpp.
int jqWorkerMain(Context &ctx);
int cmdValidate(Context &ctx);
int cmdExport(Context &ctx);
int cmdMigrate(Context &ctx);

const QList<Command> &commands()
{
    static const QList<Command> table = {
        {"validate", "check action files against Port's schema", &cmdValidate},
        {"export", "write an action file in canonical form (or ready for Port's API)", &cmdExport},
        {"migrate", "convert legacy v1 actions to the current format, with a report", &cmdMigrate},
    };
    return table;
}

}  // namespace ad::cli
