#pragma once
// What rendering a template needs that does not depend on the context: every {{ }} with the program
// Port compiles for it, its pointer and source position and what its text alone earns in warnings,
// and the object members left after duplicate keys. Built once per template and rendered again for
// every mock-context change, so such a render neither scans, hashes nor lexes a template: it only
// runs the programs and puts the results in place (porttemplate.h).

#include "template/templatewarnings.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>
#include <vector>

namespace ad {

struct TemplateSpan;

// One {{ }} of a string.
struct PlanSite {
    qsizetype start = 0;  // the filter is text.mid(start, end - start)
    qsizetype end = 0;
    int program = -1;  // index into RenderPlan::programs()
    SourcePos pos;     // of the "{{" in the source file, when known
    QString filter;
    bool quoted = false;  // Port's quote rule changed the filter
    FilterLint lint;
};

// A string value or key.
struct PlanString {
    QString text;
    QString error;       // rule 1 (bad braces): the render fails when it reaches this string
    bool whole = false;  // rule 2: the string is one template, and the result keeps its type
    QList<PlanSite> sites;
};

struct PlanNode {
    enum class Kind { Literal, String, Array, Object };
    Kind kind = Kind::Literal;
    JsonValue literal;  // Literal: as JavaScript holds it (rule 10)
    PlanString string;  // String
    QString pointer;
    std::vector<PlanNode> children;  // Array items; Object member values
    // Object: one per child, in Object.entries order (the last duplicate wins, at the first one's place).
    struct Key {
        PlanString key;
        bool spread = false;   // "{{ spreadValue() }}"
        JsonValue spreadText;  // the member's value, for the error message when it is no object
    };
    std::vector<Key> keys;
    bool plainKeys = false;  // Object: no key holds a template or spreads, so the keys are the output's
};

class RenderPlan {
public:
    explicit RenderPlan(const JsonValue &tpl);

    // Every program a render may evaluate, unique, in document order.
    const QStringList &programs() const { return m_programs; }
    const PlanNode &root() const { return m_root; }
    // Built from this very template: same texts, escapes and source positions.
    bool builtFrom(const JsonValue &tpl) const;

    // The plan of tpl: reused from the last few renders in this thread while the template is the
    // same, built otherwise.
    static std::shared_ptr<const RenderPlan> of(const JsonValue &tpl);

private:
    JsonValue m_source;
    QStringList m_programs;
    PlanNode m_root;
};

}  // namespace ad
