#pragma once
// RAII wrappers around libjq (the jq 1.7.1 line Port runs: docs/template-engine.md). Every jv and jq_state call of the application lives in
// jqprogram.cpp: jq.h has no extern "C" and every jv call consumes its arguments, so keeping them
// in one file keeps the reference counting reviewable. Not thread-safe: one instance per thread.
//
// Use it in-process only for trusted programs (tests, the worker). Untrusted templates go through
// the worker process (jqworker.h): libjq can abort() the process or run forever.

#include "template/templatetypes.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace ad {

// One owned jv (an input document or a value). Copies share the value (jv_copy).
class JqValue {
public:
    JqValue();  // null
    ~JqValue();
    JqValue(const JqValue &o);
    JqValue &operator=(const JqValue &o);
    JqValue(JqValue &&o) noexcept;
    JqValue &operator=(JqValue &&o) noexcept;

    // jv_parse: numbers become doubles, as in Port. Invalid text gives an invalid value + error.
    static JqValue parse(const QByteArray &utf8, QString *error = nullptr);
    // Numbers go over as doubles; objects in JS property order.
    static JqValue fromJson(const JsonValue &v);

    bool isValid() const;
    // As Port's binding converts jq output to JavaScript: non-finite numbers -> null (JSON.stringify
    // turns them into null anyway), strings cut at the first NUL, objects in JS property order.
    JsonValue toJson() const;

private:
    friend class JqProgram;
    alignas(8) unsigned char m_jv[16];  // a jv (16 bytes on every ABI jq supports)
};

// One compiled jq program.
class JqProgram {
public:
    JqProgram();
    ~JqProgram();
    JqProgram(const JqProgram &) = delete;
    JqProgram &operator=(const JqProgram &) = delete;

    // Compiles the program behind jqPrelude() (a few ms in jq 1.7.1). False on error: see compileError().
    bool compile(const QString &program);
    bool isCompiled() const;
    // As Port reports it: the last "jq: error ..." line, renamed "jq: compile error ...".
    QString compileError() const;
    // Every message jq printed while compiling.
    QStringList compileMessages() const;

    // jq_start + one jq_next, like Port's binding: first output, undefined (no output, or an error
    // whose message is not a string), or "jq: error: <message>".
    JqResult first(const JqValue &input);
    JqResult first(const JsonValue &input) { return first(JqValue::fromJson(input)); }
    // The same, for a batched program (jqworker.h): its first `input` calls read `branch`, one
    // boolean each, which pick the template's branch of the if-tree; later calls find no input, as
    // in Port.
    JqResult first(const JqValue &input, const QList<bool> &branch);
    // All outputs (for tests and tools; stops after maxOutputs).
    QList<JsonValue> all(const JqValue &input, QString *error = nullptr, int maxOutputs = 1000);

private:
    struct State;
    std::unique_ptr<State> d;
};

}  // namespace ad
