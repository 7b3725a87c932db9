// `action-designer trace ACTION.json [--scenario NAME] [--context CTX.json] [--format json]
// [--reveal-secrets]`:
// every template of the action's invocationMethod with where it is, what it gave, how long it took,
// its error and its warnings.
#include "cli/cli.h"
#include "cli/rendercontext.h"

#include "json/jsonwriter.h"
#include "secret/secretmask.h"
#include "template/templateengine.h"
#include "template/tracejson.h"

namespace ad::cli {

namespace {
const char *kUsage = "Usage: action-designer trace ACTION.json [--scenario NAME] [--context CTX.json] [--action ID]\n"
                     "                              [--format text|json] [--timeout MS] [--reveal-secrets]\n"
                     "  --timeout MS       stop a template after MS milliseconds, 1 to 600000 (default 5000);\n"
                     "                     all templates of the trace share twice that\n"
                     "  --reveal-secrets   print the context's secrets; otherwise they (and their URL-encoded,\n"
                     "                     base64 and JSON-escaped forms) print as ********\n";
}

int cmdTrace(Context &ctx)
{
    QString file, scenario, contextPath, actionId, format = QStringLiteral("text");
    qint64 timeoutMs = 5000;
    bool reveal = false;
    const QStringList &args = ctx.args;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &s = args.at(i);
        const bool hasValue = i + 1 < args.size();
        if (s == QLatin1String("--help")) {
            ctx.out << kUsage;
            return Ok;
        } else if (s == QLatin1String("--scenario") && hasValue) {
            scenario = args.at(++i);
        } else if (s == QLatin1String("--context") && hasValue) {
            contextPath = args.at(++i);
        } else if (s == QLatin1String("--action") && hasValue) {
            actionId = args.at(++i);
        } else if (s == QLatin1String("--format") && hasValue) {
            format = args.at(++i);
        } else if (s.startsWith(QLatin1String("--format="))) {
            format = s.mid(9);
        } else if (s == QLatin1String("--reveal-secrets")) {
            reveal = true;
        } else if (s == QLatin1String("--timeout") && hasValue) {
            if (!parseNumber(ctx, s, args.at(++i), 1, kMaxTimeoutMs, "milliseconds", &timeoutMs))
                return BadInput;
        } else if (!s.startsWith(QLatin1Char('-')) && file.isEmpty()) {
            file = s;
        } else {
            return usageError(ctx, s.startsWith(QLatin1Char('-')) && !hasValue && s != QLatin1String("--")
                                       ? QStringLiteral("%1: unknown option, or it needs a value").arg(s)
                                       : QStringLiteral("unexpected argument '%1'").arg(s),
                              QString::fromLatin1(kUsage));
        }
    }
    if (file.isEmpty())
        return usageError(ctx, QStringLiteral("no ACTION.json given"), QString::fromLatin1(kUsage));
    if (format != QLatin1String("text") && format != QLatin1String("json"))
        return usageError(ctx, QStringLiteral("--format must be 'text' or 'json', not '%1'").arg(format),
                          QString::fromLatin1(kUsage));
    Located error;
    LoadedAction action;
    JsonValue context;
    QStringList contextWarnings;
    TemplateEngine engine;
    if (!loadAction(file, actionId, &action, &error) || !renderContextFor(action, file, scenario, contextPath, engine, &context, &error, &contextWarnings)) {
        report(ctx, error);
        return BadInput;
    }
    RenderOptions options;
    options.timeoutMs = int(timeoutMs);
    options.pointerPrefix = action.pointer + QLatin1String("/invocationMethod");
    const RenderOutput out = engine.renderSync(action.action.value(u"invocationMethod"), context, options);
    const SecretMasker masker(reveal ? QStringList() : secretValuesIn(context));

    if (format == QLatin1String("json")) {
        JsonWriteOptions pretty;
        pretty.keepSourceText = false;
        JsonValue doc = renderOutputToJson(out);
        JsonValue notes = JsonValue::array();
        for (const QString &w : std::as_const(contextWarnings))
            notes.append(JsonValue::fromString(w));
        doc.set(QStringLiteral("contextWarnings"), notes);
        ctx.out << QString::fromUtf8(masker.mask(writeJson(doc, pretty)));
        return out.fatalError.isEmpty() ? Ok : Failed;
    }
    // Built whole, then masked once: a secret may sit in a result, an error or a warning.
    QString text;
    QTextStream ts(&text);
    for (const QString &w : std::as_const(contextWarnings))
        ts << "context: " << w << '\n';
    for (const TemplateTrace &t : out.traces) {
        ts << (t.pointer.isEmpty() ? QStringLiteral("/") : t.pointer) << (t.inKey ? " (key)" : "");
        if (t.pos.isValid())
            ts << "  " << t.pos.line << ':' << t.pos.column;
        ts << "\n  {{" << t.filter << "}}\n";
        if (!t.error.isEmpty())
            ts << "  " << errorKind(t) << " error: " << t.error << " (renders as null)\n";
        else if (t.undefined)
            ts << "  -> undefined (no output)\n";
        else
            ts << "  -> " << QString::fromUtf8(toCompactJs(t.result)) << "  (" << t.resultType << ")\n";
        ts << "  " << QString::number(t.ms, 'f', 3) << " ms" << (t.timedOut ? " (timed out)" : "") << '\n';
        for (const QString &w : t.warnings)
            ts << "  warning: " << w << '\n';
    }
    ts << out.traces.size() << " template(s), " << out.failedCount() << " failed\n";
    ts.flush();
    ctx.out << masker.mask(text);
    if (!out.fatalError.isEmpty()) {
        report(ctx, {file, {}, masker.mask(out.fatalError)});
        return Failed;
    }
    return Ok;
}

}  // namespace ad::cli
