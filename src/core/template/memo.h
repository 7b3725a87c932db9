#pragma once
// A bounded per-thread memo for values derived from filter text (every render asks again).

#include <QHash>
#include <QString>

namespace ad {

template <typename V, typename Make>
const V &memoised(const QString &key, Make make)
{
    thread_local QHash<QString, V> cache;
    auto it = cache.constFind(key);
    if (it == cache.cend()) {
        if (cache.size() > 20000)
            cache.clear();
        it = cache.insert(key, make());
    }
    return *it;
}

}  // namespace ad
