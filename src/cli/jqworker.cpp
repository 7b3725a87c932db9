// `action-designer --jq-worker`: the out-of-process jq evaluator (see core/template/jqworker.h).
#include "cli/cli.h"
#include "cli/report.h"

#include "template/jqworker.h"

namespace ad::cli {

int jqWorkerMain(Context &ctx)
{
    qint64 cacheSize = 256;
    const qsizetype i = ctx.args.indexOf(QStringLiteral("--cache-size"));
    if (i >= 0 && i + 1 < ctx.args.size()
        && !parseNumber(ctx, QStringLiteral("--cache-size"), ctx.args.at(i + 1), 0, 1 << 20, "programs", &cacheSize))
        return BadInput;
    qint64 parent = 0;
    const qsizetype p = ctx.args.indexOf(QStringLiteral("--parent"));
    if (p >= 0 && p + 1 < ctx.args.size()
        && !parseNumber(ctx, QStringLiteral("--parent"), ctx.args.at(p + 1), 1, 1LL << 22, "a process id", &parent))
        return BadInput;
    return ad::runJqWorker(0, 1, int(cacheSize), parent);
}

}  // namespace ad::cli
