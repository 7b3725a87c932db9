// The org sync logic without network: normalizing, pointer diffs, three-way
// status, push plans, the folder manifest, locating Port's error messages, runs
// as scenarios.
#include "org/orgchecks.h"
#include "org/orgsync.h"
#include "org/runscenario.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::org;

namespace {
JsonValue js(const char *s) {
  const JsonParseResult r = parseJson(QByteArray(s));
  if (!r.ok())
    qFatal("bad test JSON: %s", qPrintable(r.error.message));
  return r.value;
}

const char *kLocal = R"({
  "identifier": "deploy",
  "title": "Deploy",
  "trigger": {"type": "self-service", "operation": "DAY-2", "blueprintIdentifier": "service",
              "userInputs": {"properties": {"env": {"type": "string"}, "ver": {"type": "string"}}, "required": ["ver", "env"]}},
  "invocationMethod": {"type": "WEBHOOK", "url": "https:\/\/example.com/hook", "body": {"b": "{{ .inputs.env }}", "a": 1}}
})";

// What Port answers for the same action: server fields, defaults, other key
// order.
const char *kStored = R"({
  "id": "action_1", "createdAt": "2026-01-01T00:00:00.000Z", "createdBy": "x", "updatedAt": "2026-01-01T00:00:00.000Z", "updatedBy": "x",
  "title": "Deploy",
  "identifier": "deploy",
  "invocationMethod": {"url": "https:\/\/example.com/hook", "type": "WEBHOOK", "body": {"b": "{{ .inputs.env }}", "a": 1.0},
                       "agent": false, "synchronized": false, "method": "POST"},
  "trigger": {"blueprintIdentifier": "service", "operation": "DAY-2", "type": "self-service",
              "userInputs": {"required": ["env", "ver"], "properties": {"env": {"type": "string"}, "ver": {"type": "string"}}, "order": []}},
  "requiredApproval": false
})";
} // namespace

class TestOrgSync : public QObject {
  Q_OBJECT
private slots:
  void normalizeIgnoresServerFieldsDefaultsAndOrder();
  void normalizeKeepsRealChanges();
  void diffByPointer();
  void threeWayStatus();
  void twoWayStatus();
  void pushPlan();
  void manifestRoundTripAndFolder();
  void locatesPortErrors();
  void runAsScenario();
  void secretNames();
};

void TestOrgSync::normalizeIgnoresServerFieldsDefaultsAndOrder() {
  QVERIFY(sameAction(js(kLocal), js(kStored)));
  const JsonValue stripped = stripServerFields(js(kStored));
  QVERIFY(!stripped.contains(u"id"));
  QVERIFY(!stripped.contains(u"updatedBy"));
  QVERIFY(stripped.contains(
      u"requiredApproval")); // only normalize() drops defaults
}

void TestOrgSync::normalizeKeepsRealChanges() {
  // The webhook body's key order is the payload's order: a real change.
  JsonValue reordered = js(kLocal);
  JsonValue &body = *reordered.find(u"invocationMethod")->find(u"body");
  std::reverse(body.members().begin(), body.members().end());
  QVERIFY(!sameAction(js(kLocal), reordered));
  // A non-default value Port stores is a change.
  JsonValue agent = js(kLocal);
  agent.find(u"invocationMethod")->set("agent", JsonValue::fromBool(true));
  QVERIFY(!sameAction(js(kLocal), agent));
  JsonValue get = js(kLocal);
  get.find(u"invocationMethod")->set("method", JsonValue::fromString("GET"));
  QVERIFY(!sameAction(js(kLocal), get));
}

void TestOrgSync::diffByPointer() {
  JsonValue org = js(kStored);
  org.set("title", JsonValue::fromString("Deploy it"));
  org.find(u"trigger")
      ->find(u"userInputs")
      ->find(u"properties")
      ->set("extra", js(R"({"type":"number"})"));
  const QList<JsonDifference> d = diff(normalize(js(kLocal)), normalize(org));
  QCOMPARE(d.size(), 2);
  QCOMPARE(d[0].pointer, QStringLiteral("/title"));
  QCOMPARE(cellText(d[0].left), QStringLiteral("\"Deploy\""));
  QCOMPARE(cellText(d[0].right), QStringLiteral("\"Deploy it\""));
  QCOMPARE(d[1].pointer,
           QStringLiteral("/trigger/userInputs/properties/extra"));
  QVERIFY(!d[1].left);
  QCOMPARE(cellText(d[1].left), QStringLiteral("(absent)"));
}

void TestOrgSync::threeWayStatus() {
  const JsonValue base = stripServerFields(js(kStored));
  auto with = [](JsonValue v, const char *title) {
    v.set("title", JsonValue::fromString(QString::fromUtf8(title)));
    return v;
  };
  JsonValue other = js(kLocal);
  other.set("identifier", JsonValue::fromString("other"));
  Manifest m;
  for (const char *id :
       {"same", "loc", "org", "both", "bothSame", "goneLocal", "goneOrg"}) {
    JsonValue b = base;
    b.set("identifier", JsonValue::fromString(QString::fromUtf8(id)));
    m.actions.insert(QString::fromUtf8(id),
                     {QString::fromUtf8(id) + ".json", b});
  }
  auto id = [](JsonValue v, const char *i) {
    v.set("identifier", JsonValue::fromString(QString::fromUtf8(i)));
    return v;
  };
  QMap<QString, LocalAction> local;
  QMap<QString, JsonValue> orgSide;
  auto put = [&](const char *i, const std::optional<JsonValue> &l,
                 const std::optional<JsonValue> &o) {
    if (l)
      local.insert(QString::fromUtf8(i),
                   {QString::fromUtf8(i) + ".json", id(*l, i), {}});
    if (o)
      orgSide.insert(QString::fromUtf8(i), id(*o, i));
  };
  put("same", js(kLocal), js(kStored));
  put("loc", with(js(kLocal), "L"), js(kStored));
  put("org", js(kLocal), with(js(kStored), "O"));
  put("both", with(js(kLocal), "L"), with(js(kStored), "O"));
  put("bothSame", with(js(kLocal), "S"), with(js(kStored), "S"));
  put("goneOrg", js(kLocal), std::nullopt);
  put("goneLocal", std::nullopt, js(kStored));
  put("newLocal", js(kLocal), std::nullopt);
  put("newOrg", std::nullopt, js(kStored));
  put("neverPulled", with(js(kLocal), "N"), js(kStored));
  local.insert("broken.json", {"broken.json", {}, "broken.json:1:1: bad"});
  QMap<QString, Status> got;
  for (const SyncItem &it : compareFolder(local, m, orgSide))
    got.insert(it.identifier, it.status);
  QCOMPARE(got.value("same"), Status::Same);
  QCOMPARE(got.value("loc"), Status::ChangedLocally);
  QCOMPARE(got.value("org"), Status::ChangedInOrg);
  QCOMPARE(got.value("both"), Status::ChangedOnBothSides);
  QCOMPARE(got.value("bothSame"), Status::Same);
  QCOMPARE(got.value("goneOrg"), Status::OnlyLocal);
  QCOMPARE(got.value("goneLocal"), Status::OnlyInOrg);
  QCOMPARE(got.value("newLocal"), Status::OnlyLocal);
  QCOMPARE(got.value("newOrg"), Status::OnlyInOrg);
  QCOMPARE(got.value("neverPulled"), Status::Different);
  QCOMPARE(got.value("broken.json"), Status::Error);
  QCOMPARE(got.size(), 11);
  QCOMPARE(statusName(Status::ChangedInOrg),
           QStringLiteral("changed in the org"));
  QCOMPARE(statusKey(Status::ChangedInOrg), QStringLiteral("changed-in-org"));
  QCOMPARE(statusKey(Status::OnlyInOrg), QStringLiteral("only-in-org"));
}

void TestOrgSync::twoWayStatus() {
  QMap<QString, JsonValue> a{{"deploy", js(kLocal)},
                             {"x", js(R"({"identifier":"x"})")}};
  QMap<QString, JsonValue> b{{"deploy", js(kStored)},
                             {"y", js(R"({"identifier":"y"})")}};
  const QList<SyncItem> items = compareSets(a, b);
  QCOMPARE(items.size(), 3);
  QCOMPARE(items[0].status, Status::Same);
  QCOMPARE(items[0].blueprint, QStringLiteral("service"));
  QCOMPARE(items[1].status, Status::OnlyLocal);
  QCOMPARE(items[2].status, Status::OnlyInOrg);
  const QMap<QString, JsonValue> fromList = actionsByIdentifier(js(
      R"({"ok":true,"actions":[{"identifier":"q","id":"1","updatedAt":"t"}]})"));
  QCOMPARE(fromList.keys(), QStringList{"q"});
  QVERIFY(!fromList.value("q").contains(u"id"));
}

void TestOrgSync::pushPlan() {
  SyncItem created{
      "new", Status::OnlyLocal, "new.json", js(kLocal), {}, {}, {}, {}, false,
      {}};
  SyncItem changed{"chg",      Status::ChangedLocally,
                   "chg.json", js(kLocal),
                   js(kLocal), js(kLocal),
                   {},         {},
                   false,      {{"/title", {}, {}}}};
  SyncItem theirs{"theirs",
                  Status::ChangedInOrg,
                  "theirs.json",
                  js(kLocal),
                  js(kLocal),
                  js(kLocal),
                  {},
                  {},
                  false,
                  {}};
  SyncItem same{"same",     Status::Same, "same.json", js(kLocal), js(kLocal),
                js(kLocal), {},           {},          false,      {}};
  SyncItem onlyOrg{
      "remote", Status::OnlyInOrg, {}, {}, {}, js(kLocal), {}, {}, false, {}};
  const QList<SyncItem> items{created, changed, theirs, same, onlyOrg};
  QList<PushStep> plan = planPush(items, {}, false);
  QCOMPARE(plan.size(), 4); // never deletes what is only in the org
  QCOMPARE(plan[0].op, PushStep::Op::Create);
  QCOMPARE(plan[1].op, PushStep::Op::Update);
  QCOMPARE(plan[2].op, PushStep::Op::Skip);
  QVERIFY(plan[2].reason.contains("--force"));
  QCOMPARE(plan[3].op, PushStep::Op::Skip);
  plan = planPush(items, {"theirs"}, true);
  QCOMPARE(plan.size(), 1);
  QCOMPARE(plan[0].op, PushStep::Op::Update);
}

void TestOrgSync::manifestRoundTripAndFolder() {
  QTemporaryDir dir;
  Manifest m;
  QString error;
  QVERIFY(Manifest::load(dir.path(), &m, &error)); // none yet: empty
  QVERIFY(m.actions.isEmpty());
  m.profile = "staging";
  m.baseUrl = "http://127.0.0.1:1";
  m.syncedAt = QDateTime::currentDateTimeUtc();
  m.actions.insert("deploy", {"deploy.json", stripServerFields(js(kStored))});
  QVERIFY(m.save(dir.path(), &error));
  Manifest back;
  QVERIFY(Manifest::load(dir.path(), &back, &error));
  QCOMPARE(back.profile, QStringLiteral("staging"));
  QCOMPARE(back.actions.value("deploy").file, QStringLiteral("deploy.json"));
  QVERIFY(back.actions.value("deploy").copy == stripServerFields(js(kStored)));

  auto write = [&](const QString &name, const QByteArray &bytes) {
    QFile f(dir.filePath(name));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
  };
  write("deploy.json", kLocal);
  write("deploy.scenarios.json", R"({"version":1,"scenarios":[]})");
  write("broken.json", "{");
  write("wrapped.json", R"({"ok":true,"action":{"identifier":"w"}})");
  QStringList problems;
  const QMap<QString, LocalAction> local = readFolder(dir.path(), &problems);
  QCOMPARE(local.keys(), (QStringList{"broken.json", "deploy", "w"}));
  QVERIFY(!local.value("broken.json").error.isEmpty());
  QCOMPARE(problems.size(), 1);
  QCOMPARE(fileNameFor("a/b c"), QStringLiteral("a_b_c.json"));
  QCOMPARE(fileNameFor(".hidden"), QStringLiteral("_.hidden.json"));
}

void TestOrgSync::locatesPortErrors() {
  const JsonValue a = js(kLocal);
  QCOMPARE(pointerNamedBy(
               "body/trigger/blueprintIdentifier must be an existing blueprint",
               {}, a),
           QStringLiteral("/trigger/blueprintIdentifier"));
  QCOMPARE(
      pointerNamedBy(
          "bad",
          js(R"({"errors":[{"instancePath":"/invocationMethod/url","message":"x"}]})"),
          a),
      QStringLiteral("/invocationMethod/url"));
  QCOMPARE(pointerNamedBy("body.trigger.operation is not allowed", {}, a),
           QStringLiteral("/trigger/operation"));
  // A path that does not exist is narrowed to what does.
  QCOMPARE(pointerNamedBy("x", js(R"({"path":["body","trigger","nope"]})"), a),
           QStringLiteral("/trigger"));
  QCOMPARE(pointerNamedBy("The json provided does not match the route's schema",
                          {}, a),
           QString());
}

void TestOrgSync::runAsScenario() {
  const JsonValue run = js(
      R"({"id":"r_123","status":"SUCCESS","action":{"identifier":"deploy","title":"Deploy"},
      "blueprint":{"identifier":"service"},"entity":{"identifier":"svc-a","title":"Svc A","deleted":false},
      "properties":{"env":"prod","ver":"1.2"},"rawProperties":{"env":"prod","ver":"1.2"},
      "source":"UI","createdBy":"auth0|u1","createdAt":"2026-01-05T10:00:00.000Z",
      "payload":{"b":"prod","a":1}})");
  QCOMPARE(runActionIdentifier(run), QStringLiteral("deploy"));
  QCOMPARE(runActionIdentifier(js(R"({"action":"legacy"})")),
           QStringLiteral("legacy"));
  QStringList notes;
  const Scenario s = scenarioFromRun(run, "run r_123", &notes);
  QCOMPARE(s.name, QStringLiteral("run r_123"));
  QCOMPARE(s.runId, QStringLiteral("r_123"));
  QCOMPARE(s.inputs.value(u"env").toString(), QStringLiteral("prod"));
  QCOMPARE(s.entity.value(u"identifier").toString(), QStringLiteral("svc-a"));
  QCOMPARE(s.entity.value(u"blueprint").toString(), QStringLiteral("service"));
  QVERIFY(!s.entity.contains(u"deleted"));
  QCOMPARE(s.user.userId, QStringLiteral("auth0|u1"));
  QCOMPARE(s.triggerOrigin, QStringLiteral("UI"));
  QCOMPARE(s.triggerAt, QStringLiteral("2026-01-05T10:00:00.000Z"));
  QVERIFY(!notes.isEmpty());

  // Port's payload as `equals` assertions, tagged with the run, on the part the
  // backend sends.
  const JsonValue hook = js(R"({"invocationMethod":{"type":"WEBHOOK"}})");
  JsonValue a = portPayloadAssertions(hook, run.value(u"payload"), "r_123");
  QCOMPARE(a.size(), qsizetype(1));
  QCOMPARE(a.at(0).value(u"pointer").toString(), QStringLiteral("/body"));
  QCOMPARE(a.at(0).value(u"portRun").toString(), QStringLiteral("r_123"));
  JsonValue expect = withPortPayloadAssertions(
      js(R"({"assertions":[{"pointer":"/url","exists":true}]})"), a);
  QCOMPARE(expect.value(u"assertions").size(), qsizetype(2));
  QCOMPARE(portPayloadRun(expect), QStringLiteral("r_123"));
  QCOMPARE(portPayloadRun(
               js(R"({"assertions":[{"pointer":"/url","exists":true}]})")),
           QString());

  RenderedInvocation inv;
  inv.backend = "WEBHOOK";
  inv.method = "POST";
  inv.url = "https://x";
  inv.body = R"({"b":"prod","a":1})";
  QVERIFY(checkPortPayload(expect, invocationComparable(inv)).isEmpty());
  inv.body = R"({"b":"staging","a":1})";
  const QList<ExpectationIssue> d =
      checkPortPayload(expect, invocationComparable(inv));
  QCOMPARE(d.size(), 1);
  QCOMPARE(d[0].pointer, QStringLiteral("/body/b"));
  QVERIFY(payloadReport(d, "r_123")
              .contains("/body/b: expected \"prod\", got \"staging\""));
  // GitHub: Port's payload holds the inputs alone.
  a = portPayloadAssertions(js(R"({"invocationMethod":{"type":"GITHUB"}})"),
                            run.value(u"payload"), "r_123");
  QCOMPARE(a.at(0).value(u"pointer").toString(),
           QStringLiteral("/body/inputs"));
  inv.backend = "GITHUB";
  inv.body = R"({"ref":"main","inputs":{"b":"prod","a":1}})";
  QVERIFY(checkPortPayload(withPortPayloadAssertions({}, a),
                           invocationComparable(inv))
              .isEmpty());
  a = portPayloadAssertions(js(R"({"invocationMethod":{"type":"KAFKA"}})"),
                            run.value(u"payload"), "r_123");
  QCOMPARE(a.at(0).value(u"pointer").toString(), QStringLiteral("/value"));
  a = portPayloadAssertions(
      js(R"({"invocationMethod":{"type":"UPSERT_ENTITY"}})"),
      run.value(u"payload"), "r_123");
  QCOMPARE(a.at(0).value(u"pointer").toString(), QStringLiteral("/entity"));
  // Port's invocation form: body (a JSON text parsed), url and method; headers
  // stay out (secrets).
  a = portPayloadAssertions(
      hook,
      js(R"({"type":"WEBHOOK","url":"https://x","method":"POST","headers":{"A":"b"},"body":"{\"b\":\"prod\",\"a\":1}"})"),
      "r_9");
  QCOMPARE(a.size(), qsizetype(3));
  QCOMPARE(a.at(0).value(u"equals").value(u"b").toString(),
           QStringLiteral("prod"));
  QCOMPARE(a.at(1).value(u"pointer").toString(), QStringLiteral("/url"));
  QCOMPARE(a.at(2).value(u"pointer").toString(), QStringLiteral("/method"));
}

void TestOrgSync::secretNames() {
  const QStringList names = orgSecretNames(js(
      R"({"ok":true,"secrets":[{"secretName":"A","description":""},"B",{"name":"C"},{}]})"));
  QCOMPARE(names, (QStringList{"A", "B", "C"}));
  QStringList used;
  const JsonValue a = js(
      R"({"identifier":"x","invocationMethod":{"type":"WEBHOOK","url":"u","headers":{"T":"{{ .secrets.A }}","U":"{{ .secrets[\"Z\"] }}"}}})");
  QCOMPARE(missingSecrets(a, names, &used), QStringList{"Z"});
  QCOMPARE(used.size(), 2);
}

QTEST_MAIN(TestOrgSync)
#include "tst_orgsync.moc"
