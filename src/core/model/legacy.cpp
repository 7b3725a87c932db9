#include "model/legacy.h"

#include <QCoreApplication>

namespace ad {

bool isLegacyV1Action(const JsonValue &action, QStringList *reasons)
{
    if (!action.isObject())
        return false;
    QStringList found;
    const JsonValue *trigger = action.find(u"trigger");
    if (trigger && trigger->isString())
        found << QCoreApplication::translate("ad::Validator", "'trigger' is the string \"%1\" (v1) instead of an object").arg(trigger->toString());
    if (action.contains(u"userInputs"))
        found << QCoreApplication::translate("ad::Validator", "'userInputs' is at the top level (v1) instead of inside 'trigger'");
    if (const JsonValue *im = action.find(u"invocationMethod")) {
        for (const char *k : {"omitPayload", "omitUserInputs"})
            if (im->contains(QString::fromLatin1(k)))
                found << QCoreApplication::translate("ad::Validator", "'invocationMethod.%1' exists only in v1").arg(QLatin1String(k));
    }
    if (reasons)
        *reasons = found;
    return !found.isEmpty();
}

}  // namespace ad
