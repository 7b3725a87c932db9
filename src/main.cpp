// One executable: a subcommand runs headless on QCoreApplication (no display needed);
// no subcommand (or a file argument) opens the designer window.
#include "cli/cli.h"
#include "app/appmain.h"

#include <cstring>

int main(int argc, char **argv)
{
    if (ad::cli::isHeadlessInvocation(argc, argv))
        return ad::cli::main(argc, argv);
    return ad::app::main(argc, argv);
}
