#include "model/filevalidation.h"

#include "json/jsonpointer.h"
#include "model/legacy.h"

// The validator is written on its own branch; until it is merged, files are checked for their
// shape and for the legacy v1 format only.
#if __has_include("validate/validator.h")
#include "validate/validator.h"
#define AD_HAVE_VALIDATOR 1
#else
#define AD_HAVE_VALIDATOR 0
#endif

namespace ad {

namespace {

#if !AD_HAVE_VALIDATOR
Diagnostics validateAction(const JsonValue &action, const QString &pointer)
{
    Diagnostics ds;
    QStringList reasons;
    if (isLegacyV1Action(action, &reasons)) {
        Diagnostic d;
        d.code = QStringLiteral("legacy-v1");
        d.message = QStringLiteral("legacy v1 action (%1); Port's current API rejects it: run 'action-designer migrate'")
                        .arg(reasons.join(QStringLiteral("; ")));
        d.pointer = pointer;
        d.pos = action.pos();
        ds << d;
    }
    return ds;
}
#endif

}  // namespace

Diagnostics validateActionFile(const ActionFile &file)
{
    Diagnostics ds;
    if (!file.ok())
        return ds;
    ds << file.shapeDiagnostics();
    for (const QString &p : file.actionPointers()) {
        const JsonValue *a = resolvePointer(file.root(), p);
        if (a && a->isObject())
            ds << validateAction(*a, p);
    }
    return ds;
}

}  // namespace ad
