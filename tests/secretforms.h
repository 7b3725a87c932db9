#pragma once
// A secret that changes under every encoding, and each form it may take in an output, computed
// with Qt's own encoders (independent of the masker under test).

#include <QByteArray>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QUrl>

namespace secretforms {

inline const QString kSecret = QStringLiteral("p@ss/w rd+\"\\");
inline const QString kOtherSecret = QStringLiteral("t0k?n&=x");

// The inside of a JSON string holding `s`.
inline QByteArray jsonEscaped(const QByteArray &s)
{
    const QByteArray doc = QJsonDocument(QJsonArray{QString::fromUtf8(s)}).toJson(QJsonDocument::Compact);
    return doc.mid(2, doc.size() - 4);
}

inline QByteArray lowerHex(QByteArray pct)
{
    for (qsizetype i = 0; i + 2 < pct.size(); ++i)
        if (pct.at(i) == '%') {
            pct[i + 1] = char(QChar::toLower(uint(uchar(pct.at(i + 1)))));
            pct[i + 2] = char(QChar::toLower(uint(uchar(pct.at(i + 2)))));
        }
    return pct;
}

// name -> bytes
inline QList<QPair<QString, QByteArray>> forms(const QString &secret = kSecret)
{
    const QByteArray raw = secret.toUtf8();
    QList<QPair<QString, QByteArray>> f;
    f.append({QStringLiteral("raw"), raw});
    f.append({QStringLiteral("json"), jsonEscaped(raw)});
    f.append({QStringLiteral("json twice"), jsonEscaped(jsonEscaped(raw))});
    f.append({QStringLiteral("percent"), QUrl::toPercentEncoding(secret)});
    f.append({QStringLiteral("percent lower"), lowerHex(QUrl::toPercentEncoding(secret))});
    f.append({QStringLiteral("percent keeping /@"), QUrl::toPercentEncoding(secret, "/@")});
    f.append({QStringLiteral("form"), QUrl::toPercentEncoding(secret, {}, " ").replace(' ', '+')});
    const QList<QPair<QString, QByteArray>> plains{{QStringLiteral("secret"), raw},
                                                   {QStringLiteral("user:secret"), "user:" + raw},
                                                   {QStringLiteral("ab:secret"), "ab:" + raw},
                                                   {QStringLiteral("secret:x"), raw + ":x"}};
    for (const auto &p : plains) {
        f.append({QStringLiteral("base64(%1)").arg(p.first), p.second.toBase64()});
        f.append({QStringLiteral("base64url(%1)").arg(p.first), p.second.toBase64(QByteArray::Base64UrlEncoding)});
        f.append({QStringLiteral("base64 unpadded(%1)").arg(p.first), p.second.toBase64(QByteArray::OmitTrailingEquals)});
        f.append({QStringLiteral("base64url unpadded(%1)").arg(p.first),
                  p.second.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)});
    }
    return f;
}

// The forms of `secret` found in `bytes` ("" when none).
inline QString leaked(const QByteArray &bytes, const QString &secret = kSecret)
{
    QStringList found;
    for (const auto &f : forms(secret))
        if (bytes.contains(f.second))
            found << f.first;
    return found.join(QStringLiteral(", "));
}

// Text that holds every form once, each between markers that must survive the masking.
inline QByteArray everyForm(const QString &secret = kSecret)
{
    QByteArray out;
    for (const auto &f : forms(secret))
        out += "<" + f.first.toUtf8() + ">" + f.second + "</>\n";
    out += "Authorization: Basic " + QByteArray("user:" + secret.toUtf8()).toBase64() + "\n";
    return out;
}

// A webhook action whose templates put the scenario secret A in every form: URL-encoded in the
// query (three encoders' ways), Basic auth and url-safe base64 in headers, raw, base64 and
// JSON-escaped (once, twice) in the body, and in a jq error message.
inline QByteArray everyFormAction(const QByteArray &url)
{
    return R"({
  "identifier": "sec",
  "title": "Secrets",
  "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service", "userInputs": {"properties": {}}},
  "invocationMethod": {"type": "WEBHOOK",
    "url": ")" + url + R"(?t={{ .secrets.A | @uri }}&f={{ .secrets.A | @uri | gsub(\"%20\"; \"+\") }}&l={{ .secrets.A | @uri | ascii_downcase }}",
    "headers": {"Authorization": "{{ \"Basic \" + (\"user:\" + .secrets.A | @base64) }}",
                "X-Basic": "{{ \"Basic \" + (\"user:\" + .secrets.A | @base64) }}",
                "X-Url-Safe": "{{ .secrets.A + \":x\" | @base64 | gsub(\"\\\\+\"; \"-\") | gsub(\"/\"; \"_\") | gsub(\"=\"; \"\") }}"},
    "body": {"raw": "{{ .secrets.A }}", "b64": "{{ .secrets.A | @base64 }}", "once": "{{ {p: .secrets.A} | tojson }}",
             "twice": "{{ {p: .secrets.A} | tojson | tojson }}", "err": "{{ .secrets.A | tonumber }}"}}
})";
}

// The sidecar (ACTION.scenarios.json) giving secret A in clear text.
inline QByteArray scenarioWithSecret()
{
    const QJsonObject scenario{{QStringLiteral("name"), QStringLiteral("s")},
                               {QStringLiteral("runId"), QStringLiteral("r_secrets")},
                               {QStringLiteral("secrets"), QJsonObject{{QStringLiteral("A"), kSecret}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("active"), QStringLiteral("s")},
                                     {QStringLiteral("scenarios"), QJsonArray{scenario}}})
        .toJson();
}

}  // namespace secretforms
