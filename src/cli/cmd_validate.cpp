// `action-designer validate FILE... [--format text|json]`: Port-schema validation from the shell/CI.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "cli/report.h"
#include "json/jsonwriter.h"
#include "model/filevalidation.h"

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer validate [--format text|json] FILE...\n"
    "\n"
    "Checks each FILE (an action, an array of actions, a Port API response; '-' reads standard\n"
    "input) against Port's action schema.\n"
    "Diagnostics go to stderr as FILE:LINE:COL: error: message [/json/pointer], then a summary line.\n"
    "\n"
    "Options:\n"
    "  --format json   print the diagnostics as a JSON array on stdout instead:\n"
    "                  [{file, line, column, severity, code, message, pointer}, ...]\n"
    "  -h, --help      show this help\n"
    "\n"
    "Exit status: 0 every file is valid (warnings allowed), 1 a file has an error,\n"
    "2 a file cannot be read or is not JSON.\n";

QString plural(qsizetype n, const char *one, const char *many)
{
    return QString::number(n) + QLatin1Char(' ') + QLatin1String(n == 1 ? one : many);
}

JsonValue toJson(const QString &file, const Diagnostic &d)
{
    JsonValue o = JsonValue::object();
    o.set(QStringLiteral("file"), JsonValue::fromString(file));
    o.set(QStringLiteral("line"), d.pos.isValid() ? JsonValue::fromInt(d.pos.line) : JsonValue());
    o.set(QStringLiteral("column"), d.pos.isValid() ? JsonValue::fromInt(d.pos.column) : JsonValue());
    o.set(QStringLiteral("severity"), JsonValue::fromString(severityName(d.severity)));
    o.set(QStringLiteral("code"), JsonValue::fromString(d.code));
    o.set(QStringLiteral("message"), JsonValue::fromString(d.message));
    o.set(QStringLiteral("pointer"), d.pointer.isNull() ? JsonValue() : JsonValue::fromString(d.pointer));
    return o;
}

}  // namespace

int cmdValidate(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption format(QStringLiteral("format"), QString(), QStringLiteral("text|json"),
                                    QStringLiteral("text"));
    parser.addOption(format);
    const QString usage = QString::fromLatin1(kUsage);
    if (const int rc = parseOptions(parser, ctx, usage); rc >= 0)
        return rc;
    const QString fmt = parser.value(format);
    if (fmt != QLatin1String("text") && fmt != QLatin1String("json")) {
        reportUsage(ctx, QStringLiteral("--format must be 'text' or 'json', not '%1'").arg(fmt));
        return BadInput;
    }
    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(ctx, QStringLiteral("no FILE given"), usage);
    const bool json = fmt == QLatin1String("json");

    JsonValue all = JsonValue::array();
    qsizetype errors = 0;
    qsizetype warnings = 0;
    bool unreadable = false;
    for (const QString &path : files) {
        const QString name = displayName(path);
        const ActionFile file = ActionFile::fromFile(path);
        Diagnostics ds;
        if (!file.ok()) {
            unreadable = true;
            Diagnostic d;
            d.message = file.parseError().message;
            d.pos = file.parseError().pos;
            d.code = file.readFailed() ? QStringLiteral("read") : QStringLiteral("syntax");
            ds << d;
        } else {
            ds = validateActionFile(file);
        }
        for (const Diagnostic &d : ds) {
            if (d.severity == Diagnostic::Severity::Error)
                ++errors;
            else if (d.severity == Diagnostic::Severity::Warning)
                ++warnings;
            if (json)
                all.append(toJson(name, d));
            else
                report(ctx, path, d);
        }
    }
    if (json)
        ctx.out << QString::fromUtf8(writeJson(all));
    ctx.err << plural(files.size(), "file", "files") << ", " << plural(errors, "error", "errors") << ", "
            << plural(warnings, "warning", "warnings") << '\n';
    if (unreadable)
        return BadInput;
    return errors > 0 ? Failed : Ok;
}

}  // namespace ad::cli
