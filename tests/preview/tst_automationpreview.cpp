// Automations say whether they would fire (issue 13, point 9): the preview shows the trigger
// condition's result with each expression's value for the scenario's event, the generated default
// event satisfies simple conditions, user inputs and approval are hidden for automations, and there
// is one publish switch.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/mainwindow.h"
#include "app/outline/outlineview.h"
#include "app/parteditor.h"
#include "app/preview/previewdock.h"
#include "context/contextbuilder.h"
#include "context/scenariofile.h"
#include "json/jsonparser.h"

#include "../common/guifixture.h"

#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

using guifixture::kWait;
const QString kAutomation = QStringLiteral(AD_EXAMPLES_DIR "/automation-entity-updated-call-port-api.json");

JsonValue readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? parseJson(f.readAll()).value : JsonValue();
}

}  // namespace

class TstAutomationPreview : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guifixture::useTestSettingsAndWorker(); }
    void generatedEventSatisfiesTheCondition();
    void previewShowsWhetherItFires();
    void partsThatDoNotApplyAreHidden();
};

void TstAutomationPreview::generatedEventSatisfiesTheCondition()
{
    const JsonValue action = readJson(kAutomation);
    QVERIFY(action.isObject());
    const JsonValue event = ContextBuilder().build(action, Scenario()).value(u"event");
    QCOMPARE(event.value(u"diff").value(u"before").value(u"properties").value(u"passed").toString(), QStringLiteral("Passed"));
    QCOMPARE(event.value(u"diff").value(u"after").value(u"properties").value(u"passed").toString(),
             QStringLiteral("Not passed"));
}

void TstAutomationPreview::previewShowsWhetherItFires()
{
    MainWindow w;
    guifixture::discardOnClose(&w);
    QVERIFY(w.openFile(kAutomation));
    w.show();
    auto *dock = w.findChild<PreviewDock *>();
    dock->renderNow();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isRendering() && dock->renderCount() > 0, kWait);
    QVERIFY(dock->preview().condition.present);
    QVERIFY(dock->preview().condition.fires);
    QCOMPARE(dock->preview().condition.expressions.size(), 2);
    QVERIFY(!dock->conditionLabel()->isHidden());
    QVERIFY(dock->conditionLabel()->property("fires").toBool());
    QVERIFY2(dock->conditionLabel()->text().contains(QStringLiteral("diff.after.properties.passed")),
             qPrintable(dock->conditionLabel()->text()));
    QVERIFY(dock->conditionLabel()->text().contains(QStringLiteral("<b>true</b>")));

    // An event of the scenario's own where the service did not degrade: it would not fire.
    Scenario s = *dock->scenarios().activeScenario();
    s.event = parseJson(QByteArray(R"({"diff": {"before": {"properties": {"passed": "Passed"}},
                                    "after": {"properties": {"passed": "Passed"}}}})"))
                  .value;
    dock->updateActiveScenario(s);
    const int before = dock->renderCount();
    dock->renderNow();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isRendering() && dock->renderCount() > before, kWait);
    QVERIFY(!dock->preview().condition.fires);
    QVERIFY(!dock->conditionLabel()->property("fires").toBool());
    QVERIFY(dock->conditionLabel()->text().contains(QStringLiteral("NOT")));
    QVERIFY(dock->conditionLabel()->text().contains(QStringLiteral("<b>false</b>")));
    w.document()->undoStack()->setClean();
}

void TstAutomationPreview::partsThatDoNotApplyAreHidden()
{
    MainWindow w;
    guifixture::discardOnClose(&w);
    QVERIFY(w.openFile(kAutomation));
    QListWidget *parts = w.outline()->partsList();
    QStringList shown;
    for (int i = 0; i < parts->count(); ++i)
        if (!parts->item(i)->isHidden())
            shown << parts->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(shown, (QStringList{QStringLiteral("details"), QStringLiteral("trigger"), QStringLiteral("backend")}));
    // One publish switch: Details has it, the trigger form does not.
    int publishFields = 0;
    for (FieldWidget *f : w.editorArea()->findChildren<FieldWidget *>())
        if (f->pointer() == QLatin1String("/publish"))
            ++publishFields;
    QCOMPARE(publishFields, 1);
    // A self-service action shows them again.
    w.document()->setValue(QStringLiteral("/trigger"),
                           parseJson(QByteArray(R"({"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "s",
                                         "userInputs": {"properties": {}}})"))
                               .value);
    shown.clear();
    for (int i = 0; i < parts->count(); ++i)
        if (!parts->item(i)->isHidden())
            shown << parts->item(i)->data(Qt::UserRole).toString();
    QCOMPARE(shown.size(), 5);
    w.document()->undoStack()->setClean();
}

QTEST_MAIN(TstAutomationPreview)
#include "tst_automationpreview.moc"
