#include "validate/schemamessages.h"

#include "backend/backends.h"
#include "json/jsonpointer.h"
#include "validate/lint.h"

#include <QCoreApplication>

#include <algorithm>

namespace ad {

namespace {

using Kind = SchemaError::Kind;

const JsonValue *resolveTokens(const JsonValue &root, const QStringList &tokens, qsizetype count)
{
    const JsonValue *cur = &root;
    for (qsizetype i = 0; i < count && cur; ++i) {
        const QString &t = tokens.at(i);
        if (cur->isObject()) {
            cur = cur->find(t);
        } else if (cur->isArray()) {
            bool ok = false;
            const qsizetype idx = t.toLongLong(&ok);
            cur = ok && idx >= 0 && idx < cur->size() ? &cur->at(idx) : nullptr;
        } else {
            cur = nullptr;
        }
    }
    return cur;
}

QString stringAt(const JsonValue *obj, const char *key)
{
    if (!obj || !obj->isObject())
        return {};
    const JsonValue *v = obj->find(QString::fromLatin1(key));
    return v && v->isString() ? v->toString() : QString();
}

bool startsWithVowel(const QString &word)
{
    if (word.isEmpty())
        return false;
    const QChar c = word.at(0).toLower();
    return c == u'a' || c == u'e' || c == u'i' || c == u'o' || c == u'u';
}

// "a WEBHOOK invocationMethod" / "an UPSERT_ENTITY invocationMethod": English picks the article by
// the type's first letter, so both sentences are in the catalogue.
QString typed(const QString &type, const char *consonant, const char *vowel)
{
    return QCoreApplication::translate("ad::SchemaMessages", startsWithVowel(type) ? vowel : consonant).arg(type);
}

// A JSON type with its article ("a string", "an object"); null stays bare.
QString typeWithArticle(const QString &t)
{
    static const struct {
        const char *type;
        const char *phrase;
    } phrases[] = {{"string", QT_TRANSLATE_NOOP("ad::SchemaMessages", "a string")},
                   {"object", QT_TRANSLATE_NOOP("ad::SchemaMessages", "an object")},
                   {"array", QT_TRANSLATE_NOOP("ad::SchemaMessages", "an array")},
                   {"boolean", QT_TRANSLATE_NOOP("ad::SchemaMessages", "a boolean")},
                   {"number", QT_TRANSLATE_NOOP("ad::SchemaMessages", "a number")},
                   {"integer", QT_TRANSLATE_NOOP("ad::SchemaMessages", "an integer")}};
    for (const auto &p : phrases)
        if (t == QLatin1String(p.type))
            return QCoreApplication::translate("ad::SchemaMessages", p.phrase);
    if (t == u"null" || t.isEmpty())
        return t;
    return (startsWithVowel(t) ? QStringLiteral("an ") : QStringLiteral("a ")) + t;
}

bool isIndex(const QString &t)
{
    bool ok = false;
    t.toLongLong(&ok);
    return ok;
}

// What the object at `tokens` is, for "unknown key 'x' in ...": "the action", "a WEBHOOK
// invocationMethod", "an automation trigger", "input 'env'".
// `place` tells the callers which kind of name it is; they cannot look at the (translated) words.
enum class Place { Generic, Named, Quoted };

QString objectContext(const QStringList &tokens, const JsonValue *obj, Place *place = nullptr)
{
    Place unused;
    Place &kind = place ? *place : unused;
    const qsizetype n = tokens.size();
    kind = Place::Generic;
    if (n == 0)
        return QCoreApplication::translate("ad::SchemaMessages", "the action");
    const QString &last = tokens.last();
    const QString parent = n >= 2 ? tokens.at(n - 2) : QString();
    const QString type = stringAt(obj, "type");
    // "the trigger", "the event", "the trigger condition" ... are generic; "a WEBHOOK trigger" names one.
    const bool generic = (n == 2 && tokens.first() == u"trigger" && last == u"condition")
                         || (type.isEmpty() && n == 2 && tokens.first() == u"trigger" && last == u"event")
                         || (type.isEmpty() && n == 1
                             && (last == u"trigger" || last == u"invocationMethod" || last == u"approvalNotification"));
    kind = generic ? Place::Generic : Place::Named;
    if (n == 1 && last == u"trigger")
        return type.isEmpty() ? QCoreApplication::translate("ad::SchemaMessages", "the trigger")
                              : typed(type, QT_TRANSLATE_NOOP("ad::SchemaMessages", "a %1 trigger"),
                                      QT_TRANSLATE_NOOP("ad::SchemaMessages", "an %1 trigger"));
    if (n == 1 && last == u"invocationMethod")
        return type.isEmpty() ? QCoreApplication::translate("ad::SchemaMessages", "the invocationMethod")
                              : typed(type, QT_TRANSLATE_NOOP("ad::SchemaMessages", "a %1 invocationMethod"),
                                      QT_TRANSLATE_NOOP("ad::SchemaMessages", "an %1 invocationMethod"));
    if (n == 1 && last == u"approvalNotification")
        return type.isEmpty() ? QCoreApplication::translate("ad::SchemaMessages", "the approvalNotification")
                              : typed(type, QT_TRANSLATE_NOOP("ad::SchemaMessages", "a %1 approvalNotification"),
                                      QT_TRANSLATE_NOOP("ad::SchemaMessages", "an %1 approvalNotification"));
    if (n == 2 && tokens.first() == u"trigger" && last == u"event")
        return type.isEmpty() ? QCoreApplication::translate("ad::SchemaMessages", "the event")
                              : typed(type, QT_TRANSLATE_NOOP("ad::SchemaMessages", "a %1 event"),
                                      QT_TRANSLATE_NOOP("ad::SchemaMessages", "an %1 event"));
    if (n == 2 && tokens.first() == u"trigger" && last == u"userInputs")
        return QStringLiteral("userInputs");
    if (n == 2 && tokens.first() == u"trigger" && last == u"condition")
        return QCoreApplication::translate("ad::SchemaMessages", "the trigger condition");
    if (parent == u"properties" && n >= 3 && tokens.at(n - 3) == u"userInputs")
        return QCoreApplication::translate("ad::SchemaMessages", "input '%1'").arg(last);
    if (parent == u"headers" && n == 3 && tokens.first() == u"invocationMethod")
        return QCoreApplication::translate("ad::SchemaMessages", "header '%1'").arg(last);
    if (parent == u"relations" && n >= 3 && tokens.at(n - 3) == u"mapping")
        return QCoreApplication::translate("ad::SchemaMessages", "relation '%1'").arg(last);
    if (parent == u"titles")
        return QCoreApplication::translate("ad::SchemaMessages", "titles entry '%1'").arg(last);
    if (parent == u"steps" && isIndex(last))
        return QCoreApplication::translate("ad::SchemaMessages", "step %1").arg(last.toLongLong() + 1);
    if (parent == u"rules" && isIndex(last))
        return QCoreApplication::translate("ad::SchemaMessages", "rule %1").arg(last.toLongLong() + 1);
    if (isIndex(last)) {
        kind = Place::Generic;
        return QCoreApplication::translate("ad::SchemaMessages", "item %1 of '%2'").arg(last.toLongLong() + 1).arg(parent);
    }
    kind = Place::Quoted;
    return QStringLiteral("'%1'").arg(last);
}

// A key of a named object: "input 'env' format".
QString keyOf(const QString &object, const QString &key)
{
    return QCoreApplication::translate("ad::SchemaMessages", "%1 %2", "a key (%2) of the object named %1, e.g. input 'env' format")
        .arg(object, key);
}

// Whose `required` key is missing: Port says "GITHUB needs 'workflow'".
QString valueName(const QStringList &tokens);

// An object's name without quotes: "a WEBHOOK invocationMethod", "rule 1 property", "requiredApproval".
QString plainContext(const QStringList &tokens, const JsonValue *obj)
{
    Place place;
    const QString ctx = objectContext(tokens, obj, &place);
    return place == Place::Quoted ? valueName(tokens) : ctx;
}

QString requiredSubject(const QStringList &tokens, const JsonValue *obj)
{
    if (tokens.size() == 1 && tokens.first() == u"invocationMethod") {
        const QString type = stringAt(obj, "type");
        return type.isEmpty() ? QStringLiteral("invocationMethod") : type;
    }
    return plainContext(tokens, obj);
}

// The name of the value at `tokens`, for "X must be ...": "identifier", "operation",
// "invocationMethod type", "input 'env' format", "item 2 of 'order'".
QString valueName(const QStringList &tokens)
{
    const qsizetype n = tokens.size();
    if (n == 0)
        return QCoreApplication::translate("ad::SchemaMessages", "the action");
    const QString &last = tokens.last();
    const QStringList parentTokens = tokens.mid(0, n - 1);
    Place place;
    const QString ctx = objectContext(tokens, nullptr, &place);
    // Named places: "input 'env'", "header 'RUN_ID'", "step 2", "rule 1", "userInputs".
    if (place == Place::Named)
        return ctx;
    if (isIndex(last) && n >= 2)
        return QCoreApplication::translate("ad::SchemaMessages", "item %1 of %2")
            .arg(last.toLongLong() + 1)
            .arg(valueName(parentTokens));
    if (n == 1)
        return last;
    const QString parentLast = parentTokens.last();
    const bool entry = (parentTokens.size() >= 2 && (parentTokens.at(parentTokens.size() - 2) == u"properties"
                                                     || parentTokens.at(parentTokens.size() - 2) == u"titles"))
                       || isIndex(parentLast);
    if (entry)
        return keyOf(objectContext(parentTokens, nullptr), last);
    if (last == u"type")
        return parentLast + QStringLiteral(" type");
    // Names that mean different things in different objects get their object's name.
    static const QStringList generic{QStringLiteral("format"), QStringLiteral("url"), QStringLiteral("title"),
                                     QStringLiteral("description"), QStringLiteral("icon"),
                                     QStringLiteral("combinator"), QStringLiteral("rules"),
                                     QStringLiteral("identifier"), QStringLiteral("properties"),
                                     QStringLiteral("expressions")};
    if (generic.contains(last) && parentLast != u"trigger" && parentLast != u"invocationMethod")
        return keyOf(valueName(parentTokens), last);
    return last;
}

QString typePhrase(const QStringList &types)
{
    QStringList withArticles;
    for (const QString &t : types)
        withArticles << typeWithArticle(t);
    if (withArticles.size() <= 1)
        return withArticles.value(0);
    const QString lastOne = withArticles.takeLast();
    return QCoreApplication::translate("ad::SchemaMessages", "%1 or %2", "alternatives: \"a string, an object or an array\"")
        .arg(withArticles.join(QStringLiteral(", ")), lastOne);
}

// "X must be Y (got Z)": the shape of most value errors.
QString mustBe(const QString &name, const QString &expected, const QString &got)
{
    return QCoreApplication::translate("ad::SchemaMessages", "%1 must be %2 (got %3)").arg(name, expected, got);
}

QString gotType(const JsonValue *v)
{
    return v ? v->typeName() : QCoreApplication::translate("ad::SchemaMessages", "nothing");
}

// The offending value, short, as JSON ("\"UPDATE\"", "5").
QString gotValue(const JsonValue *v)
{
    if (!v)
        return {};
    QString s;
    switch (v->type()) {
    case JsonValue::Type::String: {
        QString text = v->toString();
        // Messages end up in logs and CI output; never echo what looks like a credential.
        if (!literalSecretReason(text).isEmpty())
            return QCoreApplication::translate("ad::SchemaMessages", "a value that looks like a credential, not shown");
        if (codePointLength(text) > 40)
            text = text.left(37) + QStringLiteral("...");
        text.replace(u'\\', QStringLiteral("\\\\")).replace(u'"', QStringLiteral("\\\""));
        text.replace(u'\n', QStringLiteral("\\n")).replace(u'\r', QStringLiteral("\\r")).replace(u'\t', QStringLiteral("\\t"));
        return u'"' + text + u'"';
    }
    case JsonValue::Type::Number: return v->numberText();
    case JsonValue::Type::Bool: return v->toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case JsonValue::Type::Null: return QStringLiteral("null");
    default: return v->typeName();
    }
}

int editDistance(const QString &a, const QString &b)
{
    std::vector<int> prev(size_t(b.size()) + 1), cur(size_t(b.size()) + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        prev[size_t(j)] = int(j);
    for (qsizetype i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        for (qsizetype j = 1; j <= b.size(); ++j) {
            const int sub = prev[size_t(j - 1)] + (a.at(i - 1).toLower() == b.at(j - 1).toLower() ? 0 : 1);
            cur[size_t(j)] = std::min({prev[size_t(j)] + 1, cur[size_t(j - 1)] + 1, sub});
        }
        std::swap(prev, cur);
    }
    return prev[size_t(b.size())];
}

QString didYouMean(const QString &key, const QStringList &known)
{
    QString best;
    int bestDist = 3;
    for (const QString &k : known) {
        const int d = editDistance(key, k);
        if (d < bestDist && (d <= 1 || key.size() >= 5)) {
            best = k;
            bestDist = d;
        }
    }
    return best;
}

bool isButtonText(const QStringList &tokens)
{
    return tokens.size() == 2 && tokens.first() == u"trigger"
           && (tokens.last() == u"actionCardButtonText" || tokens.last() == u"executeActionButtonText");
}

bool isInputKeyContainer(const QStringList &tokens)
{
    return tokens.size() >= 2 && tokens.at(tokens.size() - 2) == u"userInputs"
           && (tokens.last() == u"properties" || tokens.last() == u"titles");
}

QString buttonTextMessage(const QStringList &tokens, const JsonValue *v)
{
    if (v && v->isString() && codePointLength(v->toString()) == 1 && !v->toString().at(0).isSpace())
        return QCoreApplication::translate("ad::SchemaMessages", "%1 must be 2-15 characters (Port's pattern needs a "
                                                                 "first and a last non-space character; got %2)")
            .arg(tokens.last(), gotValue(v));
    return QCoreApplication::translate("ad::SchemaMessages", "%1 must be 1-15 characters without leading/trailing "
                                                             "spaces (got %2)")
        .arg(tokens.last(), gotValue(v));
}

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
