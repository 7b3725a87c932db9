#include "org/orgchecks.h"

#include "context/actionrefs.h"

namespace ad::org {

QStringList orgSecretNames(const JsonValue &answer)
{
    QStringList out;
    for (const JsonValue &s : answer.value(u"secrets").items()) {
        const QString name = s.isString() ? s.toString() : s.value(u"secretName").toString(s.value(u"name").toString());
        if (!name.isEmpty())
            out << name;
    }
    return out;
}

QStringList missingSecrets(const JsonValue &action, const QStringList &orgNames, QStringList *used)
{
    const QStringList names = scanActionRefs(action).secrets;
    if (used)
        *used = names;
    QStringList out;
    for (const QString &n : names)
        if (!orgNames.contains(n))
            out << n;
    return out;
}

}  // namespace ad::org
