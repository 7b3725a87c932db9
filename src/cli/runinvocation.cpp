#include "cli/runinvocation.h"

namespace ad::cli {

// Filled in once the template engine and the invocation builder are merged.
bool renderForRun(const RunInvocationRequest &, RenderedInvocation *, QString *, QString *error)
{
    *error = QStringLiteral("rendering actions is not available in this build yet");
    return false;
}

}  // namespace ad::cli
