#include "json/duplicatekeys.h"

#include <QHash>

namespace ad {

std::vector<qsizetype> nextSameKey(const JsonValue &object)
{
    const std::vector<JsonMember> &members = object.members();
    const qsizetype n = qsizetype(members.size());
    std::vector<qsizetype> next(size_t(n), -1);
    // Small objects (nearly all of them): a scan beats building a hash.
    constexpr qsizetype kScanLimit = 16;
    if (n <= kScanLimit) {
        for (qsizetype i = 0; i < n; ++i)
            for (qsizetype j = i + 1; j < n; ++j)
                if (members[size_t(j)].key == members[size_t(i)].key) {
                    next[size_t(i)] = j;
                    break;
                }
        return next;
    }
    QHash<QStringView, qsizetype> later;
    later.reserve(n);
    for (qsizetype i = n - 1; i >= 0; --i) {
        const QStringView key = members[size_t(i)].key;
        auto it = later.find(key);
        if (it != later.end()) {
            next[size_t(i)] = *it;
            *it = i;
        } else {
            later.insert(key, i);
        }
    }
    return next;
}

}  // namespace ad
