#pragma once
// A small jq tokenizer: enough to check bracket balance (so a filter cannot break out of the
// batched program it is placed in) and to scan filters for trace warnings. Not a parser.

#include <QList>
#include <QString>

namespace ad {

struct JqToken {
    enum class Kind { Ident, Field, Var, Format, Number, String, Punct };
    Kind kind = Kind::Punct;
    QString text;        // Field: the name without the dot; String: the decoded-ish literal text
    qsizetype pos = 0;   // index in the filter
};

struct JqLexResult {
    QList<JqToken> tokens;
    bool balanced = true;  // (), [], {}, string literals and \( ) interpolations all closed
};

JqLexResult lexJq(const QString &program);

}  // namespace ad
