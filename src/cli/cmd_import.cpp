// `action-designer import --terraform-json FILE [-o DIR]`: port_action
// resources from `terraform show -json` output or a state file, one action JSON
// file each.
#include "cli/cli.h"
#include "cli/cmdfile.h"
#include "format/terraformformat.h"
#include "json/jsonwriter.h"

#include <QDir>
#include <QFile>

#include <cstdio>

namespace ad::cli {

namespace {

const char *kUsage =
    "Usage: action-designer import --terraform-json FILE [-o DIR]\n"
    "\n"
    "Reads the port_action resources of FILE ('terraform show -json' output, "
    "including child\n"
    "modules, or a terraform.tfstate file) and writes each as an action JSON "
    "file named after its\n"
    "identifier (IDENTIFIER.json) into DIR (default: the current folder). '-' "
    "reads standard input.\n"
    "\n"
    "Options:\n"
    "  --terraform-json  FILE is Terraform JSON (the only import format so "
    "far)\n"
    "  -o, --output DIR  the folder to write into (created when missing)\n"
    "  -h, --help        show this help\n"
    "\n"
    "Exit status: 0 written, 1 a file cannot be written, 2 FILE cannot be read "
    "or holds no\n"
    "port_action.\n";

QByteArray readInput(const QString &path, QString *error)
{
    QFile f;
    const bool ok =
        path == QLatin1String("-") ? f.open(stdin, QIODevice::ReadOnly) : (f.setFileName(path), f.open(QIODevice::ReadOnly));
    if (!ok) {
        *error = f.errorString();
        return {};
    }
    return f.readAll();
}

// An identifier as a file name: Port allows letters, digits and @ _ . + : = -
// (no slashes), so only an empty or hostile one needs changing.
QString fileNameFor(const QString &identifier, int index)
{
    QString name = identifier;
    name.replace(QLatin1Char('/'), QLatin1Char('_')).replace(QLatin1Char('\\'), QLatin1Char('_'));
    if (name.isEmpty() || name == QLatin1String(".") || name == QLatin1String(".."))
        name = QStringLiteral("action-%1").arg(index + 1);
    return name + QStringLiteral(".json");
}

}  // namespace

int cmdImport(Context &ctx)
{
    QCommandLineParser parser;
    const QCommandLineOption output = outputOption();
    const QCommandLineOption terraformJson(QStringLiteral("terraform-json"));
    parser.addOptions({output, terraformJson});
    if (const int rc = parseOptions(parser, ctx, QString::fromLatin1(kUsage)); rc >= 0)
        return rc;
    if (!parser.isSet(terraformJson) || parser.positionalArguments().size() != 1) {
        ctx.err << "action-designer import: give --terraform-json and exactly one "
                   "FILE\n\n"
                << kUsage;
        return BadInput;
    }
    const QString path = parser.positionalArguments().first();
    QString readError;
    const QByteArray bytes = readInput(path, &readError);
    if (!readError.isEmpty()) {
        ctx.err << displayName(path) << ": error: cannot read: " << readError << '\n';
        return BadInput;
    }
    const FormatImport result = TerraformFormat().importActions(bytes);
    if (!result.ok()) {
        ctx.err << displayName(path) << ": error: " << result.error << '\n';
        return BadInput;
    }
    for (const QString &w : result.warnings)
        ctx.err << displayName(path) << ": warning: " << w << '\n';
    const QDir dir(parser.isSet(output) ? parser.value(output) : QDir::currentPath());
    if (!dir.exists() && !QDir().mkpath(dir.path())) {
        ctx.err << dir.path() << ": error: cannot create the folder\n";
        return Failed;
    }
    for (int i = 0; i < result.actions.size(); ++i) {
        const QString target = dir.filePath(fileNameFor(result.actions.at(i).name, i));
        if (writeOutput(writeJson(result.actions.at(i).action), target, ctx) != Ok)
            return Failed;
        ctx.out << target << '\n';
    }
    return Ok;
}

}  // namespace ad::cli
