// Template renderer fuzz target: bytes -> a template value -> Port's rules (scanning, quote rule,
// keys, spreadValue, JS object semantics) -> JSON.stringify. The jq step is a deterministic fake
// derived from the program text: real libjq costs ~27 ms per compile, which would starve the fuzzer,
// and libjq's own crashes are contained by the worker process, not by this code.
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "template/porttemplate.h"

#include <cstdint>
#include <cstdlib>

namespace {
ad::JqResult fakeEvaluate(const QString &program)
{
    const uint h = qHash(program);
    switch (h % 6) {
    case 0: return ad::JqResult::ofValue(ad::JsonValue::fromString(program.right(8)));
    case 1: return ad::JqResult::ofValue(ad::JsonValue::fromDouble(double(h) / 7.0));
    case 2: {
        ad::JsonValue o = ad::JsonValue::object();
        o.set(QString::number(h % 11), ad::JsonValue::fromBool(true));
        o.set(QStringLiteral("k"), ad::JsonValue());
        return ad::JqResult::ofValue(o);
    }
    case 3: return ad::JqResult::undefined();
    case 4: return ad::JqResult::failure(QStringLiteral("jq: error (at <unknown>): fake"));
    default: return ad::JqResult::ofValue(ad::JsonValue::array());
    }
}
}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ad::JsonParseResult parsed = ad::parseJson(bytes);
    // Not JSON: treat the bytes as one template string, the common case in the editor.
    const ad::JsonValue tpl = parsed.ok() ? parsed.value : ad::JsonValue::fromString(QString::fromUtf8(bytes));
    (void)ad::collectPrograms(tpl);
    ad::PortRenderer renderer(&fakeEvaluate);
    const ad::RenderOutput out = renderer.render(tpl);
    const QByteArray json = ad::toCompactJs(out.value);
    if (!out.undefined && out.fatalError.isEmpty() && !ad::parseJson(json).ok())
        abort();  // a successful render must serialise to valid JSON
    return 0;
}
