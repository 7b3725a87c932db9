#pragma once
// Port's template rules ({{ jq }} inside JSON values and keys) over JsonValue, reproduced from
// port-labs/jq-node-bindings (lib/template.js + lib/jq.js). Evaluation is delegated to a callback,
// so the same walk serves the worker-backed engine, in-process tests and tools.

#include "template/templatetypes.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace ad {

// One {{ }} in a string: the filter is text.mid(start, end - start); the braces begin at start - 2.
struct TemplateSpan {
    qsizetype start = 0;
    qsizetype end = 0;
};

struct TemplateScan {
    QList<TemplateSpan> spans;
    QString error;  // rule 1 error, as Port words it ("Found closing double braces in index 3 ...")
    bool ok() const { return error.isEmpty(); }
};

// Rule 1. Indexes are UTF-16 code units, like JavaScript's.
TemplateScan scanTemplates(const QString &text);
// Rule 4, quote part: Port's single-quote rewrite. *applied tells whether it changed anything.
QString applyQuoteRule(const QString &filter, bool *applied = nullptr);
// Rule 4: the exact program Port compiles for a filter ("def env: {}; {} as $ENV | " + ...).
QString portProgram(const QString &filter, bool *quoteRuleApplied = nullptr);
// Every program a render of tpl may evaluate (unique, in document order): RenderPlan::programs().
// Strings that fail to scan are skipped here; the render reports them.
QStringList collectPrograms(const JsonValue &tpl);

class RenderPlan;

// Runs Port's renderRecursively over tpl. evaluate(program) gets portProgram(filter).
class PortRenderer {
public:
    using Evaluator = std::function<JqResult(const QString &program)>;
    // Gets an index into the plan's programs().
    using IndexedEvaluator = std::function<JqResult(int program)>;
    PortRenderer() = default;
    explicit PortRenderer(Evaluator evaluate) : m_evaluate(std::move(evaluate)) {}
    // The context is only used for trace warnings (paths the scenario lacks).
    void setWarningContext(const JsonValue *context) { m_context = context; }
    void setPointerPrefix(const QString &prefix) { m_prefix = prefix; }

    RenderOutput render(const JsonValue &tpl);
    // The same render from a plan built earlier (renderplan.h): no template is scanned again.
    RenderOutput render(const RenderPlan &plan, const IndexedEvaluator &evaluate);

private:
    Evaluator m_evaluate;
    const JsonValue *m_context = nullptr;
    QString m_prefix;
};

}  // namespace ad
