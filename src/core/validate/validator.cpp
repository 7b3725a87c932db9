#include "validate/validator.h"

#include "model/legacy.h"
#include "validate/lint.h"
#include "validate/schemacheck.h"
#include "validate/schemamessages.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad {

namespace {

Diagnostic error(const QString &code, const QString &message, const QString &pointer, const SourcePos &pos)
{
    Diagnostic d;
    d.code = code;
    d.message = message;
    d.pointer = pointer.isNull() ? QStringLiteral("") : pointer;  // the action itself: printed as [/]
    d.pos = pos;
    return d;
}

}  // namespace

Diagnostics validateAction(const JsonValue &action, const QString &pointerPrefix, const ValidateOptions &options)
{
    Diagnostics out;
    if (!action.isObject()) {
        out << error(QStringLiteral("type"),
                     QCoreApplication::translate("ad::Validator", "an action must be a JSON object (got %1)").arg(action.typeName()),
                     pointerPrefix, action.pos());
        return out;
    }

    // A v1 action fails Port's current schema in a dozen places; one error that names the
    // reasons and the fix helps more than a flood of per-field errors.
    // A v2-shaped action (trigger object) with a v1 leftover such as omitPayload is checked like any
    // other: its leftovers are unknown keys, and its other problems are worth seeing too.
    QStringList reasons;
    if (isLegacyV1Action(action, &reasons) && !action.value(u"trigger").isObject()) {
        out << error(QStringLiteral("legacy-v1"),
                     QCoreApplication::translate("ad::Validator", "this is a legacy v1 action, which Port's current API "
                                                                "rejects: %1. Convert it with `action-designer migrate FILE`")
                         .arg(reasons.join(QStringLiteral("; "))),
                     pointerPrefix, action.pos());
        lintDuplicateKeys(action, pointerPrefix, out);
        return out;
    }

    QString loadError;
    const SchemaChecker *checker = SchemaChecker::portAction(&loadError);
    if (!checker) {
        out << error(QStringLiteral("internal"), loadError, pointerPrefix, action.pos());
        return out;
    }
    SchemaErrors errors;
    checker->check(action, &errors);
    out << describeSchemaErrors(action, errors, pointerPrefix);
    out << lintAction(action, pointerPrefix, options);

    std::stable_sort(out.begin(), out.end(), [](const Diagnostic &a, const Diagnostic &b) {
        if (a.pos.line != b.pos.line)
            return a.pos.line < b.pos.line;
        return a.pos.column < b.pos.column;
    });
    return out;
}

}  // namespace ad
