#pragma once
// The header lines an HTTP invocation puts on the wire, decided once for the
// preview, `request`, "Copy as curl" and the runner: the invocation's own
// headers, plus the transport headers every HTTP client sends. Qt's network
// stack adds User-Agent, Accept-Language, Accept-Encoding and Connection on its
// own when they are missing; setting them here means nothing is sent that the
// preview does not show. Host and Content-Length are framing, not shown (curl
// adds them as well).
//
// Also refuses what cannot be sent: a rendered header name or value with CR, LF
// or NUL would split the request (a second, smuggled request after the
// signature), so such an invocation is not sent.

#include <QList>
#include <QPair>
#include <QString>

namespace ad {

using WireHeaders = QList<QPair<QString, QString>>;

// Whether `headers` has a header `name` (compared case-blind, as HTTP does).
bool hasHeader(const WireHeaders &headers, const QString &name);

// `headers` followed by each transport header the caller has not set (names
// compared case-blind).
WireHeaders withTransportHeaders(const WireHeaders &headers);
// The transport headers alone, in send order.
const WireHeaders &transportHeaders();

// Why this request cannot be sent as it is (empty: it can): the method is not
// an HTTP token, or a header name is not one, or a name or value holds CR, LF
// or NUL. Names the header; never quotes the value (it may be a secret).
QString wireHeaderError(const QString &method, const WireHeaders &headers);

}  // namespace ad
