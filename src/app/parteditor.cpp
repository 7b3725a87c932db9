#include "app/parteditor.h"

#include "json/jsonpointer.h"

namespace ad::app {

QStringList partIds()
{
    return {parts::Details, parts::Trigger, parts::UserInputs, parts::Backend, parts::Approval};
}

QString partTitle(const QString &partId)
{
    if (partId == parts::Details)
        return QObject::tr("Details");
    if (partId == parts::Trigger)
        return QObject::tr("Trigger");
    if (partId == parts::UserInputs)
        return QObject::tr("User inputs");
    if (partId == parts::Backend)
        return QObject::tr("Backend");
    if (partId == parts::Approval)
        return QObject::tr("Approval");
    return partId;
}

QString partForPointer(const QString &pointer)
{
    const QStringList t = jsonPointerTokens(pointer);
    if (t.isEmpty())
        return parts::Details;
    const QString &top = t.first();
    if (top == QLatin1String("trigger"))
        return t.size() > 1 && t.at(1) == QLatin1String("userInputs") ? parts::UserInputs : parts::Trigger;
    if (top == QLatin1String("invocationMethod"))
        return parts::Backend;
    if (top == QLatin1String("requiredApproval") || top == QLatin1String("approvalNotification"))
        return parts::Approval;
    return parts::Details;
}

QString pointerForPart(const QString &partId)
{
    if (partId == parts::Trigger)
        return QStringLiteral("/trigger");
    if (partId == parts::UserInputs)
        return QStringLiteral("/trigger/userInputs");
    if (partId == parts::Backend)
        return QStringLiteral("/invocationMethod");
    if (partId == parts::Approval)
        return QStringLiteral("/requiredApproval");
    return QString();
}

}  // namespace ad::app
