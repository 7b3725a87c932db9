#pragma once
// SchemaChecker's insides, shared by its parts: compiling the schema (schemacheck.cpp), checking a
// value (schemaeval.cpp) and explaining a failed oneOf/anyOf (schemabranch.cpp).

#include "validate/schemacheck.h"

#include <QHash>
#include <QJsonObject>
#include <QJsonValue>

#include <deque>
#include <utility>
#include <vector>

namespace ad {

namespace schemadetail {

enum TypeBit : unsigned {
    TNull = 1, TBool = 2, TNumber = 4, TString = 8, TArray = 16, TObject = 32,
};

unsigned typeBitOf(const JsonValue &v);
QStringList typeNames(unsigned bits);
// A schema `pattern` compiled with ECMAScript (`u` flag) semantics.
QRegularExpression compileJsPattern(const QString &pattern);
// An enum value as messages show it.
QString displayEnumValue(const QJsonValue &v);

// The place being checked, as a chain up to the root; tokens are only built when an error is.
struct Path {
    const Path *parent = nullptr;
    const QString *key = nullptr;
    qsizetype index = -1;
};

QStringList tokensOf(const Path *p);

}  // namespace schemadetail

struct SchemaChecker::Node {
    unsigned types = 0;  // 0 = any
    bool hasEnum = false;
    QList<QJsonValue> enumValues;
    std::vector<std::pair<QString, const Node *>> properties;
    QStringList required;
    int additional = -1;  // -1 absent, 0 false, 1 true, 2 schema
    const Node *additionalSchema = nullptr;
    const Node *items = nullptr;
    std::vector<const Node *> oneOf;
    std::vector<const Node *> anyOf;
    const Node *propertyNames = nullptr;
    const Node *ref = nullptr;
    bool hasPattern = false;
    QString pattern;
    QRegularExpression patternRe;
    qsizetype minLength = -1;
    qsizetype maxLength = -1;
    bool hasMinimum = false, hasMaximum = false;
    double minimum = 0, maximum = 0;
    std::vector<std::pair<QString, QStringList>> dependencies;
    QString format;

    const Node *property(const QString &key) const
    {
        for (const auto &[k, n] : properties)
            if (k == key)
                return n;
        return nullptr;
    }
    QStringList propertyKeys() const
    {
        QStringList keys;
        for (const auto &p : properties)
            keys << p.first;
        return keys;
    }
};

struct SchemaChecker::Impl {
    QJsonObject document;
    std::deque<Node> nodes;
    QHash<QString, Node *> refs;

    const Node *compile(const QJsonObject &o);
    void fill(Node &n, const QJsonObject &o);
    const Node *resolveRef(const QString &ref);

    bool eval(const Node *n, const JsonValue &v, const schemadetail::Path *path, SchemaErrors *out) const;
    bool evalObject(const Node *n, const JsonValue &v, const schemadetail::Path *path, SchemaErrors *out) const;
    bool evalAlternatives(const std::vector<const Node *> &branches, bool exactlyOne, const JsonValue &v,
                          const schemadetail::Path *path, SchemaErrors *out) const;
    void reportBestBranch(const std::vector<const Node *> &branches, const JsonValue &v, const schemadetail::Path *path,
                          SchemaErrors *out) const;
};

namespace schemadetail {

unsigned effectiveTypes(const SchemaChecker::Node *n);
SchemaError makeError(SchemaError::Kind kind, const Path *path, const JsonValue &v);
// Where a key is; keys added in memory have no position, so fall back to its value or object.
SourcePos keyPosOr(const JsonMember &m, const JsonValue &object);

}  // namespace schemadetail

}  // namespace ad
