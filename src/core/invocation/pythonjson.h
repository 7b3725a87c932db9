#pragma once
// JSON as the Port agent (Python) writes it: json.dumps with ensure_ascii (non-ASCII as \uXXXX) and
// Python's number forms (floats as repr: 1e-07, 1e+16, 2.0). The agent signs the compact form
// (separators ",", ":") and `requests` sends the spaced default form (", ", ": "), so a preview of
// an agent-made call needs both to show the exact bytes.

#include "json/jsonvalue.h"

#include <QByteArray>

namespace ad {

QByteArray pythonJsonDumps(const JsonValue &v, bool compact);

}  // namespace ad
