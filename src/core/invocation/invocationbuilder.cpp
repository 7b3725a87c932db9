#include "invocation/invocationbuilder.h"

#include "context/jsonbuild.h"
#include "invocation/portsignature.h"
#include "invocation/pythonjson.h"
#include "invocation/wireheaders.h"
#include "json/jsonwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QUrl>

namespace ad {

namespace {

using namespace jsonbuild;

const QString kContentType = QStringLiteral("Content-Type");
const QString kJson = QStringLiteral("application/json");
const QString kTimestamp = QStringLiteral("X-Port-Timestamp");
const QString kSignature = QStringLiteral("X-Port-Signature");

// Header values, URL parts and workflow inputs are strings on the wire: strings as they are,
// anything else as its compact JSON (how Port stringifies workflow inputs).
QString asWireString(const JsonValue &v)
{
    return v.isString() ? v.toString() : QString::fromUtf8(toCompactJs(v));
}

// agent / synchronized / reportWorkflowStatus: a boolean, or a template that rendered to one, or
// the strings "true"/"false" the schema also allows.
bool asFlag(const JsonValue *v, bool fallback)
{
    if (!v || v->isNull())
        return fallback;
    if (v->isBool())
        return v->toBool();
    if (v->isString()) {
        const QString s = v->toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0)
            return true;
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0)
            return false;
    }
    return fallback;
}

QString pathPart(const QString &s) { return QString::fromLatin1(QUrl::toPercentEncoding(s)); }

QString withoutTrailingSlash(QString s)
{
    while (s.endsWith(QLatin1Char('/')))
        s.chop(1);
    return s;
}

QString timestampOf(const InvocationSettings &s)
{
    return QString::number(s.timestamp >= 0 ? s.timestamp : QDateTime::currentSecsSinceEpoch());
}

QString requiredString(const JsonValue &obj, const char *key, RenderedInvocation &inv)
{
    const JsonValue &v = obj.value(QString::fromLatin1(key));
    if (v.isString() && !v.toString().isEmpty())
        return v.toString();
    inv.warnings << QCoreApplication::translate("ad::Invocation", "%1 is missing or empty").arg(QString::fromLatin1(key));
    return v.isNull() ? QString() : asWireString(v);
}

// Not a warning: a test run without a secret is normal (the sample has none), and only a receiver
// that verifies signatures cares.
void noteMissingSecret(RenderedInvocation &inv, const InvocationSettings &s)
{
    if (s.clientSecret.isEmpty())
        inv.notes << QCoreApplication::translate("ad::Invocation", "no client secret: X-Port-Signature is computed with an "
                                       "empty key, so a receiver that verifies signatures rejects it");
}

void buildWebhookDirect(RenderedInvocation &inv, const JsonValue &m, const JsonValue &headersObj,
                        const InvocationSettings &s)
{
    for (const JsonMember &h : headersObj.members())
        inv.headers.append({h.key, asWireString(h.value)});
    if (!hasHeader(inv.headers, kContentType))
        inv.headers.append({kContentType, kJson});
    const JsonValue *body = m.find(u"body");
    if (!body) {
        inv.warnings << QCoreApplication::translate("ad::Invocation", "no body: what Port sends then is undocumented; shown as {}");
        inv.body = "{}";
    } else {
        inv.body = toCompactJs(*body);
    }
    const QString ts = timestampOf(s);
    noteMissingSecret(inv, s);
    inv.headers.append({kTimestamp, ts});
    inv.headers.append({kSignature, portSignature(s.clientSecret, ts, inv.body)});
}

// agent: true. Port publishes a message on "<org>.runs"; we build it the way the agent itself turns
// a claimed run into a message (port-agent PollingToWebhookProcessor): the rendered body, plus
// `headers` (the rendered headers), payload.action.invocationMethod and context.runId. Port signs
// the message without its X-Port-* headers, then adds them inside `headers` (what the agent's
// Kafka path verifies, PORT-SPEC §6.5).
void buildWebhookAgent(RenderedInvocation &inv, const JsonValue &m, const JsonValue &headersObj,
                       const InvocationSettings &s)
{
    const JsonValue &body = m.value(u"body");
    JsonValue msg = body.isObject() ? body : JsonValue::object();
    if (!body.isObject())
        inv.warnings << QCoreApplication::translate("ad::Invocation", "agent: true needs an object body; the agent cannot add its fields to %1")
                            .arg(body.typeName());
    msg.clearSourceInfo();

    JsonValue headers = JsonValue::object();
    for (const JsonMember &h : headersObj.members())
        headers.set(h.key, str(asWireString(h.value)));
    msg.set(QStringLiteral("headers"), headers);

    JsonValue im = JsonValue::object();
    im.set(QStringLiteral("type"), str(QStringLiteral("WEBHOOK")));
    im.set(QStringLiteral("url"), str(inv.url));
    im.set(QStringLiteral("agent"), JsonValue::fromBool(true));
    im.set(QStringLiteral("synchronized"), JsonValue::fromBool(inv.synchronized));
    im.set(QStringLiteral("method"), str(inv.method));
    im.set(QStringLiteral("headers"), headers);
    JsonValue payload = msg.value(u"payload").isObject() ? msg.value(u"payload") : JsonValue::object();
    JsonValue action = payload.value(u"action").isObject() ? payload.value(u"action") : JsonValue::object();
    action.set(QStringLiteral("invocationMethod"), im);
    payload.set(QStringLiteral("action"), action);
    msg.set(QStringLiteral("payload"), payload);
    JsonValue context = msg.value(u"context").isObject() ? msg.value(u"context") : JsonValue::object();
    context.set(QStringLiteral("runId"), str(s.runId));
    msg.set(QStringLiteral("context"), context);

    const QString ts = timestampOf(s);
    noteMissingSecret(inv, s);
    const QByteArray signedBytes = toCompactJs(msg);
    JsonValue sent = msg;
    JsonValue signedHeaders = headers;
    signedHeaders.set(kSignature, str(portSignature(s.clientSecret, ts, signedBytes)));
    signedHeaders.set(kTimestamp, JsonValue::fromNumberText(ts));
    sent.set(QStringLiteral("headers"), signedHeaders);

    inv.viaAgent = true;
    inv.topic = runsTopic(s.orgId);
    inv.key = s.runId.toUtf8();
    inv.value = toCompactJs(sent);

    // The call the agent then makes with its default mapping: the whole message (X-Port keys
    // removed) as the body, no custom headers, its own signature over Python's compact JSON, and
    // `requests` sending Python's spaced JSON.
    inv.headers.clear();
    inv.headers.append({kTimestamp, ts});
    inv.headers.append({kSignature, portSignature(s.clientSecret, ts, pythonJsonDumps(msg, true))});
    inv.headers.append({kContentType, kJson});
    inv.body = pythonJsonDumps(msg, false);
    if (!headersObj.isEmpty())
        inv.warnings << QCoreApplication::translate("ad::Invocation", "agent: the agent's default mapping does not forward the action's headers to "
                                       "the URL; they reach it only inside the message (`headers`)");
}

void buildWebhook(RenderedInvocation &inv, const JsonValue &m, const InvocationSettings &s)
{
    const JsonValue &method = m.value(u"method");
    inv.method = method.isString() && !method.toString().isEmpty() ? method.toString() : QStringLiteral("POST");
    inv.url = requiredString(m, "url", inv);
    inv.synchronized = asFlag(m.find(u"synchronized"), false);
    const JsonValue &headersObj = m.value(u"headers");
    if (!headersObj.isNull() && !headersObj.isObject())
        inv.warnings << QCoreApplication::translate("ad::Invocation", "headers must be an object of name -> value");
    if (asFlag(m.find(u"agent"), false))
        buildWebhookAgent(inv, m, headersObj.isObject() ? headersObj : JsonValue::object(), s);
    else
        buildWebhookDirect(inv, m, headersObj.isObject() ? headersObj : JsonValue::object(), s);
}

void buildGithub(RenderedInvocation &inv, const JsonValue &m, const InvocationSettings &s, bool integration)
{
    // INTEGRATION_ACTION nests the GitHub fields; the newest docs also show them flat (§10.3).
    const JsonValue &nested = m.value(u"integrationActionExecutionProperties");
    const JsonValue &p = integration && nested.isObject() ? nested : m;
    const QString org = requiredString(p, "org", inv);
    const QString repo = requiredString(p, "repo", inv);
    const QString workflow = requiredString(p, "workflow", inv);
    inv.reportWorkflowStatus = asFlag(p.find(u"reportWorkflowStatus"), true);

    const JsonValue &given = p.value(u"workflowInputs");
    if (!given.isNull() && !given.isObject())
        inv.warnings << QCoreApplication::translate("ad::Invocation", "workflowInputs must be an object");
    QString ref = s.githubDefaultBranch.isEmpty() ? QStringLiteral("main") : s.githubDefaultBranch;
    JsonValue inputs = JsonValue::object();
    for (const JsonMember &in : given.members()) {
        if (in.key == QLatin1String("ref"))
            ref = asWireString(*given.find(in.key));
        else
            inputs.set(in.key, str(asWireString(*given.find(in.key))));
    }
    if (inputs.size() > s.githubInputLimit)
        inv.warnings << QCoreApplication::translate("ad::Invocation", "%1 workflow inputs: GitHub accepts at most %2; group the rest into one "
                                       "JSON input")
                            .arg(inputs.size())
                            .arg(s.githubInputLimit);

    JsonValue body = JsonValue::object();
    body.set(QStringLiteral("ref"), str(ref));
    body.set(QStringLiteral("inputs"), inputs);
    if (integration)  // the Ocean GitHub integration asks for the run's details back
        body.set(QStringLiteral("return_run_details"), JsonValue::fromBool(true));

    const QString api = withoutTrailingSlash(s.githubApiBase.isEmpty() ? QStringLiteral("https://api.github.com")
                                                                         : s.githubApiBase);
    inv.method = QStringLiteral("POST");
    inv.url = api + QStringLiteral("/repos/") + pathPart(org) + QLatin1Char('/') + pathPart(repo)
              + QStringLiteral("/actions/workflows/") + pathPart(workflow) + QStringLiteral("/dispatches");
    inv.headers = {{QStringLiteral("Accept"), QStringLiteral("application/vnd.github+json")},
                   {QStringLiteral("Authorization"), QStringLiteral("Bearer <GitHub App installation token>")},
                   {QStringLiteral("X-GitHub-Api-Version"), QStringLiteral("2022-11-28")},
                   {kContentType, kJson}};
    inv.body = toCompactJs(body);
}

// GITLAB runs only through the Port agent; this is the call its default GitLab mapping makes
// (port-agent control_the_payload_config.json).
void buildGitlab(RenderedInvocation &inv, const JsonValue &m, const InvocationSettings &s)
{
    const QString group = requiredString(m, "groupName", inv);
    const QString project = requiredString(m, "projectName", inv);
    const JsonValue &given = m.value(u"pipelineVariables");
    if (!given.isNull() && !given.isObject())
        inv.warnings << QCoreApplication::translate("ad::Invocation", "pipelineVariables must be an object");
    JsonValue variables = JsonValue::object();
    for (const JsonMember &v : given.members())
        variables.set(v.key, str(asWireString(*given.find(v.key))));

    QString ref = QStringLiteral("main");
    const QString defaultRef = m.value(u"defaultRef").toString(QString());
    if (const JsonValue *r = variables.find(u"ref"); r && !r->toString().isEmpty())
        ref = r->toString();
    else if (!defaultRef.isEmpty())
        ref = defaultRef;

    // The agent reads the trigger token from an environment variable named after the project.
    const QString tokenVar = QString(group).replace(QLatin1Char('/'), QLatin1Char('_')) + QLatin1Char('_') + project;
    const QString token = QStringLiteral("${") + tokenVar + QLatin1Char('}');
    inv.secretValues << token;

    JsonValue body = JsonValue::object();
    body.set(QStringLiteral("ref"), str(ref));
    body.set(QStringLiteral("token"), str(token));
    body.set(QStringLiteral("variables"), variables);

    QString base = s.gitlabBaseUrl.isEmpty() ? QStringLiteral("https://gitlab.com/") : s.gitlabBaseUrl;
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    inv.method = QStringLiteral("POST");
    inv.url = base + QStringLiteral("api/v4/projects/") + pathPart(group + QLatin1Char('/') + project)
              + QStringLiteral("/trigger/pipeline");
    const QString ts = timestampOf(s);
    noteMissingSecret(inv, s);
    inv.headers = {{kTimestamp, ts},
                   {kSignature, portSignature(s.clientSecret, ts, pythonJsonDumps(body, true))},
                   {kContentType, kJson}};
    inv.body = pythonJsonDumps(body, false);
    inv.warnings << QCoreApplication::translate("ad::Invocation", "GITLAB runs through the Port agent: the token comes from the agent's "
                                   "environment variable %1; the agent message for v2 GITLAB actions is "
                                   "undocumented, so its port_payload is not shown")
                        .arg(tokenVar);
}

void buildAzure(RenderedInvocation &inv, const JsonValue &m, const InvocationSettings &s)
{
    const QString org = requiredString(m, "org", inv);
    const QString webhook = requiredString(m, "webhook", inv);
    const QString base = withoutTrailingSlash(s.azureBaseUrl.isEmpty() ? QStringLiteral("https://dev.azure.com")
                                                                       : s.azureBaseUrl);
    inv.method = QStringLiteral("POST");
    inv.url = base + QLatin1Char('/') + pathPart(org) + QStringLiteral("/_apis/public/distributedtask/webhooks/")
              + pathPart(webhook) + QStringLiteral("?api-version=6.0-preview");
    inv.headers = {{kContentType, kJson}};
    const JsonValue *payload = m.find(u"payload");
    inv.body = payload ? toCompactJs(*payload) : QByteArray("{}");
    if (!payload)
        inv.warnings << QCoreApplication::translate("ad::Invocation", "no payload: what Port sends then is undocumented; shown as {}");
    inv.warnings << QCoreApplication::translate("ad::Invocation", "Port also signs Azure DevOps calls (SHA-1 according to its docs); the header's "
                                   "exact format is undocumented, so it is not shown");
}

void buildKafka(RenderedInvocation &inv, const JsonValue &m, const InvocationSettings &s)
{
    inv.topic = runsTopic(s.orgId);
    inv.key = s.runId.toUtf8();
    const JsonValue *payload = m.find(u"payload");
    inv.value = payload ? toCompactJs(*payload) : QByteArray("{}");
    if (!payload)
        inv.warnings << QCoreApplication::translate("ad::Invocation", "no payload: what Port publishes then is undocumented; shown as {}");
}

bool holdsObject(const JsonValue &v)
{
    if (v.isObject())
        return true;
    for (const JsonValue &item : v.items())
        if (item.isObject())
            return true;
    return false;
}

void buildUpsert(RenderedInvocation &inv, const JsonValue &m)
{
    inv.blueprint = requiredString(m, "blueprintIdentifier", inv);
    const JsonValue &mapping = m.value(u"mapping");
    JsonValue entity = JsonValue::object();
    for (const char *key : {"identifier", "title", "icon", "team", "properties", "relations"}) {
        const QString k = QString::fromLatin1(key);
        if (const JsonValue *v = mapping.find(k))
            entity.set(k, *v);
    }
    if (!entity.contains(u"identifier"))
        inv.warnings << QCoreApplication::translate("ad::Invocation", "mapping.identifier is missing: Port needs it to know which entity to create "
                                       "or update");
    for (const JsonMember &r : entity.value(u"relations").members()) {
        if (holdsObject(r.value))
            inv.warnings << QCoreApplication::translate("ad::Invocation", "relation %1 is an object, not an identifier: with an entity input use "
                                           "\"{{ .inputs.x.identifier }}\" (arrays: \"{{ .inputs.x | map(.identifier) }}\")")
                                .arg(r.key);
    }
    entity.clearSourceInfo();
    inv.entity = entity;
}

}  // namespace

QString runsTopic(const QString &orgId) { return orgId + QStringLiteral(".runs"); }

InvocationSettings InvocationSettings::fromScenario(const Scenario &sc)
{
    InvocationSettings s;
    s.clientSecret = sc.clientSecret;
    s.orgId = sc.orgId;
    s.runId = sc.runId;
    s.timestamp = sc.timestamp;
    s.githubDefaultBranch = sc.githubDefaultBranch;
    s.githubApiBase = sc.githubApiBase;
    s.gitlabBaseUrl = sc.gitlabBaseUrl;
    s.azureBaseUrl = sc.azureBaseUrl;
    s.secretValues = sc.secretValues();
    return s;
}

RenderedInvocation buildInvocation(const JsonValue &m, const InvocationSettings &s)
{
    RenderedInvocation inv;
    inv.secretValues = s.secretValues;
    if (!m.isObject()) {
        inv.warnings << QCoreApplication::translate("ad::Invocation", "invocationMethod must be an object, not %1").arg(m.typeName());
        return inv;
    }
    inv.backend = m.value(u"type").toString();
    if (inv.backend == QLatin1String("WEBHOOK"))
        buildWebhook(inv, m, s);
    else if (inv.backend == QLatin1String("GITHUB"))
        buildGithub(inv, m, s, false);
    else if (inv.backend == QLatin1String("INTEGRATION_ACTION"))
        buildGithub(inv, m, s, true);
    else if (inv.backend == QLatin1String("GITLAB"))
        buildGitlab(inv, m, s);
    else if (inv.backend == QLatin1String("AZURE_DEVOPS"))
        buildAzure(inv, m, s);
    else if (inv.backend == QLatin1String("KAFKA"))
        buildKafka(inv, m, s);
    else if (inv.backend == QLatin1String("UPSERT_ENTITY"))
        buildUpsert(inv, m);
    else
        inv.warnings << QCoreApplication::translate("ad::Invocation", "unknown invocation type '%1': nothing to show").arg(inv.backend);
    if (!s.clientSecret.isEmpty() && !inv.secretValues.contains(s.clientSecret))
        inv.secretValues << s.clientSecret;
    inv.sendError = wireHeaderError(inv.method, inv.headers);
    return inv;
}

}  // namespace ad
