#pragma once
// Port's template rules over in-process libjq with a compile cache, for table tests of trusted
// templates (the worker path is covered by tst_templateengine).
#include "json/jsonwriter.h"
#include "template/jqprogram.h"
#include "template/porttemplate.h"

#include <QHash>

#include <memory>

namespace localjq {

inline ad::JqResult evaluate(const QString &program, const ad::JsonValue &input)
{
    static QHash<QString, std::shared_ptr<ad::JqProgram>> cache;
    auto &p = cache[program];
    if (!p) {
        p = std::make_shared<ad::JqProgram>();
        p->compile(program);
    }
    return p->first(input);
}

inline ad::RenderOutput render(const ad::JsonValue &tpl, const ad::JsonValue &ctx)
{
    ad::PortRenderer r([&](const QString &program) { return evaluate(program, ctx); });
    r.setWarningContext(&ctx);
    return r.render(tpl);
}

// Port's output as one line: the compact JSON, "undefined", or "error: <fatal error>".
inline QString summary(const ad::RenderOutput &out)
{
    if (!out.fatalError.isEmpty())
        return QLatin1String("error: ") + out.fatalError;
    if (out.undefined)
        return QStringLiteral("undefined");
    return QString::fromUtf8(ad::toCompactJs(out.value));
}

}  // namespace localjq
