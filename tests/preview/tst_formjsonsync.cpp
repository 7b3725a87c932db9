// Form and JSON never disagree (issue 13, point 7): the Method drop-down holds the declaration's
// choices only (an unknown value shows once, marked, and goes away), the forms' read-only banner
// follows the current parse error, and the preview says it is stale while the JSON is broken.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/fieldwidgets.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/preview/scenarioeditor.h"
#include "context/scenariofile.h"

#include "../common/guifixture.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

using guifixture::kWait;

QString deployText()
{
    QFile f(QStringLiteral(AD_TEST_DATA_DIR "/deploy.json"));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

EnumField *methodField(MainWindow &w)
{
    for (FieldWidget *f : w.editorArea()->findChildren<FieldWidget *>())
        if (f->pointer() == QLatin1String("/invocationMethod/method"))
            if (auto *e = qobject_cast<EnumField *>(f))
                return e;
    return nullptr;
}

QStringList items(QComboBox *c)
{
    QStringList out;
    for (int i = 0; i < c->count(); ++i)
        out << c->itemText(i);
    return out;
}

}  // namespace

class TstFormJsonSync : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guifixture::useTestSettingsAndWorker(); }
    void choicesComeFromTheDeclarationOnly();
    void bannerFollowsTheCurrentParseError();
    void stalePreviewIsMarked();
    void mockInputsObeyTheSchema();
};

void TstFormJsonSync::choicesComeFromTheDeclarationOnly()
{
    MainWindow w;
    guifixture::discardOnClose(&w);
    QString text = deployText();
    text.replace(QStringLiteral("\"type\": \"WEBHOOK\","), QStringLiteral("\"type\": \"WEBHOOK\", \"method\": \"POST\","));
    QVERIFY(w.importText(text.toUtf8()));
    w.editorArea()->showPart(QStringLiteral("backend"));
    EnumField *method = methodField(w);
    QVERIFY(method);
    const QStringList declared = items(method->combo());
    // Typing PUT in the JSON view letter by letter.
    for (const QString &partial : {QStringLiteral("P"), QStringLiteral("PU"), QStringLiteral("PUT")}) {
        QString t = text;
        t.replace(QStringLiteral("\"method\": \"POST\""), QStringLiteral("\"method\": \"%1\"").arg(partial));
        w.document()->setText(t);
        const QStringList now = items(method->combo());
        if (partial == QLatin1String("PUT")) {
            QCOMPARE(now, declared);
            QCOMPARE(method->combo()->currentText(), QStringLiteral("PUT"));
        } else {
            QCOMPARE(now.size(), declared.size() + 1);
            QVERIFY2(now.last().contains(partial) && now.last().contains(QStringLiteral("not a known value")),
                     qPrintable(now.last()));
            QCOMPARE(method->combo()->currentIndex(), now.size() - 1);
        }
    }
    w.document()->undoStack()->setClean();
}

void TstFormJsonSync::bannerFollowsTheCurrentParseError()
{
    MainWindow w;
    guifixture::discardOnClose(&w);
    QVERIFY(w.importText(deployText().toUtf8()));
    QString broken1 = deployText();
    broken1.replace(QStringLiteral("\"title\": \"Deploy\","), QStringLiteral("\"title\": \"Deploy\",,"));
    w.document()->setText(broken1);
    QVERIFY(w.editorArea()->formsReadOnly());
    const int line1 = w.document()->parseError().pos.line;
    QVERIFY(w.editorArea()->bannerLabel()->text().contains(QStringLiteral("line %1,").arg(line1)));
    // Fixed there, broken elsewhere: the banner says where it is broken now.
    QString broken2 = deployText();
    broken2.replace(QStringLiteral("\"headers\": {"), QStringLiteral("\"headers\": {{"));
    w.document()->setText(broken2);
    const int line2 = w.document()->parseError().pos.line;
    QVERIFY(line2 != line1);
    QVERIFY2(w.editorArea()->bannerLabel()->text().contains(QStringLiteral("line %1,").arg(line2)),
             qPrintable(w.editorArea()->bannerLabel()->text()));
    w.document()->undoStack()->setClean();
}

void TstFormJsonSync::stalePreviewIsMarked()
{
    MainWindow w;
    guifixture::discardOnClose(&w);
    auto *dock = w.findChild<PreviewDock *>();
    QVERIFY(w.importText(deployText().toUtf8()));
    w.show();
    dock->renderNow();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isRendering() && dock->renderCount() > 0, kWait);
    QVERIFY(!dock->staleLabel()->isVisible());
    QString broken = deployText();
    broken.replace(QStringLiteral("\"title\": \"Deploy\","), QStringLiteral("\"title\": \"Deploy\",,"));
    w.document()->setText(broken);
    QVERIFY(dock->isStale());
    QVERIFY(dock->staleLabel()->isVisible());
    QVERIFY(dock->staleLabel()->text().contains(QStringLiteral("Stale")));
    w.document()->setText(deployText());
    QVERIFY(!dock->staleLabel()->isVisible());
    w.document()->undoStack()->setClean();
}

void TstFormJsonSync::mockInputsObeyTheSchema()
{
    MainWindow w;
    guifixture::discardOnClose(&w);
    auto *dock = w.findChild<PreviewDock *>();
    const QByteArray action = R"({"identifier": "deploy", "title": "Deploy",
      "trigger": {"type": "self-service", "operation": "CREATE", "blueprintIdentifier": "service",
        "userInputs": {"properties": {
          "version": {"type": "string", "pattern": "^\\d+\\.\\d+\\.\\d+$"},
          "replicas": {"type": "number", "maximum": 10}}}},
      "invocationMethod": {"type": "WEBHOOK", "url": "https://example.com/{{ .inputs.version }}"}})";
    QVERIFY(w.importText(action));
    w.show();
    Scenario s = *dock->scenarios().activeScenario();
    s.inputs = JsonValue::object();
    s.inputs.set(QStringLiteral("version"), JsonValue::fromString(QStringLiteral("not-a-semver")));
    s.inputs.set(QStringLiteral("replicas"), JsonValue::fromInt(50));
    dock->updateActiveScenario(s);
    dock->renderNow();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isRendering() && dock->renderCount() > 0, kWait);
    const QHash<QString, QStringList> invalid = dock->scenarioEditor()->invalidInputs();
    QVERIFY(invalid.value(QStringLiteral("version")).join(QLatin1Char(' ')).contains(QStringLiteral("pattern")));
    QVERIFY(invalid.value(QStringLiteral("replicas")).join(QLatin1Char(' ')).contains(QStringLiteral("maximum 10")));
    QVERIFY(dock->scenarioEditor()->inputWidget(QStringLiteral("version"))->property("invalidMock").toBool());
    QVERIFY2(dock->statusLabel()->text().contains(QStringLiteral("would refuse")), qPrintable(dock->statusLabel()->text()));
    // A valid value clears the mark.
    s.inputs.set(QStringLiteral("version"), JsonValue::fromString(QStringLiteral("1.2.3")));
    s.inputs.set(QStringLiteral("replicas"), JsonValue::fromInt(3));
    const int before = dock->renderCount();
    dock->updateActiveScenario(s);
    dock->renderNow();
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isRendering() && dock->renderCount() > before, kWait);
    QVERIFY(dock->scenarioEditor()->invalidInputs().isEmpty());
    QVERIFY(!dock->statusLabel()->text().contains(QStringLiteral("would refuse")));
    w.document()->undoStack()->setClean();
}

QTEST_MAIN(TstFormJsonSync)
#include "tst_formjsonsync.moc"
