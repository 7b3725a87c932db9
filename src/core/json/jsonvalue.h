#pragma once
// An order-preserving JSON tree that remembers where each value came from.
//
// Why not QJsonObject: it sorts keys (Port's payload rendering depends on key order, and users'
// files must not be reshuffled), it turns number literals into doubles (1.0 -> 1, big integers
// lose precision), and it forgets source positions. JsonValue keeps all three.

#include <QString>
#include <QStringView>

#include <vector>

namespace ad {

// Where a value starts in its source text. line/column are 1-based; column counts Unicode code
// points. offset is the UTF-8 byte offset (what QScintilla wants). A default SourcePos means
// "created in memory".
struct SourcePos {
    int line = 0;
    int column = 0;
    qsizetype offset = -1;
    bool isValid() const { return line > 0; }
    bool operator==(const SourcePos &o) const { return line == o.line && column == o.column; }
};

struct JsonMember;

class JsonValue {
public:
    enum class Type { Null, Bool, Number, String, Array, Object };

    JsonValue() = default;  // null
    static JsonValue fromBool(bool b);
    // A number literal kept as written ("1.0", "1e400", "12345678901234567890"); not validated.
    static JsonValue fromNumberText(const QString &literal);
    // A number as JavaScript would print it (shortest round-trip: 0.1, 1e+21, 5e-7).
    static JsonValue fromDouble(double d);
    static JsonValue fromInt(qint64 i);
    static JsonValue fromString(const QString &s);
    static JsonValue array();
    static JsonValue object();

    Type type() const { return m_type; }
    bool isNull() const { return m_type == Type::Null; }
    bool isBool() const { return m_type == Type::Bool; }
    bool isNumber() const { return m_type == Type::Number; }
    bool isString() const { return m_type == Type::String; }
    bool isArray() const { return m_type == Type::Array; }
    bool isObject() const { return m_type == Type::Object; }
    bool isContainer() const { return isArray() || isObject(); }
    static QString typeName(Type t);  // "null", "boolean", "number", "string", "array", "object"
    QString typeName() const { return typeName(m_type); }

    bool toBool(bool fallback = false) const { return isBool() ? m_bool : fallback; }
    // Numbers: the value as a double (inf/nan for literals out of range).
    double toDouble(double fallback = 0) const;
    // Numbers: the literal text. Strings: empty.
    const QString &numberText() const { return m_text; }
    // Strings: the decoded value. Other types: empty string.
    const QString &toString() const;
    QString toString(const QString &fallback) const { return isString() ? m_text : fallback; }
    // Strings: the text between the quotes exactly as in the source (escapes kept), or empty when
    // the value was created or changed in memory. Writers use it so an unchanged file is
    // reproduced byte for byte.
    const QString &rawString() const { return m_raw; }
    void setRawString(const QString &raw) { m_raw = raw; }

    // --- arrays ---
    qsizetype size() const;  // array items or object members; 0 for scalars
    bool isEmpty() const { return size() == 0; }
    const JsonValue &at(qsizetype i) const;  // a null value when out of range or not an array
    JsonValue &operator[](qsizetype i);
    void append(const JsonValue &v);
    void insert(qsizetype i, const JsonValue &v);
    void removeAt(qsizetype i);
    const std::vector<JsonValue> &items() const { return m_items; }
    std::vector<JsonValue> &items() { return m_items; }

    // --- objects (duplicate keys are kept, in order, so nothing the user wrote is lost) ---
    const std::vector<JsonMember> &members() const { return m_members; }
    std::vector<JsonMember> &members() { return m_members; }
    // Lookups return the LAST member with that key: JSON.parse (and so Port) keeps the last one.
    const JsonValue *find(QStringView key) const;
    JsonValue *find(QStringView key);
    const JsonMember *findMember(QStringView key) const;
    bool contains(QStringView key) const { return find(key) != nullptr; }
    // value(key): the member's value or a shared null.
    const JsonValue &value(QStringView key) const;
    // Replaces the value of an existing key in place (keeping its position) or appends.
    JsonValue &set(const QString &key, const JsonValue &v);
    // Removes every member with that key; returns how many were removed.
    int remove(QStringView key);
    QStringList keys() const;

    // Source position of this value (for members, of the value; the key's is in JsonMember).
    const SourcePos &pos() const { return m_pos; }
    void setPos(const SourcePos &p) { m_pos = p; }
    // Where the closing bracket of an array/object is (for "missing X" errors).
    const SourcePos &endPos() const { return m_endPos; }
    void setEndPos(const SourcePos &p) { m_endPos = p; }

    // Structural equality: same types, numbers equal by value, members in the same order.
    bool operator==(const JsonValue &o) const;
    bool operator!=(const JsonValue &o) const { return !(*this == o); }
    // Drops source texts and positions everywhere (for values built from other values).
    void clearSourceInfo();

private:
    Type m_type = Type::Null;
    bool m_bool = false;
    QString m_text;  // string value or number literal
    QString m_raw;   // raw string token from the source
    std::vector<JsonValue> m_items;
    std::vector<JsonMember> m_members;
    SourcePos m_pos;
    SourcePos m_endPos;
};

struct JsonMember {
    QString key;
    QString rawKey;  // as in the source, escapes kept (empty when created in memory)
    SourcePos keyPos;
    JsonValue value;
};

// Formats a double exactly as JavaScript's Number.prototype.toString does.
QString formatJsNumber(double d);

}  // namespace ad
