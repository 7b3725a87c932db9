#include "template/jqprogram.h"

#include "template/jqprelude.h"
#include "template/jsobject.h"

#include <QElapsedTimer>

#include <cmath>
#include <cstring>

extern "C" {
#include <jq.h>
}

static_assert(sizeof(jv) == 16, "JqValue stores a jv in 16 bytes");

namespace ad {

namespace {

jv &raw(unsigned char *storage) { return *reinterpret_cast<jv *>(storage); }
const jv &raw(const unsigned char *storage) { return *reinterpret_cast<const jv *>(storage); }

// jv strings may hold NUL; Port's binding hands them to N-API as C strings, which stops there.
QString cString(const char *s) { return QString::fromUtf8(s, qsizetype(std::strlen(s))); }

JsonValue toJson(jv v)  // borrows v
{
    switch (jv_get_kind(v)) {
    case JV_KIND_INVALID:
    case JV_KIND_NULL: return JsonValue();
    case JV_KIND_TRUE: return JsonValue::fromBool(true);
    case JV_KIND_FALSE: return JsonValue::fromBool(false);
    case JV_KIND_NUMBER: {
        const double d = jv_number_value(v);
        return std::isfinite(d) ? JsonValue::fromDouble(d) : JsonValue();
    }
    case JV_KIND_STRING: return JsonValue::fromString(cString(jv_string_value(v)));
    case JV_KIND_ARRAY: {
        JsonValue out = JsonValue::array();
        const int n = jv_array_length(jv_copy(v));
        out.items().reserve(size_t(n));
        for (int i = 0; i < n; ++i) {
            jv item = jv_array_get(jv_copy(v), i);
            out.items().push_back(toJson(item));
            jv_free(item);
        }
        return out;
    }
    case JV_KIND_OBJECT: {
        js::Object<JsonValue> obj;
        for (int it = jv_object_iter(v); jv_object_iter_valid(v, it); it = jv_object_iter_next(v, it)) {
            jv key = jv_object_iter_key(v, it);
            jv value = jv_object_iter_value(v, it);
            obj.set(cString(jv_string_value(key)), toJson(value));
            jv_free(key);
            jv_free(value);
        }
        JsonValue out = JsonValue::object();
        for (auto &e : obj.take())
            out.members().push_back(JsonMember{e.first, QString(), SourcePos(), std::move(e.second)});
        return out;
    }
    }
    return JsonValue();
}

jv stringToJv(const QString &s)
{
    const QByteArray utf8 = s.toUtf8();
    return jv_string_sized(utf8.constData(), int(utf8.size()));
}

jv fromJson(const JsonValue &v)
{
    switch (v.type()) {
    case JsonValue::Type::Null: return jv_null();
    case JsonValue::Type::Bool: return jv_bool(v.toBool());
    case JsonValue::Type::Number: {
        const double d = v.toDouble();
        return std::isfinite(d) ? jv_number(d) : jv_null();  // JSON.stringify(Infinity) is null
    }
    case JsonValue::Type::String: return stringToJv(v.toString());
    case JsonValue::Type::Array: {
        jv out = jv_array();
        for (const JsonValue &item : v.items())
            out = jv_array_append(out, fromJson(item));
        return out;
    }
    case JsonValue::Type::Object: {
        // JS property order: the context went through JSON.stringify in Port.
        js::Object<const JsonValue *> obj;
        for (const JsonMember &m : v.members())
            obj.set(m.key, &m.value);
        jv out = jv_object();
        for (const auto &e : obj.take())
            out = jv_object_set(out, stringToJv(e.first), fromJson(*e.second));
        return out;
    }
    }
    return jv_null();
}

QString dumpToString(jv v)  // consumes v
{
    jv s = jv_dump_string(v, 0);
    const QString out = QString::fromUtf8(jv_string_value(s), jv_string_length_bytes(jv_copy(s)));
    jv_free(s);
    return out;
}

}  // namespace

// ---------------------------------------------------------------------------------------------
JqValue::JqValue() { raw(m_jv) = jv_null(); }
JqValue::~JqValue() { jv_free(raw(m_jv)); }
JqValue::JqValue(const JqValue &o) { raw(m_jv) = jv_copy(raw(o.m_jv)); }
JqValue &JqValue::operator=(const JqValue &o)
{
    if (this != &o) {
        jv_free(raw(m_jv));
        raw(m_jv) = jv_copy(raw(o.m_jv));
    }
    return *this;
}
JqValue::JqValue(JqValue &&o) noexcept
{
    raw(m_jv) = raw(o.m_jv);
    raw(o.m_jv) = jv_null();
}
JqValue &JqValue::operator=(JqValue &&o) noexcept
{
    if (this != &o) {
        jv_free(raw(m_jv));
        raw(m_jv) = raw(o.m_jv);
        raw(o.m_jv) = jv_null();
    }
    return *this;
}

JqValue JqValue::parse(const QByteArray &utf8, QString *error)
{
    JqValue out;
    jv_free(raw(out.m_jv));
    jv parsed = jv_parse_sized(utf8.constData(), int(utf8.size()));
    if (!jv_is_valid(parsed)) {
        if (error) {
            jv msg = jv_invalid_get_msg(jv_copy(parsed));
            *error = jv_get_kind(msg) == JV_KIND_STRING ? cString(jv_string_value(msg))
                                                        : QStringLiteral("invalid JSON");
            jv_free(msg);
        }
    }
    raw(out.m_jv) = parsed;
    return out;
}

JqValue JqValue::fromJson(const JsonValue &v)
{
    JqValue out;
    jv_free(raw(out.m_jv));
    raw(out.m_jv) = ad::fromJson(v);
    return out;
}

bool JqValue::isValid() const { return jv_is_valid(raw(m_jv)); }

JsonValue JqValue::toJson() const { return ad::toJson(raw(m_jv)); }

// ---------------------------------------------------------------------------------------------
struct JqProgram::State {
    jq_state *jq = nullptr;
    bool compiled = false;
    QStringList messages;
    QString portError;
    QStringList debug;
    QList<bool> branch;  // what `input` gives first (a batched program's branch), then nothing
    qsizetype branchRead = 0;

    static void onError(void *data, jv msg)
    {
        auto *self = static_cast<State *>(data);
        if (jv_get_kind(msg) != JV_KIND_STRING)
            msg = jv_dump_string(msg, JV_PRINT_INVALID);
        const QString text = QString::fromUtf8(jv_string_value(msg));
        jv_free(msg);
        self->messages << text;
        // Port's binding keeps the last "jq: error..." message, renamed and cut at its first newline.
        if (text.startsWith(QLatin1String("jq: error"))) {
            QString line = QLatin1String("jq: compile error") + text.mid(9);
            const qsizetype nl = line.indexOf(QLatin1Char('\n'));
            self->portError = nl >= 0 ? line.left(nl) : line;
        }
    }
    static void onDebug(void *data, jv msg)
    {
        static_cast<State *>(data)->debug << dumpToString(msg);
    }
    // Without an input callback, `input` and `inputs` crash libjq (1.6 segfaults; Port's binding
    // now gives jq a null input source, so they end with no output).
    static jv onInput(jq_state *, void *data)
    {
        auto *self = static_cast<State *>(data);
        if (self->branchRead < self->branch.size())
            return jv_bool(self->branch.at(self->branchRead++));
        return jv_invalid();
    }
};

JqProgram::JqProgram() : d(std::make_unique<State>()) {}

JqProgram::~JqProgram()
{
    if (d->jq)
        jq_teardown(&d->jq);
}

bool JqProgram::compile(const QString &program)
{
    if (d->jq)
        jq_teardown(&d->jq);
    d->messages.clear();
    d->portError.clear();
    d->compiled = false;
    d->jq = jq_init();
    if (!d->jq) {
        d->portError = QStringLiteral("jq: compile error: cannot initialise jq");
        return false;
    }
    jq_set_error_cb(d->jq, &State::onError, d.get());
    jq_set_debug_cb(d->jq, &State::onDebug, d.get());
    jq_set_input_cb(d->jq, &State::onInput, d.get());
    // Port's jq is a snapshot after 1.7.1: what it added that jq can express comes first (jqprelude.h),
    // only the definitions the program can reach.
    const QByteArray utf8 = (jqPreludeFor(program) + program).toUtf8();
    d->compiled = jq_compile(d->jq, utf8.constData()) != 0;
    if (!d->compiled && d->portError.isEmpty())
        d->portError = d->messages.isEmpty() ? QStringLiteral("jq: compile error") : d->messages.constLast();
    return d->compiled;
}

bool JqProgram::isCompiled() const { return d->compiled; }
QString JqProgram::compileError() const { return d->portError; }
QStringList JqProgram::compileMessages() const { return d->messages; }

JqResult JqProgram::first(const JqValue &input, const QList<bool> &branch)
{
    d->branch = branch;
    d->branchRead = 0;
    JqResult r = first(input);
    d->branch.clear();
    return r;
}

JqResult JqProgram::first(const JqValue &input)
{
    JqResult r;
    if (!d->compiled) {
        r = JqResult::failure(d->portError.isEmpty() ? QStringLiteral("jq: compile error") : d->portError);
        r.compileError = true;
        return r;
    }
    d->debug.clear();
    QElapsedTimer timer;
    timer.start();
    jq_start(d->jq, jv_copy(raw(input.m_jv)), 0);
    jv out = jq_next(d->jq);
    if (jv_is_valid(out)) {
        r.kind = JqResult::Kind::Value;
        r.value = ad::toJson(out);
    } else {
        jv msg = jv_invalid_get_msg(jv_copy(out));
        if (jv_get_kind(msg) == JV_KIND_STRING) {
            r.kind = JqResult::Kind::Error;
            r.error = QLatin1String("jq: error: ") + cString(jv_string_value(msg));
        }
        // Otherwise undefined: no output, and also error(null) and error({...}) in Port's binding.
        else if (jv_get_kind(msg) != JV_KIND_NULL)
            r.debug << QLatin1String("error with a non-string message (Port shows no output): ")
                           + dumpToString(jv_copy(msg));
        jv_free(msg);
    }
    jv_free(out);
    r.ms = double(timer.nsecsElapsed()) / 1e6;
    r.debug = d->debug + r.debug;
    return r;
}

QList<JsonValue> JqProgram::all(const JqValue &input, QString *error, int maxOutputs)
{
    QList<JsonValue> out;
    if (!d->compiled) {
        if (error)
            *error = d->portError;
        return out;
    }
    jq_start(d->jq, jv_copy(raw(input.m_jv)), 0);
    for (int i = 0; i < maxOutputs; ++i) {
        jv v = jq_next(d->jq);
        if (!jv_is_valid(v)) {
            jv msg = jv_invalid_get_msg(v);
            if (error && jv_get_kind(msg) == JV_KIND_STRING)
                *error = QLatin1String("jq: error: ") + cString(jv_string_value(msg));
            jv_free(msg);
            break;
        }
        out << ad::toJson(v);
        jv_free(v);
    }
    return out;
}

}  // namespace ad
