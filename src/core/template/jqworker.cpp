#include "template/jqworker.h"

#include "json/jsonwriter.h"
#include "template/jqlexer.h"
#include "template/jqprogram.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <atomic>
#include <chrono>
#include <condition_variable>
#include <csignal>
#include <mutex>
#include <thread>
#include <list>
#include <unordered_map>
#include <memory>

#include <errno.h>
#include <sys/resource.h>
#include <unistd.h>

namespace ad {

namespace {

constexpr rlim_t kAddressSpaceLimit = rlim_t(1) << 30;  // 1 GiB: `def f: 1 + f; f` stops here

#if defined(__SANITIZE_ADDRESS__)
constexpr bool kSanitized = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
constexpr bool kSanitized = true;
#else
constexpr bool kSanitized = false;
#endif
#else
constexpr bool kSanitized = false;
#endif

// The worker's stdout. Replies are buffered and written once per request; a watchdog thread flushes
// them when a compile or run takes long, so the progress marker naming a runaway program reaches
// the client before it gives up on us. (Flushing every marker costs a context switch per template.)
class Output {
public:
    Output(int fd, pid_t parent) : m_fd(fd), m_parent(parent), m_watchdog([this] { watch(); }) {}
    ~Output()
    {
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            m_stop = true;
        }
        m_wake.notify_all();
        m_watchdog.join();
    }
    void append(const QByteArray &bytes)
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_buffer += bytes;
    }
    // Marks the start/end of a request (its compiles and runs may not return).
    void busy(bool on) { m_busySince.store(on ? now() : 0); }
    bool flush()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return writeLocked();
    }

private:
    static qint64 now() { return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now().time_since_epoch()).count(); }
    bool writeLocked()
    {
        const char *p = m_buffer.constData();
        qsizetype left = m_buffer.size();
        while (left > 0) {
            const ssize_t n = ::write(m_fd, p, size_t(left));
            if (n < 0 && errno == EINTR)
                continue;
            if (n <= 0) {
                m_buffer.clear();
                return false;
            }
            p += n;
            left -= n;
        }
        m_buffer.clear();
        return true;
    }
    void watch()
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        while (!m_stop) {
            m_wake.wait_for(lock, std::chrono::milliseconds(10));
            // The app or CLI that started us is gone (killed while a runaway template spins here):
            // nobody will read the answer, so stop at once instead of burning a core forever.
            // (Not PR_SET_PDEATHSIG: it fires when the starting *thread* ends, and the app starts
            // workers from pool threads that end while the app lives on.)
            if (::getppid() != m_parent)
                ::_exit(3);
            const qint64 since = m_busySince.load();
            if (since && now() - since >= 10 && !m_buffer.isEmpty())
                writeLocked();
        }
    }

    int m_fd;
    pid_t m_parent;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QByteArray m_buffer;
    std::atomic<qint64> m_busySince{0};
    bool m_stop = false;
    std::thread m_watchdog;
};

struct CacheEntry {
    std::shared_ptr<JqProgram> program;
    QString error;  // compile error (failures are cached too: bisection asks again)
    std::list<QString>::iterator lru;
};

// A program set the client registered under its own id ("batch"), so later requests name it
// instead of sending every text again; the batch texts built from it are kept with it.
struct Batch {
    QStringList programs;
    std::vector<signed char> batchable;  // per program: -1 not known yet, 0 no, 1 yes
    // indices -> batchProgram() of those programs, and once compiled the program itself: a context
    // change then runs it without hashing its text (tens of KB) to find it in the cache.
    struct Text {
        QString text;
        std::shared_ptr<JqProgram> program;
    };
    QHash<QList<int>, Text> texts;
    std::list<qint64>::iterator lru;
};

class Worker {
public:
    Worker(int outFd, int cacheSize, pid_t parent) : m_out(outFd, parent), m_cacheSize(qMax(cacheSize, 4)) {}

    bool handle(const QByteArray &line)
    {
        m_out.busy(true);  // from here on, a request stuck for 10 ms gets its replies flushed
        const qsizetype tab = line.indexOf('\t');
        const QJsonObject header = QJsonDocument::fromJson(tab >= 0 ? line.left(tab) : line).object();
        m_id = header.value(QLatin1String("id")).toInteger();
        m_idText = QByteArray::number(m_id);
        m_batch = selectBatch(header);
        if (!m_batch) {
            // The client named a batch we do not have (evicted, or we are a fresh worker): it resends
            // the texts.
            append("{\"id\":" + m_idText + ",\"unknown\":true}\n");
        } else {
            run(header, tab >= 0 ? line.mid(tab + 1) : QByteArray("null"));
        }
        append("{\"id\":" + m_idText + ",\"done\":true,\"hits\":" + QByteArray::number(m_hits) + ",\"misses\":"
               + QByteArray::number(m_misses) + ",\"cached\":" + QByteArray::number(qulonglong(m_cache.size()))
               + "}\n");
        m_out.busy(false);
        return m_out.flush();
    }

private:
    Output m_out;
    int m_cacheSize;
    qint64 m_id = 0;
    QByteArray m_idText;
    Batch m_anonymous;  // a request without a batch id
    Batch *m_batch = nullptr;
    std::unordered_map<qint64, Batch> m_batches;
    std::list<qint64> m_batchLru;  // most recent first
    QSet<int> m_run;
    JqValue m_input;
    std::unordered_map<QString, CacheEntry> m_cache;
    std::list<QString> m_lru;  // most recent first
    QHash<QString, bool> m_batchable;
    quint64 m_hits = 0, m_misses = 0;

    void append(const QByteArray &s) { m_out.append(s); }
    const QStringList &programs() const { return m_batch->programs; }

    Batch *selectBatch(const QJsonObject &header)
    {
        const QJsonValue programs = header.value(QLatin1String("programs"));
        const QJsonValue batchId = header.value(QLatin1String("batch"));
        if (batchId.isUndefined()) {
            m_anonymous = Batch();
            for (const QJsonValue &p : programs.toArray())
                m_anonymous.programs << p.toString();
            m_anonymous.batchable.assign(size_t(m_anonymous.programs.size()), -1);
            return &m_anonymous;
        }
        const qint64 key = batchId.toInteger();
        auto it = m_batches.find(key);
        if (programs.isArray()) {  // (re)registers the batch
            if (it != m_batches.end()) {
                m_batchLru.erase(it->second.lru);
                m_batches.erase(it);
            }
            while (qsizetype(m_batches.size()) >= m_cacheSize && !m_batchLru.empty()) {
                m_batches.erase(m_batchLru.back());
                m_batchLru.pop_back();
            }
            Batch b;
            for (const QJsonValue &p : programs.toArray())
                b.programs << p.toString();
            b.batchable.assign(size_t(b.programs.size()), -1);
            m_batchLru.push_front(key);
            b.lru = m_batchLru.begin();
            return &m_batches.insert_or_assign(key, std::move(b)).first->second;
        }
        if (it == m_batches.end())
            return nullptr;
        m_batchLru.splice(m_batchLru.begin(), m_batchLru, it->second.lru);
        return &it->second;
    }

    void run(const QJsonObject &header, const QByteArray &input)
    {
        m_run.clear();
        if (header.contains(QLatin1String("run"))) {
            for (const QJsonValue &i : header.value(QLatin1String("run")).toArray())
                if (i.toInt() >= 0 && i.toInt() < programs().size())
                    m_run.insert(i.toInt());
        } else {
            for (int i = 0; i < programs().size(); ++i)
                m_run.insert(i);
        }
        QString parseError;
        m_input = JqValue::parse(input, &parseError);
        if (!m_input.isValid()) {
            for (int i : std::as_const(m_run))
                emitError(i, QLatin1String("invalid input JSON: ") + parseError, false);
        } else if (header.value(QLatin1String("single")).toBool()) {
            // The client isolates a program that crashed a batch: jq 1.7 folds constants while
            // compiling, so even a batch's compile can run it.
            for (int i : std::as_const(m_run))
                single(i);
        } else {
            QList<int> all;
            for (int i = 0; i < programs().size(); ++i)
                all << i;
            evalRange(all);
        }
    }

    CacheEntry &getOrCompile(const QString &text, const QList<int> &indices)
    {
        auto it = m_cache.find(text);
        if (it != m_cache.end()) {
            ++m_hits;
            m_lru.splice(m_lru.begin(), m_lru, it->second.lru);
            return it->second;
        }
        ++m_misses;
        QByteArray marker = "{\"id\":" + m_idText + ",\"compile\":[";
        for (qsizetype k = 0; k < indices.size(); ++k)
            marker += (k ? "," : "") + QByteArray::number(indices.at(k));
        append(marker + "]}\n");
        CacheEntry e;
        e.program = std::make_shared<JqProgram>();
        if (!e.program->compile(text))
            e.error = e.program->compileError();
        while (qsizetype(m_cache.size()) >= m_cacheSize && !m_lru.empty()) {
            m_cache.erase(m_lru.back());
            m_lru.pop_back();
        }
        m_lru.push_front(text);
        e.lru = m_lru.begin();
        return m_cache.insert_or_assign(text, std::move(e)).first->second;
    }

    bool batchable(int index)
    {
        signed char &known = m_batch->batchable[size_t(index)];
        if (known < 0) {
            const QString &program = programs().at(index);
            auto it = m_batchable.constFind(program);
            if (it == m_batchable.cend()) {
                if (m_batchable.size() > 20000)
                    m_batchable.clear();
                it = m_batchable.insert(program, lexJq(program).balanced);
            }
            known = *it ? 1 : 0;
        }
        return known > 0;
    }

    bool wanted(const QList<int> &indices) const
    {
        for (int i : indices)
            if (m_run.contains(i))
                return true;
        return false;
    }

    // Reply lines are written with a fixed key order (id, i, ms, then debug, then the outcome last)
    // so the client can take an "ok" value as the rest of the line without parsing the line.
    void runOne(JqProgram &program, int index, const QList<bool> &branch = {})
    {
        const QByteArray head = "{\"id\":" + m_idText;
        append(head + ",\"run\":" + QByteArray::number(index) + "}\n");
        const JqResult r = program.first(m_input, branch);
        QByteArray line = head + ",\"i\":" + QByteArray::number(index) + ",\"ms\":" + QByteArray::number(r.ms, 'f', 4);
        if (!r.debug.isEmpty()) {
            line += ",\"debug\":[";
            for (qsizetype k = 0; k < r.debug.size(); ++k)
                line += (k ? "," : "") + quoteJsonString(r.debug.at(k)).toUtf8();
            line += ']';
        }
        if (r.failed())
            line += ",\"error\":" + quoteJsonString(r.error).toUtf8();
        else if (r.isUndefined())
            line += ",\"undefined\":true";
        else
            line += ",\"ok\":" + toCompactJs(r.value);
        append(line + "}\n");
    }

    void emitError(int index, const QString &error, bool compile)
    {
        append("{\"id\":" + m_idText + ",\"i\":" + QByteArray::number(index) + ",\"error\":"
               + quoteJsonString(error).toUtf8() + (compile ? ",\"compile\":true}\n" : "}\n"));
    }

    void single(int index)
    {
        if (!m_run.contains(index))
            return;
        CacheEntry &e = getOrCompile(programs().at(index), {index});
        if (!e.error.isEmpty())
            emitError(index, e.error, true);
        else
            runOne(*e.program, index);
    }

    // One compile for many programs; on a compile error, halves until the bad ones are alone (their
    // own compile gives the exact message Port would show).
    void evalRange(const QList<int> &indices)
    {
        if (!wanted(indices))
            return;
        QList<int> batch;
        for (int i : indices) {
            if (batchable(i))
                batch << i;
            else
                single(i);  // could escape its parentheses: compiled on its own
        }
        if (batch.size() == 1)
            single(batch.first());
        if (batch.size() <= 1 || !wanted(batch))
            return;
        auto text = m_batch->texts.find(batch);
        if (text == m_batch->texts.end()) {
            QStringList texts;
            for (int i : batch)
                texts << programs().at(i);
            text = m_batch->texts.insert(batch, {batchProgram(texts), nullptr});
        }
        std::shared_ptr<JqProgram> program = text->program;
        if (program) {
            ++m_hits;
        } else if (CacheEntry &e = getOrCompile(text->text, batch); e.error.isEmpty()) {
            program = text->program = e.program;
        }
        if (program) {
            for (qsizetype k = 0; k < batch.size(); ++k)
                if (m_run.contains(batch.at(k)))
                    runOne(*program, batch.at(k), batchPath(int(k), int(batch.size())));
            return;
        }
        const qsizetype half = batch.size() / 2;
        evalRange(batch.mid(0, half));
        evalRange(batch.mid(half));
    }
};

// The branch is chosen by one boolean per level of the tree (is the program in the upper half?),
// read with `input` (JqProgram::first(input, branch)): not a number compared with literals (jq
// 1.7.1 turns a number literal into a double through its decimal text on every comparison), and not
// a [branch, context] input to destructure (that alone cost as much as running most templates).
// `input` is a C builtin, so a template with no output does not backtrack into it for another.
QString tree(qsizetype from, qsizetype to)
{
    if (to - from == 1)
        return QStringLiteral("__ad_p%1").arg(from);
    const qsizetype mid = (from + to) / 2;
    return QLatin1String("if input then ") + tree(mid, to) + QLatin1String(" else ") + tree(from, mid)
           + QLatin1String(" end");
}

}  // namespace

QString batchProgram(const QList<QString> &programs)
{
    if (programs.isEmpty())
        return QStringLiteral("empty");
    // Each program is a function of its own: its variables then live in its own frame, made when it
    // runs, rather than all in the top-level frame that every run of the batch sets up and frees.
    QString out;
    for (qsizetype i = 0; i < programs.size(); ++i)
        out += QStringLiteral("def __ad_p%1: (").arg(i) + programs.at(i) + QLatin1String("\n); ");  // \n ends a trailing # comment
    return out + tree(0, programs.size());
}

QList<bool> batchPath(int index, int count)
{
    QList<bool> path;
    qsizetype from = 0, to = count;
    while (to - from > 1) {
        const qsizetype mid = (from + to) / 2;
        path << (index >= mid);
        (index >= mid ? from : to) = mid;
    }
    return path;
}

int runJqWorker(int inFd, int outFd, int cacheSize, qint64 parentPid)
{
    // The parent may already be gone when we get here (killed while we started): then getppid()
    // names whoever adopted us, and only the pid the parent passed tells the two apart.
    const pid_t parent = parentPid > 0 ? pid_t(parentPid) : ::getppid();
    if (::getppid() != parent)
        return 3;
    std::signal(SIGPIPE, SIG_IGN);
    if (!kSanitized) {
        const struct rlimit limit = {kAddressSpaceLimit, kAddressSpaceLimit};
        setrlimit(RLIMIT_AS, &limit);
    }
    Worker worker(outFd, cacheSize, parent);
    // Starting takes what loading the libraries takes (half a second under ASan on a loaded
    // machine): the client waits for this line before it times the first request.
    static const char ready[] = "{\"ready\":true}\n";
    if (::write(outFd, ready, sizeof ready - 1) != ssize_t(sizeof ready - 1))
        return 1;
    QByteArray buffer;
    char chunk[65536];
    for (;;) {
        qsizetype nl;
        while ((nl = buffer.indexOf('\n')) >= 0) {
            const QByteArray line = buffer.left(nl);
            buffer.remove(0, nl + 1);
            if (!line.trimmed().isEmpty() && !worker.handle(line))
                return 1;
        }
        const ssize_t n = ::read(inFd, chunk, sizeof chunk);
        if (n < 0 && errno == EINTR)
            continue;
        if (n <= 0)
            return 0;
        buffer.append(chunk, n);
    }
}

}  // namespace ad
