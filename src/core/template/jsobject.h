#pragma once
// JavaScript object and string semantics that Port's evaluator (Node.js) imposes on rendered
// payloads: property order, duplicate keys, String.prototype.trim, `${value}` and JSON.parse.

#include "json/jsonvalue.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <utility>
#include <vector>

namespace ad::js {

// True for "0", "7", "4294967294": canonical array indices, which JS objects list first, ascending.
bool isArrayIndex(const QString &key);
// ECMAScript WhiteSpace + LineTerminator (what \s and trim() match).
bool isSpace(QChar c);
QString trim(const QString &s);
// `${value}` for a value that JSON.parse produced (String(value)).
QString toDisplayString(const JsonValue &v);
// The value JSON.parse would build from v's source: for duplicate keys the last value at the first
// key's position, and array-index keys first. Numbers become doubles printed as JS prints them
// (non-finite ones, such as a 1e400 literal, as null, which is what JSON.stringify makes of them).
JsonValue normalized(const JsonValue &v);

// A property name as the index of Object below keys it: hashed with FNV-1a over its UTF-16 units,
// which for the short names of JSON objects costs a fraction of qHash(QString) (SipHash in this Qt
// build). Not a defence against chosen collisions, and needs none: keys come from the user's own
// action and scenario.
struct PropertyKey {
    QString name;
    bool operator==(const PropertyKey &o) const { return name == o.name; }
};
inline size_t qHash(const PropertyKey &k, size_t seed = 0) noexcept
{
    quint64 h = 1469598103934665603ULL ^ seed;
    const ushort *p = k.name.utf16();
    for (qsizetype i = 0, n = k.name.size(); i < n; ++i) {
        h ^= p[i];
        h *= 1099511628211ULL;
    }
    return size_t(h);
}

// Ordered property bag with JS assignment semantics (obj[k] = v).
template <typename V>
class Object {
public:
    void set(const QString &key, V value)
    {
        // Most objects are small: comparing a few keys is cheaper than hashing them. The index is
        // built once an object outgrows that, sized for it (no rehash per growth step).
        if (m_index.isEmpty()) {
            for (auto &e : m_entries) {
                if (e.first == key) {
                    e.second = std::move(value);
                    return;
                }
            }
            if (m_entries.size() < kLinear) {
                m_entries.emplace_back(key, std::move(value));
                return;
            }
            m_index.reserve(qMax(qsizetype(m_entries.size()) * 4, m_expected));
            for (size_t k = 0; k < m_entries.size(); ++k)
                m_index.insert(PropertyKey{m_entries[k].first}, qsizetype(k));
        }
        const auto it = m_index.constFind(PropertyKey{key});
        if (it != m_index.cend()) {
            m_entries[size_t(*it)].second = std::move(value);
            return;
        }
        m_index.insert(PropertyKey{key}, qsizetype(m_entries.size()));
        m_entries.emplace_back(key, std::move(value));
    }
    // The number of sets to come, when known: the index is then sized once.
    void reserve(qsizetype n)
    {
        m_expected = n;
        m_entries.reserve(size_t(n));
    }
    bool isEmpty() const { return m_entries.empty(); }
    // Entries in JS enumeration order: array indices ascending, then the rest as inserted.
    std::vector<std::pair<QString, V>> take()
    {
        std::stable_partition(m_entries.begin(), m_entries.end(),
                              [](const auto &e) { return isArrayIndex(e.first); });
        const auto firstNamed = std::find_if(m_entries.begin(), m_entries.end(),
                                             [](const auto &e) { return !isArrayIndex(e.first); });
        std::stable_sort(m_entries.begin(), firstNamed, [](const auto &a, const auto &b) {
            return a.first.toULongLong() < b.first.toULongLong();
        });
        m_index.clear();
        return std::move(m_entries);
    }

private:
    static constexpr size_t kLinear = 12;
    qsizetype m_expected = 0;
    std::vector<std::pair<QString, V>> m_entries;
    QHash<PropertyKey, qsizetype> m_index;
};

}  // namespace ad::js
