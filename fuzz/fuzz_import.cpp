// Importer fuzz target: bytes -> ActionFile -> validate every action -> canonical export -> re-import.
// The export must parse again and be a fixed point of the canonical form.
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "model/actionfile.h"
#include "validate/validator.h"

#include <cstdint>
#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    ad::ActionFile file = ad::ActionFile::fromBytes(bytes, QStringLiteral("fuzz.json"));
    if (!file.ok())
        return 0;
    const QStringList pointers = file.actionPointers();
    for (qsizetype i = 0; i < pointers.size(); ++i)
        if (const ad::JsonValue *a = file.action(i))
            (void)ad::validateAction(*a, pointers.at(i));
    const QByteArray once = file.toBytes();
    const ad::JsonParseResult again = ad::parseJson(once);
    if (!again.ok())
        abort();  // our own export must always parse
    if (ad::writeJson(again.value) != once)
        abort();  // canonical form is a fixed point
    (void)ad::toCompactJs(again.value);
    return 0;
}
