#pragma once
// Ways to show a RenderedInvocation: the preview's text, `request --format json`, and a curl (or
// kcat) command line. Secrets are masked unless the caller asks to reveal them.

#include "invocation/renderedinvocation.h"
#include "json/jsonvalue.h"
#include "secret/secretmask.h"

#include <QString>

namespace ad {

// True for HTTP backends (method/url/headers/body are meaningful).
bool isHttpInvocation(const RenderedInvocation &inv);

// Authorization, cookies and *token*/*secret*/*password*/*api-key* headers, masked as a whole
// (keeping a leading "Bearer "/"Basic "); other headers only where they contain a secret value.
QString maskHeaderValue(const QString &name, const QString &value, const QStringList &secretValues);

// `request --format json`: HTTP {"backend","method","url","headers":{},"body":"<bytes>"} (plus
// "viaAgent","topic","key","value" for agent webhooks), KAFKA {"backend","topic","key","value"},
// UPSERT_ENTITY {"backend","blueprint","entity"}.
JsonValue invocationToJson(const RenderedInvocation &inv, bool revealSecrets = false);
// What the preview shows: request line, headers, the body pretty-printed and the exact bytes.
QString invocationToText(const RenderedInvocation &inv, bool revealSecrets = false);
// A shell command reproducing the request: curl for HTTP backends and UPSERT_ENTITY (Port's entity
// API), kcat for KAFKA.
QString toCurl(const RenderedInvocation &inv, bool revealSecrets = false);

}  // namespace ad
