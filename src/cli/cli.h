#pragma once
// The headless command line: `action-designer <subcommand> ...`.

#include <QStringList>
#include <QTextStream>

namespace ad::cli {

// True when argv asks for a subcommand, --help, --version or a worker mode (no GUI needed), and
// for a word that is neither a command nor a file (a mistyped command: answered without a display).
bool isHeadlessInvocation(int argc, char **argv);
// The command closest to a mistyped `word` (at most 2 edits, fewer for short words), or "".
QString suggestCommand(const QString &word);
// Creates the QCoreApplication and runs the subcommand; returns the process exit code.
int main(int argc, char **argv);

// What a subcommand gets: its own arguments (argv after the subcommand name) and the streams.
struct Context {
    QStringList args;
    QString command;  // "validate", ... (names the command in messages about the command line)
    QTextStream &out;
    QTextStream &err;
};

// Exit codes shared by all subcommands.
enum Exit { Ok = 0, Failed = 1, BadInput = 2 };

using CommandFn = int (*)(Context &);
struct Command {
    const char *name;
    const char *summary;  // one line for `action-designer --help`
    CommandFn run;
};
// The table lives in commands.cpp: one line per subcommand.
const QList<Command> &commands();

}  // namespace ad::cli
