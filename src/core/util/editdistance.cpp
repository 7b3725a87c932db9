#include "util/editdistance.h"

#include <QList>

#include <algorithm>

namespace ad {

int editDistance(const QString &a, const QString &b, Qt::CaseSensitivity cs, SwapCost swaps)
{
    const auto same = [cs](QChar x, QChar y) { return cs == Qt::CaseSensitive ? x == y : x.toLower() == y.toLower(); };
    const qsizetype n = a.size(), m = b.size();
    QList<QList<int>> d(n + 1, QList<int>(m + 1, 0));
    for (qsizetype i = 0; i <= n; ++i)
        d[i][0] = int(i);
    for (qsizetype j = 0; j <= m; ++j)
        d[0][j] = int(j);
    for (qsizetype i = 1; i <= n; ++i) {
        for (qsizetype j = 1; j <= m; ++j) {
            const int cost = same(a.at(i - 1), b.at(j - 1)) ? 0 : 1;
            d[i][j] = std::min({d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost});
            if (swaps == SwapCost::One && i > 1 && j > 1 && same(a.at(i - 1), b.at(j - 2)) &&
                same(a.at(i - 2), b.at(j - 1)))
                d[i][j] = std::min(d[i][j], d[i - 2][j - 2] + 1);
        }
    }
    return d[n][m];
}

}  // namespace ad
