#pragma once
// What Port's jq has and the jq 1.7.1 release lacks. Port's evaluator runs a jq development snapshot,
// jq-1.7.1-83-g588ff187 (PORT-SPEC §5.0a); our engine is the 1.7.1 release (Debian's, with its
// security patches). Each later change that jq can express is defined in this prelude, which
// JqProgram compiles in front of every program. What jq cannot express is listed in
// docs/template-engine.md and flagged by the lint (templatewarnings.cpp).

#include <QString>
#include <QStringList>

namespace ad {

// The definitions, on ONE line: jq numbers the lines of a compile error from the start of the
// program, and Port's messages name line 1 for Port's own one-line prefix.
const QString &jqPrelude();

// The part of jqPrelude() that `program` can reach: the definitions whose names occur in it as a word
// (any format "@..." reaches format/1), and what those call. Still one line, in jqPrelude()'s
// order. Compiling only these gives the same program (what is left out is never bound by it) and
// saves jq parsing and binding ~30 unused definitions on every compile.
QString jqPreludeFor(const QString &program);

// The public names the prelude defines or redefines ("trim", "add/1", ...), for docs and tests.
QStringList jqPreludeNames();

// The jq the engine was built with, e.g. "1.7.1-6+deb13u4" (Debian's source package) or the system
// libjq's version, for About and --version.
QString jqEngineVersion();

}  // namespace ad
