// The backend form for each declared type, against the real Document: edits land at exactly their
// pointer, document changes show in the form, undo/redo, and switching type and back loses nothing.

#include "formtest.h"

#include "app/forms/backendeditor.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"
#include "app/forms/jsonfield.h"
#include "app/forms/limitlabel.h"
#include "app/forms/mapfield.h"
#include "app/forms/typeswitch.h"
#include "backend/backends.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

#include <Qsci/qsciscintilla.h>

using namespace ad;
using namespace ad::app;

namespace {

// The first declared field of `kind` (groups searched too), as a pointer under /invocationMethod.
QString firstOfKind(const QList<FieldDecl> &fields, FieldKind kind, const QString &base)
{
    for (const FieldDecl &f : fields) {
        const QString p = jsonPointerAppend(base, f.key);
        if (f.kind == kind)
            return p;
        if (f.kind == FieldKind::Group) {
            const QString inner = firstOfKind(f.children, kind, p);
            if (!inner.isEmpty())
                return inner;
        }
    }
    return {};
}

struct Fixture {
    Document doc;
    BackendEditor editor;
    JsonValue before;
    explicit Fixture(const QString &type)
    {
        const BackendDecl *b = findBackend(type);
        doc.loadBytes(formtest::actionWith(b->newActionJson), QStringLiteral("t.json"));
        editor.setDocument(&doc);
        editor.resize(700, 900);
        editor.show();
        before = doc.action();
    }
    // The first field of `kind` of this type, as a pointer.
    QString first(FieldKind kind) const
    {
        const BackendDecl *b = findBackend(doc.value(QStringLiteral("/invocationMethod/type"))->toString());
        return firstOfKind(b->fields, kind, QStringLiteral("/invocationMethod"));
    }
    template<class W>
    W *widget(const QString &pointer)
    {
        FieldWidget *w = editor.context()->widgetFor(pointer);
        return w && w->pointer() == pointer ? qobject_cast<W *>(w) : nullptr;
    }
};

}  // namespace

class TestBackendForms : public QObject {
    Q_OBJECT
private slots:
    void types_data();
    void editString_data() { types_data(); }
    void editString();
    void documentToForm_data() { types_data(); }
    void documentToForm();
    void boolOrTemplate_data() { types_data(); }
    void boolOrTemplate();
    void jsonField_data() { types_data(); }
    void jsonField();
    void switchTypeAndBack_data() { types_data(); }
    void switchTypeAndBack();
    void githubInputLimit();
    void headersTable();
    void typeSwitchCarriesIntoGroups();
    void everyExampleLoads();
};

void TestBackendForms::types_data()
{
    QTest::addColumn<QString>("type");
    for (const BackendDecl &b : backends())
        if (b.inSchema)
            QTest::newRow(qPrintable(b.type)) << b.type;
}

void TestBackendForms::editString()
{
    QFETCH(QString, type);
    Fixture f(type);
    const QString ptr = f.first(FieldKind::String);
    if (ptr.isEmpty()) {
        // A type with only a JSON body (KAFKA): type into its editor.
        const QString body = f.first(FieldKind::JsonBody);
        auto *json = f.widget<JsonField>(body);
        QVERIFY(json);
        const int undoBefore = f.doc.undoStack()->index();
        json->editor()->setFocus();
        json->editor()->selectAll();
        QTest::keyClicks(json->editor(), QStringLiteral("{\"a\": [1, \"{{ .run.id }}\"]}"));
        const JsonValue expected = formtest::parsed(QStringLiteral("{\"a\": [1, \"{{ .run.id }}\"]}"));
        JSON_COMPARE(f.doc.action(), formtest::withValue(f.before, body, &expected));
        f.doc.undoStack()->setIndex(undoBefore);
        JSON_COMPARE(f.doc.action(), f.before);
        JSON_COMPARE(formtest::parsed(json->text()), *f.before.find(u"invocationMethod")->find(u"payload"));
        while (f.doc.undoStack()->canRedo())
            f.doc.undoStack()->redo();
        JSON_COMPARE(formtest::parsed(json->text()), expected);
        return;
    }
    auto *field = f.widget<StringField>(ptr);
    QVERIFY2(field, qPrintable(ptr));
    const QString old = f.doc.value(ptr)->toString();
    QCOMPARE(field->edit()->text(), old);

    const int undoBefore = f.doc.undoStack()->index();
    field->edit()->setFocus();
    field->edit()->end(false);
    QTest::keyClicks(field->edit(), QStringLiteral("-x"));
    const JsonValue expected = JsonValue::fromString(old + QStringLiteral("-x"));
    JSON_COMPARE(*f.doc.value(ptr), expected);
    // Exactly that pointer changed.
    JSON_COMPARE(f.doc.action(), formtest::withValue(f.before, ptr, &expected));
    const JsonValue after = f.doc.action();

    f.doc.undoStack()->setIndex(undoBefore);
    JSON_COMPARE(f.doc.action(), f.before);
    QCOMPARE(field->edit()->text(), old);
    f.doc.undoStack()->redo();
    while (f.doc.undoStack()->canRedo())
        f.doc.undoStack()->redo();
    JSON_COMPARE(f.doc.action(), after);
    QCOMPARE(field->edit()->text(), old + QStringLiteral("-x"));
}

void TestBackendForms::documentToForm()
{
    QFETCH(QString, type);
    Fixture f(type);
    const QString ptr = f.first(FieldKind::String);
    if (ptr.isEmpty()) {
        auto *json = f.widget<JsonField>(f.first(FieldKind::JsonBody));
        QVERIFY(json);
        const QString body = json->pointer();
        const JsonValue v = formtest::parsed(QStringLiteral("{\"from\": \"the document\"}"));
        f.doc.setValue(body, v);
        JSON_COMPARE(formtest::parsed(json->text()), v);
        return;
    }
    auto *field = f.widget<StringField>(ptr);
    QVERIFY(field);
    f.doc.setValue(ptr, JsonValue::fromString(QStringLiteral("from-the-document")));
    QCOMPARE(field->edit()->text(), QStringLiteral("from-the-document"));

    // A whole-text change (the JSON view) reaches the form too.
    QString text = f.doc.text();
    text.replace(QStringLiteral("from-the-document"), QStringLiteral("typed-in-json"));
    f.doc.setText(text);
    QCOMPARE(field->edit()->text(), QStringLiteral("typed-in-json"));

    // While the text does not parse, the form is read-only and keeps the last good state.
    f.doc.setText(text.left(text.size() / 2));
    QVERIFY(!field->isEnabledTo(&f.editor));
    QCOMPARE(field->edit()->text(), QStringLiteral("typed-in-json"));
    f.doc.setText(text);
    QVERIFY(field->isEnabledTo(&f.editor));
}

void TestBackendForms::boolOrTemplate()
{
    QFETCH(QString, type);
    const BackendDecl *b = findBackend(type);
    const QString ptr = firstOfKind(b->fields, FieldKind::BoolOrTemplate, QStringLiteral("/invocationMethod"));
    if (ptr.isEmpty())
        QSKIP("no boolean field in this type");
    Fixture f(type);
    auto *field = f.widget<BoolField>(ptr);
    QVERIFY(field);
    const JsonValue *old = f.doc.value(ptr);
    const bool was = old && old->isBool() ? old->toBool() : field->checkBox()->isChecked();
    QCOMPARE(field->checkBox()->isChecked(), was);
    field->checkBox()->click();
    JsonValue expected = JsonValue::fromBool(!was);
    JSON_COMPARE(f.doc.action(), formtest::withValue(f.before, ptr, &expected));

    // The template toggle turns it into a {{ }} string; typing edits that string.
    field->altToggle()->click();
    QVERIFY(f.doc.value(ptr)->isString());
    QVERIFY(field->altEdit()->isVisibleTo(field));
    field->altEdit()->selectAll();
    QTest::keyClicks(field->altEdit(), QStringLiteral("{{ .inputs.name == \"x\" }}"));
    expected = JsonValue::fromString(QStringLiteral("{{ .inputs.name == \"x\" }}"));
    JSON_COMPARE(f.doc.action(), formtest::withValue(f.before, ptr, &expected));

    // From the document: a bool again shows the checkbox.
    f.doc.setValue(ptr, JsonValue::fromBool(true));
    QVERIFY(!field->altToggle()->isChecked());
    QVERIFY(field->checkBox()->isChecked());
}

void TestBackendForms::jsonField()
{
    QFETCH(QString, type);
    const BackendDecl *b = findBackend(type);
    QString ptr = firstOfKind(b->fields, FieldKind::JsonBody, QStringLiteral("/invocationMethod"));
    if (ptr.isEmpty())
        ptr = firstOfKind(b->fields, FieldKind::JsonObject, QStringLiteral("/invocationMethod"));
    if (ptr.isEmpty())
        QSKIP("no JSON field in this type");
    Fixture f(type);
    auto *field = f.widget<JsonField>(ptr);
    QVERIFY(field);
    field->setTableMode(false);
    const QString json = QStringLiteral("{\n  \"run\": \"{{ .run.id }}\",\n  \"n\": 1\n}");
    field->setText(json);
    const JsonValue expected = formtest::parsed(json);
    JSON_COMPARE(f.doc.action(), formtest::withValue(f.before, ptr, &expected));
    QVERIFY(field->errorLabel()->isHidden());

    // Broken JSON: nothing written, a located error, the text kept.
    const QString broken = QStringLiteral("{\n  \"run\": \n}");
    field->setText(broken);
    JSON_COMPARE(*f.doc.value(ptr), expected);
    QVERIFY(!field->errorLabel()->isHidden());
    QVERIFY2(field->errorLabel()->text().contains(QStringLiteral("Line 3")), qPrintable(field->errorLabel()->text()));
    QCOMPARE(field->text(), broken);

    // The document's value shows up when it changes from elsewhere.
    const JsonValue other = formtest::parsed(QStringLiteral("{\"other\": true}"));
    f.doc.setValue(ptr, other);
    JSON_COMPARE(formtest::parsed(field->text()), other);
}

void TestBackendForms::switchTypeAndBack()
{
    QFETCH(QString, type);
    Fixture f(type);
    QComboBox *combo = f.editor.typeCombo();
    QCOMPARE(combo->currentData().toString(), type);
    // Switch to every other type, then back: nothing of the original is lost.
    for (const BackendDecl &b : backends()) {
        if (!b.inSchema || b.type == type)
            continue;
        const int i = combo->findData(b.type);
        QVERIFY(i >= 0);
        combo->setCurrentIndex(i);
        emit combo->activated(i);
        QCOMPARE(f.doc.value(QStringLiteral("/invocationMethod/type"))->toString(), b.type);
        QVERIFY(f.editor.findChild<QWidget *>(QStringLiteral("backendForm")));
    }
    QVERIFY(!f.editor.carryNote()->text().isEmpty());
    const int back = combo->findData(type);
    combo->setCurrentIndex(back);
    emit combo->activated(back);
    JSON_COMPARE(f.doc.action(), f.before);
    QVERIFY2(f.editor.carryNote()->text().contains(QStringLiteral("Restored")), qPrintable(f.editor.carryNote()->text()));
    // The rebuilt form shows the restored values.
    const BackendDecl *b = findBackend(type);
    const QString ptr = firstOfKind(b->fields, FieldKind::String, QStringLiteral("/invocationMethod"));
    if (auto *field = f.widget<StringField>(ptr))
        QCOMPARE(field->edit()->text(), f.doc.value(ptr)->toString());
    else
        QVERIFY(ptr.isEmpty());
    // And the switch itself is undoable.
    f.doc.undoStack()->undo();
    QVERIFY(f.doc.value(QStringLiteral("/invocationMethod/type"))->toString() != type);
}

void TestBackendForms::githubInputLimit()
{
    Fixture f(QStringLiteral("GITHUB"));
    auto *label = f.editor.findChild<QWidget *>(QStringLiteral("workflowInputsLimit"));
    QVERIFY(label);
    QLabel *text = label->findChild<QLabel *>();
    // spreadValue of .inputs counts the action's two user inputs, plus port_context.
    QVERIFY2(text->text().startsWith(QStringLiteral("3 of 10")), qPrintable(text->text()));
    JsonValue many = JsonValue::object();
    for (int i = 0; i < 11; ++i)
        many.set(QStringLiteral("k%1").arg(i), JsonValue::fromString(QStringLiteral("v")));
    many.set(QStringLiteral("ref"), JsonValue::fromString(QStringLiteral("main")));
    f.doc.setValue(QStringLiteral("/invocationMethod/workflowInputs"), many);
    QVERIFY2(text->text().startsWith(QStringLiteral("11 of 10")), qPrintable(text->text()));
    QVERIFY(text->text().contains(QStringLiteral("rejects")));
    // A new user input changes the count live.
    f.doc.setValue(QStringLiteral("/invocationMethod/workflowInputs"),
                   formtest::parsed(QStringLiteral("{\"{{ spreadValue() }}\": \"{{ .inputs }}\"}")));
    f.doc.setValue(QStringLiteral("/trigger/userInputs/properties/third"),
                   formtest::parsed(QStringLiteral("{\"type\": \"string\"}")));
    QVERIFY2(text->text().startsWith(QStringLiteral("3 of 10")), qPrintable(text->text()));
    bool exact = false;
    QCOMPARE(countWorkflowInputs(formtest::parsed(QStringLiteral("{\"{{ spreadValue() }}\": \"{{ .x }}\", \"a\": 1}")),
                                 nullptr, &exact),
             1);
    QVERIFY(!exact);
}

void TestBackendForms::headersTable()
{
    Fixture f(QStringLiteral("WEBHOOK"));
    const QString ptr = QStringLiteral("/invocationMethod/headers");
    auto *map = f.widget<MapField>(ptr);
    QVERIFY(map);
    QCOMPARE(map->table()->rowCount(), 1);
    QCOMPARE(map->table()->item(0, 0)->text(), QStringLiteral("RUN_ID"));
    // Edit a value cell.
    map->table()->item(0, 1)->setText(QStringLiteral("{{ .run.id }}-2"));
    JsonValue expected = formtest::parsed(QStringLiteral("{\"RUN_ID\": \"{{ .run.id }}-2\"}"));
    JSON_COMPARE(f.doc.action(), formtest::withValue(f.before, ptr, &expected));
    // Add a row, name it, remove it.
    map->addButton()->click();
    QCOMPARE(map->table()->rowCount(), 2);
    map->table()->item(1, 0)->setText(QStringLiteral("Authorization"));
    map->table()->item(1, 1)->setText(QStringLiteral("Bearer {{ .secrets.TOKEN }}"));
    expected = formtest::parsed(QStringLiteral(
        "{\"RUN_ID\": \"{{ .run.id }}-2\", \"Authorization\": \"Bearer {{ .secrets.TOKEN }}\"}"));
    JSON_COMPARE(*f.doc.value(ptr), expected);
    map->table()->setCurrentCell(0, 0);
    map->removeButton()->click();
    JSON_COMPARE(*f.doc.value(ptr), formtest::parsed(QStringLiteral("{\"Authorization\": \"Bearer {{ .secrets.TOKEN }}\"}")));
    // The document's undo brings the table back.
    f.doc.undoStack()->undo();
    QCOMPARE(map->table()->rowCount(), 2);
}

void TestBackendForms::typeSwitchCarriesIntoGroups()
{
    const JsonValue gh = formtest::parsed(findBackend(QStringLiteral("GITHUB"))->newActionJson);
    const TypeSwitch s = switchBackendType(gh, QStringLiteral("INTEGRATION_ACTION"), nullptr);
    const JsonValue props = s.method.value(u"integrationActionExecutionProperties");
    JSON_COMPARE(props.value(u"workflowInputs"), gh.value(u"workflowInputs"));
    QCOMPARE(props.value(u"org").toString(), gh.value(u"org").toString());
    QVERIFY(s.dropped.isEmpty());
    const TypeSwitch w = switchBackendType(gh, QStringLiteral("WEBHOOK"), nullptr);
    QVERIFY(w.dropped.contains(QStringLiteral("workflowInputs")));
    QCOMPARE(w.method.value(u"type").toString(), QStringLiteral("WEBHOOK"));
}

void TestBackendForms::everyExampleLoads()
{
    const QDir dir(QStringLiteral(AD_EXAMPLES_DIR));
    const QStringList files = dir.entryList({QStringLiteral("*.json")}, QDir::Files);
    QVERIFY(!files.isEmpty());
    for (const QString &name : files) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::ReadOnly));
        Document doc;
        doc.loadBytes(file.readAll(), name);
        BackendEditor editor;
        editor.setDocument(&doc);
        for (int i = 0; i < doc.actionCount(); ++i) {
            doc.setCurrentAction(i);
            const JsonValue *t = doc.value(QStringLiteral("/invocationMethod/type"));
            if (t && findBackend(t->toString()))
                QCOMPARE(editor.typeCombo()->currentData().toString(), t->toString());
        }
    }
}

QTEST_MAIN(TestBackendForms)
#include "tst_backendforms.moc"
