#pragma once
// What the file-handling subcommands (validate, export, migrate) share: option parsing with
// per-command --help, loading with located errors, and atomic output.

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
int parseOneFile(QCommandLineParser &parser, Context &ctx, const char *command, const QString &usage, ActionFile *file);
// "-" is standard input; messages name it "<stdin>".
QString displayName(const QString &path);
// Loads FILE; on failure prints "FILE:LINE:COL: error: ..." (or "FILE: error: ...") and returns false.
bool loadActionFile(const QString &path, Context &ctx, ActionFile *file);
// Writes bytes to `outPath` atomically (QSaveFile), or to stdout when outPath is empty.
bool writeOutput(const QByteArray &bytes, const QString &outPath, Context &ctx);

}  // namespace ad::cli
