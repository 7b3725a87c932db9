#include "app/document/textsplice.h"

#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

namespace ad::app {

namespace {

qsizetype scalarEnd(const QByteArray &utf8, qsizetype i)
{
    const qsizetype n = utf8.size();
    if (i >= n)
        return -1;
    if (utf8.at(i) == '"') {
        for (++i; i < n; ++i) {
            const char c = utf8.at(i);
            if (c == '\\')
                ++i;
            else if (c == '"')
                return i + 1;
        }
        return -1;
    }
    while (i < n) {
        const char c = utf8.at(i);
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\t' || c == '\r' || c == '\n')
            break;
        ++i;
    }
    return i;
}

// The whitespace that starts the line containing byte `at`.
QByteArray lineIndent(const QByteArray &utf8, qsizetype at)
{
    qsizetype lineStart = at;
    while (lineStart > 0 && utf8.at(lineStart - 1) != '\n')
        --lineStart;
    qsizetype e = lineStart;
    while (e < utf8.size() && (utf8.at(e) == ' ' || utf8.at(e) == '\t'))
        ++e;
    return utf8.mid(lineStart, e - lineStart);
}

}  // namespace

ByteRange valueRange(const QByteArray &utf8, const JsonValue &v)
{
    const qsizetype begin = v.pos().offset;
    if (!v.pos().isValid() || begin < 0 || begin >= utf8.size())
        return {};
    qsizetype end = -1;
    if (v.isContainer()) {
        const qsizetype close = v.endPos().offset;
        if (!v.endPos().isValid() || close < begin || close >= utf8.size())
            return {};
        end = close + 1;
    } else {
        end = scalarEnd(utf8, begin);
    }
    if (end < 0)
        return {};
    return {begin, end};
}

SpliceResult spliceValue(const QString &oldText, const JsonValue &oldValue, const JsonValue &newValue)
{
    const QByteArray utf8 = oldText.toUtf8();
    const ByteRange r = valueRange(utf8, oldValue);
    if (!r.isValid())
        return {};
    const QByteArray oldBytes = utf8.mid(r.begin, r.end - r.begin);
    if (const JsonParseResult was = parseJson(oldBytes); !was.ok() || was.value != oldValue)
        return {};

    JsonWriteOptions opt;
    opt.finalNewline = false;
    QByteArray written = writeJson(newValue, opt);
    const bool oldWasOneLine = !oldBytes.contains('\n');
    if (oldWasOneLine && newValue.isContainer() && !newValue.isEmpty() &&
        !QByteArrayView(utf8.constData(), r.begin).contains('\n')) {
        // A one-line file stays one line.
        opt.style = JsonWriteOptions::Style::Compact;
        written = writeJson(newValue, opt);
    } else {
        const QByteArray indent = lineIndent(utf8, r.begin);
        if (!indent.isEmpty())
            written.replace(QByteArray("\n"), QByteArray(QByteArray("\n") + indent));
    }
    if (const JsonParseResult now = parseJson(written); !now.ok() || now.value != newValue)
        return {};

    QByteArray out;
    out.reserve(utf8.size() - oldBytes.size() + written.size());
    out += QByteArrayView(utf8.constData(), r.begin);
    out += written;
    out += QByteArrayView(utf8.constData() + r.end, utf8.size() - r.end);
    return {true, QString::fromUtf8(out)};
}

}  // namespace ad::app
