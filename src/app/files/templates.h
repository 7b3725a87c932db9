#pragma once
// The File > New templates: a self-service action per backend type (its invocation method from
// ad::backends()), and automation templates for the common events.

#include <QByteArray>
#include <QList>
#include <QString>

namespace ad::app {

struct ActionTemplate {
    QString id;        // "self-service/WEBHOOK", "automation/ENTITY_CREATED"
    QString menuText;  // "Webhook", "Entity created → Webhook"
    bool automation = false;
    QByteArray json;   // canonical JSON text of the new action
};

QList<ActionTemplate> actionTemplates();
// nullptr when unknown.
const ActionTemplate *findTemplate(const QString &id);

}  // namespace ad::app
