#include "org/runscenario.h"

#include "context/scenariofile.h"
#include "json/jsonparser.h"

#include <QDir>
#include <QFileInfo>

namespace ad::org {

QString runActionIdentifier(const JsonValue &run) {
  const JsonValue &a = run.value(u"action");
  return a.isString() ? a.toString() : a.value(u"identifier").toString();
}

Scenario scenarioFromRun(const JsonValue &run, const QString &name,
                         QStringList *notes) {
  Scenario s;
  s.name = name;
  s.runId = run.value(u"id").toString(s.runId);
  // `properties` are the inputs as Port resolved them (entities expanded): what
  // the templates saw.
  const JsonValue &props = run.value(u"properties").isObject()
                               ? run.value(u"properties")
                               : run.value(u"rawProperties");
  if (props.isObject())
    s.inputs = props;
  const JsonValue &entity = run.value(u"entity");
  if (entity.isObject() && !entity.value(u"identifier").toString().isEmpty()) {
    JsonValue e = JsonValue::object();
    for (const JsonMember &m : entity.members())
      if (m.key != QLatin1String("deleted"))
        e.set(m.key, m.value);
    if (!e.contains(u"blueprint") && run.value(u"blueprint").isObject())
      e.set(QStringLiteral("blueprint"),
            run.value(u"blueprint").value(u"identifier"));
    s.entity = e;
    if (notes && !entity.contains(u"properties"))
      *notes << QStringLiteral("the run names entity \"%1\" but not its "
                               "properties; .entity.properties is empty")
                    .arg(entity.value(u"identifier").toString());
  }
  const QString createdBy = run.value(u"createdBy").toString();
  if (!createdBy.isEmpty())
    s.user.userId = createdBy;
  if (notes)
    *notes << QStringLiteral(
        "the run does not carry the user's e-mail, name, teams or roles; the "
        "scenario keeps the mock user's");
  const JsonValue &source = run.value(u"source");
  const QString origin =
      source.isString() ? source.toString() : source.value(u"type").toString();
  if (!origin.isEmpty())
    s.triggerOrigin = origin;
  const QString at = run.value(u"createdAt").toString();
  if (!at.isEmpty()) {
    s.triggerAt = at;
    const QDateTime t = QDateTime::fromString(at, Qt::ISODateWithMs);
    if (t.isValid())
      s.timestamp = t.toSecsSinceEpoch();
  }
  return s;
}

namespace {

const QString kPortRun = QStringLiteral("portRun");

JsonValue equalsAssertion(const QString &pointer, const JsonValue &value,
                          const QString &runId) {
  JsonValue a = JsonValue::object();
  a.set(QStringLiteral("pointer"), JsonValue::fromString(pointer));
  a.set(QStringLiteral("equals"), value);
  a.set(kPortRun, JsonValue::fromString(runId));
  return a;
}

bool isPortPayloadAssertion(const JsonValue &a) {
  return a.isObject() && a.value(kPortRun).isString();
}

// Port keeps a JSON body as JSON; ours is compared parsed
// (invocationComparable), text stays text.
JsonValue bodyValue(const JsonValue &body) {
  if (!body.isString())
    return body;
  const JsonParseResult r = parseJson(body.toString().toUtf8());
  return r.ok() && r.value.isContainer() ? r.value : body;
}

} // namespace

JsonValue portPayloadAssertions(const JsonValue &action,
                                const JsonValue &payload,
                                const QString &runId) {
  JsonValue p = payload;
  p.clearSourceInfo();
  JsonValue out = JsonValue::array();
  // Port's invocation form: what the agent and the run page show.
  if (p.isObject() && p.contains(u"body") &&
      (p.contains(u"type") || p.contains(u"url") || p.contains(u"method"))) {
    out.append(equalsAssertion(QStringLiteral("/body"),
                               bodyValue(p.value(u"body")), runId));
    for (const QString key : {QStringLiteral("url"), QStringLiteral("method")})
      if (p.value(key).isString())
        out.append(
            equalsAssertion(QLatin1Char('/') + key, p.value(key), runId));
    return out;
  }
  const QString type =
      action.value(u"invocationMethod").value(u"type").toString();
  QString pointer = QStringLiteral("/body");
  if (type == QLatin1String("KAFKA"))
    pointer = QStringLiteral("/value");
  else if (type == QLatin1String("UPSERT_ENTITY"))
    pointer = QStringLiteral("/entity");
  else if (type == QLatin1String("GITHUB") && p.isObject() &&
           !p.contains(u"inputs") && !p.contains(u"ref"))
    pointer = QStringLiteral("/body/inputs");
  out.append(equalsAssertion(
      pointer, pointer == QLatin1String("/entity") ? p : bodyValue(p), runId));
  return out;
}

JsonValue withPortPayloadAssertions(const JsonValue &expect,
                                    const JsonValue &assertions) {
  ScenarioExpectation e = ScenarioExpectation::fromJson(expect);
  JsonValue kept = JsonValue::array();
  for (const JsonValue &a : e.assertions.items())
    if (!isPortPayloadAssertion(a))
      kept.append(a);
  for (const JsonValue &a : assertions.items())
    kept.append(a);
  e.assertions = kept;
  return e.toJson();
}

QString portPayloadRun(const JsonValue &expect) {
  for (const JsonValue &a : expect.value(u"assertions").items())
    if (isPortPayloadAssertion(a))
      return a.value(kPortRun).toString();
  return {};
}

QList<ExpectationIssue> checkPortPayload(const JsonValue &expect,
                                         const JsonValue &comparable) {
  JsonValue mine = JsonValue::array();
  for (const JsonValue &a : expect.value(u"assertions").items())
    if (isPortPayloadAssertion(a))
      mine.append(a);
  return checkAssertions(mine, comparable);
}

QString payloadReport(const QList<ExpectationIssue> &issues,
                      const QString &runId) {
  if (issues.isEmpty())
    return QStringLiteral(
               "Our render equals the payload Port sent for run %1\n")
        .arg(runId);
  QString out = QStringLiteral("%1 difference(s) between our render and the "
                               "payload Port sent for run %2:\n")
                    .arg(issues.size())
                    .arg(runId);
  for (const ExpectationIssue &i : issues)
    out += QStringLiteral("    ") + i.text() + QLatin1Char('\n');
  return out;
}

bool addRunScenario(const QString &actionPath, const JsonValue &action,
                    const JsonValue &run, const QString &name,
                    SecretResolver *resolver, QStringList *notes,
                    QString *error) {
  const QString sidecar = ScenarioFile::sidecarPath(actionPath);
  ScenarioFile scenarios;
  if (QFileInfo::exists(sidecar) &&
      !ScenarioFile::load(sidecar, &scenarios, resolver, error))
    return false;
  Scenario scenario = scenarioFromRun(run, name, notes);
  Scenario *existing = scenarios.find(name);
  // A scenario replaced keeps the user's own checks; the run's payload check is
  // renewed.
  const JsonValue previous = existing ? existing->expect : JsonValue();
  if (run.contains(u"payload"))
    scenario.expect = withPortPayloadAssertions(
        previous,
        portPayloadAssertions(action, run.value(u"payload"), scenario.runId));
  else
    scenario.expect = withPortPayloadAssertions(previous, JsonValue::array());
  if (existing)
    *existing = scenario;
  else
    scenarios.scenarios.append(scenario);
  return scenarios.save(sidecar, resolver, error);
}

} // namespace ad::org
