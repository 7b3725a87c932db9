#include "invocation/wireheaders.h"

#include <QCoreApplication>

namespace ad {

const WireHeaders &transportHeaders()
{
    // identity: no compression, so the bytes received are the bytes stored and
    // Content-Length can be checked against them; "*": any language, the neutral
    // value.
    static const WireHeaders headers = {
        {QStringLiteral("User-Agent"), QStringLiteral("action-designer/" AD_VERSION)},
        {QStringLiteral("Accept-Encoding"), QStringLiteral("identity")},
        {QStringLiteral("Accept-Language"), QStringLiteral("*")},
        {QStringLiteral("Connection"), QStringLiteral("keep-alive")},
    };
    return headers;
}

bool hasHeader(const WireHeaders &headers, const QString &name)
{
    for (const auto &h : headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    return false;
}

WireHeaders withTransportHeaders(const WireHeaders &headers)
{
    WireHeaders out = headers;
    for (const auto &t : transportHeaders())
        if (!hasHeader(headers, t.first))
            out.append(t);
    return out;
}

namespace {

// RFC 9110 token characters: what a method and a field name may consist of.
bool isToken(const QString &s)
{
    if (s.isEmpty())
        return false;
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        const bool alnum = (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || (u >= '0' && u <= '9');
        if (!alnum && !QStringView(u"!#$%&'*+-.^_`|~").contains(c))
            return false;
    }
    return true;
}

QString breakIn(const QString &s)
{
    if (s.contains(QLatin1Char('\r')))
        return QCoreApplication::translate("ad::Invocation", "a carriage return (CR)");
    if (s.contains(QLatin1Char('\n')))
        return QCoreApplication::translate("ad::Invocation", "a line feed (LF)");
    if (s.contains(QChar(0)))
        return QCoreApplication::translate("ad::Invocation", "a NUL character");
    return {};
}

}  // namespace

QString wireHeaderError(const QString &method, const WireHeaders &headers)
{
    if (!method.isEmpty() && !isToken(method))
        return QCoreApplication::translate("ad::Invocation", "the method \"%1\" is not a valid HTTP "
                                                             "method: the request is not sent")
            .arg(QString(method)
                     .replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                     .replace(QLatin1Char('\n'), QStringLiteral("\\n")));
    for (const auto &h : headers) {
        const QString shownName = QString(h.first)
                                      .replace(QLatin1Char('\r'), QStringLiteral("\\r"))
                                      .replace(QLatin1Char('\n'), QStringLiteral("\\n"))
                                      .replace(QChar(0), QStringLiteral("\\0"));
        if (const QString what = breakIn(h.first); !what.isEmpty())
            return QCoreApplication::translate("ad::Invocation", "header name \"%1\" contains %2, which "
                                                                 "would split the request: it is not sent")
                .arg(shownName, what);
        if (!isToken(h.first))
            return QCoreApplication::translate("ad::Invocation", "header name \"%1\" is not a valid "
                                                                 "HTTP field name: it is not sent")
                .arg(shownName);
        if (const QString what = breakIn(h.second); !what.isEmpty())
            return QCoreApplication::translate("ad::Invocation",
                                               "header \"%1\" contains %2 in its value, which would split "
                                               "the request: it is not sent")
                .arg(shownName, what);
    }
    return {};
}

}  // namespace ad
