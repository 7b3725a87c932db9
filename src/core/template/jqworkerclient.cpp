#include "template/jqworkerclient.h"

#include "json/jsonparser.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <algorithm>
#include <cctype>

namespace ad {

namespace {
constexpr int kMaxGroups = 96;
constexpr int kStartTimeoutMs = 10000;

QString seconds(int ms) { return QString::number(ms / 1000.0, 'g', 3) + QLatin1String(" s"); }

const char kNotRun[] = "timed out: not run, the time limit shared by the templates of this render had passed";

JqResult failure(const QString &error, bool timedOut, double ms = 0)
{
    JqResult r = JqResult::failure(error);
    r.timedOut = timedOut;
    r.ms = ms;
    return r;
}
// The common reply, {"id":N,"i":I,"ms":T,"ok":V}, read without parsing more than V (the worker
// writes its keys in this order: jqworker.h). False: anything else, for the full parse.
bool parseResultLine(const QByteArray &line, qsizetype from, int *index, JqResult *out)
{
    static const QByteArray iKey("\"i\":"), msKey(",\"ms\":"), okKey(",\"ok\":");
    if (!line.endsWith('}') || line.mid(from, iKey.size()) != iKey)
        return false;
    qsizetype pos = from + iKey.size();
    const qsizetype msAt = line.indexOf(msKey, pos);
    if (msAt < 0)
        return false;
    bool ok = false;
    *index = QByteArrayView(line).sliced(pos, msAt - pos).toInt(&ok);
    if (!ok)
        return false;
    pos = msAt + msKey.size();
    qsizetype end = pos;
    while (end < line.size() && (std::isdigit(static_cast<unsigned char>(line.at(end))) || line.at(end) == '.'))
        ++end;
    if (line.mid(end, okKey.size()) != okKey)
        return false;
    const double ms = QByteArrayView(line).sliced(pos, end - pos).toDouble(&ok);
    if (!ok)
        return false;
    const JsonParseResult value = parseJson(line.mid(end + okKey.size(), line.size() - 1 - end - okKey.size()));
    if (!value.ok())
        return false;
    out->kind = JqResult::Kind::Value;
    out->value = value.value;
    out->ms = ms;
    return true;
}
}  // namespace

JqWorkerClient::JqWorkerClient(const QString &binary) : m_binary(binary) {}

JqWorkerClient::~JqWorkerClient() { discardWorker(); }

QString JqWorkerClient::binary() const
{
    return m_binary.isEmpty() ? QCoreApplication::applicationFilePath() : m_binary;
}

qint64 JqWorkerClient::workerPid() const { return m_proc ? m_proc->processId() : 0; }

void JqWorkerClient::stopWorker() { discardWorker(); }

void JqWorkerClient::discardWorker()
{
    if (m_proc) {
        m_proc->kill();
        m_proc->waitForFinished(2000);
        m_proc.reset();
    }
    m_buffer.clear();
    m_bufferPos = 0;
    m_where.clear();
    m_groups.clear();
    m_workerHas.clear();
    m_groupOrder.clear();
    ++m_layout;
}

bool JqWorkerClient::ensureStarted(QString *error)
{
    if (m_proc && m_proc->state() == QProcess::Running)
        return true;
    if (m_proc) {
        discardWorker();
        ++m_respawns;
    }
    m_proc = std::make_unique<QProcess>();
    m_proc->setProgram(binary());
    // The worker watches this process: it exits when we are gone (see runJqWorker).
    QStringList args{QStringLiteral("--jq-worker"), QStringLiteral("--parent"),
                     QString::number(QCoreApplication::applicationPid())};
    if (m_workerCacheSize > 0)
        args << QStringLiteral("--cache-size") << QString::number(m_workerCacheSize);
    m_proc->setArguments(args);
    // `env` and $ENV must not see the user's environment (tokens live there).
    m_proc->setProcessEnvironment(QProcessEnvironment());
    m_proc->setStandardErrorFile(QProcess::nullDevice());
    m_proc->start(QIODevice::ReadWrite | QIODevice::Unbuffered);
    if (!m_proc->waitForStarted(10000)) {
        if (error)
            *error = QStringLiteral("cannot start the jq worker (%1): %2").arg(binary(), m_proc->errorString());
        m_proc.reset();
        return false;
    }
    // Wait until it is loaded: the time a template may run starts when the worker can run it, not
    // while a loaded machine is still mapping its libraries.
    QByteArray line;
    for (;;) {
        const ReadEnd end = readLine(&line, kStartTimeoutMs);
        if (end == ReadEnd::Line && line == "{\"ready\":true}")
            return true;
        if (end == ReadEnd::Line)
            continue;
        if (error)
            *error = end == ReadEnd::Interrupted ? QStringLiteral("cancelled")
                     : end == ReadEnd::Died      ? QStringLiteral("the jq worker (%1) exited at start").arg(binary())
                                                 : QStringLiteral("the jq worker (%1) did not start within %2 s")
                                                  .arg(binary())
                                                  .arg(kStartTimeoutMs / 1000);
        discardWorker();
        return false;
    }
}

JqWorkerClient::ReadEnd JqWorkerClient::readLine(QByteArray *line, int budgetMs)
{
    // With an interrupt flag the wait is sliced, so a cancel is seen within a slice.
    constexpr qint64 kInterruptSliceMs = 50;
    QDeadlineTimer deadline(budgetMs);
    for (;;) {
        const qsizetype nl = m_buffer.indexOf('\n', m_bufferPos);
        if (nl >= 0) {
            *line = m_buffer.mid(m_bufferPos, nl - m_bufferPos);
            m_bufferPos = nl + 1;
            if (m_bufferPos == m_buffer.size()) {
                m_buffer.clear();
                m_bufferPos = 0;
            }
            return ReadEnd::Line;
        }
        if (m_bufferPos > 0) {
            m_buffer.remove(0, m_bufferPos);
            m_bufferPos = 0;
        }
        if (m_proc->state() != QProcess::Running) {
            m_buffer += m_proc->readAllStandardOutput();
            if (m_buffer.indexOf('\n', m_bufferPos) >= 0)
                continue;
            return ReadEnd::Died;
        }
        if (interrupted())
            return ReadEnd::Interrupted;
        if (deadline.hasExpired())
            return ReadEnd::TimedOut;
        qint64 wait = qMax<qint64>(1, deadline.remainingTime());
        if (m_interrupt)
            wait = qMin(wait, kInterruptSliceMs);
        if (m_proc->waitForReadyRead(int(wait)))
            m_buffer += m_proc->readAllStandardOutput();
        else if (m_proc->state() == QProcess::Running && deadline.hasExpired())
            return ReadEnd::TimedOut;
    }
}

QHash<int, JqResult> JqWorkerClient::runJob(int group, const QStringList &programs, const QList<int> &run,
                                             const QByteArray &input, int timeoutMs, QDeadlineTimer &deadline)
{
    QHash<int, JqResult> results;
    QList<int> pending = run;
    // A worker that dies before its progress markers reach us (jq 1.7 aborts at once when an
    // allocation fails) names no culprit: then the rest run one at a time, so only the culprit fails.
    bool isolate = false;
    while (!pending.isEmpty()) {
        if (deadline.hasExpired()) {
            // One runaway is enough to fail the render: the others must not cost a timeout each.
            for (int i : std::as_const(pending))
                results.insert(i, failure(QLatin1String(kNotRun), true));
            break;
        }
        QString error = interrupted() ? QStringLiteral("cancelled") : QString();
        // Starting a worker (again, after a runaway) does not count against the shared deadline.
        QElapsedTimer startClock;
        startClock.start();
        const bool started = error.isEmpty() && ensureStarted(&error);
        if (!deadline.isForever())
            deadline += startClock.elapsed();
        if (!started) {
            for (int i : std::as_const(pending))
                results.insert(i, failure(error, false));
            break;
        }
        const qint64 id = ++m_nextId;
        // The worker keeps the texts of a batch it has seen: then the request names it only.
        const bool sendTexts = !m_workerHas.contains(group);
        QByteArray header = "{\"id\":" + QByteArray::number(id) + ",\"batch\":" + QByteArray::number(group);
        if (sendTexts)
            header += ",\"programs\":" + QJsonDocument(QJsonArray::fromStringList(programs)).toJson(QJsonDocument::Compact);
        const QList<int> asked = isolate ? pending.mid(0, 1) : pending;
        if (isolate || asked.size() != programs.size()) {
            header += ",\"run\":[";
            for (qsizetype k = 0; k < asked.size(); ++k)
                header += (k ? "," : "") + QByteArray::number(asked.at(k));
            header += ']';
        }
        if (isolate)
            header += ",\"single\":true";
        m_proc->write(header + "}\t" + input + '\n');
        bool unknown = false;

        const QByteArray prefix = QByteArray("{\"id\":") + QByteArray::number(id) + ',';
        const QByteArray runPrefix = prefix + QByteArray("\"run\":");
        enum class Phase { Idle, Compiling, Running } phase = Phase::Idle;
        int current = -1;
        QList<int> compiling;
        bool finished = false;
        QElapsedTimer phaseClock;  // since the current phase began: a timed-out program's real time
        phaseClock.start();
        auto enter = [&](Phase next) {
            // Compiling does not count against the shared deadline: a cold batch may take longer
            // than the whole run budget.
            if (phase == Phase::Compiling && next != Phase::Compiling && !deadline.isForever())
                deadline += phaseClock.elapsed();
            phase = next;
            phaseClock.restart();
        };
        while (!finished) {
            QByteArray line;
            int budget = phase == Phase::Compiling ? qMax(timeoutMs, m_compileTimeoutMs) : timeoutMs;
            bool cutByDeadline = false;
            if (phase != Phase::Compiling && !deadline.isForever() && deadline.remainingTime() < budget) {
                budget = int(qMax<qint64>(0, deadline.remainingTime()));
                cutByDeadline = true;
            }
            const ReadEnd end = readLine(&line, budget);
            if (end == ReadEnd::Interrupted) {
                // The worker may be deep in a runaway: kill it; the loop's check fails what is left.
                discardWorker();
                ++m_respawns;
                break;
            }
            if (end != ReadEnd::Line) {
                const bool died = end == ReadEnd::Died;
                const qint64 elapsed = phaseClock.elapsed();
                const QString why = died ? QStringLiteral("the jq worker crashed (out of memory? limit 1 GiB)")
                                    : cutByDeadline && phase == Phase::Idle ? QLatin1String(kNotRun)
                                    : cutByDeadline
                                        ? QStringLiteral("timed out after %1 (the time limit shared by the templates "
                                                         "of this render had passed)")
                                              .arg(seconds(int(elapsed)))
                                        : QStringLiteral("timed out after %1").arg(seconds(budget));
                QList<int> blamed;
                if (isolate)
                    blamed = pending.mid(0, 1);  // the request ran this one program only
                else if (phase == Phase::Running)
                    blamed << current;
                else if (phase == Phase::Compiling)
                    blamed = compiling;
                else
                    blamed = pending;
                // Several candidates: rerun them one at a time so only the culprit fails. (A batch's
                // compile can run a template: jq 1.7 folds constants, e.g. "x" * 1e9.)
                if (blamed.size() > 1 && !cutByDeadline) {
                    isolate = true;
                    discardWorker();
                    ++m_respawns;
                    break;
                }
                for (int i : std::as_const(blamed)) {
                    if (pending.removeAll(i))
                        results.insert(i, failure(phase == Phase::Compiling ? QLatin1String("compiling: ") + why : why,
                                                  !died, phase == Phase::Running ? double(elapsed) : 0));
                }
                // Nor does reaping the killed worker (slow on a loaded machine).
                QElapsedTimer reapClock;
                reapClock.start();
                discardWorker();
                ++m_respawns;
                if (!deadline.isForever())
                    deadline += reapClock.elapsed();
                break;
            }
            // Progress markers are frequent and fixed-format: read them without a JSON parse.
            if (!line.startsWith(prefix))
                continue;  // a stale line from an abandoned request
            if (line.startsWith(runPrefix)) {
                enter(Phase::Running);
                current = line.mid(prefix.size() + 6).chopped(1).toInt();
                continue;
            }
            int fastIndex = -1;
            if (JqResult res; parseResultLine(line, prefix.size(), &fastIndex, &res)) {
                results.insert(fastIndex, res);
                pending.removeAll(fastIndex);
                enter(Phase::Idle);
                continue;
            }
            const JsonParseResult parsed = parseJson(line);
            const JsonValue &msg = parsed.value;
            if (!parsed.ok() || !msg.isObject() || msg.value(u"id").toDouble() != double(id))
                continue;  // a stale line from an abandoned request
            if (const JsonValue *c = msg.find(u"compile"); c && c->isArray()) {
                enter(Phase::Compiling);
                compiling.clear();
                for (const JsonValue &i : c->items())
                    compiling << int(i.toDouble());
            } else if (const JsonValue *r = msg.find(u"run"); r && !msg.contains(u"i")) {
                enter(Phase::Running);
                current = int(r->toDouble());
            } else if (const JsonValue *i = msg.find(u"i")) {
                JqResult res;
                res.ms = msg.value(u"ms").toDouble();
                if (const JsonValue *e = msg.find(u"error")) {
                    res.kind = JqResult::Kind::Error;
                    res.error = e->toString();
                    res.compileError = msg.value(u"compile").toBool();
                } else if (!msg.value(u"undefined").toBool()) {
                    res.kind = JqResult::Kind::Value;
                    res.value = msg.value(u"ok");
                }
                for (const JsonValue &d : msg.value(u"debug").items())
                    res.debug << d.toString();
                const int index = int(i->toDouble());
                results.insert(index, res);
                pending.removeAll(index);
                enter(Phase::Idle);
            } else if (msg.value(u"unknown").toBool() && !sendTexts) {
                unknown = true;  // evicted or never seen: the next request sends the texts
            } else if (msg.value(u"done").toBool()) {
                m_hits = quint64(msg.value(u"hits").toDouble());
                m_misses = quint64(msg.value(u"misses").toDouble());
                if (unknown) {
                    m_workerHas.remove(group);
                } else {
                    if (sendTexts)
                        m_workerHas.insert(group);
                    for (int a : asked) {  // should not happen; never loop on it
                        if (pending.removeAll(a))
                            results.insert(a, failure(QStringLiteral("the jq worker gave no result"), false));
                    }
                }
                finished = true;
            }
        }
    }
    return results;
}

JqWorkerClient::Plan JqWorkerClient::plan(const QStringList &programs)
{
    // Jobs: one per batch (group) touched; programs never seen form one new group. Each job entry is
    // (index in the group, position in `programs`): results go straight to their place.
    // A program repeated in this call runs once. Known programs are told apart by where they were
    // compiled (hashing two ints, not the text again); only new ones by their text.
    QHash<QPair<int, int>, qsizetype> firstKnown;
    firstKnown.reserve(programs.size());
    QHash<QString, qsizetype> firstFresh;
    QList<QPair<qsizetype, qsizetype>> repeats;  // (position, position of its first occurrence)
    QStringList fresh;
    QList<qsizetype> freshAt;
    QHash<int, QList<QPair<int, qsizetype>>> jobs;
    QList<int> jobOrder;
    for (qsizetype pos = 0; pos < programs.size(); ++pos) {
        const QString &p = programs.at(pos);
        const auto it = m_where.constFind(p);
        if (it == m_where.cend()) {
            if (const auto seen = firstFresh.constFind(p); seen != firstFresh.cend()) {
                repeats.append({pos, *seen});
                continue;
            }
            firstFresh.insert(p, pos);
            fresh << p;
            freshAt << pos;
            continue;
        }
        if (const auto seen = firstKnown.constFind(*it); seen != firstKnown.cend()) {
            repeats.append({pos, *seen});
            continue;
        }
        firstKnown.insert(*it, pos);
        auto job = jobs.find(it->first);
        if (job == jobs.end()) {
            jobOrder << it->first;
            job = jobs.insert(it->first, {});
        }
        job->append({it->second, pos});
    }
    // Touched groups are the most recent: the eviction below must not drop one this call runs.
    for (int g : std::as_const(jobOrder)) {
        m_groupOrder.removeAll(g);
        m_groupOrder << g;
    }
    if (!fresh.isEmpty()) {
        const int g = m_nextGroup++;
        m_groups.insert(g, Group{fresh});
        m_groupOrder << g;
        QList<QPair<int, qsizetype>> all;
        for (qsizetype k = 0; k < fresh.size(); ++k) {
            m_where.insert(fresh.at(k), {g, int(k)});
            all.append({int(k), freshAt.at(k)});
        }
        jobs.insert(g, all);
        jobOrder << g;
        while (m_groupOrder.size() > kMaxGroups) {
            const int old = m_groupOrder.takeFirst();
            for (const QString &p : m_groups.value(old).programs)
                if (m_where.value(p).first == old)
                    m_where.remove(p);
            m_groups.remove(old);
        }
        ++m_layout;
    }
    // Snapshot: a respawn inside runJob forgets the groups.
    Plan out;
    out.programs = programs;
    out.layout = m_layout;
    out.repeats = repeats;
    for (int g : std::as_const(jobOrder)) {
        QList<QPair<int, qsizetype>> entries = jobs.value(g);
        std::sort(entries.begin(), entries.end());
        QList<int> run;
        run.reserve(entries.size());
        for (const auto &e : entries)
            run << e.first;
        out.work.append({g, m_groups.value(g).programs, entries, run});
    }
    return out;
}

QList<JqResult> JqWorkerClient::run(const QStringList &programs, const QByteArray &inputJson, int timeoutMs,
                                    QDeadlineTimer deadline)
{
    // The very list of the last call (the same shared data, so the same texts: a change would have
    // detached it) while no batch was made or dropped since: the same jobs, and no text hashed. A
    // render plan hands the same list for every context change.
    const bool same = m_last.layout == m_layout && programs.size() == m_last.programs.size()
                      && programs.constData() == m_last.programs.constData();
    if (same) {
        for (const Work &w : std::as_const(m_last.work)) {  // most recently used, as plan() does
            m_groupOrder.removeAll(w.group);
            m_groupOrder << w.group;
        }
    } else {
        m_last = plan(programs);
    }
    const Plan job = m_last;  // runJob may respawn the worker (and replan the next call)
    QList<JqResult> out(programs.size());
    for (const Work &w : std::as_const(job.work)) {
        const QHash<int, JqResult> results = runJob(w.group, w.programs, w.run, inputJson, timeoutMs, deadline);
        for (const auto &e : w.entries)
            out[e.second] = results.value(e.first);
    }
    for (const auto &r : std::as_const(job.repeats))
        out[r.first] = out.at(r.second);
    return out;
}

}  // namespace ad
