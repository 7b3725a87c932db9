// SchemaChecker: what to say when no oneOf/anyOf branch matched.
#include "validate/schemanode.h"

#include <algorithm>
#include <tuple>

namespace ad {

using namespace schemadetail;

// No branch matched: report what is wrong in terms of the branch the value evidently meant,
// never as "oneOf failed".
//  1. A key whose value every branch rejects (operation "UPDATE", type "SLACK") is reported once,
//     with the values any branch would take. When it is the discriminator (every branch rejects
//     its value, or branches allow different values) nothing else is said.
//  2. A key every branch requires is reported once (an invocationMethod without `type`).
//  3. The rest comes from the best-fitting branch: fewest discriminator conflicts, fewest keys it
//     does not know, most of the value's keys it declares, fewest errors.
void SchemaChecker::Impl::reportBestBranch(const std::vector<const Node *> &branches, const JsonValue &v,
                                           const Path *path, SchemaErrors *out) const
{
    std::vector<const Node *> candidates;
    unsigned wanted = 0;
    for (const Node *b : branches) {
        const unsigned t = effectiveTypes(b);
        wanted |= t;
        if (t == 0 || (t & typeBitOf(v)))
            candidates.push_back(b);
    }
    if (candidates.empty()) {
        SchemaError e = makeError(SchemaError::Kind::Type, path, v);
        e.allowed = typeNames(wanted);
        out->append(e);
        return;
    }
    std::vector<SchemaErrors> errs(candidates.size());
    for (size_t i = 0; i < candidates.size(); ++i)
        eval(candidates[i], v, path, &errs[i]);

    const QStringList here = tokensOf(path);
    auto isChild = [&](const SchemaError &e, const QString &key) {
        return e.path.size() == here.size() + 1 && e.path.last() == key
               && std::equal(here.begin(), here.end(), e.path.begin());
    };
    auto isUnder = [&](const SchemaError &e, const QString &key) {
        return e.path.size() > here.size() && e.path.at(here.size()) == key
               && std::equal(here.begin(), here.end(), e.path.begin());
    };
    auto isOwn = [&](const SchemaError &e, SchemaError::Kind kind, const QString &key) {
        return e.kind == kind && e.key == key && e.path == here;
    };
    auto declared = [](const Node *b, const QString &key) {
        return b->property(key) || (b->ref && b->ref->property(key));
    };

    QStringList handled;
    bool stop = false;
    if (v.isObject()) {
        for (const JsonMember &m : v.members()) {
            bool allReject = true, byValue = true;
            const SchemaError *first = nullptr;
            QStringList allowed;
            int valueBranches = 0;
            QList<QStringList> enumSets;
            for (const SchemaErrors &be : errs) {
                const SchemaError *valueError = nullptr;
                bool unknown = false;
                for (const SchemaError &e : be) {
                    if ((e.kind == SchemaError::Kind::Enum || e.kind == SchemaError::Kind::Type) && isChild(e, m.key)) {
                        valueError = &e;
                        break;
                    }
                    unknown |= isOwn(e, SchemaError::Kind::UnknownKey, m.key);
                }
                if (!valueError && !unknown) {
                    allReject = false;
                    break;
                }
                if (!valueError) {
                    byValue = false;
                    continue;
                }
                if (!first)
                    first = valueError;
                if (valueError->kind == SchemaError::Kind::Enum && !enumSets.contains(valueError->allowed))
                    enumSets << valueError->allowed;
                if (valueError->kind == first->kind) {
                    ++valueBranches;
                    for (const QString &a : valueError->allowed)
                        if (!allowed.contains(a))
                            allowed << a;
                }
            }
            if (!allReject || !first)
                continue;
            SchemaError e = *first;
            if (valueBranches > 1 && e.kind == SchemaError::Kind::Enum)
                std::sort(allowed.begin(), allowed.end());
            e.allowed = allowed;
            out->append(e);
            handled << m.key;
            // A key whose allowed values differ per branch (trigger `operation`, rule `operator`)
            // decides the branch: with it wrong, the branches' other complaints are guesses.
            stop |= byValue || enumSets.size() > 1;
        }
        for (const SchemaError &e : errs.front()) {
            if (e.kind != SchemaError::Kind::Required || e.path != here || handled.contains(e.key))
                continue;
            bool everywhere = true;
            for (size_t i = 1; i < errs.size() && everywhere; ++i)
                everywhere = std::any_of(errs[i].begin(), errs[i].end(), [&](const SchemaError &o) {
                    return isOwn(o, SchemaError::Kind::Required, e.key);
                });
            if (!everywhere || candidates.size() < 2)
                continue;
            SchemaError r = e;
            for (const Node *b : candidates) {
                const Node *p = b->property(e.key);
                if (!p && b->ref)
                    p = b->ref->property(e.key);
                if (p && p->hasEnum)
                    for (const QJsonValue &ev : p->enumValues)
                        if (!r.allowed.contains(displayEnumValue(ev)))
                            r.allowed << displayEnumValue(ev);
            }
            std::sort(r.allowed.begin(), r.allowed.end());
            out->append(r);
            handled << e.key;
            // Without its discriminator the branches' other complaints are guesses.
            stop |= !r.allowed.isEmpty();
        }
    }
    if (stop)
        return;

    auto relevant = [&](const SchemaError &e) {
        for (const QString &k : handled)
            if (isUnder(e, k) || (e.path == here && e.key == k))
                return false;
        return true;
    };
    size_t best = 0;
    std::tuple<qsizetype, qsizetype, qsizetype, qsizetype> bestScore;
    for (size_t i = 0; i < errs.size(); ++i) {
        qsizetype conflicts = 0, unknown = 0, count = 0, known = 0;
        for (const SchemaError &e : errs[i]) {
            if (!relevant(e))
                continue;
            ++count;
            if ((e.kind == SchemaError::Kind::Enum || e.kind == SchemaError::Kind::Type) && e.path.size() == here.size() + 1)
                ++conflicts;
            else if (e.kind == SchemaError::Kind::UnknownKey && e.path == here)
                ++unknown;
        }
        if (v.isObject())
            for (const JsonMember &m : v.members())
                known += declared(candidates[i], m.key) ? 1 : 0;
        const auto score = std::make_tuple(conflicts, unknown, -known, count);
        if (i == 0 || score < bestScore) {
            best = i;
            bestScore = score;
        }
    }
    for (const SchemaError &e : errs[best])
        if (relevant(e))
            out->append(e);
}

}  // namespace ad
