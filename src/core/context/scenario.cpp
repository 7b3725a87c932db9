#include "context/scenario.h"

namespace ad {

const ScenarioSecret *Scenario::findSecret(const QString &name) const
{
    for (const ScenarioSecret &s : secrets)
        if (s.name == name)
            return &s;
    return nullptr;
}

void Scenario::setSecret(const QString &name, const QString &value)
{
    for (ScenarioSecret &s : secrets) {
        if (s.name == name) {
            s.value = value;
            return;
        }
    }
    secrets.append({name, value, {}});
}

QStringList Scenario::secretValues() const
{
    QStringList values;
    for (const ScenarioSecret &s : secrets)
        if (!s.value.isEmpty())
            values << s.value;
    if (!clientSecret.isEmpty())
        values << clientSecret;
    return values;
}

}  // namespace ad
