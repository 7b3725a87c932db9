#pragma once
// Value types shared by the template engine, its worker client, the CLI and the UI.

#include "json/jsonvalue.h"

#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace ad {

// The outcome of one jq program run on one input: its first output, no output (undefined), or an
// error. The same type serves the context builder's JqEvaluator (context/jqevaluator.h).
struct JqResult {
    enum class Kind { Value, Undefined, Error };
    Kind kind = Kind::Undefined;
    JsonValue value;             // Kind::Value: the first output
    QString error;               // Kind::Error: "jq: compile error: ..." / "jq: error: ..." / "timed out after 2 s"
    bool compileError = false;
    bool timedOut = false;
    double ms = 0;               // run time inside the worker (compile excluded)
    QStringList debug;           // messages from jq's `debug`, and notes such as error({...}) -> no output

    static JqResult ofValue(const JsonValue &v)
    {
        JqResult r;
        r.kind = Kind::Value;
        r.value = v;
        return r;
    }
    static JqResult undefined() { return JqResult(); }
    static JqResult failure(const QString &message)
    {
        JqResult r;
        r.kind = Kind::Error;
        r.error = message;
        return r;
    }
    bool hasValue() const { return kind == Kind::Value; }
    bool isUndefined() const { return kind == Kind::Undefined; }
    bool failed() const { return kind == Kind::Error; }
};

// What happened to one {{ }} template during a render (one per template occurrence).
struct TemplateTrace {
    QString pointer;             // JSON pointer of the string holding the template (a value, or a key: see inKey)
    SourcePos pos;               // line:column of the "{{" in the source file, when known
    QString filter;              // the text between the braces, as written
    JsonValue result;            // what it evaluated to (null on error)
    bool undefined = false;
    QString resultType;          // "string", "number", ..., "undefined"
    QString error;
    bool compileError = false;
    bool timedOut = false;
    double ms = 0;
    QStringList warnings;
    bool quoteRuleApplied = false;
    bool inKey = false;          // the template sits in an object key (pointer names that member)
};

struct RenderOutput {
    JsonValue value;
    bool undefined = false;      // the top-level result is undefined (JSON.stringify gives nothing)
    QString fatalError;          // scanning error (rule 1) or bad key (rule 7): the whole render failed
    QList<TemplateTrace> traces;
    int failedCount() const
    {
        int n = 0;
        for (const TemplateTrace &t : traces)
            n += t.error.isEmpty() ? 0 : 1;
        return n;
    }
};

struct RenderOptions {
    // Bounds each template (Port itself allows 5 s). All templates of one render share a deadline
    // of twice that (compiling excluded), so one runaway fails alone but N of them cost no more
    // than two timeouts: once it has passed, the templates not run yet fail at once as timed out.
    int timeoutMs = 2000;
    // The deadline is timeoutMs itself: the first timeout ends the render (a run that has failed
    // anyway must not wait for more runaways).
    bool stopAtFirstTimeout = false;
    QString pointerPrefix;       // prepended to trace pointers, e.g. "/invocationMethod"
    bool warnings = true;        // run the static checks (missing context paths, jq 1.7 syntax)
};

}  // namespace ad

Q_DECLARE_METATYPE(ad::RenderOutput)
Q_DECLARE_METATYPE(ad::JqResult)
