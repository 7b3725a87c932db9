#include "scenariotest/scenariotest.h"

#include "invocation/invocationformat.h"
#include "model/actionfile.h"
#include "template/templateengine.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSysInfo>
#include <QXmlStreamWriter>

namespace ad {

namespace {

const QLatin1String kSidecarSuffix(".scenarios.json");

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 3);
}

}  // namespace

QString TestTally::summary() const
{
    QString s = QStringLiteral("%1 passed, %2 failed").arg(passed).arg(failed);
    if (skipped > 0)
        s += QStringLiteral(", %1 skipped").arg(skipped);
    return s;
}

TestTally tally(const QList<ActionTestResult> &results)
{
    TestTally t;
    for (const ActionTestResult &a : results) {
        if (!a.error.isEmpty())
            ++t.failed;
        for (const ScenarioTestResult &s : a.scenarios) {
            switch (s.outcome) {
            case TestOutcome::Passed:
                ++t.passed;
                break;
            case TestOutcome::Failed:
            case TestOutcome::Error:
                ++t.failed;
                break;
            case TestOutcome::NoExpectation:
                ++t.skipped;
                break;
            }
        }
    }
    return t;
}

Scenario scenarioForTest(const Scenario &scenario)
{
    Scenario s = scenario;
    for (ScenarioSecret &sec : s.secrets)
        sec.value = QStringLiteral("stand-in-secret-") + sec.name;
    if (!s.clientSecret.isEmpty() || !s.clientSecretRef.isEmpty())
        s.clientSecret = QStringLiteral("stand-in-client-secret");
    return s;
}

ScenarioTestResult evaluateScenario(const Scenario &scenario, const InvocationPreview &preview, qint64 nowSecs)
{
    ScenarioTestResult r;
    r.scenario = scenario.name;
    RenderedInvocation invocation = preview.invocation;
    invocation.secretValues += encryptedInputValues(preview.form);
    invocation.secretValues += scenario.secretValues();
    r.traces = preview.render.traces;
    for (const TemplateTrace &t : std::as_const(r.traces)) {
        const QString value = !t.error.isEmpty() ? QStringLiteral("error: ") + t.error
                              : t.undefined      ? QStringLiteral("undefined")
                                                 : QString::fromUtf8(toCompactJs(t.result));
        r.templateValues << maskSecrets(value, invocation.secretValues);
    }
    const QString error = preview.sendError();
    if (!error.isEmpty()) {
        r.outcome = TestOutcome::Error;
        r.error = error;
        return r;
    }
    const SnapshotVolatiles volatiles{scenario.runId, nowSecs};
    const JsonValue comparable = invocationComparable(invocation);
    r.snapshot = normalizeComparable(comparable, volatiles);
    QStringList problems;
    const ScenarioExpectation expectation = ScenarioExpectation::fromJson(scenario.expect, &problems);
    for (const QString &p : std::as_const(problems))
        r.issues.append({QString(), p});
    if (expectation.isEmpty() && r.issues.isEmpty()) {
        r.outcome = TestOutcome::NoExpectation;
        return r;
    }
    r.issues += checkExpectation(expectation, comparable, volatiles);
    r.outcome = r.issues.isEmpty() ? TestOutcome::Passed : TestOutcome::Failed;
    return r;
}

QStringList encryptedInputValues(const FormState &form)
{
    QStringList values;
    for (const InputState &in : form.inputs) {
        if (!in.secret || in.value.isNull())
            continue;
        const QString v = in.value.isString() ? in.value.toString() : QString::fromUtf8(toCompactJs(in.value));
        if (!v.isEmpty())
            values << v;
    }
    return values;
}

TemplateMatrix templateMatrix(const QList<ScenarioTestResult> &results)
{
    TemplateMatrix m;
    QHash<QString, int> rowOf;  // pointer + filter -> row
    for (const ScenarioTestResult &r : results) {
        const qsizetype column = m.scenarios.size();
        m.scenarios << r.scenario;
        for (QStringList &row : m.cells)
            row << QString();
        for (qsizetype i = 0; i < r.traces.size(); ++i) {
            const TemplateTrace &t = r.traces.at(i);
            const QString key = t.pointer + QChar(0) + t.filter;
            auto it = rowOf.find(key);
            if (it == rowOf.end()) {
                it = rowOf.insert(key, int(m.pointers.size()));
                m.pointers << t.pointer;
                m.filters << t.filter.trimmed();
                m.cells << QStringList(column + 1, QString());
            }
            m.cells[*it][column] = r.templateValues.value(i);
        }
    }
    return m;
}

void acceptSnapshot(Scenario *scenario, const JsonValue &snapshot)
{
    ScenarioExpectation e = ScenarioExpectation::fromJson(scenario->expect);
    e.snapshot = snapshot;
    scenario->expect = e.toJson();
}

bool loadTestableAction(const QString &path, TestableAction *out, QString *error)
{
    out->path = path;
    const ActionFile file = ActionFile::fromFile(path);
    if (!file.ok()) {
        const JsonParseError &e = file.parseError();
        *error = e.pos.isValid()
                     ? QStringLiteral("%1:%2:%3: %4").arg(path).arg(e.pos.line).arg(e.pos.column).arg(e.message)
                     : QStringLiteral("%1: %2").arg(path, e.message);
        return false;
    }
    const JsonValue *action = file.actionCount() > 0 ? file.action(0) : nullptr;
    if (!action || !action->isObject()) {
        *error = QCoreApplication::translate(
                     "ad::ScenarioTest",
                     "%1: no action found (expected an action object, an array of actions or an API response)")
                     .arg(path);
        return false;
    }
    out->action = *action;
    const QString sidecar = ScenarioFile::sidecarPath(path);
    out->hasSidecar = QFileInfo::exists(sidecar);
    out->scenarios = ScenarioFile();
    if (out->hasSidecar && !ScenarioFile::load(sidecar, &out->scenarios, nullptr, error))
        return false;
    if (out->scenarios.scenarios.isEmpty())
        out->scenarios.scenarios.append(Scenario());
    return true;
}

QStringList findTestableActions(const QStringList &paths, QStringList *missing)
{
    QStringList found;
    for (const QString &p : paths) {
        const QFileInfo info(p);
        if (info.isDir()) {
            QDirIterator it(p, {QStringLiteral("*.json")}, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString file = it.next();
                if (!file.endsWith(kSidecarSuffix) && QFileInfo::exists(ScenarioFile::sidecarPath(file)))
                    found << QDir::cleanPath(file);
            }
        } else if (info.exists()) {
            QString file = p;
            if (file.endsWith(kSidecarSuffix)) {
                file.chop(kSidecarSuffix.size());
                file += QStringLiteral(".json");
            }
            found << QDir::cleanPath(file);
        } else if (missing) {
            *missing << p;
        }
    }
    found.sort();
    found.removeDuplicates();
    return found;
}

ActionTestResult runActionTests(const QString &path, TemplateEngine &engine, bool update)
{
    ActionTestResult result;
    result.path = path;
    QElapsedTimer fileTimer;
    fileTimer.start();
    TestableAction t;
    if (!loadTestableAction(path, &t, &result.error))
        return result;
    bool changed = false;
    for (Scenario &scenario : t.scenarios.scenarios) {
        QElapsedTimer timer;
        timer.start();
        const Scenario forTest = scenarioForTest(scenario);
        const InvocationPreview preview = renderInvocation(t.action, forTest, engine);
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        ScenarioTestResult r = evaluateScenario(forTest, preview, now);
        if (update && !r.snapshot.isNull()) {
            acceptSnapshot(&scenario, r.snapshot);
            changed = true;
            Scenario judged = forTest;
            judged.expect = scenario.expect;
            r = evaluateScenario(judged, preview, now);
        }
        r.ms = double(timer.nsecsElapsed()) / 1e6;
        result.scenarios.append(r);
    }
    if (changed && !t.scenarios.save(ScenarioFile::sidecarPath(path), nullptr, &result.error))
        result.error = QCoreApplication::translate("ad::ScenarioTest", "cannot update %1: %2")
                           .arg(ScenarioFile::sidecarPath(path), result.error);
    result.ms = double(fileTimer.nsecsElapsed()) / 1e6;
    return result;
}

QStringList issueLines(const ScenarioTestResult &result)
{
    QStringList lines;
    if (!result.error.isEmpty())
        lines << result.error;
    for (const ExpectationIssue &i : result.issues)
        lines << i.text();
    return lines;
}

QByteArray junitXml(const QList<ActionTestResult> &results)
{
    QByteArray out;
    QXmlStreamWriter w(&out);
    w.setAutoFormatting(true);
    w.writeStartDocument();
    const TestTally all = tally(results);
    int errors = 0;
    int tests = 0;
    double ms = 0;
    for (const ActionTestResult &a : results) {
        errors += a.error.isEmpty() ? 0 : 1;
        for (const ScenarioTestResult &s : a.scenarios)
            errors += s.outcome == TestOutcome::Error ? 1 : 0;
        tests += a.scenarios.size() + (a.error.isEmpty() ? 0 : 1);
        ms += a.ms;
    }
    const QString timestamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).chopped(1);  // no "Z"
    const QString host =
        QSysInfo::machineHostName().isEmpty() ? QStringLiteral("localhost") : QSysInfo::machineHostName();
    w.writeStartElement(QStringLiteral("testsuites"));
    w.writeAttribute(QStringLiteral("name"), QStringLiteral("action-designer test"));
    w.writeAttribute(QStringLiteral("tests"), QString::number(tests));
    w.writeAttribute(QStringLiteral("failures"), QString::number(all.failed - errors));
    w.writeAttribute(QStringLiteral("errors"), QString::number(errors));
    w.writeAttribute(QStringLiteral("skipped"), QString::number(all.skipped));
    w.writeAttribute(QStringLiteral("time"), seconds(ms));
    for (const ActionTestResult &a : results) {
        QString classname = a.path;
        if (classname.endsWith(QLatin1String(".json")))
            classname.chop(5);
        classname.replace(QLatin1Char('/'), QLatin1Char('.'));
        const TestTally t = tally({a});
        int suiteErrors = a.error.isEmpty() ? 0 : 1;
        for (const ScenarioTestResult &s : a.scenarios)
            suiteErrors += s.outcome == TestOutcome::Error ? 1 : 0;
        w.writeStartElement(QStringLiteral("testsuite"));
        w.writeAttribute(QStringLiteral("name"), a.path);
        w.writeAttribute(QStringLiteral("tests"), QString::number(a.scenarios.size() + (a.error.isEmpty() ? 0 : 1)));
        w.writeAttribute(QStringLiteral("failures"), QString::number(t.failed - suiteErrors));
        w.writeAttribute(QStringLiteral("errors"), QString::number(suiteErrors));
        w.writeAttribute(QStringLiteral("skipped"), QString::number(t.skipped));
        w.writeAttribute(QStringLiteral("time"), seconds(a.ms));
        // The strictest JUnit schema (Ant's) also wants these two.
        w.writeAttribute(QStringLiteral("timestamp"), timestamp);
        w.writeAttribute(QStringLiteral("hostname"), host);
        if (!a.error.isEmpty()) {
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("name"), QStringLiteral("(load)"));
            w.writeAttribute(QStringLiteral("classname"), classname);
            w.writeAttribute(QStringLiteral("time"), seconds(0));
            w.writeStartElement(QStringLiteral("error"));
            w.writeAttribute(QStringLiteral("message"), a.error);
            w.writeAttribute(QStringLiteral("type"), QStringLiteral("LoadError"));
            w.writeCharacters(a.error);
            w.writeEndElement();
            w.writeEndElement();
        }
        for (const ScenarioTestResult &s : a.scenarios) {
            w.writeStartElement(QStringLiteral("testcase"));
            w.writeAttribute(QStringLiteral("name"), s.scenario);
            w.writeAttribute(QStringLiteral("classname"), classname);
            w.writeAttribute(QStringLiteral("time"), seconds(s.ms));
            const QString detail = issueLines(s).join(QLatin1Char('\n'));
            if (s.outcome == TestOutcome::Failed) {
                w.writeStartElement(QStringLiteral("failure"));
                w.writeAttribute(
                    QStringLiteral("message"),
                    QCoreApplication::translate("ad::ScenarioTest", "%n difference(s)", nullptr, int(s.issues.size())));
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("ExpectationMismatch"));
                w.writeCharacters(detail);
                w.writeEndElement();
            } else if (s.outcome == TestOutcome::Error) {
                w.writeStartElement(QStringLiteral("error"));
                w.writeAttribute(QStringLiteral("message"), s.error);
                w.writeAttribute(QStringLiteral("type"), QStringLiteral("RenderError"));
                w.writeCharacters(detail);
                w.writeEndElement();
            } else if (s.outcome == TestOutcome::NoExpectation) {
                w.writeEmptyElement(QStringLiteral("skipped"));
                w.writeAttribute(QStringLiteral("message"),
                                 QCoreApplication::translate("ad::ScenarioTest", "no expectation"));
            }
            w.writeEndElement();
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return out;
}

}  // namespace ad
