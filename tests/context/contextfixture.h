#pragma once
// What the context builder tests share: Port's example files and a stand-in for jq.

#include "context/contextbuilder.h"
#include "testjson.h"

#include <QFile>
#include <QHash>
#include <QRegularExpression>

#include <functional>

namespace contextfixture {

inline ad::JsonValue example(const QString &name)
{
    QFile f(QStringLiteral(AD_EXAMPLES_DIR "/") + name);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing example %s", qPrintable(name));
    return ad::testjson::parse(f.readAll());
}

// A stand-in for jq: plain paths (".a.b") are resolved, anything else comes from a table.
struct FakeJq {
    QHash<QString, std::function<ad::JqResult(const ad::JsonValue &)>> programs;
    QStringList calls;

    ad::JqEvaluator evaluator()
    {
        return [this](const QString &program, const ad::JsonValue &input) {
            calls << program;
            if (programs.contains(program))
                return programs.value(program)(input);
            static const QRegularExpression path(QStringLiteral(R"(^(\.[A-Za-z_][A-Za-z0-9_]*)+$)"));
            if (!path.match(program).hasMatch())
                return ad::JqResult::failure(QStringLiteral("fake jq: unknown program ") + program);
            const ad::JsonValue *v = &input;
            for (const QString &part : program.split(QLatin1Char('.'), Qt::SkipEmptyParts))
                v = &v->value(part);
            return ad::JqResult::ofValue(*v);
        };
    }

    // The same programs, answered in batches (as the engine's evaluateMany does).
    int batches = 0;
    ad::JqBatchEvaluator batchEvaluator()
    {
        return [this](const QStringList &programs, const ad::JsonValue &input) {
            ++batches;
            QList<ad::JqResult> results;
            const ad::JqEvaluator one = evaluator();
            for (const QString &p : programs)
                results << one(p, input);
            return results;
        };
    }
};

}  // namespace contextfixture
