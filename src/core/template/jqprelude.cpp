#include "template/jqprelude.h"

#include <QSet>

#include <vector>

namespace ad {

namespace {

// One entry per change in Port's snapshot after jq 1.7.1 (jq's changelog and test suite, 2024):
// name, then its definition. Helpers start with _ad_ so no template can collide with them.
struct Def {
    const char *name;
    const char *jq;
};

const Def kDefs[] = {
    // Unicode White_Space, as jq's jvp_codepoint_is_whitespace.
    {nullptr, "def _ad_ws: (. >= 9 and . <= 13) or . == 32 or . == 133 or . == 160 or . == 5760"
              " or (. >= 8192 and . <= 8202) or . == 8232 or . == 8233 or . == 8239 or . == 8287 or . == 12288;"},
    {nullptr, "def _ad_trim($l; $r): explode | . as $c"
              " | (if $l then (first(range(0; $c | length) | select($c[.] | _ad_ws | not)) // ($c | length)) else 0 end) as $s"
              " | (if $r then (first(range(($c | length) - 1; $s - 1; -1) | select($c[.] | _ad_ws | not)) // ($s - 1)) + 1"
              " else ($c | length) end) as $e | $c[$s:$e] | implode;"},
    // trim, ltrim, rtrim: new builtins; non-strings fail with jq's message.
    {"trim", "def trim: if type == \"string\" then _ad_trim(true; true) else error(\"trim input must be a string\") end;"},
    {"ltrim", "def ltrim: if type == \"string\" then _ad_trim(true; false) else error(\"trim input must be a string\") end;"},
    {"rtrim", "def rtrim: if type == \"string\" then _ad_trim(false; true) else error(\"trim input must be a string\") end;"},
    // add(f): new (add/0 is unchanged).
    {"add/1", "def add(f): reduce f as $x (null; . + $x);"},
    // skip(n; f): new.
    {"skip/2", "def skip($n; f): if $n > 0 then foreach f as $x ($n; . - 1; if . < 0 then $x else empty end)"
               " elif $n == 0 then f else error(\"skip doesn't support negative count\") end;"},
    // last(empty) yields nothing (1.7.1: null).
    {"last/1", "def last(f): reduce f as $x ([]; [$x]) | .[];"},
    // ltrimstr/rtrimstr fail on non-string input or argument (1.7.1 passed the input through).
    {"ltrimstr", "def ltrimstr($x): if startswith($x) then .[$x | length:] end;"},
    {"rtrimstr", "def rtrimstr($x): if endswith($x) then .[:length - ($x | length)] end;"},
    // indices/index/rindex on strings count codepoints (1.7.1: bytes), overlapping matches included.
    {nullptr, "def _ad_strindices($i): explode as $h | ($i | explode) as $n | ($n | length) as $k"
              " | if $k == 0 then [] else [range(0; ($h | length) - $k + 1) | select($h[.:. + $k] == $n)] end;"},
    {"indices", "def indices($i): if type == \"array\" and ($i | type) == \"array\" then .[$i]"
                " elif type == \"array\" then .[[$i]]"
                " elif type == \"string\" and ($i | type) == \"string\" then _ad_strindices($i)"
                " else .[$i] end;"},
    {"index", "def index($i): indices($i) | .[0];"},
    {"rindex", "def rindex($i): indices($i) | .[-1:][0];"},
    // mktime takes "broken down time" arrays shorter than 8 (1.7.1 needs all 8; missing fields are 0).
    {nullptr, "def _ad_mktime: mktime;"},
    {"mktime", "def mktime: if type == \"array\" and length < 8 then . + [range(8 - length) | 0] end | _ad_mktime;"},
    // @base32d and @urid: formats the snapshot has. A format is a call of format/1, so redefining
    // format/1 adds them; every other format goes to jq's own.
    {nullptr, "def _ad_trunc: tojson | if length > 14 then .[0:11] + \"...\" end;"},  // jq's 15-byte error buffer
    {nullptr, "def _ad_u8len: if . < 192 then 1 elif . < 224 then 2 elif . < 240 then 3 else 4 end;"},
    {nullptr, "def _ad_cp: . as $b | length as $l"
              " | if $l == 1 then (if $b[0] < 128 then $b[0] else null end)"
              " elif any($b[1:][]; . < 128 or . >= 192) then null"
              " elif $l == 2 and $b[0] >= 194 then ($b[0] - 192) * 64 + $b[1] - 128"
              " elif $l == 3 then (($b[0] - 224) * 4096 + ($b[1] - 128) * 64 + $b[2] - 128)"
              " | if . < 2048 or (. >= 55296 and . < 57344) then null end"
              " elif $l == 4 and $b[0] < 245 then (($b[0] - 240) * 262144 + ($b[1] - 128) * 4096 + ($b[2] - 128) * 64 + $b[3] - 128)"
              " | if . < 65536 or . > 1114111 then null end"
              " else null end;"},
    // Bytes to a string; invalid UTF-8 becomes U+FFFD, as jq's strings do.
    {nullptr, "def _ad_utf8: . as $b | reduce range(0; $b | length) as $i ({o: [], k: 0};"
              " if .k > 0 then .k -= 1 else ($b[$i] | _ad_u8len) as $l | ($b[$i:$i + $l] | if length == $l then _ad_cp else null end) as $cp"
              " | if $cp == null then .o += [65533] else .o += [$cp] | .k = $l - 1 end end) | .o | implode;"},
    {nullptr, "def _ad_base32d: tostring | . as $s | explode | .[:(.[[61]][0] // length)]"
              " | map(if . >= 65 and . <= 90 then . - 65 elif . >= 50 and . <= 55 then . - 24 else null end)"
              " | if any(.[]; . == null) then \"string (\" + ($s | _ad_trunc) + \") is not valid base32 data\" | error"
              " else reduce .[] as $v ({b: 0, n: 0, o: []}; .b = .b * 32 + $v | .n += 5"
              " | if .n >= 8 then .n -= 8 | .o += [(.b / pow(2; .n) | floor) % 256] | .b = .b % pow(2; .n) end) | .o | _ad_utf8 end;"},
    {nullptr, "def _ad_hexv: if . >= 48 and . <= 57 then . - 48 elif . >= 97 and . <= 102 then . - 87"
              " elif . >= 65 and . <= 70 then . - 55 else null end;"},
    {nullptr, "def _ad_urid: tostring | . as $s | explode as $c | ($c | length) as $n"
              " | def hx($i): if $i + 2 < $n and $c[$i] == 37 then ($c[$i + 1] | _ad_hexv) as $h | ($c[$i + 2] | _ad_hexv) as $l"
              " | if $h == null or $l == null then null else $h * 16 + $l end else null end;"
              " try (reduce range(0; $n) as $i ({o: [], k: 0}; if .k > 0 then .k -= 1 elif $c[$i] != 37 then .o += [$c[$i]]"
              " else (hx($i) // error(\"\")) as $b0 | ($b0 | _ad_u8len) as $l"
              " | ([range(0; $l) as $j | hx($i + 3 * $j) // error(\"\")] | _ad_cp // error(\"\")) as $cp"
              " | .o += [$cp] | .k = 3 * $l - 1 end) | .o | implode)"
              " catch (\"string (\" + ($s | _ad_trunc) + \") is not a valid uri encoding\" | error);"},
    {nullptr, "def _ad_format($f): format($f);"},
    {"format", "def format($f): if $f == \"urid\" then _ad_urid elif $f == \"base32d\" then _ad_base32d else _ad_format($f) end;"},
    // have_literal_numbers: new; number literals keep their digits in this build, as in Port's.
    {"have_literal_numbers", "def have_literal_numbers: true;"},
    // pow10 was removed (exp10 stays): Port fails to compile it; here it fails when run.
    {"pow10", "def pow10: error(\"pow10/0 is not defined (removed from Port's jq; use exp10)\");"},
};

}  // namespace

const QString &jqPrelude()
{
    static const QString text = [] {
        QString s;
        for (const Def &d : kDefs)
            s += QLatin1String(d.jq) + QLatin1Char(' ');
        return s;
    }();
    return text;
}

namespace {

// jq's identifiers: [a-zA-Z_][a-zA-Z_0-9]* (so "étrim" still reaches trim, as jq would lex it).
bool isWordStart(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 'a' && u <= 'z') || (u >= 'A' && u <= 'Z') || u == '_';
}
bool isWordChar(QChar c) { return isWordStart(c) || (c.unicode() >= '0' && c.unicode() <= '9'); }

// Calls `f` with every identifier-like word of `text` (names, keywords, field and variable names:
// more than jq would bind, never fewer).
template <typename F> void forEachWord(QStringView text, F f)
{
    for (qsizetype i = 0; i < text.size();) {
        if (!isWordStart(text.at(i))) {
            ++i;
            continue;
        }
        qsizetype j = i + 1;
        while (j < text.size() && isWordChar(text.at(j)))
            ++j;
        f(text.mid(i, j - i));
        i = j;
    }
}

struct Parsed {
    QString name;         // what the definition binds ("trim", "_ad_ws", ...)
    QString text;         // the definition
    QSet<QString> words;  // what it may call
};

const std::vector<Parsed> &parsedDefs()
{
    static const std::vector<Parsed> defs = [] {
        std::vector<Parsed> out;
        for (const Def &d : kDefs) {
            Parsed p;
            p.text = QLatin1String(d.jq);
            const qsizetype from = p.text.indexOf(QLatin1Char(' ')) + 1;  // after "def "
            qsizetype to = from;
            while (to < p.text.size() && isWordChar(p.text.at(to)))
                ++to;
            p.name = p.text.mid(from, to - from);
            forEachWord(QStringView(p.text).mid(to), [&](QStringView w) { p.words.insert(w.toString()); });
            out.push_back(std::move(p));
        }
        return out;
    }();
    return defs;
}

}  // namespace

QString jqPreludeFor(const QString &program)
{
    const std::vector<Parsed> &defs = parsedDefs();
    static const QSet<QString> names = [&] {
        QSet<QString> s;
        for (const Parsed &p : defs)
            s.insert(p.name);
        return s;
    }();
    QSet<QString> needed;
    forEachWord(program, [&](QStringView w) {
        if (names.contains(w.toString()))
            needed.insert(w.toString());
    });
    // A format (@base32d, @urid, @json "\(x)") is a call of format/1, which the prelude redefines.
    if (program.contains(QLatin1Char('@')))
        needed.insert(QStringLiteral("format"));
    if (needed.isEmpty())
        return QString();
    // A definition only calls earlier ones (or builtins), so one pass from the end closes the set.
    std::vector<bool> keep(defs.size(), false);
    for (size_t k = defs.size(); k-- > 0;) {
        if (!needed.contains(defs[k].name))
            continue;
        keep[k] = true;
        for (const QString &w : defs[k].words)
            if (names.contains(w))
                needed.insert(w);
    }
    QString out;
    for (size_t k = 0; k < defs.size(); ++k)
        if (keep[k])
            out += defs[k].text + QLatin1Char(' ');
    return out;
}

QStringList jqPreludeNames()
{
    QStringList out;
    for (const Def &d : kDefs)
        if (d.name)
            out << QLatin1String(d.name);
    return out;
}

QString jqEngineVersion() { return QStringLiteral(AD_JQ_VERSION); }

}  // namespace ad
