#include "invocation/invocationformat.h"

#include "context/jsonbuild.h"
#include "invocation/wireheaders.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad {

namespace {

// The labels of the text form: English for the CLI (which loads no translation), the UI's language
// in the preview.
QString label(const char *text)  // `text` is marked for lupdate at the call
{
    return QCoreApplication::translate("ad::Invocation", text);
}

using namespace jsonbuild;

QString shellQuote(const QString &s)
{
    QString q = s;
    q.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + q + QLatin1Char('\'');
}

bool isSensitiveHeader(const QString &name)
{
    const QString n = name.toLower();
    if (n == QLatin1String("authorization") || n == QLatin1String("proxy-authorization") || n == QLatin1String("cookie"))
        return true;
    for (const char *part : {"token", "secret", "password", "api-key", "apikey", "api_key"})
        if (n.contains(QLatin1String(part)))
            return true;
    return false;
}

QString bytes(const QByteArray &b) { return QString::fromUtf8(b); }

// Pretty form of JSON bytes, or the bytes themselves when they are not JSON.
QString pretty(const QByteArray &b)
{
    const JsonParseResult r = parseJson(b);
    if (!r.ok())
        return bytes(b);
    JsonWriteOptions opt;
    opt.keepSourceText = false;
    opt.finalNewline = false;
    return QString::fromUtf8(writeJson(r.value, opt));
}

}  // namespace

bool isHttpInvocation(const RenderedInvocation &inv) { return !inv.url.isEmpty() || !inv.method.isEmpty(); }

QString maskHeaderValue(const QString &name, const QString &value, const QStringList &secretValues)
{
    if (!isSensitiveHeader(name))
        return maskSecrets(value, secretValues);
    for (const char *scheme : {"Bearer ", "Basic ", "Token "})
        if (value.startsWith(QLatin1String(scheme), Qt::CaseInsensitive))
            return value.left(int(qstrlen(scheme))) + QLatin1String(kSecretMask);
    return QLatin1String(kSecretMask);
}

JsonValue invocationToJson(const RenderedInvocation &inv, bool reveal)
{
    auto mask = [&](const QString &s) { return reveal ? s : maskSecrets(s, inv.secretValues); };
    JsonValue o = JsonValue::object();
    o.set(QStringLiteral("backend"), str(inv.backend));
    if (inv.backend == QLatin1String("UPSERT_ENTITY")) {
        o.set(QStringLiteral("blueprint"), str(inv.blueprint));
        if (reveal) {
            o.set(QStringLiteral("entity"), inv.entity);
        } else {
            const JsonParseResult r = parseJson(mask(bytes(toCompactJs(inv.entity))).toUtf8());
            o.set(QStringLiteral("entity"), r.ok() ? r.value : inv.entity);
        }
        return o;
    }
    if (isHttpInvocation(inv)) {
        o.set(QStringLiteral("method"), str(inv.method));
        o.set(QStringLiteral("url"), str(mask(inv.url)));
        JsonValue headers = JsonValue::object();
        for (const auto &h : withTransportHeaders(inv.headers))
            headers.set(h.first, str(reveal ? h.second : maskHeaderValue(h.first, h.second, inv.secretValues)));
        o.set(QStringLiteral("headers"), headers);
        o.set(QStringLiteral("body"), str(mask(bytes(inv.body))));
        if (!inv.viaAgent)
            return o;
        o.set(QStringLiteral("viaAgent"), JsonValue::fromBool(true));
    }
    o.set(QStringLiteral("topic"), str(inv.topic));
    o.set(QStringLiteral("key"), str(bytes(inv.key)));
    o.set(QStringLiteral("value"), str(mask(bytes(inv.value))));
    return o;
}

QString invocationToText(const RenderedInvocation &inv, bool reveal)
{
    auto mask = [&](const QString &s) { return reveal ? s : maskSecrets(s, inv.secretValues); };
    QString out;
    if (!inv.sendError.isEmpty())
        out += label(QT_TRANSLATE_NOOP("ad::Invocation", "error: %1")).arg(mask(inv.sendError)) + QStringLiteral("\n\n");
    if (inv.backend == QLatin1String("UPSERT_ENTITY")) {
        out += label(QT_TRANSLATE_NOOP("ad::Invocation", "UPSERT_ENTITY into blueprint %1")).arg(inv.blueprint) + QStringLiteral("\n\n");
        JsonWriteOptions opt;
        opt.keepSourceText = false;
        out += mask(QString::fromUtf8(writeJson(inv.entity, opt)));
    } else {
        if (inv.viaAgent || inv.backend == QLatin1String("KAFKA")) {
            out += (inv.viaAgent ? label(QT_TRANSLATE_NOOP("ad::Invocation", "Port publishes to the agent")) : label(QT_TRANSLATE_NOOP("ad::Invocation", "Kafka message"))) + QLatin1Char('\n');
            out += QStringLiteral("topic: %1\nkey: %2\n\n").arg(inv.topic, bytes(inv.key));
            out += mask(pretty(inv.value)) + QStringLiteral("\n\n") + label(QT_TRANSLATE_NOOP("ad::Invocation", "Exact bytes:")) + QLatin1Char('\n') + mask(bytes(inv.value)) + QLatin1Char('\n');
            if (inv.viaAgent)
                out += QLatin1Char('\n') + label(QT_TRANSLATE_NOOP("ad::Invocation", "The agent then sends")) + QLatin1Char('\n');
        }
        if (isHttpInvocation(inv)) {
            out += inv.method + QLatin1Char(' ') + mask(inv.url) + QLatin1Char('\n');
            // A line break in a header (refused, see sendError) is shown escaped, not as a line.
            const auto oneLine = [](QString v) {
                return v.replace(QLatin1Char('\r'), QLatin1String("\\r")).replace(QLatin1Char('\n'), QLatin1String("\\n"));
            };
            for (const auto &h : withTransportHeaders(inv.headers))
                out += oneLine(h.first) + QStringLiteral(": ")
                       + oneLine(reveal ? h.second : maskHeaderValue(h.first, h.second, inv.secretValues)) + QLatin1Char('\n');
            out += QLatin1Char('\n') + mask(pretty(inv.body)) + QStringLiteral("\n\n") + label(QT_TRANSLATE_NOOP("ad::Invocation", "Exact bytes (signed and sent):")) + QLatin1Char('\n')
                   + mask(bytes(inv.body)) + QLatin1Char('\n');
        }
    }
    for (const QString &w : inv.warnings)
        out += QLatin1Char('\n') + label(QT_TRANSLATE_NOOP("ad::Invocation", "warning: %1")).arg(mask(w));
    for (const QString &n : inv.notes)
        out += QLatin1Char('\n') + label(QT_TRANSLATE_NOOP("ad::Invocation", "note: %1")).arg(mask(n));
    if (!inv.warnings.isEmpty() || !inv.notes.isEmpty())
        out += QLatin1Char('\n');
    return out;
}

QString toCurl(const RenderedInvocation &inv, bool reveal)
{
    auto mask = [&](const QString &s) { return reveal ? s : maskSecrets(s, inv.secretValues); };
    if (inv.backend == QLatin1String("UPSERT_ENTITY")) {
        return QStringLiteral("curl -X POST %1 \\\n  -H 'Authorization: Bearer $PORT_TOKEN' \\\n"
                              "  -H 'Content-Type: application/json' \\\n  --data-raw %2")
            .arg(shellQuote(QStringLiteral("https://api.getport.io/v1/blueprints/%1/entities?upsert=true")
                                .arg(inv.blueprint)),
                 shellQuote(mask(bytes(toCompactJs(inv.entity)))));
    }
    if (!isHttpInvocation(inv) || (inv.backend == QLatin1String("KAFKA"))) {
        return QStringLiteral("printf '%s' %1 | kcat -P -b \"$KAFKA_BROKERS\" -t %2 -k %3")
            .arg(shellQuote(mask(bytes(inv.value))), shellQuote(inv.topic), shellQuote(bytes(inv.key)));
    }
    QString out = QStringLiteral("curl -X %1 %2").arg(inv.method, shellQuote(mask(inv.url)));
    const WireHeaders headers = withTransportHeaders(inv.headers);
    for (const auto &h : headers)
        out += QStringLiteral(" \\\n  -H ")
               + shellQuote(h.first + QStringLiteral(": ")
                            + (reveal ? h.second : maskHeaderValue(h.first, h.second, inv.secretValues)));
    // curl sends "Accept: */*" on its own; the runner sends no Accept unless the request has one.
    bool accept = false;
    for (const auto &h : headers)
        accept = accept || h.first.compare(QLatin1String("Accept"), Qt::CaseInsensitive) == 0;
    if (!accept)
        out += QStringLiteral(" \\\n  -H 'Accept:'");
    if (!inv.body.isEmpty())
        out += QStringLiteral(" \\\n  --data-raw ") + shellQuote(mask(bytes(inv.body)));
    return out;
}

}  // namespace ad
