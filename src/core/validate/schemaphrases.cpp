#include "validate/schemaphrases.h"

#include "util/editdistance.h"
#include "validate/lint.h"
#include "validate/schemacheck.h"

#include <QCoreApplication>

namespace ad::schemaphrases {

namespace {

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

}  // namespace

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

// An object's name without quotes: "a WEBHOOK invocationMethod", "rule 1 property", "requiredApproval".
QString plainContext(const QStringList &tokens, const JsonValue *obj)
{
    Place place;
    const QString ctx = objectContext(tokens, obj, &place);
    return place == Place::Quoted ? valueName(tokens) : ctx;
}

// Whose `required` key is missing: Port says "GITHUB needs 'workflow'".
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

QString didYouMean(const QString &key, const QStringList &known)
{
    QString best;
    int bestDist = 3;
    for (const QString &k : known) {
        // Swaps cost two: a short key with two letters swapped is too far from any word to guess.
        const int d = editDistance(key, k, Qt::CaseInsensitive, SwapCost::Two);
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

}  // namespace ad::schemaphrases
