// The backend declarations (src/core/backend/backends.cpp) must agree with Port's schema: every
// invocationMethod type of the schema is declared with the same field keys and required flags,
// and SLACK/JENKINS are declared as outside the schema.

#include "backend/backends.h"
#include "json/jsonparser.h"
#include "validate/schemacheck.h"
#include "validate/validator.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QtTest>

using namespace ad;

namespace {

QJsonObject loadSchema()
{
    QFile f(QStringLiteral(AD_SCHEMA_DIR "/port-openapi-actions-subset.json"));
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return actionBodySchema(QJsonDocument::fromJson(f.readAll()).object());
}

// type -> the invocationMethod branch of the schema.
QMap<QString, QJsonObject> schemaBranches()
{
    QMap<QString, QJsonObject> out;
    const QJsonArray branches =
        loadSchema().value(u"properties").toObject().value(u"invocationMethod").toObject().value(u"oneOf").toArray();
    for (const QJsonValue &b : branches) {
        const QJsonObject o = b.toObject();
        const QJsonArray types = o.value(u"properties").toObject().value(u"type").toObject().value(u"enum").toArray();
        if (types.size() == 1)
            out.insert(types.first().toString(), o);
    }
    return out;
}

QSet<QString> stringSet(const QJsonArray &a)
{
    QSet<QString> s;
    for (const QJsonValue &v : a)
        s.insert(v.toString());
    return s;
}

void compareFields(const QString &where, const QList<FieldDecl> &fields, const QJsonObject &schemaObject)
{
    QSet<QString> schemaKeys;
    const QJsonObject props = schemaObject.value(u"properties").toObject();
    for (auto it = props.begin(); it != props.end(); ++it)
        if (it.key() != u"type" || !props.value(u"type").toObject().contains(u"enum"))
            schemaKeys.insert(it.key());
    QSet<QString> declKeys;
    for (const FieldDecl &f : fields)
        declKeys.insert(f.key);
    QVERIFY2(declKeys == schemaKeys,
             qPrintable(QStringLiteral("%1: declared %2, schema %3")
                            .arg(where, QStringList(declKeys.values()).join(u','),
                                 QStringList(schemaKeys.values()).join(u','))));
    const QSet<QString> required = stringSet(schemaObject.value(u"required").toArray());
    for (const FieldDecl &f : fields)
        QVERIFY2(f.required == required.contains(f.key),
                 qPrintable(QStringLiteral("%1: required flag of '%2'").arg(where, f.key)));
}

}  // namespace

class TestBackends : public QObject {
    Q_OBJECT
private slots:
    void everySchemaTypeIsDeclared();
    void declaredTypesAreInSchema();
    void fieldsMatchSchema_data();
    void fieldsMatchSchema();
    void aliasesAreOutsideSchema();
    void newActionJsonIsValid_data();
    void newActionJsonIsValid();
};

void TestBackends::everySchemaTypeIsDeclared()
{
    const QMap<QString, QJsonObject> branches = schemaBranches();
    QCOMPARE(branches.size(), 7);
    for (const QString &type : branches.keys()) {
        const BackendDecl *b = findBackend(type);
        QVERIFY2(b, qPrintable(type));
        QVERIFY(b->inSchema);
        QVERIFY(!b->label.isEmpty());
    }
    QStringList declared = schemaBackendTypes();
    declared.sort();
    QCOMPARE(declared, branches.keys());
}

void TestBackends::declaredTypesAreInSchema()
{
    const QMap<QString, QJsonObject> branches = schemaBranches();
    for (const BackendDecl &b : backends())
        QCOMPARE(branches.contains(b.type), b.inSchema);
}

void TestBackends::fieldsMatchSchema_data()
{
    QTest::addColumn<QString>("type");
    for (const QString &t : schemaBranches().keys())
        QTest::newRow(qPrintable(t)) << t;
}

void TestBackends::fieldsMatchSchema()
{
    QFETCH(QString, type);
    const QJsonObject branch = schemaBranches().value(type);
    const BackendDecl *b = findBackend(type);
    QVERIFY(b);
    QCOMPARE(branch.value(u"additionalProperties").toBool(true), false);
    compareFields(type, b->fields, branch);
    if (QTest::currentTestFailed())
        return;
    // Groups whose inner fields the schema spells out (UPSERT_ENTITY mapping). The schema leaves
    // integrationActionExecutionProperties as a bare object, so only its presence is checked.
    const QJsonObject props = branch.value(u"properties").toObject();
    for (const FieldDecl &f : b->fields) {
        const QJsonObject fieldSchema = props.value(f.key).toObject();
        if (f.kind != FieldKind::Group) {
            QVERIFY2(fieldSchema.value(u"type").toString() != u"object" || fieldSchema.contains(u"properties")
                         || f.kind == FieldKind::JsonObject || f.kind == FieldKind::StringMap,
                     qPrintable(type + u'.' + f.key));
            continue;
        }
        QVERIFY(!f.children.isEmpty());
        if (fieldSchema.contains(u"properties"))
            compareFields(type + u'.' + f.key, f.children, fieldSchema);
    }
    // Enum declarations carry the schema's values.
    for (const FieldDecl &f : b->fields) {
        const QJsonArray e = props.value(f.key).toObject().value(u"enum").toArray();
        if (e.isEmpty())
            continue;
        QCOMPARE(f.kind, FieldKind::Enum);
        QCOMPARE(QSet<QString>(f.choices.begin(), f.choices.end()), stringSet(e));
    }
}

void TestBackends::aliasesAreOutsideSchema()
{
    for (const char *alias : {"SLACK", "JENKINS"}) {
        const BackendDecl *b = findBackend(QString::fromLatin1(alias));
        QVERIFY2(b, alias);
        QVERIFY(!b->inSchema);
        QCOMPARE(b->suggestInstead, QStringLiteral("WEBHOOK"));
        QVERIFY(findBackend(b->suggestInstead)->inSchema);
    }
}

void TestBackends::newActionJsonIsValid_data()
{
    QTest::addColumn<QString>("type");
    for (const BackendDecl &b : backends())
        if (b.inSchema)
            QTest::newRow(qPrintable(b.type)) << b.type;
}

// The invocationMethod a new action starts with must pass Port's schema as it is.
void TestBackends::newActionJsonIsValid()
{
    QFETCH(QString, type);
    const BackendDecl *b = findBackend(type);
    const QString action = QStringLiteral(
        "{\"identifier\": \"new_action\", \"trigger\": {\"type\": \"self-service\", \"operation\": \"CREATE\", "
        "\"userInputs\": {\"properties\": {}}}, \"invocationMethod\": %1}")
                               .arg(b->newActionJson);
    const JsonParseResult parsed = parseJson(action);
    QVERIFY2(parsed.ok(), qPrintable(parsed.error.message));
    const Diagnostics ds = validateAction(parsed.value);
    QStringList lines;
    for (const Diagnostic &d : ds)
        lines << formatDiagnostic(type, d);
    QVERIFY2(ds.isEmpty(), qPrintable(lines.join(u'\n')));
}

QTEST_GUILESS_MAIN(TestBackends)
#include "tst_backends.moc"
