#pragma once
// Helpers for the form tests: a real Document loaded with one action, and a check that an edit
// changed exactly one place of the action.

#include "app/document/document.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

#include <QTest>

namespace formtest {

inline ad::JsonValue parsed(const QString &json)
{
    ad::JsonParseResult r = ad::parseJson(json);
    if (!r.ok())
        qWarning("bad test JSON: %s", qPrintable(r.error.message));
    r.value.clearSourceInfo();
    return r.value;
}

inline QString str(const ad::JsonValue &v)
{
    return QString::fromUtf8(ad::writeJson(v));
}

// `before` with `pointer` set to `value` (created when missing; removed when value is nullptr).
inline ad::JsonValue withValue(ad::JsonValue before, const QString &pointer, const ad::JsonValue *value)
{
    const QStringList t = ad::jsonPointerTokens(pointer);
    ad::JsonValue *parent = ad::resolvePointer(before, ad::jsonPointer(t.mid(0, t.size() - 1)));
    if (!parent)
        return before;
    if (!value)
        parent->remove(t.last());
    else
        parent->set(t.last(), *value);
    return before;
}

// Loads a minimal self-service action with the given invocationMethod JSON.
inline QByteArray actionWith(const QString &invocationJson)
{
    return QStringLiteral("{\n  \"identifier\": \"test_action\",\n  \"title\": \"Test\",\n  \"trigger\": {\n"
                          "    \"type\": \"self-service\",\n    \"operation\": \"DAY-2\",\n"
                          "    \"blueprintIdentifier\": \"service\",\n    \"userInputs\": {\"properties\": "
                          "{\"name\": {\"type\": \"string\", \"title\": \"Name\"}, \"env\": {\"type\": \"string\", "
                          "\"enum\": [\"dev\", \"prod\"]}}, \"required\": [\"name\"]}\n  },\n"
                          "  \"invocationMethod\": %1,\n  \"requiredApproval\": false\n}\n")
        .arg(invocationJson)
        .toUtf8();
}

}  // namespace formtest

// Compares JSON values with a readable failure.
#define JSON_COMPARE(actual, expected)                                                                       \
    do {                                                                                                     \
        const ad::JsonValue a_ = (actual);                                                                   \
        const ad::JsonValue e_ = (expected);                                                                 \
        if (a_ != e_)                                                                                        \
            QCOMPARE(formtest::str(a_), formtest::str(e_));                                                  \
    } while (false)
