#include "validate/schemamessages.h"

#include "backend/backends.h"
#include "json/jsonpointer.h"
#include "validate/schemaphrases.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad {

namespace {

using Kind = SchemaError::Kind;
using namespace schemaphrases;

const QStringList &serverFields()
{
    static const QStringList f{QStringLiteral("id"), QStringLiteral("createdAt"), QStringLiteral("createdBy"),
                               QStringLiteral("updatedAt"), QStringLiteral("updatedBy")};
    return f;
}

struct Out {
    const QString &prefix;
    Diagnostics &list;
    void add(const QString &code, const QString &message, const QStringList &tokens, const SourcePos &pos)
    {
        Diagnostic d;
        d.severity = Diagnostic::Severity::Error;
        d.code = code;
        d.message = message;
        d.pointer = prefix + jsonPointer(tokens);
        if (d.pointer.isNull())
            d.pointer = QStringLiteral("");  // the action itself: printed as [/]
        d.pos = pos;
        list << d;
    }
};

void describeOne(const JsonValue &action, const SchemaError &e, Out &out)
{
    const QStringList &t = e.path;
    const JsonValue *obj = resolveTokens(action, t, t.size());
    switch (e.kind) {
    case Kind::Required: {
        QStringList oneOf = e.allowed;
        if (t == QStringList{QStringLiteral("trigger")} && e.key == u"operation")
            oneOf = QStringList{QStringLiteral("CREATE"), QStringLiteral("DAY-2"), QStringLiteral("DELETE")};
        const QString msg = oneOf.isEmpty()
                                ? QCoreApplication::translate("ad::SchemaMessages", "%1 needs '%2'").arg(requiredSubject(t, obj), e.key)
                                : QCoreApplication::translate("ad::SchemaMessages", "%1 needs '%2' (one of %3)")
                                      .arg(requiredSubject(t, obj), e.key, oneOf.join(QStringLiteral(", ")));
        out.add(QStringLiteral("required"), msg, t + QStringList{e.key}, e.pos);
        return;
    }
    case Kind::UnknownKey: {
        const QStringList at = t + QStringList{e.key};
        if (t.size() == 1 && t.first() == u"trigger" && e.key == u"condition"
            && stringAt(obj, "operation") == u"CREATE") {
            out.add(QStringLiteral("one-of"),
                    QCoreApplication::translate("ad::SchemaMessages", "'condition' is only allowed for DAY-2 and DELETE actions"), at, e.pos);
            return;
        }
        if (!t.isEmpty() && t.last() == u"userInputs" && (e.key == u"order" || e.key == u"steps") && obj
            && obj->contains(u"order") && obj->contains(u"steps")) {
            out.add(QStringLiteral("one-of"), QCoreApplication::translate("ad::SchemaMessages", "'order' and 'steps' cannot both be set"), at, e.pos);
            return;
        }
        if ((t.isEmpty() && e.key == u"userInputs")
            || (t == QStringList{QStringLiteral("invocationMethod")}
                && (e.key == u"omitPayload" || e.key == u"omitUserInputs"))) {
            const QString msg =
                e.key == u"userInputs"
                    ? QCoreApplication::translate("ad::SchemaMessages", "unknown key '%1' in %2: in the current format "
                                                                        "userInputs lives inside 'trigger' (`action-designer "
                                                                        "migrate FILE` converts v1 actions)")
                    : QCoreApplication::translate("ad::SchemaMessages", "unknown key '%1' in %2: it exists only in legacy "
                                                                        "v1 actions (`action-designer migrate FILE` converts "
                                                                        "v1 actions)");
            out.add(QStringLiteral("unknown-key"), msg.arg(e.key, plainContext(t, obj)), at, e.pos);
            return;
        }
        if (t.isEmpty() && serverFields().contains(e.key)) {
            out.add(QStringLiteral("unknown-key"),
                    QCoreApplication::translate("ad::SchemaMessages", "unknown key '%1' in the action: a server field "
                                                                      "Port returns but rejects on create and update "
                                                                      "(export --for-port strips it)")
                        .arg(e.key),
                    at, e.pos);
            return;
        }
        const QString guess = didYouMean(e.key, e.knownKeys);
        const QString msg =
            guess.isEmpty()
                ? QCoreApplication::translate("ad::SchemaMessages", "unknown key '%1' in %2 (Port rejects keys it does not know)")
                      .arg(e.key, plainContext(t, obj))
                : QCoreApplication::translate("ad::SchemaMessages", "unknown key '%1' in %2 (Port rejects keys it does not "
                                                                    "know); did you mean '%3'?")
                      .arg(e.key, plainContext(t, obj), guess);
        out.add(QStringLiteral("unknown-key"), msg, at, e.pos);
        return;
    }
    case Kind::Type:
        out.add(QStringLiteral("type"),
                mustBe(valueName(t), typePhrase(e.allowed), gotType(obj)), t,
                e.pos);
        return;
    case Kind::Enum: {
        if (t == QStringList{QStringLiteral("invocationMethod"), QStringLiteral("type")} && obj && obj->isString()) {
            const BackendDecl *b = findBackend(obj->toString());
            if (b && !b->inSchema) {
                out.add(QStringLiteral("alias-type"),
                        QCoreApplication::translate("ad::SchemaMessages", "invocationMethod type %1 appears in Port's "
                                                                          "guides but Port's API rejects it; use %2 with the "
                                                                          "same url, headers and body")
                            .arg(b->type, b->suggestInstead),
                        t, e.pos);
                return;
            }
        }
        const QString name = valueName(t);
        const QString msg = e.allowed.size() == 1
                                ? mustBe(name, e.allowed.first(), gotValue(obj))
                                : QCoreApplication::translate("ad::SchemaMessages", "%1 must be one of %2 (got %3)")
                                      .arg(name, e.allowed.join(QStringLiteral(", ")), gotValue(obj));
        out.add(QStringLiteral("enum"), msg, t, e.pos);
        return;
    }
    case Kind::Pattern: {
        if (t == QStringList{QStringLiteral("identifier")}) {
            const QString s = obj ? obj->toString() : QString();
            const QString msg = (s == u"." || s == u"..")
                                    ? QCoreApplication::translate("ad::SchemaMessages", "identifier may not be \".\" or \"..\"")
                                    : QCoreApplication::translate("ad::SchemaMessages", "identifier may only contain "
                                                                                        "letters, digits and @ _ . + : = - "
                                                                                        "(got %1)")
                                          .arg(gotValue(obj));
            out.add(QStringLiteral("pattern"), msg, t, e.pos);
            return;
        }
        if (isButtonText(t)) {
            out.add(QStringLiteral("pattern"), buttonTextMessage(t, obj), t, e.pos);
            return;
        }
        out.add(QStringLiteral("pattern"),
QCoreApplication::translate("ad::SchemaMessages", "%1 does not match the pattern %2 (got %3)").arg(valueName(t), e.detail, gotValue(obj)),
                t, e.pos);
        return;
    }
    case Kind::PropertyName: {
        const QStringList at = t + QStringList{e.key};
        if (isInputKeyContainer(t)) {
            const QString msg =
                t.last() == u"properties"
                    ? QCoreApplication::translate("ad::SchemaMessages", "input identifier '%1' may only contain A-Z, a-z, "
                                                                        "0-9 and @ _ = - \\")
                    : QCoreApplication::translate("ad::SchemaMessages", "titles key '%1' may only contain A-Z, a-z, 0-9 "
                                                                        "and @ _ = - \\");
            out.add(QStringLiteral("pattern"), msg.arg(e.key), at, e.pos);
            return;
        }
        out.add(QStringLiteral("pattern"),
QCoreApplication::translate("ad::SchemaMessages", "key '%1' in %2 does not match the pattern %3").arg(e.key, plainContext(t, obj), e.detail),
                at, e.pos);
        return;
    }
    case Kind::Length: {
        if (isButtonText(t)) {
            out.add(QStringLiteral("length"), buttonTextMessage(t, obj), t, e.pos);
            return;
        }
        const qsizetype got = obj && obj->isString() ? codePointLength(obj->toString()) : 0;
        QString bounds;
        if (e.minimum >= 0 && e.maximum >= 0)
            bounds = QCoreApplication::translate("ad::SchemaMessages", "%1-%2 characters")
                         .arg(qint64(e.minimum))
                         .arg(qint64(e.maximum));
        else if (e.minimum >= 0)
            bounds = QCoreApplication::translate("ad::SchemaMessages", "at least %n characters", nullptr, int(e.minimum));
        else
            bounds = QCoreApplication::translate("ad::SchemaMessages", "at most %n characters", nullptr, int(e.maximum));
        out.add(QStringLiteral("length"), mustBe(valueName(t), bounds, QString::number(got)),
                t, e.pos);
        return;
    }
    case Kind::Range: {
        QString bounds;
        if (!qIsNaN(e.minimum) && !qIsNaN(e.maximum))
            bounds = QCoreApplication::translate("ad::SchemaMessages", "between %1 and %2")
                         .arg(formatJsNumber(e.minimum), formatJsNumber(e.maximum));
        else if (!qIsNaN(e.minimum))
            bounds = QCoreApplication::translate("ad::SchemaMessages", "at least %1").arg(formatJsNumber(e.minimum));
        else
            bounds = QCoreApplication::translate("ad::SchemaMessages", "at most %1").arg(formatJsNumber(e.maximum));
        out.add(QStringLiteral("range"), mustBe(valueName(t), bounds, gotValue(obj)),
                t, e.pos);
        return;
    }
    case Kind::Format: {
        const QString what =
            e.detail == u"uri"         ? QCoreApplication::translate("ad::SchemaMessages", "an absolute URI (scheme://...)")
            : e.detail == u"date-time" ? QCoreApplication::translate("ad::SchemaMessages", "a date-time such as 2024-06-01T12:00:00Z")
                                       : e.detail;
        out.add(QStringLiteral("format"), mustBe(valueName(t), what, gotValue(obj)),
                t, e.pos);
        return;
    }
    case Kind::Dependency: {
        QStringList quoted;
        for (const QString &k : e.allowed)
            quoted << u'\'' + k + u'\'';
        out.add(QStringLiteral("dependency"),
QCoreApplication::translate("ad::SchemaMessages", "'%1' needs %2 in %3").arg(e.key, quoted.join(QStringLiteral(", ")), plainContext(t, obj)),
                t + QStringList{e.key}, e.pos);
        return;
    }
    case Kind::OneOfMany:
        out.add(QStringLiteral("one-of"),
                QCoreApplication::translate("ad::SchemaMessages", "%1 fits more than one of the shapes Port allows; remove "
                                                                  "the keys that make it ambiguous")
                    .arg(valueName(t)),
                t, e.pos);
        return;
    }
}

// Port's API nests the workflow fields of an INTEGRATION_ACTION in integrationActionExecutionProperties;
// some docs show them flat (PORT-SPEC §10.3). One error naming the fix instead of one per key.
bool describeFlatIntegrationAction(const JsonValue &action, SchemaErrors &errors, Out &out)
{
    const JsonValue *im = action.find(u"invocationMethod");
    if (stringAt(im, "type") != u"INTEGRATION_ACTION")
        return false;
    const BackendDecl *b = findBackend(QStringLiteral("INTEGRATION_ACTION"));
    const FieldDecl *group = b ? findField(*b, QStringLiteral("integrationActionExecutionProperties")) : nullptr;
    if (!group)
        return false;
    QStringList nestedKeys;
    for (const FieldDecl &f : group->children)
        nestedKeys << f.key;
    const QStringList here{QStringLiteral("invocationMethod")};
    QStringList flat;
    SourcePos firstPos;
    QStringList firstTokens;
    for (auto it = errors.begin(); it != errors.end();) {
        if (it->kind == Kind::UnknownKey && it->path == here && nestedKeys.contains(it->key)) {
            if (flat.isEmpty()) {
                firstPos = it->pos;
                firstTokens = here + QStringList{it->key};
            }
            flat << u'\'' + it->key + u'\'';
            it = errors.erase(it);
        } else {
            ++it;
        }
    }
    if (flat.isEmpty())
        return false;
    errors.erase(std::remove_if(errors.begin(), errors.end(),
                                [&](const SchemaError &e) {
                                    return e.kind == Kind::Required && e.path == here
                                           && e.key == u"integrationActionExecutionProperties";
                                }),
                 errors.end());
    out.add(QStringLiteral("flat-integration-action"),
            QCoreApplication::translate("ad::SchemaMessages", "INTEGRATION_ACTION needs %1 nested in "
                                                              "'integrationActionExecutionProperties', not flat under "
                                                              "invocationMethod (Port's API rejects the flat form some "
                                                              "docs show)")
                .arg(flat.join(QStringLiteral(", "))),
            firstTokens, firstPos);
    return true;
}

// A JQ condition on a self-service trigger (or a SEARCH one on an automation) fails every key of
// the other shape; one error that names the right shape says it better.
bool describeWrongConditionKind(const JsonValue &action, SchemaErrors &errors, Out &out)
{
    const JsonValue &trigger = action.value(u"trigger");
    const JsonValue *cond = trigger.find(u"condition");
    const QString kind = stringAt(cond, "type");
    const QString triggerType = stringAt(&trigger, "type");
    QString message;
    if (triggerType == u"self-service" && kind == u"JQ")
        message = QCoreApplication::translate("ad::SchemaMessages", "a self-service condition is a SEARCH query "
                                                                    "({\"type\": \"SEARCH\", \"combinator\", \"rules\"}) "
                                                                    "that picks the entities the action is offered for; "
                                                                    "JQ conditions belong to automations");
    else if (triggerType == u"automation" && kind == u"SEARCH")
        message = QCoreApplication::translate("ad::SchemaMessages", "an automation condition is a JQ condition "
                                                                    "({\"type\": \"JQ\", \"expressions\": [...], "
                                                                    "\"combinator\"}); SEARCH queries belong to "
                                                                    "self-service DAY-2/DELETE actions");
    else
        return false;
    const QStringList here{QStringLiteral("trigger"), QStringLiteral("condition")};
    const QStringList typeTokens = here + QStringList{QStringLiteral("type")};
    const bool found = std::any_of(errors.begin(), errors.end(), [&](const SchemaError &e) {
        return e.kind == Kind::Enum && e.path == typeTokens;
    });
    if (!found)
        return false;
    errors.erase(std::remove_if(errors.begin(), errors.end(),
                                [&](const SchemaError &e) { return e.path.mid(0, 2) == here; }),
                 errors.end());
    out.add(QStringLiteral("enum"), message, typeTokens, cond->value(u"type").pos());
    return true;
}

}  // namespace

Diagnostics describeSchemaErrors(const JsonValue &action, const SchemaErrors &errors, const QString &pointerPrefix)
{
    Diagnostics list;
    Out out{pointerPrefix, list};
    SchemaErrors rest = errors;
    describeFlatIntegrationAction(action, rest, out);
    describeWrongConditionKind(action, rest, out);
    for (const SchemaError &e : rest)
        describeOne(action, e, out);
    // The same failure can surface from several branches; say it once.
    Diagnostics unique;
    for (const Diagnostic &d : list) {
        const bool seen = std::any_of(unique.begin(), unique.end(), [&](const Diagnostic &u) {
            return u.pointer == d.pointer && u.code == d.code;
        });
        if (!seen)
            unique << d;
    }
    return unique;
}

}  // namespace ad