#pragma once
// One error format for every subcommand, as compilers and `validate` print it:
//   FILE:LINE:COL: error: message     (a place in a file)
//   FILE: error: message              (a file, no position)
//   action-designer CMD: error: message  (the command line itself)
// Every message of src/cli goes through report() (formatDiagnostic underneath).

#include "cli/cli.h"
#include "json/jsonvalue.h"
#include "validate/diagnostic.h"

#include <QString>

namespace ad::cli {

// What went wrong and where. An empty file means the command line.
struct Located {
    QString file;
    SourcePos pos;  // invalid: no position
    QString message;

    bool isSet() const { return !message.isEmpty(); }
    // A message that may start with its own "PATH:LINE:COL: " (core's scenario and parse errors):
    // split into file and position; otherwise the whole text is the message about `file`.
    static Located fromMessage(const QString &file, const QString &message);
};

// Prints one line to stderr in the format above. "-" is named <stdin>.
void report(Context &ctx, const Located &what, Diagnostic::Severity severity = Diagnostic::Severity::Error);
// A validator diagnostic about FILE (its JSON pointer is printed too).
void report(Context &ctx, const QString &file, const Diagnostic &d);
// The message about the command line itself.
void reportUsage(Context &ctx, const QString &message);
// reportUsage, then the command's usage text; returns BadInput.
int usageError(Context &ctx, const QString &message, const QString &usage);

// The whole-number option FLAG=text in [min, max]. On a bad value prints
// "action-designer CMD: error: FLAG wants a whole number from MIN to MAX (UNIT), not 'text'" and
// returns false: every numeric flag of every command is read with this.
bool parseNumber(Context &ctx, const QString &flag, const QString &text, qint64 min, qint64 max, const char *unit,
                 qint64 *out);

}  // namespace ad::cli
