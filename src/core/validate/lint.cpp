#include "validate/lint.h"

#include "json/duplicatekeys.h"
#include "json/jsonpointer.h"
#include "validate/schemacheck.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ad {

namespace {

Diagnostic warning(const QString &code, const QString &message, const QString &pointer, const SourcePos &pos)
{
    Diagnostic d;
    d.severity = Diagnostic::Severity::Warning;
    d.code = code;
    d.message = message;
    d.pointer = pointer;
    d.pos = pos;
    return d;
}

// The text outside {{ }} templates, each template replaced by a space (so "Bearer {{ x }}" keeps
// nothing after the scheme).
QString literalParts(const QString &text)
{
    QString out;
    qsizetype i = 0;
    while (i < text.size()) {
        const qsizetype open = text.indexOf(QStringLiteral("{{"), i);
        if (open < 0) {
            out += QStringView(text).mid(i);
            break;
        }
        out += QStringView(text).mid(i, open - i);
        out += u' ';
        const qsizetype close = text.indexOf(QStringLiteral("}}"), open + 2);
        if (close < 0)
            break;
        i = close + 2;
    }
    return out;
}

bool isSensitiveHeader(const QString &name)
{
    static const QRegularExpression re = compiledRegex(
        QStringLiteral("authorization|token|api[-_]?key|secret|password|passwd|cookie|credential|signature"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(name).hasMatch();
}

bool mixesLettersAndDigits(QStringView s)
{
    bool letter = false, digit = false;
    for (QChar c : s) {
        letter |= c.isLetter();
        digit |= c.isDigit();
    }
    return letter && digit;
}

}  // namespace

QString literalSecretReason(const QString &text, const QString &headerName)
{
    const QString lit = literalParts(text);
    static const QRegularExpression prefixed = compiledRegex(QStringLiteral(
        "(?<![A-Za-z0-9])(ghp_|gho_|ghu_|ghs_|ghr_|github_pat_|glpat-|xoxb-|xoxp-|xoxa-|xapp-|sk-)[A-Za-z0-9_\\-]{8,}"));
    if (const QRegularExpressionMatch m = prefixed.match(lit); m.hasMatch())
        return QCoreApplication::translate("ad::Lint", "a literal token (%1...)").arg(m.captured(1));
    static const QRegularExpression aws = compiledRegex(QStringLiteral("(?<![A-Z0-9])AKIA[0-9A-Z]{16}(?![A-Z0-9])"));
    if (aws.match(lit).hasMatch())
        return QCoreApplication::translate("ad::Lint", "a literal AWS access key (AKIA...)");
    static const QRegularExpression jwt = compiledRegex(QStringLiteral("eyJ[A-Za-z0-9_\\-]{8,}\\.[A-Za-z0-9_\\-]{8,}"));
    if (jwt.match(lit).hasMatch())
        return QCoreApplication::translate("ad::Lint", "a literal JWT (eyJ...)");
    static const QRegularExpression scheme = compiledRegex(QStringLiteral("^\\s*(Bearer|Basic|token|Token|Bot)\\s+(\\S{6,})"));
    if (const QRegularExpressionMatch m = scheme.match(lit); m.hasMatch())
        return QCoreApplication::translate("ad::Lint", "a literal credential after '%1'").arg(m.captured(1));
    static const QRegularExpression queryParam = compiledRegex(
        QStringLiteral("[?&](token|access_token|api_key|apikey|key|secret|client_secret|password|sig|signature|auth|code)"
                       "=([^&#\\s]{6,})"),
        QRegularExpression::CaseInsensitiveOption);
    if (const QRegularExpressionMatch m = queryParam.match(lit); m.hasMatch())
        return QCoreApplication::translate("ad::Lint", "a literal value for the query parameter '%1'").arg(m.captured(1));
    static const QRegularExpression userinfo = compiledRegex(QStringLiteral("://[^/@\\s:]+:([^/@\\s]+)@"));
    if (userinfo.match(lit).hasMatch())
        return QCoreApplication::translate("ad::Lint", "a literal password in the URL");
    static const QRegularExpression slackHook = compiledRegex(QStringLiteral("hooks\\.slack\\.com/services/[A-Za-z0-9]+/[A-Za-z0-9]+/[A-Za-z0-9]{8,}"));
    if (slackHook.match(lit).hasMatch())
        return QCoreApplication::translate("ad::Lint", "a literal Slack webhook secret");
    static const QRegularExpression hex = compiledRegex(QStringLiteral("(?<![A-Za-z0-9])[A-Fa-f0-9]{32,}(?![A-Za-z0-9])"));
    if (const QRegularExpressionMatch m = hex.match(lit); m.hasMatch() && mixesLettersAndDigits(m.capturedView()))
        return QCoreApplication::translate("ad::Lint", "a long literal hex string");
    // Path segments and ids are split at / - . so only opaque runs count.
    static const QRegularExpression b64 = compiledRegex(QStringLiteral("[A-Za-z0-9+_=]{32,}"));
    for (auto it = b64.globalMatch(lit); it.hasNext();) {
        const QString run = it.next().captured();
        bool lower = false, upper = false, digit = false;
        for (QChar c : run) {
            lower |= c.isLower();
            upper |= c.isUpper();
            digit |= c.isDigit();
        }
        if (lower && upper && digit)
            return QCoreApplication::translate("ad::Lint", "a long literal base64-like string");
    }
    if (!headerName.isEmpty() && isSensitiveHeader(headerName)) {
        static const QRegularExpression word = compiledRegex(QStringLiteral("[A-Za-z0-9+/=_\\-]{12,}"));
        const QString trimmed = lit.trimmed();
        if (!trimmed.isEmpty() && word.match(trimmed).hasMatch())
            return QCoreApplication::translate("ad::Lint", "a literal value in a credential header");
    }
    return {};
}

namespace {

// Tokens are kept on a stack and only turned into a pointer when a duplicate is found: most
// documents have none, and building a pointer per member would dominate the walk.
void findDuplicateKeys(const JsonValue &value, const QString &base, QStringList &tokens, Diagnostics &out)
{
    if (value.isArray()) {
        for (qsizetype i = 0; i < value.size(); ++i) {
            const JsonValue &item = value.at(i);
            if (!item.isContainer())
                continue;
            tokens << QString::number(i);
            findDuplicateKeys(item, base, tokens, out);
            tokens.removeLast();
        }
        return;
    }
    if (!value.isObject())
        return;
    const auto &members = value.members();
    const std::vector<qsizetype> next = nextSameKey(value);
    for (size_t i = 0; i < members.size(); ++i) {
        const JsonMember &m = members[i];
        if (next[i] >= 0) {
            const JsonMember *later = &members[size_t(next[i])];
            const QString message =
                later->keyPos.isValid()
                    ? QCoreApplication::translate("ad::Lint", "duplicate key '%1': it appears again at line %2, and "
                                                              "JSON.parse (and so Port) keeps only the last value")
                          .arg(m.key)
                          .arg(later->keyPos.line)
                    : QCoreApplication::translate("ad::Lint", "duplicate key '%1': it appears again, and JSON.parse "
                                                              "(and so Port) keeps only the last value")
                          .arg(m.key);
            out << warning(QStringLiteral("duplicate-key"), message, base + jsonPointer(tokens + QStringList{m.key}),
                           m.keyPos);
        }
        if (m.value.isContainer()) {
            tokens << m.key;
            findDuplicateKeys(m.value, base, tokens, out);
            tokens.removeLast();
        }
    }
}

}  // namespace

void lintDuplicateKeys(const JsonValue &value, const QString &pointer, Diagnostics &out)
{
    QStringList tokens;
    findDuplicateKeys(value, pointer, tokens, out);
}

Diagnostics lintAction(const JsonValue &action, const QString &pointerPrefix, const ValidateOptions &options)
{
    Diagnostics out;
    if (!action.isObject())
        return out;
    const JsonValue &im = action.value(u"invocationMethod");
    const QString type = im.value(u"type").toString();
    const QString imPtr = pointerPrefix + QStringLiteral("/invocationMethod");

    // Literal credentials where {{ .secrets.NAME }} belongs. The message never repeats the value.
    if (const JsonValue *url = im.find(u"url"); url && url->isString()) {
        const QString why = literalSecretReason(url->toString());
        if (!why.isEmpty())
            out << warning(QStringLiteral("literal-secret"),
                           QCoreApplication::translate("ad::Lint", "url contains what looks like %1; store it as a Port "
                                                                    "organization secret and write {{ .secrets.NAME }}")
                               .arg(why),
                           imPtr + QStringLiteral("/url"), url->pos());
    }
    if (const JsonValue *headers = im.find(u"headers"); headers && headers->isObject()) {
        for (const JsonMember &h : headers->members()) {
            if (!h.value.isString())
                continue;
            const QString why = literalSecretReason(h.value.toString(), h.key);
            if (!why.isEmpty())
                out << warning(QStringLiteral("literal-secret"),
                               QCoreApplication::translate("ad::Lint", "header '%1' contains what looks like %2; store it as a "
                                                                        "Port organization secret and write {{ .secrets.NAME }}")
                                   .arg(h.key, why),
                               jsonPointerAppend(imPtr + QStringLiteral("/headers"), h.key), h.value.pos());
        }
    }

    // GitHub's workflow_dispatch rejects more than N inputs; `ref` is taken out before dispatch.
    const JsonValue *inputs = nullptr;
    QString inputsPtr;
    if (type == u"GITHUB" || type == u"INTEGRATION_ACTION") {
        inputs = im.find(u"workflowInputs");
        inputsPtr = imPtr + QStringLiteral("/workflowInputs");
        if (const JsonValue *props = im.find(u"integrationActionExecutionProperties");
            !inputs && props && props->isObject()) {
            inputs = props->find(u"workflowInputs");
            inputsPtr = imPtr + QStringLiteral("/integrationActionExecutionProperties/workflowInputs");
        }
    }
    if (inputs && inputs->isObject()) {
        int literal = 0;
        bool spread = false;
        QStringList seen;
        for (const JsonMember &m : inputs->members()) {
            if (seen.contains(m.key))
                continue;
            seen << m.key;
            if (m.key.contains(QStringLiteral("{{"))) {
                spread |= m.key.contains(QStringLiteral("spreadValue"));
                continue;
            }
            if (m.key != u"ref")
                ++literal;
        }
        if (literal > options.githubInputLimit)
            out << warning(QStringLiteral("github-input-limit"),
                           (spread ? QCoreApplication::translate("ad::Lint", "GitHub accepts at most %1 workflow inputs; "
                                                                             "workflowInputs has %2 (not counting 'ref') plus "
                                                                             "whatever {{ spreadValue() }} adds. Group the rest "
                                                                             "into one JSON input such as port_context")
                                   : QCoreApplication::translate("ad::Lint", "GitHub accepts at most %1 workflow inputs; "
                                                                             "workflowInputs has %2 (not counting 'ref'). Group "
                                                                             "the rest into one JSON input such as port_context"))
                               .arg(options.githubInputLimit)
                               .arg(literal),
                           inputsPtr, inputs->pos());
    }

    // PORT-SPEC §10.7: the docs' `required` jqQuery returns an array of input ids, not a boolean.
    const JsonValue &userInputs = action.value(u"trigger").value(u"userInputs");
    if (const JsonValue *req = userInputs.find(u"required"); req && req->isObject()) {
        const QString jq = req->value(u"jqQuery").toString().trimmed();
        if (jq == u"true" || jq == u"false")
            out << warning(QStringLiteral("required-jq"),
                           QCoreApplication::translate("ad::Lint", "'required' as a jqQuery should return an array of input "
                                                                "identifiers (as in Port's docs), not a boolean"),
                           pointerPrefix + QStringLiteral("/trigger/userInputs/required/jqQuery"),
                           req->value(u"jqQuery").pos());
    }

    lintDuplicateKeys(action, pointerPrefix, out);
    return out;
}

}  // namespace ad
