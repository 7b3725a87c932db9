#include "cli/cli.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>
#include <cstring>

namespace ad::cli {

int jqWorkerMain(Context &ctx);  // jqworker.cpp

namespace {
// Worker modes are internal: the app re-executes itself to evaluate jq out of process.
bool isWorkerMode(const char *arg) { return std::strncmp(arg, "--jq-worker", 11) == 0; }

void printUsage(QTextStream &out)
{
    out << "Usage: action-designer [FILE]                 open the designer (GUI)\n"
           "       action-designer <command> [options]    run headless\n\n"
           "Commands:\n";
    for (const Command &c : commands())
        out << "  " << QString::fromLatin1(c.name).leftJustified(17) << "  " << c.summary << '\n';
    out << "\nRun 'action-designer <command> --help' for a command's options.\n"
           "  --help       show this help\n"
           "  --version    show the version\n";
}
}  // namespace

bool isHeadlessInvocation(int argc, char **argv)
{
    if (argc < 2)
        return false;
    const char *a = argv[1];
    if (!std::strcmp(a, "--help") || !std::strcmp(a, "-h") || !std::strcmp(a, "--version") || isWorkerMode(a))
        return true;
    for (const Command &c : commands())
        if (!std::strcmp(a, c.name))
            return true;
    return false;
}

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("action-designer"));
    QCoreApplication::setOrganizationName(QStringLiteral("action-designer"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AD_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = app.arguments();
    args.removeFirst();
    const QString first = args.isEmpty() ? QString() : args.first();

    if (first == QLatin1String("--version")) {
        out << "action-designer " << AD_VERSION << '\n';
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(out);
        return Ok;
    }
    if (first == QLatin1String("--jq-worker")) {
        Context ctx{args, out, err};
        return jqWorkerMain(ctx);
    }
    for (const Command &c : commands()) {
        if (first == QLatin1String(c.name)) {
            args.removeFirst();
            Context ctx{args, out, err};
            const int rc = c.run(ctx);
            out.flush();
            err.flush();
            return rc;
        }
    }
    err << "action-designer: unknown command '" << first << "'\n";
    printUsage(err);
    return BadInput;
}

}  // namespace ad::cli
