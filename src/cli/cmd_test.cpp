// `action-designer test [PATH...] [--junit FILE] [--update]`: every scenario of every action found, rendered
// and compared with its saved expectation. CI relies on the output: one PASS/FAIL/ERROR line per scenario,
// the summary "N passed, N failed" alone on the last line, exit 1 on any failure.
#include "cli/cli.h"
#include "scenariotest/scenariotest.h"
#include "template/templateengine.h"

#include <QSaveFile>

namespace ad::cli {

namespace {

const char *kUsage = "Usage: action-designer test [PATH...] [--junit FILE] [--update]\n\n"
                     "Renders every scenario of every action found and compares the request with the scenario's\n"
                     "expectation (a snapshot and/or assertions in ACTION.scenarios.json).\n"
                     "  PATH          an action file (or its .scenarios.json), or a folder searched recursively for\n"
                     "                action files that have a scenario sidecar (default: the current folder)\n"
                     "  --junit FILE  also write the results as JUnit XML\n"
                     "  --update      rewrite every scenario's snapshot with the current request (on purpose)\n\n"
                     "Prints one line per scenario (PASS, FAIL with the differences, ERROR, or NOEXPECT for a\n"
                     "scenario without expectations) and ends with 'N passed, N failed' (', N skipped' when some\n"
                     "scenarios have no expectation).\n"
                     "Exit: 0 all passed, 1 a scenario failed or an action could not be tested, 2 bad arguments.\n";

struct Options {
    QStringList paths;
    QString junit;
    bool update = false;
};

bool parseArgs(const QStringList &args, Options *o, QString *error)
{
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == QLatin1String("--junit")) {
            if (i + 1 >= args.size()) {
                *error = QStringLiteral("--junit needs a file");
                return false;
            }
            o->junit = args.at(++i);
        } else if (a == QLatin1String("--update")) {
            o->update = true;
        } else if (a.startsWith(QLatin1String("--"))) {
            *error = QStringLiteral("unknown option %1").arg(a);
            return false;
        } else {
            o->paths << a;
        }
    }
    if (o->paths.isEmpty())
        o->paths << QStringLiteral(".");
    return true;
}

const char *label(TestOutcome o)
{
    switch (o) {
    case TestOutcome::Passed:
        return "PASS";
    case TestOutcome::Failed:
        return "FAIL";
    case TestOutcome::Error:
        return "ERROR";
    case TestOutcome::NoExpectation:
        return "NOEXPECT";
    }
    return "";
}

}  // namespace

int cmdTest(Context &ctx)
{
    if (ctx.args.contains(QLatin1String("--help")) || ctx.args.contains(QLatin1String("-h"))) {
        ctx.out << kUsage;
        return Ok;
    }
    Options o;
    QString error;
    if (!parseArgs(ctx.args, &o, &error)) {
        ctx.err << "error: " << error << "\n\n" << kUsage;
        return BadInput;
    }
    QStringList missing;
    const QStringList files = findTestableActions(o.paths, &missing);
    for (const QString &m : std::as_const(missing))
        ctx.err << "error: " << m << ": no such file or folder\n";
    if (!missing.isEmpty())
        return BadInput;

    TemplateEngine engine;
    QList<ActionTestResult> results;
    for (const QString &file : files) {
        const ActionTestResult r = runActionTests(file, engine, o.update);
        if (!r.error.isEmpty())
            ctx.out << "ERROR " << file << ": " << r.error << '\n';
        for (const ScenarioTestResult &s : r.scenarios) {
            ctx.out << label(s.outcome) << ' ' << file << " [" << s.scenario << "]\n";
            if (s.outcome == TestOutcome::Failed || s.outcome == TestOutcome::Error)
                for (const QString &line : issueLines(s))
                    ctx.out << "    " << line << '\n';
        }
        ctx.out.flush();
        results.append(r);
    }

    if (!o.junit.isEmpty()) {
        QSaveFile f(o.junit);
        if (!f.open(QIODevice::WriteOnly) || f.write(junitXml(results)) < 0 || !f.commit()) {
            ctx.err << "error: cannot write " << o.junit << ": " << f.errorString() << '\n';
            ctx.out << tally(results).summary() << '\n';
            return Failed;
        }
    }
    const TestTally t = tally(results);
    ctx.out << t.summary() << '\n';
    return t.failed > 0 ? Failed : Ok;
}

}  // namespace ad::cli
