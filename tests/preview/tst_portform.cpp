// Port's form, previewed (issue 16, point 7): the Form tab draws the action's userInputs as Port
// would (steps with their titles, jq visible evaluated live in the worker), filling it edits the
// active scenario as one undoable step, and values Port's form would refuse are marked.
#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/preview/portform.h"
#include "app/preview/previewdock.h"
#include "context/scenariofile.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include "../common/guifixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

using guifixture::kWait;
using guifixture::readFile;

JsonValue parse(const QByteArray &text)
{
    return parseJson(text).value;
}

struct Fixture : guifixture::WindowFixture {
    PreviewDock *dock = nullptr;
    PortFormView *form = nullptr;

    explicit Fixture(const QByteArray &action = readFile(QStringLiteral(AD_TEST_DATA_DIR "/portform.json")))
    {
        dock = window->findChild<PreviewDock *>();
        window->importText(action);
        window->resize(1500, 950);
        window->show();
        form = dock->findChild<PortFormView *>();
        for (int i = 0; i < dock->tabs()->count(); ++i)
            if (dock->tabs()->widget(i) == form)
                dock->tabs()->setCurrentIndex(i);
    }
    const Scenario &scenario() const { return *dock->scenarios().activeScenario(); }
    void setInputs(const QByteArray &inputs, const QByteArray &entities = "[]")
    {
        Scenario s = scenario();
        s.inputs = parse(inputs);
        s.mockEntities = parse(entities);
        dock->updateActiveScenario(s);
        dock->renderNow();
    }
};

#define WAIT_PREVIEW(fx, pred) \
    QTRY_VERIFY_WITH_TIMEOUT(!(fx).dock->isRendering() && (fx).dock->renderCount() > 0 && (pred), kWait)

const QByteArray kClusters = R"([{"identifier": "prod-eu", "title": "Prod EU", "blueprint": "cluster"},
                                 {"identifier": "dev-us", "title": "Dev US", "blueprint": "cluster"},
                                 {"identifier": "billing", "title": "Billing", "blueprint": "service"}])";

}  // namespace

class TstPortForm : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guifixture::useTestSettingsAndWorker(); }
    void stepsShowTheirTitles();
    void jqVisibleFollowsTheScenario();
    void jqVisibleHidesStepsAndTitles();
    void fillingTheFormEditsTheScenario();
    void entityPickerOffersMockEntities();
    void violationsAreMarked();
    void screenshot();
};

void TstPortForm::stepsShowTheirTitles()
{
    Fixture fx;
    QVERIFY(fx.form);
    fx.dock->renderNow();
    WAIT_PREVIEW(fx, fx.form->row(QStringLiteral("name")));
    QTabWidget *steps = fx.form->steps();
    QVERIFY(steps);
    QCOMPARE(steps->count(), 2);
    QCOMPARE(steps->tabText(0), QStringLiteral("Service"));
    QCOMPARE(steps->tabText(1), QStringLiteral("Deployment"));
    // Inputs sit on their step, in the step's order; the section title is on its page too.
    QVERIFY(steps->widget(0)->isAncestorOf(fx.form->field(QStringLiteral("name"))));
    QVERIFY(steps->widget(1)->isAncestorOf(fx.form->field(QStringLiteral("cluster"))));
    const auto labels = steps->widget(1)->findChildren<QLabel *>();
    QVERIFY(std::any_of(labels.begin(), labels.end(), [](QLabel *l) { return l->text().contains(QLatin1String("Placement")); }));
    // Required marks and icons by name.
    QLabel *title = fx.form->row(QStringLiteral("name"))->findChild<QLabel *>();
    QVERIFY(title->text().contains(QLatin1String("Service name")));
    QVERIFY(title->text().contains(QLatin1String("*")));
    QVERIFY(title->text().contains(QLatin1String("[Github]")));
}

void TstPortForm::jqVisibleFollowsTheScenario()
{
    Fixture fx;
    fx.setInputs(R"({"env": "dev"})");
    WAIT_PREVIEW(fx, fx.form->row(QStringLiteral("region")) && fx.form->row(QStringLiteral("region"))->isHidden());
    // disabled is jq too: the owner field is off for dev.
    QVERIFY(!fx.form->field(QStringLiteral("owner"))->isEnabled());

    // The scenario changes (as the Scenario tab would change it): the jq visible now holds.
    fx.setInputs(R"({"env": "prod"})");
    WAIT_PREVIEW(fx, !fx.form->row(QStringLiteral("region"))->isHidden());
    QVERIFY(fx.form->field(QStringLiteral("owner"))->isEnabled());
    // The jq enum follows the form too.
    auto *region = qobject_cast<QComboBox *>(fx.form->field(QStringLiteral("region")));
    QVERIFY(region);
    QCOMPARE(region->count(), 3);  // "no value" + two regions
    auto *env = qobject_cast<QComboBox *>(fx.form->field(QStringLiteral("env")));
    QCOMPARE(env->currentText(), QStringLiteral("prod"));
}

// Steps and section titles have a jq `visible` too (PORT-SPEC §3.1): evaluated with the inputs',
// live on a scenario change.
void TstPortForm::jqVisibleHidesStepsAndTitles()
{
    JsonValue action = parse(readFile(QStringLiteral(AD_TEST_DATA_DIR "/portform.json")));
    JsonValue trigger = action.value(u"trigger");
    JsonValue ui = trigger.value(u"userInputs");
    JsonValue props = ui.value(u"properties");
    props.set(QStringLiteral("approver"), parse(R"({"type": "string", "title": "Approver"})"));
    ui.set(QStringLiteral("properties"), props);
    JsonValue steps = ui.value(u"steps");
    steps.append(
        parse(R"({"title": "Production", "order": ["approver"], "visible": {"jqQuery": ".form.env == \"prod\""}})"));
    ui.set(QStringLiteral("steps"), steps);
    JsonValue titles = ui.value(u"titles");
    titles.set(QStringLiteral("placement"),
               parse(R"({"title": "Placement", "visible": {"jqQuery": ".form.env != \"dev\""}})"));
    ui.set(QStringLiteral("titles"), titles);
    trigger.set(QStringLiteral("userInputs"), ui);
    action.set(QStringLiteral("trigger"), trigger);

    Fixture fx(writeJson(action));
    fx.setInputs(R"({"env": "dev"})");
    WAIT_PREVIEW(fx, fx.form->steps() && fx.form->steps()->count() == 3 && !fx.form->steps()->isTabVisible(2));
    QCOMPARE(fx.form->steps()->tabText(2), QStringLiteral("Production"));
    QVERIFY(fx.form->steps()->isTabVisible(0));
    QVERIFY(fx.form->title(QStringLiteral("placement")));
    QVERIFY(fx.form->title(QStringLiteral("placement"))->isHidden());

    fx.setInputs(R"({"env": "staging"})");
    WAIT_PREVIEW(fx, !fx.form->title(QStringLiteral("placement"))->isHidden());
    QVERIFY(!fx.form->steps()->isTabVisible(2));

    fx.setInputs(R"({"env": "prod"})");
    WAIT_PREVIEW(fx, fx.form->steps()->isTabVisible(2));
    QVERIFY(fx.form->steps()->widget(2)->isAncestorOf(fx.form->field(QStringLiteral("approver"))));

    if (const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        fx.form->steps()->setCurrentIndex(1);
        QTest::qWait(100);
        QVERIFY(fx.dock->grab().save(dir + QStringLiteral("/port-form-steps-prod.png")));
    }

    // And back: the step disappears again when the scenario changes.
    fx.setInputs(R"({"env": "dev"})");
    WAIT_PREVIEW(fx, !fx.form->steps()->isTabVisible(2) && fx.form->title(QStringLiteral("placement"))->isHidden());
    if (const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(100);
        QVERIFY(fx.dock->grab().save(dir + QStringLiteral("/port-form-steps-dev.png")));
    }
}

void TstPortForm::fillingTheFormEditsTheScenario()
{
    Fixture fx;
    fx.setInputs(R"({"env": "dev"})");
    WAIT_PREVIEW(fx, fx.form->field(QStringLiteral("name")));
    QUndoStack *undo = fx.window->document()->undoStack();
    const int before = undo->count();

    auto *name = qobject_cast<QLineEdit *>(fx.form->field(QStringLiteral("name")));
    QVERIFY(name);
    name->clear();
    QTest::keyClicks(name, QStringLiteral("billing"));
    QCOMPARE(fx.scenario().inputs.value(u"name").toString(), QStringLiteral("billing"));
    QCOMPARE(undo->count(), before + 1);  // one burst of typing, one undo step
    QTRY_VERIFY_WITH_TIMEOUT(fx.dock->preview().form.find(QStringLiteral("name"))
                                 && fx.dock->preview().form.find(QStringLiteral("name"))->value.toString() == QLatin1String("billing"),
                             kWait);

    // A drop-down edit, then undo in order.
    auto *env = qobject_cast<QComboBox *>(fx.form->field(QStringLiteral("env")));
    const int prod = env->findText(QStringLiteral("prod"));
    env->setCurrentIndex(prod);
    emit env->activated(prod);
    QCOMPARE(fx.scenario().inputs.value(u"env").toString(), QStringLiteral("prod"));
    undo->undo();
    QCOMPARE(fx.scenario().inputs.value(u"env").toString(), QStringLiteral("dev"));
    undo->undo();
    QVERIFY(!fx.scenario().inputs.contains(u"name"));
    // ... and the form follows the restored scenario.
    WAIT_PREVIEW(fx, env->currentText() == QLatin1String("dev") && name->text() != QLatin1String("billing"));
}

void TstPortForm::entityPickerOffersMockEntities()
{
    Fixture fx;
    fx.setInputs(R"({"env": "dev"})", kClusters);
    WAIT_PREVIEW(fx, qobject_cast<QComboBox *>(fx.form->field(QStringLiteral("cluster")))->count() == 3);
    auto *cluster = qobject_cast<QComboBox *>(fx.form->field(QStringLiteral("cluster")));
    // Only the input's blueprint: the service entity is not offered.
    QCOMPARE(cluster->itemText(1), QStringLiteral("prod-eu"));
    QCOMPARE(cluster->itemText(2), QStringLiteral("dev-us"));
    cluster->setCurrentIndex(2);
    emit cluster->activated(2);
    QCOMPARE(fx.scenario().inputs.value(u"cluster").toString(), QStringLiteral("dev-us"));
    // The payload gets the whole mock entity, as Port sends it.
    WAIT_PREVIEW(fx, fx.dock->preview().context.value(u"inputs").value(u"cluster").value(u"title").toString()
                         == QLatin1String("Dev US"));

    // Arrays of enum values: a checklist.
    auto *tags = qobject_cast<QListWidget *>(fx.form->field(QStringLiteral("tags")));
    QVERIFY(tags);
    QCOMPARE(tags->count(), 3);
    tags->item(1)->setCheckState(Qt::Checked);
    const JsonValue t = fx.scenario().inputs.value(u"tags");
    QVERIFY(t.isArray());
    QVERIFY(std::any_of(t.items().begin(), t.items().end(), [](const JsonValue &v) { return v.toString() == QLatin1String("frontend"); }));
}

void TstPortForm::violationsAreMarked()
{
    Fixture fx;
    fx.setInputs(R"({"env": "dev", "name": "Not Valid!", "replicas": 50})", kClusters);
    WAIT_PREVIEW(fx, !fx.form->problems(QStringLiteral("name")).isEmpty());
    QVERIFY(fx.form->problems(QStringLiteral("name")).join(QLatin1Char(' ')).contains(QLatin1String("pattern")));
    QVERIFY(!fx.form->problems(QStringLiteral("replicas")).isEmpty());
    QVERIFY(fx.form->field(QStringLiteral("name"))->property("invalid").toBool());
    // Required and left empty (cluster has no default): marked too.
    QVERIFY(!fx.form->problems(QStringLiteral("cluster")).isEmpty());
    // The value the Request renders with instead is named beside the empty field.
    const InputState *cluster = fx.dock->preview().form.find(QStringLiteral("cluster"));
    QVERIFY(cluster && cluster->source == InputState::Source::Example);
    auto *clusterNote = fx.form->findChild<QLabel *>(QStringLiteral("problems:cluster"));
    QVERIFY(clusterNote);
    const JsonValue &generatedId = cluster->value.isObject() ? cluster->value.value(u"identifier") : cluster->value;
    QVERIFY2(clusterNote->text().contains(QString::fromUtf8(toCompactJs(generatedId))), qPrintable(clusterNote->text()));
    auto *shown = fx.form->findChild<QLabel *>(QStringLiteral("problems:name"));
    QVERIFY(shown && !shown->isHidden());

    // Fixed in the form: the marks go.
    fx.setInputs(R"({"env": "dev", "name": "billing", "replicas": 3, "cluster": "prod-eu"})", kClusters);
    WAIT_PREVIEW(fx, fx.form->problems(QStringLiteral("name")).isEmpty());
    QVERIFY(fx.form->problems(QStringLiteral("replicas")).isEmpty());
    QVERIFY(fx.form->problems(QStringLiteral("cluster")).isEmpty());
    QVERIFY(!fx.form->field(QStringLiteral("name"))->property("invalid").toBool());
}

void TstPortForm::screenshot()
{
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("AD_SCREENSHOT_DIR not set");
    Fixture fx;
    fx.setInputs(R"({"env": "prod", "name": "Billing API", "replicas": 3})", kClusters);
    WAIT_PREVIEW(fx, !fx.form->problems(QStringLiteral("name")).isEmpty());
    fx.window->resizeDocks({fx.window->previewDock()}, {560}, Qt::Horizontal);
    QTest::qWait(100);
    QVERIFY(fx.dock->grab().save(dir + QStringLiteral("/port-form.png")));
    fx.form->steps()->setCurrentIndex(1);
    QTest::qWait(100);
    QVERIFY(fx.dock->grab().save(dir + QStringLiteral("/port-form-step2.png")));
}

QTEST_MAIN(TstPortForm)
#include "tst_portform.moc"
