#include "cli/cli.h"
#include "cli/report.h"

#include "template/jqprelude.h"
#include "util/editdistance.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cstdio>
#include <algorithm>
#include <cstring>

namespace ad::cli {

int jqWorkerMain(Context &ctx);  // jqworker.cpp

namespace {
// Worker modes are internal: the app re-executes itself to evaluate jq out of process.
bool isWorkerMode(const char *arg) { return std::strncmp(arg, "--jq-worker", 11) == 0; }

// The GUI takes file paths: a word is a command only when it cannot be a file to open (no
// directory or extension in it, and nothing of that name here).
bool isMistypedCommand(const char *arg)
{
    if (!*arg || *arg == '-')
        return false;
    const QString word = QString::fromLocal8Bit(arg);
    for (const QChar c : word)
        if (c == QLatin1Char('/') || c == QLatin1Char('.') || c == QLatin1Char('\\'))
            return false;
    return !QFileInfo::exists(word);
}

void printUsage(QTextStream &out)
{
    out << "Usage: action-designer [options] [FILE...]     open the designer (GUI)\n"
           "       action-designer <command> [options]    run headless\n\n"
           "Designer options:\n"
           "  --lang <code>      UI language for this run (en, de)\n"
           "  --restore          restore unsaved work of a crashed or killed session without asking\n"
           "  --show <name>      bring the tab with this object name forward at start and focus its first\n"
           "                     field: jqPlayground (Try jq), portForm (Form)\n\n"
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
    return isMistypedCommand(a);
}

QString suggestCommand(const QString &word)
{
    const QString w = word.toLower();
    const int allowed = std::clamp(int(w.size()) / 3, 1, 2);
    QString best;
    int bestDistance = allowed + 1;
    for (const Command &c : commands()) {
        const int d = editDistance(w, QLatin1String(c.name));
        if (d < bestDistance) {
            best = QLatin1String(c.name);
            bestDistance = d;
        }
    }
    return best;
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
        out << "action-designer " << AD_VERSION << " (templates: jq " << ad::jqEngineVersion() << ")\n";
        return Ok;
    }
    if (first == QLatin1String("--help") || first == QLatin1String("-h")) {
        printUsage(out);
        return Ok;
    }
    if (first == QLatin1String("--jq-worker")) {
        Context ctx{args, QStringLiteral("--jq-worker"), out, err};
        return jqWorkerMain(ctx);
    }
    for (const Command &c : commands()) {
        if (first == QLatin1String(c.name)) {
            args.removeFirst();
            Context ctx{args, first, out, err};
            const int rc = c.run(ctx);
            out.flush();
            err.flush();
            return rc;
        }
    }
    Context ctx{args, QString(), out, err};
    const QString suggestion = suggestCommand(first);
    reportUsage(ctx, suggestion.isEmpty()
                         ? QStringLiteral("unknown command '%1' (run 'action-designer --help' for the list)").arg(first)
                         : QStringLiteral("unknown command '%1' (did you mean '%2'?)").arg(first, suggestion));
    return BadInput;
}

}  // namespace ad::cli
