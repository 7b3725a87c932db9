#pragma once
// How far apart two words are, for "did you mean ...?" suggestions (mistyped commands and keys).

#include <QString>

namespace ad {

enum class SwapCost { One, Two };

// The number of single-character insertions, deletions and substitutions that turn `a` into `b`;
// with SwapCost::One an adjacent swap ("tpye") counts as one edit (optimal string alignment).
int editDistance(const QString &a, const QString &b, Qt::CaseSensitivity cs = Qt::CaseSensitive,
                 SwapCost swaps = SwapCost::One);

}  // namespace ad
