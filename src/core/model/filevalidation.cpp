#include "model/filevalidation.h"

#include "json/jsonpointer.h"
#include "validate/validator.h"

namespace ad {

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
