// Details, trigger, user inputs and approval editors against the real Document.

#include "formtest.h"

#include "app/forms/approvaleditor.h"
#include "app/forms/detailseditor.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"
#include "app/forms/inputseditor.h"
#include "app/forms/jsonfield.h"
#include "app/forms/triggereditor.h"
#include "app/parteditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QTableWidget>
#include <QToolButton>
#include <QUndoStack>

#include <Qsci/qsciscintilla.h>

using namespace ad;
using namespace ad::app;

namespace {
QByteArray sample()
{
    return formtest::actionWith(QStringLiteral("{\"type\": \"WEBHOOK\", \"url\": \"https://example.com\"}"));
}

template<class W>
W *field(FormPart &part, const QString &pointer)
{
    FieldWidget *w = part.context()->widgetFor(pointer);
    return w && w->pointer() == pointer ? qobject_cast<W *>(w) : nullptr;
}

QStringList ids(const Document &doc)
{
    return doc.value(QStringLiteral("/trigger/userInputs/properties"))->keys();
}
}  // namespace

class TestPartForms : public QObject {
    Q_OBJECT
private slots:
    void factory();
    void details();
    void triggerOperationEnablesCondition();
    void triggerButtonTextHint();
    void triggerSwitchToAutomationAndBack();
    void automationEvent();
    void inputsAddDuplicateRemove();
    void inputsReorder();
    void inputsRename();
    void inputFields();
    void inputsLayoutModes();
    void approval();
    void focusPointer();
};

void TestPartForms::factory()
{
    QWidget parent;
    const QList<PartEditor *> editors = createPartEditors(&parent);
    QStringList got;
    for (PartEditor *e : editors)
        got << e->partId();
    QCOMPARE(got, partIds());
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    for (PartEditor *e : editors) {
        e->setDocument(&doc);
        QCOMPARE(e->parent(), &parent);
    }
}

void TestPartForms::details()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    DetailsEditor ed;
    ed.setDocument(&doc);
    ed.show();
    const JsonValue before = doc.action();
    auto *title = field<StringField>(ed, QStringLiteral("/title"));
    QVERIFY(title);
    title->edit()->setFocus();
    title->edit()->end(false);
    QTest::keyClicks(title->edit(), QStringLiteral(" it"));
    JsonValue v = JsonValue::fromString(QStringLiteral("Test it"));
    JSON_COMPARE(doc.action(), formtest::withValue(before, QStringLiteral("/title"), &v));
    // The cursor stays where the user types while the document echoes the change.
    QCOMPARE(title->edit()->cursorPosition(), 7);

    auto *anyone = field<BoolField>(ed, QStringLiteral("/allowAnyoneToViewRuns"));
    QVERIFY(anyone->checkBox()->isChecked());  // default true
    anyone->checkBox()->click();
    QCOMPARE(doc.value(QStringLiteral("/allowAnyoneToViewRuns"))->toBool(true), false);

    // Clearing an optional text removes the key.
    auto *icon = field<StringField>(ed, QStringLiteral("/icon"));
    QTest::keyClicks(icon->edit(), QStringLiteral("G"));
    QCOMPARE(doc.value(QStringLiteral("/icon"))->toString(), QStringLiteral("G"));
    QTest::keyClick(icon->edit(), Qt::Key_Backspace);
    QVERIFY(!doc.value(QStringLiteral("/icon")));
}

void TestPartForms::triggerOperationEnablesCondition()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    TriggerEditor ed;
    ed.setDocument(&doc);
    ed.show();
    auto *op = field<EnumField>(ed, QStringLiteral("/trigger/operation"));
    QVERIFY(op);
    QCOMPARE(op->combo()->currentText(), QStringLiteral("DAY-2"));
    QVERIFY(ed.conditionField()->isEnabled());

    const JsonValue before = doc.action();
    const int create = op->combo()->findText(QStringLiteral("CREATE"));
    op->combo()->setCurrentIndex(create);
    emit op->combo()->activated(create);
    JsonValue v = JsonValue::fromString(QStringLiteral("CREATE"));
    JSON_COMPARE(doc.action(), formtest::withValue(before, QStringLiteral("/trigger/operation"), &v));
    QVERIFY(!ed.conditionField()->isEnabled());

    // Back to DELETE: the condition editor takes a SEARCH query; invalid ones are not written.
    const int del = op->combo()->findText(QStringLiteral("DELETE"));
    emit op->combo()->activated(del);
    QVERIFY(ed.conditionField()->isEnabled());
    QVERIFY(!ed.conditionField()->isVisibleTo(&ed));  // no condition yet: a button adds one
    QPushButton *add = nullptr;
    for (QPushButton *b : ed.findChildren<QPushButton *>())
        if (b->text() == QStringLiteral("Add a &condition"))
            add = b;
    QVERIFY(add && add->isVisibleTo(&ed));
    add->click();
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/condition")),
                 formtest::parsed(QStringLiteral("{\"type\": \"SEARCH\", \"combinator\": \"and\", \"rules\": []}")));
    QVERIFY(ed.conditionField()->isVisibleTo(&ed));
    const JsonValue skeleton = *doc.value(QStringLiteral("/trigger/condition"));
    ed.conditionField()->setText(QStringLiteral("{\"type\": \"JQ\"}"));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/condition")), skeleton);
    QVERIFY(!ed.conditionField()->errorLabel()->isHidden());
    const QString cond = QStringLiteral("{\"type\": \"SEARCH\", \"combinator\": \"and\", \"rules\": "
                                        "[{\"property\": \"$team\", \"operator\": \"=\", \"value\": \"a\"}]}");
    ed.conditionField()->setText(cond);
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/condition")), formtest::parsed(cond));

    // The operation changed in the document (undo) disables it again.
    doc.setValue(QStringLiteral("/trigger/operation"), JsonValue::fromString(QStringLiteral("CREATE")));
    QVERIFY(!ed.conditionField()->isEnabled());
    QCOMPARE(op->combo()->currentText(), QStringLiteral("CREATE"));
}

void TestPartForms::triggerButtonTextHint()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    TriggerEditor ed;
    ed.setDocument(&doc);
    ed.show();
    auto *text = field<StringField>(ed, QStringLiteral("/trigger/actionCardButtonText"));
    QVERIFY(text);
    auto *hint = ed.findChild<HintLabel *>(QStringLiteral("actionCardButtonTextHint"));
    QVERIFY(hint);
    QTest::keyClicks(text->edit(), QStringLiteral("Deploy"));
    QCOMPARE(doc.value(QStringLiteral("/trigger/actionCardButtonText"))->toString(), QStringLiteral("Deploy"));
    QCOMPARE(hint->text(), QStringLiteral("6 of 15 characters"));
    QTest::keyClicks(text->edit(), QStringLiteral(" everything now"));
    QVERIFY(hint->text().startsWith(QStringLiteral("21 of 15")));
}

void TestPartForms::triggerSwitchToAutomationAndBack()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    TriggerEditor ed;
    ed.setDocument(&doc);
    const JsonValue before = doc.action();
    emit ed.kindCombo()->activated(1);
    QCOMPARE(doc.value(QStringLiteral("/trigger/type"))->toString(), QStringLiteral("automation"));
    // The blueprint carries over to the event.
    QCOMPARE(doc.value(QStringLiteral("/trigger/event/blueprintIdentifier"))->toString(), QStringLiteral("service"));
    emit ed.kindCombo()->activated(0);
    JSON_COMPARE(doc.action(), before);
}

void TestPartForms::automationEvent()
{
    Document doc;
    doc.loadBytes(QByteArray("{\"identifier\": \"a\", \"trigger\": {\"type\": \"automation\", \"event\": {\"type\": "
                             "\"ENTITY_UPDATED\", \"blueprintIdentifier\": \"service\"}}, \"invocationMethod\": "
                             "{\"type\": \"KAFKA\", \"payload\": {}}}"),
                  QStringLiteral("a.json"));
    TriggerEditor ed;
    ed.setDocument(&doc);
    ed.show();
    auto *type = ed.findChild<FieldWidget *>(QStringLiteral("eventType"));
    QVERIFY(type);
    auto *combo = type->findChild<QComboBox *>();
    auto *prop = field<StringField>(ed, QStringLiteral("/trigger/event/propertyIdentifier"));
    auto *action = field<StringField>(ed, QStringLiteral("/trigger/event/actionIdentifier"));
    QVERIFY(prop && action);
    QVERIFY(!prop->isVisibleTo(&ed));
    // TIMER needs a property; the blueprint is kept.
    emit combo->activated(combo->findText(QStringLiteral("TIMER_PROPERTY_EXPIRED")));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/event")),
                 formtest::parsed(QStringLiteral("{\"type\": \"TIMER_PROPERTY_EXPIRED\", \"blueprintIdentifier\": "
                                                 "\"service\", \"propertyIdentifier\": \"\"}")));
    QVERIFY(prop->isVisibleTo(&ed));
    QTest::keyClicks(prop->edit(), QStringLiteral("ttl"));
    QCOMPARE(doc.value(QStringLiteral("/trigger/event/propertyIdentifier"))->toString(), QStringLiteral("ttl"));
    // RUN_* needs an action identifier instead.
    emit combo->activated(combo->findText(QStringLiteral("RUN_UPDATED")));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/event")),
                 formtest::parsed(QStringLiteral("{\"type\": \"RUN_UPDATED\", \"actionIdentifier\": \"\"}")));
    QVERIFY(action->isVisibleTo(&ed));
    QVERIFY(!prop->isVisibleTo(&ed));
    // Back to TIMER: the property typed before comes back.
    emit combo->activated(combo->findText(QStringLiteral("TIMER_PROPERTY_EXPIRED")));
    QCOMPARE(doc.value(QStringLiteral("/trigger/event/propertyIdentifier"))->toString(), QStringLiteral("ttl"));

    // Condition expressions + combinator.
    auto *exprs = ed.findChild<FieldWidget *>(QStringLiteral("expressions"));
    auto *list = exprs->findChild<QListWidget *>();
    const auto buttons = exprs->findChildren<QToolButton *>();
    QVERIFY(list && buttons.size() >= 2);
    buttons.at(0)->click();
    QCOMPARE(doc.value(QStringLiteral("/trigger/condition/type"))->toString(), QStringLiteral("JQ"));
    QCOMPARE(doc.value(QStringLiteral("/trigger/condition/expressions"))->size(), 1);
    list->item(0)->setText(QStringLiteral(".diff.after.properties.status == \"Active\""));
    QCOMPARE(doc.value(QStringLiteral("/trigger/condition/expressions/0"))->toString(),
             QStringLiteral(".diff.after.properties.status == \"Active\""));
    auto *comb = exprs->findChild<QComboBox *>();
    emit comb->activated(comb->findText(QStringLiteral("or")));
    QCOMPARE(doc.value(QStringLiteral("/trigger/condition/combinator"))->toString(), QStringLiteral("or"));
}

void TestPartForms::inputsAddDuplicateRemove()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    InputsEditor ed;
    ed.setDocument(&doc);
    ed.show();
    QCOMPARE(ed.list()->count(), 2);
    ed.list()->setCurrentRow(0);
    const int undoBefore = doc.undoStack()->index();
    ed.addInput();
    QCOMPARE(ids(doc), QStringList({QStringLiteral("name"), QStringLiteral("input3"), QStringLiteral("env")}));
    QCOMPARE(ed.currentId(), QStringLiteral("input3"));
    QCOMPARE(ed.list()->count(), 3);

    ed.selectInput(QStringLiteral("name"));
    ed.duplicateInput();
    QCOMPARE(ids(doc), QStringList({QStringLiteral("name"), QStringLiteral("name_copy"), QStringLiteral("input3"),
                                    QStringLiteral("env")}));
    // The copy is required like the original.
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/required")),
                 formtest::parsed(QStringLiteral("[\"name\", \"name_copy\"]")));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/properties/name_copy")),
                 *doc.value(QStringLiteral("/trigger/userInputs/properties/name")));

    ed.selectInput(QStringLiteral("name"));
    ed.removeInput();
    QCOMPARE(ids(doc), QStringList({QStringLiteral("name_copy"), QStringLiteral("input3"), QStringLiteral("env")}));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/required")),
                 formtest::parsed(QStringLiteral("[\"name_copy\"]")));
    // Keyboard: Del removes, Ins adds.
    ed.list()->setFocus();
    ed.selectInput(QStringLiteral("input3"));
    QTest::keyClick(ed.list(), Qt::Key_Delete);
    QCOMPARE(ids(doc), QStringList({QStringLiteral("name_copy"), QStringLiteral("env")}));
    QCOMPARE(ed.list()->count(), 2);

    doc.undoStack()->setIndex(undoBefore);
    QCOMPARE(ids(doc), QStringList({QStringLiteral("name"), QStringLiteral("env")}));
    QCOMPARE(ed.list()->count(), 2);
}

void TestPartForms::inputsReorder()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    InputsEditor ed;
    ed.setDocument(&doc);
    ed.show();
    ed.list()->setFocus();
    ed.selectInput(QStringLiteral("name"));
    QTest::keyClick(ed.list(), Qt::Key_Down, Qt::AltModifier);
    QCOMPARE(ids(doc), QStringList({QStringLiteral("env"), QStringLiteral("name")}));
    QCOMPARE(ed.currentId(), QStringLiteral("name"));
    QCOMPARE(ed.list()->item(0)->data(Qt::UserRole).toString(), QStringLiteral("env"));
    QTest::keyClick(ed.list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(ids(doc), QStringList({QStringLiteral("name"), QStringLiteral("env")}));
    // Moving past the end does nothing.
    QTest::keyClick(ed.list(), Qt::Key_Up, Qt::AltModifier);
    QCOMPARE(ids(doc), QStringList({QStringLiteral("name"), QStringLiteral("env")}));
    // A drag is a model row move; the document follows.
    ed.list()->model()->moveRow(QModelIndex(), 0, QModelIndex(), 2);
    QTRY_COMPARE(ids(doc), QStringList({QStringLiteral("env"), QStringLiteral("name")}));
    // With a custom order, the neighbours swap there too.
    ed.setLayoutMode(1);
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/order")),
                 formtest::parsed(QStringLiteral("[\"env\", \"name\"]")));
    ed.moveInput(1, 0);
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/order")),
                 formtest::parsed(QStringLiteral("[\"name\", \"env\"]")));
}

void TestPartForms::inputsRename()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    doc.setValue(QStringLiteral("/trigger/userInputs/properties/env/dependsOn"),
                 formtest::parsed(QStringLiteral("[\"name\"]")));
    InputsEditor ed;
    ed.setDocument(&doc);
    ed.show();
    ed.selectInput(QStringLiteral("name"));
    QVERIFY(ed.idEdit());
    ed.idEdit()->setFocus();
    ed.idEdit()->selectAll();
    QTest::keyClicks(ed.idEdit(), QStringLiteral("service_name"));
    QTest::keyClick(ed.idEdit(), Qt::Key_Return);
    QCOMPARE(ids(doc), QStringList({QStringLiteral("service_name"), QStringLiteral("env")}));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/required")),
                 formtest::parsed(QStringLiteral("[\"service_name\"]")));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/properties/env/dependsOn")),
                 formtest::parsed(QStringLiteral("[\"service_name\"]")));
    QString err;
    QVERIFY(!ed.renameInput(QStringLiteral("env"), QStringLiteral("service_name"), &err));
    QVERIFY(!ed.renameInput(QStringLiteral("env"), QStringLiteral("bad id"), &err));
}

void TestPartForms::inputFields()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    InputsEditor ed;
    ed.setDocument(&doc);
    ed.show();
    ed.selectInput(QStringLiteral("env"));
    const QString P = QStringLiteral("/trigger/userInputs/properties/env");
    const JsonValue before = doc.action();

    auto *title = field<StringField>(ed, P + QStringLiteral("/title"));
    QVERIFY(title);
    QTest::keyClicks(title->edit(), QStringLiteral("Environment"));
    JsonValue v = JsonValue::fromString(QStringLiteral("Environment"));
    JSON_COMPARE(doc.action(), formtest::withValue(before, P + QStringLiteral("/title"), &v));
    QVERIFY(ed.list()->item(1)->text().contains(QStringLiteral("Environment")));

    // Enum as a comma list.
    auto *en = field<LiteralOrJqField>(ed, P + QStringLiteral("/enum"));
    QCOMPARE(en->edit()->text(), QStringLiteral("dev, prod"));
    en->edit()->setFocus();
    en->edit()->end(false);
    QTest::keyClicks(en->edit(), QStringLiteral(", staging"));
    JSON_COMPARE(*doc.value(P + QStringLiteral("/enum")),
                 formtest::parsed(QStringLiteral("[\"dev\", \"prod\", \"staging\"]")));

    // Default: literal, then jqQuery.
    auto *def = field<LiteralOrJqField>(ed, P + QStringLiteral("/default"));
    QTest::keyClicks(def->edit(), QStringLiteral("dev"));
    QCOMPARE(doc.value(P + QStringLiteral("/default"))->toString(), QStringLiteral("dev"));
    def->jqToggle()->click();
    JSON_COMPARE(*doc.value(P + QStringLiteral("/default")), formtest::parsed(QStringLiteral("{\"jqQuery\": \"dev\"}")));

    // Required toggles membership.
    auto *req = ed.findChild<QCheckBox *>();
    QVERIFY(req);
    QList<QCheckBox *> boxes = ed.findChildren<QCheckBox *>();
    QCheckBox *required = nullptr;
    for (QCheckBox *b : boxes)
        if (b->text().remove(QLatin1Char('&')) == QStringLiteral("Required"))
            required = b;
    QVERIFY(required);
    QVERIFY(!required->isChecked());
    required->click();
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/required")),
                 formtest::parsed(QStringLiteral("[\"name\", \"env\"]")));

    // Visible as jqQuery.
    auto *vis = field<BoolField>(ed, P + QStringLiteral("/visible"));
    vis->altToggle()->click();
    JSON_COMPARE(*doc.value(P + QStringLiteral("/visible")), formtest::parsed(QStringLiteral("{\"jqQuery\": \"true\"}")));

    // Type number: constraints switch to minimum/maximum.
    auto *type = field<EnumField>(ed, P + QStringLiteral("/type"));
    emit type->combo()->activated(type->combo()->findText(QStringLiteral("number")));
    QCOMPARE(doc.value(P + QStringLiteral("/type"))->toString(), QStringLiteral("number"));
    auto *minimum = field<NumberField>(ed, P + QStringLiteral("/minimum"));
    QVERIFY(minimum);
    QVERIFY(!field<NumberField>(ed, P + QStringLiteral("/minLength")));
    QTest::keyClicks(minimum->edit(), QStringLiteral("1.5"));
    JSON_COMPARE(*doc.value(P + QStringLiteral("/minimum")), JsonValue::fromNumberText(QStringLiteral("1.5")));

    // Entity format shows entity settings.
    emit type->combo()->activated(type->combo()->findText(QStringLiteral("string")));
    auto *format = field<EnumField>(ed, P + QStringLiteral("/format"));
    QVERIFY(format);
    emit format->combo()->activated(format->combo()->findText(QStringLiteral("entity")));
    auto *bp = field<StringField>(ed, P + QStringLiteral("/blueprint"));
    QVERIFY(bp);
    QTest::keyClicks(bp->edit(), QStringLiteral("cluster"));
    QCOMPARE(doc.value(P + QStringLiteral("/blueprint"))->toString(), QStringLiteral("cluster"));
    auto *order = field<EnumField>(ed, P + QStringLiteral("/sort/order"));
    emit order->combo()->activated(order->combo()->findText(QStringLiteral("DESC")));
    JSON_COMPARE(*doc.value(P + QStringLiteral("/sort")), formtest::parsed(QStringLiteral("{\"order\": \"DESC\"}")));
    auto *enc = field<EnumField>(ed, P + QStringLiteral("/encryption"));
    emit enc->combo()->activated(enc->combo()->findText(QStringLiteral("aes256-gcm")));
    QCOMPARE(doc.value(P + QStringLiteral("/encryption"))->toString(), QStringLiteral("aes256-gcm"));
    emit enc->combo()->activated(0);
    QVERIFY(!doc.value(P + QStringLiteral("/encryption")));
}

void TestPartForms::inputsLayoutModes()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    InputsEditor ed;
    ed.setDocument(&doc);
    emit ed.layoutMode()->activated(2);
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/steps")),
                 formtest::parsed(QStringLiteral("[{\"title\": \"Step 1\", \"order\": [\"name\", \"env\"]}]")));
    QVERIFY(!doc.value(QStringLiteral("/trigger/userInputs/order")));
    auto *steps = ed.findChild<FieldWidget *>(QStringLiteral("steps"));
    auto *table = steps->findChild<QTableWidget *>();
    table->item(0, 0)->setText(QStringLiteral("Basics"));
    QCOMPARE(doc.value(QStringLiteral("/trigger/userInputs/steps/0/title"))->toString(), QStringLiteral("Basics"));
    emit ed.layoutMode()->activated(1);
    QVERIFY(!doc.value(QStringLiteral("/trigger/userInputs/steps")));
    JSON_COMPARE(*doc.value(QStringLiteral("/trigger/userInputs/order")),
                 formtest::parsed(QStringLiteral("[\"name\", \"env\"]")));
    // Back to steps: what the steps held comes back.
    emit ed.layoutMode()->activated(2);
    QCOMPARE(doc.value(QStringLiteral("/trigger/userInputs/steps/0/title"))->toString(), QStringLiteral("Basics"));
    emit ed.layoutMode()->activated(0);
    QVERIFY(!doc.value(QStringLiteral("/trigger/userInputs/steps")));
    QVERIFY(!doc.value(QStringLiteral("/trigger/userInputs/order")));
}

void TestPartForms::approval()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    ApprovalEditor ed;
    ed.setDocument(&doc);
    ed.show();
    auto *choice = ed.findChild<FieldWidget *>(QStringLiteral("requiredApproval"));
    auto *combo = choice->findChild<QComboBox *>();
    QCOMPARE(combo->currentIndex(), 0);
    emit combo->activated(2);
    JSON_COMPARE(*doc.value(QStringLiteral("/requiredApproval")), formtest::parsed(QStringLiteral("{\"type\": \"ANY\"}")));
    emit combo->activated(1);
    JSON_COMPARE(*doc.value(QStringLiteral("/requiredApproval")), JsonValue::fromBool(true));
    doc.setValue(QStringLiteral("/requiredApproval"), formtest::parsed(QStringLiteral("{\"type\": \"ALL\"}")));
    QCOMPARE(combo->currentIndex(), 3);

    auto *type = ed.findChild<FieldWidget *>(QStringLiteral("approvalNotification"));
    auto *tcombo = type->findChild<QComboBox *>();
    emit tcombo->activated(2);
    JSON_COMPARE(*doc.value(QStringLiteral("/approvalNotification")),
                 formtest::parsed(QStringLiteral("{\"type\": \"webhook\", \"url\": \"https://\", \"format\": \"json\"}")));
    auto *url = field<StringField>(ed, QStringLiteral("/approvalNotification/url"));
    QVERIFY(url->isEnabled());
    url->edit()->setFocus();
    url->edit()->end(false);
    QTest::keyClicks(url->edit(), QStringLiteral("hooks.example.com"));
    QCOMPARE(doc.value(QStringLiteral("/approvalNotification/url"))->toString(), QStringLiteral("https://hooks.example.com"));
    auto *format = field<EnumField>(ed, QStringLiteral("/approvalNotification/format"));
    emit format->combo()->activated(format->combo()->findText(QStringLiteral("slack")));
    QCOMPARE(doc.value(QStringLiteral("/approvalNotification/format"))->toString(), QStringLiteral("slack"));
    // Email and back to webhook keeps the URL.
    emit tcombo->activated(1);
    JSON_COMPARE(*doc.value(QStringLiteral("/approvalNotification")), formtest::parsed(QStringLiteral("{\"type\": \"email\"}")));
    QVERIFY(!url->isEnabled());
    emit tcombo->activated(2);
    QCOMPARE(doc.value(QStringLiteral("/approvalNotification/url"))->toString(), QStringLiteral("https://hooks.example.com"));
}

void TestPartForms::focusPointer()
{
    Document doc;
    doc.loadBytes(sample(), QStringLiteral("t.json"));
    QWidget window;
    const QList<PartEditor *> editors = createPartEditors(&window);
    for (PartEditor *e : editors)
        e->setDocument(&doc);
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window) || true);
    PartEditor *inputs = editors.at(2);
    QVERIFY(inputs->focusPointer(QStringLiteral("/trigger/userInputs/properties/env/title")));
    QCOMPARE(static_cast<InputsEditor *>(inputs)->currentId(), QStringLiteral("env"));
    PartEditor *backend = editors.at(3);
    QVERIFY(backend->focusPointer(QStringLiteral("/invocationMethod/url")));
    QVERIFY(!backend->focusPointer(QStringLiteral("/nothing/here")));
}

QTEST_MAIN(TestPartForms)
#include "tst_partforms.moc"
