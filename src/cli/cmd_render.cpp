// `action-designer render`: Port's template rendering from the command line.
//   render --context CTX.json --template TPL.json [--strict] [--timeout MS]   -> compact JSON, one line
//   render ACTION.json [--scenario NAME] [--context CTX.json] [--action ID]   -> the rendered invocationMethod
#include "cli/cli.h"
#include "cli/rendercontext.h"

#include "json/jsonwriter.h"
#include "secret/secretmask.h"
#include "template/templateengine.h"
#include "template/tracejson.h"

namespace ad::cli {

namespace {

struct RenderArgs {
    QString context, tpl, scenario, action, file, timeout;
    bool strict = false;
    bool hasTimeout = false;
    bool reveal = false;
    QString error;
};

RenderArgs parseArgs(const QStringList &args)
{
    RenderArgs a;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &s = args.at(i);
        auto next = [&]() -> QString {
            if (i + 1 >= args.size()) {
                a.error = QStringLiteral("%1 needs a value").arg(s);
                return {};
            }
            return args.at(++i);
        };
        if (s == QLatin1String("--context"))
            a.context = next();
        else if (s == QLatin1String("--template"))
            a.tpl = next();
        else if (s == QLatin1String("--scenario"))
            a.scenario = next();
        else if (s == QLatin1String("--action"))
            a.action = next();
        else if (s == QLatin1String("--timeout")) {
            a.timeout = next();
            a.hasTimeout = true;
        } else if (s == QLatin1String("--strict"))
            a.strict = true;
        else if (s == QLatin1String("--reveal-secrets"))
            a.reveal = true;
        else if (s.startsWith(QLatin1Char('-')))
            a.error = QStringLiteral("unknown option %1").arg(s);
        else if (a.file.isEmpty())
            a.file = s;
        else
            a.error = QStringLiteral("unexpected argument %1").arg(s);
        if (!a.error.isEmpty())
            break;
    }
    return a;
}

const char *kUsage =
    "Usage: action-designer render --context CTX.json --template TPL.json [--strict] [--timeout MS]\n"
    "                              [--reveal-secrets]\n"
    "       action-designer render ACTION.json [--scenario NAME] [--context CTX.json] [--action ID]\n"
    "                              [--timeout MS] [--reveal-secrets]\n"
    "  --timeout MS       stop a template after MS milliseconds, 1 to 600000 (default 5000, Port's limit);\n"
    "                     all templates of the render share twice that: once it has passed, the\n"
    "                     templates not run yet fail at once as timed out\n"
    "  --reveal-secrets   print the context's secrets; otherwise they (and their URL-encoded, base64\n"
    "                     and JSON-escaped forms) print as ********\n";

}  // namespace

int cmdRender(Context &ctx)
{
    if (ctx.args.contains(QStringLiteral("--help"))) {
        ctx.out << kUsage;
        return Ok;
    }
    const RenderArgs a = parseArgs(ctx.args);
    if (!a.error.isEmpty() || (a.tpl.isEmpty() && a.file.isEmpty()) || (!a.tpl.isEmpty() && !a.file.isEmpty()))
        return usageError(ctx, a.error.isEmpty() ? QStringLiteral("give --template TPL.json or ACTION.json") : a.error,
                          QString::fromLatin1(kUsage));
    qint64 timeoutMs = 5000;  // Port's own limit; the preview uses 2 s
    if (a.hasTimeout && !parseNumber(ctx, QStringLiteral("--timeout"), a.timeout, 1, kMaxTimeoutMs, "milliseconds", &timeoutMs))
        return BadInput;
    TemplateEngine engine;
    RenderOptions options;
    options.timeoutMs = int(timeoutMs);
    options.warnings = false;
    Located error;
    JsonValue tpl, context;
    const bool actionMode = a.tpl.isEmpty();
    if (!actionMode) {
        if (!loadJsonFile(a.tpl, &tpl, &error) || (!a.context.isEmpty() && !loadJsonFile(a.context, &context, &error))) {
            report(ctx, error);
            return BadInput;
        }
        if (a.context.isEmpty())
            context = JsonValue::object();
    } else {
        LoadedAction action;
        QStringList contextWarnings;
        if (!loadAction(a.file, a.action, &action, &error)
            || !renderContextFor(action, a.file, a.scenario, a.context, engine, &context, &error, &contextWarnings)) {
            report(ctx, error);
            return BadInput;
        }
        for (const QString &w : std::as_const(contextWarnings))
            report(ctx, {a.file, {}, maskSecrets(w, a.reveal ? QStringList() : secretValuesIn(context))}, Diagnostic::Severity::Info);
        tpl = action.action.value(u"invocationMethod");
        options.pointerPrefix = action.pointer + QLatin1String("/invocationMethod");
    }
    const RenderOutput out = engine.renderSync(tpl, context, options);
    const QString source = actionMode ? a.file : a.tpl;
    const SecretMasker masker(a.reveal ? QStringList() : secretValuesIn(context));
    if (!out.fatalError.isEmpty()) {
        report(ctx, {source, {}, masker.mask(out.fatalError)});
        return Failed;
    }
    for (const TemplateTrace &t : out.traces)
        if (!t.error.isEmpty())
            report(ctx, {source, {}, masker.mask(describeFailure(t)) + QStringLiteral(" (rendered as null)")}, Diagnostic::Severity::Warning);
    if (out.undefined) {
        ctx.out << "undefined\n";
    } else if (actionMode) {
        JsonWriteOptions pretty;
        pretty.keepSourceText = false;
        ctx.out << QString::fromUtf8(masker.mask(writeJson(out.value, pretty)));
    } else {
        ctx.out << QString::fromUtf8(masker.mask(toCompactJs(out.value))) << '\n';
    }
    return a.strict && out.failedCount() > 0 ? Failed : Ok;
}

}  // namespace ad::cli
