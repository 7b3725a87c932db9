// The one masking function (secret/secretmask.h): every encoded form of a secret is hidden, the
// text around it is kept.
#include "../secretforms.h"
#include "invocation/invocationformat.h"
#include "json/jsonwriter.h"
#include "secret/secretmask.h"

#include <QTest>

using namespace ad;
using namespace secretforms;

class TestSecretMask : public QObject {
    Q_OBJECT
private slots:
    void everyFormIsMasked();
    void surroundingTextIsKept();
    void overlappingSecrets();
    void nothingToMask();
    void contextSecrets();
    void previewTextCurlAndJson();
};

void TestSecretMask::everyFormIsMasked()
{
    const QByteArray text = everyForm();
    QVERIFY2(leaked(text) != QString(), "the fixture holds the forms");
    const QByteArray masked = maskSecrets(text, {kSecret});
    QVERIFY2(leaked(masked).isEmpty(), qPrintable(leaked(masked) + QLatin1String("\n") + QString::fromUtf8(masked)));
    for (const auto &f : forms())
        QVERIFY2(masked.contains(QByteArray("<" + f.first.toUtf8() + ">" + kSecretMask + "</>")),
                 qPrintable(f.first + QLatin1String("\n") + QString::fromUtf8(masked)));
    QVERIFY(masked.contains(QByteArray(QByteArray("Authorization: Basic ") + kSecretMask + "\n")));
    // The QString form masks the same.
    QCOMPARE(maskSecrets(QString::fromUtf8(text), {kSecret}).toUtf8(), masked);
}

void TestSecretMask::surroundingTextIsKept()
{
    QCOMPARE(maskSecrets(QByteArray("a=hunter2&b=hunter2"), {QStringLiteral("hunter2")}), QByteArray("a=********&b=********"));
    QCOMPARE(maskSecrets(QByteArray("{\"p\":\"a\\\"b\"}"), {QStringLiteral("a\"b")}), QByteArray("{\"p\":\"********\"}"));
    QCOMPARE(maskSecrets(QByteArray("?t=a%2Fb&u=1"), {QStringLiteral("a/b")}), QByteArray("?t=********&u=1"));
    QCOMPARE(maskSecrets(QByteArray("https://x/?q=" + QUrl::toPercentEncoding(kSecret) + "#f"), {kSecret}),
             QByteArray("https://x/?q=********#f"));
    // A secret escaped as \u sequences (another serializer's choice).
    QCOMPARE(maskSecrets(QByteArray("\"\\u0070\\u0040ss\""), {QStringLiteral("p@ss")}), QByteArray("\"********\""));
    // Non-ASCII secrets, escaped as a surrogate pair.
    QCOMPARE(maskSecrets(QByteArray("x \\ud83d\\ude00k y"), {QString::fromUtf8("\xF0\x9F\x98\x80k")}), QByteArray("x ******** y"));
    QCOMPARE(maskSecrets(QString::fromUtf8("ä-\xF0\x9F\x98\x80-ö"), {QString::fromUtf8("\xF0\x9F\x98\x80")}),
             QString::fromUtf8("ä-********-ö"));
    // A base64 token at the end of a path: the run of base64 characters goes ('/' is one of them).
    const QByteArray token =
        QByteArray("user:" + kSecret.toUtf8()).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    QCOMPARE(maskSecrets(QByteArray("GET /api/") + token + " HTTP/1.1", {kSecret}), QByteArray("GET ******** HTTP/1.1"));
}

void TestSecretMask::overlappingSecrets()
{
    QCOMPARE(maskSecrets(QString(QStringLiteral("abcdef")), {QStringLiteral("abc"), QStringLiteral("abcdef")}), QStringLiteral("********"));
    QCOMPARE(maskSecrets(QStringLiteral("abc abcdef"), {QStringLiteral("abc"), QStringLiteral("abcdef")}),
             QStringLiteral("******** ********"));
    QCOMPARE(maskSecrets(QStringLiteral("xabcdefy"), {QStringLiteral("abcd"), QStringLiteral("cdef")}), QStringLiteral("x********y"));
    const QByteArray both = everyForm() + everyForm(kOtherSecret);
    const QByteArray masked = maskSecrets(both, {kSecret, kOtherSecret});
    QVERIFY2(leaked(masked).isEmpty() && leaked(masked, kOtherSecret).isEmpty(), masked.constData());
}

void TestSecretMask::nothingToMask()
{
    QCOMPARE(maskSecrets(QByteArray("x"), {QString()}), QByteArray("x"));
    QCOMPARE(maskSecrets(QByteArray("x"), {}), QByteArray("x"));
    // Escapes, percent-encoding and base64 without a secret in them stay as they are.
    const QByteArray busy = "{\"a\":\"\\\"q\\\" \\u00e4\",\"u\":\"https://h/p%20q?x=a+b\",\"b\":\"" + QByteArray("hello world").toBase64()
        + "\",\"bad\":\"%zz \\x \\u12\"}";
    QCOMPARE(maskSecrets(busy, {kSecret}), busy);
}

void TestSecretMask::contextSecrets()
{
    JsonValue ctx = JsonValue::object();
    JsonValue secrets = JsonValue::object();
    secrets.set(QStringLiteral("A"), JsonValue::fromString(QStringLiteral("one")));
    secrets.set(QStringLiteral("B"), JsonValue::fromString(QString()));
    secrets.set(QStringLiteral("C"), JsonValue::fromInt(3));
    ctx.set(QStringLiteral("secrets"), secrets);
    QCOMPARE(secretValuesIn(ctx), QStringList{QStringLiteral("one")});
    QCOMPARE(secretValuesIn(JsonValue::object()), QStringList());
}

// The preview's text, Copy as curl and `request --format json` of an invocation carrying every form.
void TestSecretMask::previewTextCurlAndJson()
{
    const QByteArray raw = kSecret.toUtf8();
    RenderedInvocation inv;
    inv.backend = QStringLiteral("WEBHOOK");
    inv.method = QStringLiteral("POST");
    inv.url = QStringLiteral("https://h/x?t=") + QString::fromLatin1(QUrl::toPercentEncoding(kSecret)) + QStringLiteral("&f=")
        + QString::fromLatin1(QUrl::toPercentEncoding(kSecret, {}, " ").replace(' ', '+'));
    const QString basic = QStringLiteral("Basic ") + QString::fromLatin1(QByteArray("user:" + raw).toBase64());
    inv.headers.append({QStringLiteral("Authorization"), basic});
    inv.headers.append({QStringLiteral("X-Basic"), basic});
    inv.headers.append({QStringLiteral("X-Plain"), kSecret});
    JsonValue body = JsonValue::object();
    body.set(QStringLiteral("raw"), JsonValue::fromString(kSecret));
    body.set(QStringLiteral("once"), JsonValue::fromString(QString::fromUtf8(toCompactJs(JsonValue::fromString(kSecret)))));
    body.set(QStringLiteral("b64"), JsonValue::fromString(QString::fromLatin1(raw.toBase64(QByteArray::Base64UrlEncoding))));
    body.set(QStringLiteral("all"), JsonValue::fromString(QString::fromUtf8(everyForm())));
    inv.body = toCompactJs(body);
    inv.secretValues = {kSecret};
    for (const QString &shown : {invocationToText(inv), toCurl(inv), QString::fromUtf8(toCompactJs(invocationToJson(inv)))}) {
        const QByteArray bytes = shown.toUtf8();
        QVERIFY2(leaked(bytes).isEmpty(), qPrintable(leaked(bytes) + QLatin1String("\n") + shown));
        QVERIFY(shown.contains(QLatin1String("Basic ********")));
    }
    QVERIFY(invocationToText(inv, true).contains(kSecret));
}

QTEST_GUILESS_MAIN(TestSecretMask)
#include "tst_secretmask.moc"
