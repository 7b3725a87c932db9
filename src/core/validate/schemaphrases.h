#pragma once
// How schema messages name places and values ("input 'env' format", "a WEBHOOK invocationMethod",
// "\"UPDATE\""): the wording describeSchemaErrors builds its sentences from.

#include "json/jsonvalue.h"

#include <QStringList>

namespace ad::schemaphrases {

// The value `count` tokens deep into `root`, or null when the path leaves the document.
const JsonValue *resolveTokens(const JsonValue &root, const QStringList &tokens, qsizetype count);
// The string at `key` of an object, empty for anything else.
QString stringAt(const JsonValue *obj, const char *key);

QString plainContext(const QStringList &tokens, const JsonValue *obj);
QString requiredSubject(const QStringList &tokens, const JsonValue *obj);
QString valueName(const QStringList &tokens);

QString typePhrase(const QStringList &types);
QString mustBe(const QString &name, const QString &expected, const QString &got);
QString gotType(const JsonValue *v);
QString gotValue(const JsonValue *v);

QString didYouMean(const QString &key, const QStringList &known);

bool isButtonText(const QStringList &tokens);
bool isInputKeyContainer(const QStringList &tokens);
QString buttonTextMessage(const QStringList &tokens, const JsonValue *v);

}  // namespace ad::schemaphrases
