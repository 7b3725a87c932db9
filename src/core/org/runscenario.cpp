#include "org/runscenario.h"

#include "json/jsonparser.h"

#include <QDir>
#include <QFileInfo>

namespace ad::org {

QString runActionIdentifier(const JsonValue &run)
{
    const JsonValue &a = run.value(u"action");
    return a.isString() ? a.toString() : a.value(u"identifier").toString();
}

Scenario scenarioFromRun(const JsonValue &run, const QString &name, QStringList *notes)
{
    Scenario s;
    s.name = name;
    s.runId = run.value(u"id").toString(s.runId);
    // `properties` are the inputs as Port resolved them (entities expanded): what the templates saw.
    const JsonValue &props = run.value(u"properties").isObject() ? run.value(u"properties") : run.value(u"rawProperties");
    if (props.isObject())
        s.inputs = props;
    const JsonValue &entity = run.value(u"entity");
    if (entity.isObject() && !entity.value(u"identifier").toString().isEmpty()) {
        JsonValue e = JsonValue::object();
        for (const JsonMember &m : entity.members())
            if (m.key != QLatin1String("deleted"))
                e.set(m.key, m.value);
        if (!e.contains(u"blueprint") && run.value(u"blueprint").isObject())
            e.set(QStringLiteral("blueprint"), run.value(u"blueprint").value(u"identifier"));
        s.entity = e;
        if (notes && !entity.contains(u"properties"))
            *notes << QStringLiteral("the run names entity \"%1\" but not its properties; .entity.properties is empty")
                          .arg(entity.value(u"identifier").toString());
    }
    const QString createdBy = run.value(u"createdBy").toString();
    if (!createdBy.isEmpty())
        s.user.userId = createdBy;
    if (notes)
        *notes << QStringLiteral("the run does not carry the user's e-mail, name, teams or roles; the scenario keeps the mock user's");
    const JsonValue &source = run.value(u"source");
    const QString origin = source.isString() ? source.toString() : source.value(u"type").toString();
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

QString expectedPayloadPath(const QString &actionPath, const QString &runId)
{
    const QFileInfo fi(actionPath);
    return fi.dir().filePath(fi.completeBaseName() + QStringLiteral(".expected/") + runId + QStringLiteral(".json"));
}

JsonValue payloadOf(const RenderedInvocation &inv, const JsonValue &expectedShape)
{
    if (inv.backend == QLatin1String("UPSERT_ENTITY"))
        return inv.entity;
    const QByteArray bytes = inv.backend == QLatin1String("KAFKA") ? inv.value : inv.body;
    JsonParseResult parsed = parseJson(bytes);
    if (!parsed.ok())
        return JsonValue::fromString(QString::fromUtf8(bytes));
    JsonValue v = parsed.value;
    // GitHub gets {"ref", "inputs"}; Port's payload may hold the inputs alone.
    if (v.isObject() && v.value(u"inputs").isObject() && expectedShape.isObject() && !expectedShape.contains(u"inputs")
        && !expectedShape.contains(u"ref"))
        return v.value(u"inputs");
    return v;
}

QList<JsonDifference> comparePayloads(const JsonValue &ours, const JsonValue &ports)
{
    JsonValue a = ours, b = ports;
    a.clearSourceInfo();
    b.clearSourceInfo();
    return diff(a, b);
}

QString payloadReport(const QList<JsonDifference> &diffs, const QString &runId)
{
    if (diffs.isEmpty())
        return QStringLiteral("Our render equals the payload Port sent for run %1\n").arg(runId);
    QString out = QStringLiteral("%1 difference(s) between our render and the payload Port sent for run %2:\n").arg(diffs.size()).arg(runId);
    for (const JsonDifference &d : diffs)
        out += QStringLiteral("    %1\n      ours: %2\n      Port: %3\n")
                   .arg(d.pointer.isEmpty() ? QStringLiteral("/") : d.pointer, cellText(d.left), cellText(d.right));
    return out;
}

}  // namespace ad::org
