// The preview dock's "Try jq" tab in a real main window with the real template
// engine (worker = AD_BINARY): typing a filter updates the output (Port's
// template rules: first output, single quotes rewritten), errors read as
// Port's, a runaway filter times out while the UI keeps ticking, the completer
// offers context paths with their values, and "Insert as template" writes {{
// filter }} into the form field or JSON editor used last. Set AD_SCREENSHOT_DIR
// to also write docs/screenshots/try-jq.png.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/templatelineedit.h"
#include "app/jsonview/jsoneditor.h"
#include "app/jsonview/jsonview.h"
#include "app/mainwindow.h"
#include "app/preview/jqplayground.h"
#include "app/preview/previewdock.h"

#include "../common/guifixture.h"

#include <QAbstractItemView>
#include <QCompleter>
#include <QFile>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

using guifixture::fieldEdit;
using guifixture::kWait;

QByteArray deployJson()
{
    QFile f(QStringLiteral(AD_TEST_DATA_DIR "/deploy.json"));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

struct Fixture : guifixture::WindowFixture {
    PreviewDock *dock;
    JqPlayground *jq;

    Fixture()
    {
        dock = window->findChild<PreviewDock *>();
        jq = dock->playground();
        window->importText(deployJson());
        window->resize(1500, 950);
        window->show();
        window->activateWindow();
        window->resizeDocks({window->previewDock()}, {660}, Qt::Horizontal);
        dock->tabs()->setCurrentWidget(jq);
    }
    // Waits for the preview (the playground's context) and types `filter` into
    // the playground.
    bool type(const QString &filter)
    {
        if (!QTest::qWaitFor([this] { return !dock->isRendering() && dock->renderCount() > 0; }, kWait))
            return false;
        jq->filterEdit()->clear();
        jq->filterEdit()->setFocus();
        QTest::keyClicks(jq->filterEdit(), filter);
        return true;
    }
    // Waits for the evaluation of what was typed last.
    bool settled()
    {
        return QTest::qWaitFor([this] { return jq->evaluationCount() > 0 && !jq->isEvaluating(); }, kWait);
    }
};

} // namespace

class TstJqPlayground : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guifixture::useTestSettingsAndWorker(); }

    void tabSitsBesideRequestAndTrace()
    {
        Fixture fx;
        QTabWidget *tabs = fx.dock->tabs();
        QCOMPARE(tabs->tabText(0), QStringLiteral("Request"));
        QCOMPARE(tabs->tabText(1), QStringLiteral("Trace"));
        QCOMPARE(tabs->tabText(2), QStringLiteral("Try jq"));
        QCOMPARE(tabs->widget(2), fx.jq);
    }

    void typingAFilterUpdatesTheOutput()
    {
        Fixture fx;
        QVERIFY(fx.type(QStringLiteral(".inputs.name")));
        QTRY_COMPARE_WITH_TIMEOUT(fx.jq->outputView()->toPlainText(), QStringLiteral("\"alpha\""), kWait);
        QVERIFY(!fx.jq->lastFailed());
        QVERIFY(fx.jq->statusLabel()->text().contains(QLatin1String("string")));

        // Arithmetic on the context, as the preview renders it.
        QVERIFY(fx.type(QStringLiteral(".inputs.replicas * 2")));
        QTRY_COMPARE_WITH_TIMEOUT(fx.jq->outputView()->toPlainText(), QStringLiteral("4"), kWait);

        // Port's rules: single quotes become double quotes, only the first output
        // counts.
        QVERIFY(fx.type(QStringLiteral("'x' + .inputs.name")));
        QTRY_COMPARE_WITH_TIMEOUT(fx.jq->outputView()->toPlainText(), QStringLiteral("\"xalpha\""), kWait);
        QVERIFY(fx.jq->statusLabel()->text().contains(QLatin1String("single quotes")));
        QVERIFY(fx.type(QStringLiteral(".inputs.name, 2")));
        QTRY_COMPARE_WITH_TIMEOUT(fx.jq->outputView()->toPlainText(), QStringLiteral("\"alpha\""), kWait);

        // The whole context is `.`.
        QVERIFY(fx.type(QStringLiteral(".run.id")));
        QTRY_COMPARE_WITH_TIMEOUT(fx.jq->outputView()->toPlainText(),
                                  QStringLiteral("\"%1\"").arg(fx.dock->scenarios().activeScenario()->runId), kWait);

        // Errors in jq's (and so Port's) words.
        QVERIFY(fx.type(QStringLiteral(".inputs | nosuchfn")));
        QTRY_VERIFY_WITH_TIMEOUT(fx.jq->lastFailed() && !fx.jq->isEvaluating(), kWait);
        QVERIFY2(fx.jq->outputView()->toPlainText().contains(QLatin1String("nosuchfn")),
                 qPrintable(fx.jq->outputView()->toPlainText()));
    }

    void runawayFilterTimesOutWhileUiTicks()
    {
        Fixture fx;
        fx.dock->setTimeoutMs(1000);
        QVERIFY(fx.type(QStringLiteral(".inputs.name")));
        QVERIFY(fx.settled());

        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(10);
        connect(&ticker, &QTimer::timeout, [&ticks]() { ++ticks; });
        ticker.start();
        fx.jq->filterEdit()->setText(QStringLiteral("def f: f; f"));
        const int before = fx.jq->evaluationCount();
        fx.jq->evaluateNow();
        const int ticksAtStart = ticks;
        QVERIFY(fx.jq->isEvaluating());
        QTRY_VERIFY_WITH_TIMEOUT(fx.jq->evaluationCount() > before && !fx.jq->isEvaluating(), kWait);
        const int ticked = ticks - ticksAtStart;
        QVERIFY2(ticked >= 5, qPrintable(QStringLiteral("%1 ticks").arg(ticked)));
        QVERIFY(fx.jq->lastFailed());
        QVERIFY2(fx.jq->outputView()->toPlainText().contains(QLatin1String("timed out after")),
                 qPrintable(fx.jq->outputView()->toPlainText()));

        // The next filter works again.
        QVERIFY(fx.type(QStringLiteral(".inputs.replicas")));
        QTRY_COMPARE_WITH_TIMEOUT(fx.jq->outputView()->toPlainText(), QStringLiteral("2"), kWait);
    }

    void completerOffersContextPathsWithValues()
    {
        Fixture fx;
        QVERIFY(fx.type(QStringLiteral(".inputs.")));
        QTRY_VERIFY_WITH_TIMEOUT(fx.jq->filterEdit()->completer()->completionCount() > 0, kWait);
        QCompleter *c = fx.jq->filterEdit()->completer();
        QStringList offered;
        for (int i = 0; c->setCurrentRow(i); ++i)
            offered << c->currentCompletion();
        QVERIFY2(offered.contains(QStringLiteral(".inputs.name")), qPrintable(offered.join(u' ')));
        QVERIFY(offered.contains(QStringLiteral(".inputs.replicas")));
        QVERIFY(c->popup()->isVisible());
        QCOMPARE(fx.jq->valueOfPath(QStringLiteral(".inputs.name")), QStringLiteral("\"alpha\""));
        QCOMPARE(fx.jq->valueOfPath(QStringLiteral(".inputs.replicas")), QStringLiteral("2"));

        // Paths reach into nested objects; keys jq cannot write after a dot are
        // left out.
        JsonValue ctx = JsonValue::object();
        JsonValue inner = JsonValue::object();
        inner.set(QStringLiteral("identifier"), JsonValue::fromString(QStringLiteral("svc")));
        ctx.set(QStringLiteral("entity"), inner);
        ctx.set(QStringLiteral("a-b"), JsonValue::fromInt(1));
        const auto paths = JqPlayground::contextPaths(ctx);
        QCOMPARE(paths.size(), 2);
        QCOMPARE(paths.at(1).first, QStringLiteral(".entity.identifier"));
        QCOMPARE(paths.at(1).second, QStringLiteral("\"svc\""));
    }

    void insertPutsTemplateIntoTheLastField()
    {
        Fixture fx;
        QVERIFY(QTest::qWaitForWindowActive(fx.window));
        QVERIFY(!fx.jq->insertButton()->isEnabled()); // nothing focused yet

        // A form field.
        fx.window->editorArea()->showPart(QStringLiteral("backend"));
        fx.window->editorArea()->showForm();
        TemplateLineEdit *url = fieldEdit(fx.window, QStringLiteral("/invocationMethod/url"));
        QVERIFY(url);
        url->setFocus();
        url->setCursorPosition(url->text().size());
        QTRY_COMPARE(fx.jq->insertTarget(), url);
        QVERIFY(fx.type(QStringLiteral(".inputs.replicas")));
        QCOMPARE(fx.jq->insertTarget(),
                 url); // the playground's own field does not count
        QVERIFY(fx.jq->insertButton()->isEnabled());
        QTest::mouseClick(fx.jq->insertButton(), Qt::LeftButton);
        QCOMPARE(url->text(), QStringLiteral("https://hooks.example.com/{{ .inputs.name }}{{ "
                                             ".inputs.replicas }}"));
        QTRY_COMPARE(fx.window->document()->value(QStringLiteral("/invocationMethod/url"))->toString(), url->text());

        // The JSON editor.
        fx.window->editorArea()->showJson();
        JsonEditor *ed = fx.window->jsonView()->editor();
        const int line =
            ed->text().split(u'\n').indexOf(ed->text().split(u'\n').filter(QStringLiteral("\"title\"")).value(0));
        QVERIFY(line >= 0);
        ed->setFocus();
        const int col = ed->text(line).indexOf(QLatin1String("Deploy"));
        ed->setCursorPosition(line, col);
        QTRY_COMPARE(fx.jq->insertTarget(), static_cast<QWidget *>(ed));
        QVERIFY(fx.type(QStringLiteral(".inputs.name")));
        QTest::mouseClick(fx.jq->insertButton(), Qt::LeftButton);
        QVERIFY2(ed->text(line).contains(QLatin1String("\"{{ .inputs.name }}Deploy\"")), qPrintable(ed->text(line)));
    }

    void screenshot()
    {
        const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
        if (dir.isEmpty())
            QSKIP("AD_SCREENSHOT_DIR not set");
        Fixture fx;
        QVERIFY(fx.type(QStringLiteral("{name: .inputs.name, n: (.inputs.replicas * 2), run: .run.id}")));
        QTRY_VERIFY_WITH_TIMEOUT(fx.jq->outputView()->toPlainText().contains(QLatin1String("alpha")), kWait);
        QTest::qWait(100);
        QVERIFY(fx.dock->grab().save(dir + QStringLiteral("/try-jq.png")));
    }
};

QTEST_MAIN(TstJqPlayground)
#include "tst_jqplayground.moc"
