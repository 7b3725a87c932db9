// `action-designer --jq-worker`: the out-of-process jq evaluator (see core/template/jqworker.h).
#include "cli/cli.h"

#include "template/jqworker.h"

namespace ad::cli {

int jqWorkerMain(Context &ctx)
{
    int cacheSize = 256;
    const qsizetype i = ctx.args.indexOf(QStringLiteral("--cache-size"));
    if (i >= 0 && i + 1 < ctx.args.size())
        cacheSize = ctx.args.at(i + 1).toInt();
    return ad::runJqWorker(0, 1, cacheSize);
}

}  // namespace ad::cli
