#pragma once
// Loading an action file and the payload context to render it with, for `render` and `trace`.

#include "cli/report.h"
#include "json/jsonvalue.h"

#include <QString>
#include <QStringList>

namespace ad {
class TemplateEngine;
}

namespace ad::cli {

// --timeout MS of render and trace: 1 ms to 10 minutes (Port itself stops at 5 s).
constexpr qint64 kMaxTimeoutMs = 600000;

struct LoadedAction {
    JsonValue action;
    QString pointer;  // where the action sits in its file ("" for a single action, "/0", "/action", ...)
};

// Reads FILE and picks the action: a single action, the first of an array, an API response
// ({"action":{}} / {"actions":[]}); `identifier` selects one by its identifier.
bool loadAction(const QString &path, const QString &identifier, LoadedAction *out, Located *error);
// Reads ("-" = standard input) and parses any JSON file.
bool loadJsonFile(const QString &path, JsonValue *out, Located *error);
// The action's invocationMethod, checked: an object whose type is one the designer knows.
// Otherwise false with an error at the action (or at its type).
bool checkInvocationMethod(const LoadedAction &action, const QString &path, Located *error);

// The payload context (PORT-SPEC §5.2/§5.3) for an action: --context FILE when given, else the
// scenario `scenario` (empty = the active one) of the action's sidecar (no sidecar: the default
// scenario), built by the context builder with form-time jqQuery evaluated by `engine`.
bool renderContextFor(const LoadedAction &action, const QString &actionPath, const QString &scenario,
                      const QString &contextPath, TemplateEngine &engine, JsonValue *out, Located *error,
                      QStringList *warnings = nullptr);

}  // namespace ad::cli
