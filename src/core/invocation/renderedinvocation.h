#pragma once
// The exact request or message a backend receives for one run: what the preview shows, what the
// runner sends, what `action-designer request` prints. Built from the action's rendered
// invocationMethod (see invocationbuilder.h); consumed by the preview dock and the runner.

#include "json/jsonvalue.h"

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace ad {

struct RenderedInvocation {
    QString backend;  // "WEBHOOK", "GITHUB", "GITLAB", "AZURE_DEVOPS", "KAFKA", "UPSERT_ENTITY", ...

    // HTTP backends (WEBHOOK, GITHUB, GITLAB, AZURE_DEVOPS; INTEGRATION_ACTION as GitHub)
    QString method;
    QString url;
    QList<QPair<QString, QString>> headers;  // in send order, X-Port-* included for webhooks
    QByteArray body;                          // the exact bytes sent (and signed)

    // KAFKA, and WEBHOOK with agent: true (the message the agent gets)
    QString topic;
    QByteArray key;
    QByteArray value;

    // UPSERT_ENTITY
    QString blueprint;
    JsonValue entity;

    // WEBHOOK agent: true. Port publishes `value` on `topic` (key = run id); method/url/headers/body
    // then describe the call the agent makes with its default mapping (docs/preview-and-scenarios.md).
    bool viaAgent = false;
    bool synchronized = false;  // WEBHOOK synchronized: true
    bool reportWorkflowStatus = false;  // GITHUB / INTEGRATION_ACTION

    // Why this must not be sent (empty: it may), e.g. a rendered header value with a line break
    // (wireheaders.h). The preview, `request` and the runner all stop on it.
    QString sendError;
    QStringList warnings;      // e.g. "11 workflow inputs: GitHub accepts at most 10"
    // Facts about the request that are no problem of the action (e.g. signed with an empty key
    // because no client secret is set): shown with the request, never in Problems.
    QStringList notes;
    QStringList secretValues;  // clear-text values to mask wherever this is shown or logged
};

}  // namespace ad
