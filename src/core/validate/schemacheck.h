#pragma once
// A small JSON-Schema interpreter for exactly the keywords Port's action schema uses, run on our
// JsonValue (order-preserving, with source positions). It reports raw failures; the message layer
// (schemamessages.h) turns them into Port's words.

#include "json/jsonvalue.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

#include <memory>

namespace ad {

// One schema failure, in structural terms.
struct SchemaError {
    enum class Kind {
        Required,      // `key` is missing from the object at `path`
        UnknownKey,    // `key` is not allowed (additionalProperties: false); pos = the key's position
        Type,          // `allowed` = the acceptable JSON types
        Enum,          // `allowed` = the acceptable values as display text
        Pattern,       // `detail` = the pattern
        PropertyName,  // key `key` does not match `detail`; pos = the key's position
        Length,        // `minimum`/`maximum` = the code point bounds (-1 = none)
        Range,         // number outside `minimum`..`maximum` (NaN = no bound)
        Format,        // `detail` = "uri" / "date-time"
        Dependency,    // `key` present needs every one of `allowed`
        OneOfMany,     // matched more than one oneOf branch
    };
    Kind kind = Kind::Type;
    QStringList path;        // tokens of the JSON pointer (relative to the checked root)
    SourcePos pos;
    const JsonValue *value = nullptr;  // the offending value (the parent object for Required/UnknownKey)
    QString key;
    QStringList allowed;
    QString detail;
    double minimum = -1;
    double maximum = -1;
    QStringList knownKeys;   // UnknownKey: the keys this object allows (for "did you mean")
};
using SchemaErrors = QList<SchemaError>;

class SchemaChecker {
public:
    struct Node;
    // Compiles `schema` (a JSON Schema object) resolving "#/..." $refs against `document`.
    SchemaChecker(const QJsonObject &document, const QJsonObject &schema);
    ~SchemaChecker();
    SchemaChecker(const SchemaChecker &) = delete;
    SchemaChecker &operator=(const SchemaChecker &) = delete;

    // The request body schema of POST /v1/actions, read once from ":/core/port-actions-schema.json".
    // nullptr (and `error` set) when the resource cannot be read.
    static const SchemaChecker *portAction(QString *error = nullptr);

    bool isValid() const { return m_root != nullptr; }
    // True when `value` satisfies the schema; failures are appended to `errors` (may be nullptr,
    // which stops at the first failure).
    bool check(const JsonValue &value, SchemaErrors *errors) const;

private:
    struct Impl;
    std::unique_ptr<Impl> d;
    const Node *m_root = nullptr;
};

// The request body schema of POST /v1/actions inside Port's OpenAPI document (empty if absent).
QJsonObject actionBodySchema(const QJsonObject &openApi);

// Matches like ECMAScript with the `u` flag (what JSON Schema validators use): `$` is the very end,
// \p{L} any Unicode letter, \s Unicode white space.
bool matchesJsPattern(const QString &pattern, const QString &text);
// A regex compiled now rather than on first use, so one shared (static) instance can be matched
// from several threads.
QRegularExpression compiledRegex(const QString &pattern,
                                 QRegularExpression::PatternOptions options = QRegularExpression::NoPatternOption);
// Code points, as JSON Schema's minLength/maxLength count them.
qsizetype codePointLength(const QString &s);

}  // namespace ad
