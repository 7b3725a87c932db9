#pragma once
// What the subcommands share: option parsing with per-command --help, loading with located
// errors, the -o output (atomic for files, written through for devices and pipes), and secrets
// read from a file or standard input.

#include "cli/cli.h"
#include "model/actionfile.h"

#include <QCommandLineParser>

namespace ad::cli {

// Parses ctx.args. Returns -1 to go on, or the exit code to return (help shown: Ok; bad options:
// BadInput, with the usage on stderr).
int parseOptions(QCommandLineParser &parser, Context &ctx, const QString &usage);
// The -o/--output OUT option of the commands that write a file.
QCommandLineOption outputOption();
// For commands on exactly one FILE: parseOptions, then loads it into *file. Returns -1 to go on,
// or the exit code to return.
int parseOneFile(QCommandLineParser &parser, Context &ctx, const QString &usage, ActionFile *file);
// "-" is standard input; messages name it "<stdin>".
QString displayName(const QString &path);
// Loads FILE; on failure prints "FILE:LINE:COL: error: ..." (or "FILE: error: ...") and returns false.
bool loadActionFile(const QString &path, Context &ctx, ActionFile *file);

// Where -o OUT goes:
//   empty or "-"                     standard output
//   a character device or a FIFO     written through (opened and written, never replaced)
//   a regular file or a new path     replaced atomically (QSaveFile): readers see old or new
//   a symlink                        followed: its target is handled as above, the link stays
//   a directory, anything else       refused
// Checks OUT before any work is done: false (message printed) when it is refused.
bool checkOutput(const QString &outPath, Context &ctx);
// Writes bytes to OUT as above. Returns Ok, Failed (cannot write) or BadInput (refused).
int writeOutput(const QByteArray &bytes, const QString &outPath, Context &ctx);

// The secret in PATH ("-": standard input), one trailing newline dropped, so that it need not be
// on the command line (where `ps` shows it). false (message printed) when unreadable or empty.
bool readSecretFile(Context &ctx, const QString &path, QString *out);

}  // namespace ad::cli
