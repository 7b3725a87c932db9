// First start: the bundled sample opens with the guide, which stays away once
// dismissed; the sample's Problems start without a warning the user did not
// cause; the window in the light and the dark theme, embedded JSON editors
// included. Set AD_SCREENSHOT_DIR to write first-start.png, main-light.png,
// main-dark.png and backend-form-dark.png.
#include "app/designerapp.h"
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/firststartguide.h"
#include "app/forms/jsonfield.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/problems/problemsdock.h"
#include "app/runner/runnerdock.h"
#include "app/runner/runnerservice.h"
#include "app/settings/appsettings.h"
#include "app/util/themedicon.h"
#include "runner/localbackend.h"
#include "runner/runstore.h"
#include "template/templateengine.h"
#include "json/jsonwriter.h"

#include "../common/guifixture.h"

#include <Qsci/qsciscintilla.h>

#include <QApplication>
#include <QDockWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {
using guifixture::shoot;

PreviewDock *previewOf(MainWindow *w)
{
    return qobject_cast<PreviewDock *>(w->previewDock()->widget());
}

void waitForPreview(MainWindow *w)
{
    PreviewDock *p = previewOf(w);
    QVERIFY(p);
    QTRY_VERIFY_WITH_TIMEOUT(!p->isRendering() && p->renderCount() > 0, 20000);
}

QColor paperOf(QsciScintilla *e)
{
    // Scintilla colours are 0xBBGGRR.
    const long v = e->SendScintilla(QsciScintilla::SCI_STYLEGETBACK, 0);
    return QColor(int(v & 0xff), int((v >> 8) & 0xff), int((v >> 16) & 0xff));
}
}  // namespace

class TstFirstStart : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        guifixture::useTestSettingsAndWorker();
        QSettings().remove(QStringLiteral("firstStart/guideDismissed"));
        QSettings().remove(QStringLiteral("mainwindow/geometry"));
        QSettings().remove(QStringLiteral("mainwindow/state"));
    }
    void cleanupTestCase() { AppSettings::instance().setTheme(AppSettings::Theme::System); }
    void guideOnSampleAndDismissedStaysDismissed();
    void guideRunsTheSampleAgainstTheLocalBackend();
    void sampleStartsWithoutWarnings();
    void embeddedEditorsFollowTheTheme();
    void iconsFollowThePalette();
};

void TstFirstStart::guideOnSampleAndDismissedStaysDismissed()
{
    QTemporaryDir dir;
    DesignerApp app(dir.path());
    app.start({}, false);
    QCOMPARE(app.windows().size(), 1);
    MainWindow *w = app.windows().constFirst();
    w->resize(1280, 800);
    auto *guide = w->findChild<FirstStartGuide *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    // Inside the editor area, not covering the docks.
    QVERIFY(w->centralWidget()->rect().contains(guide->geometry()));
    waitForPreview(w);
    shoot(w, QStringLiteral("first-start.png"));

    // Non-modal: the form under it still takes edits (no modal dialog is up).
    QVERIFY(!QApplication::activeModalWidget());

    QTest::mouseClick(guide->dismissButton(), Qt::LeftButton);
    QTRY_VERIFY(!w->findChild<FirstStartGuide *>());
    QVERIFY(FirstStartGuide::wasDismissed());

    // A later start with the sample: no guide.
    MainWindow *second = app.newWindow();
    second->openSample();
    QVERIFY(!second->findChild<FirstStartGuide *>());
    QSettings().remove(QStringLiteral("firstStart/guideDismissed"));

    // Opening another file only hides it for that window; it is not dismissed for
    // good.
    MainWindow *third = app.newWindow();
    third->openSample();
    QVERIFY(third->findChild<FirstStartGuide *>());
    QVERIFY(third->newFromTemplate(QStringLiteral("self-service/WEBHOOK")));
    QTRY_VERIFY(!third->findChild<FirstStartGuide *>());
    QVERIFY(!FirstStartGuide::wasDismissed());
    for (MainWindow *m : app.windows())
        m->close();
}

// The guide's third item really does it: the sample goes to the local test backend, which reports
// back; the document keeps its URL and stays unmodified.
void TstFirstStart::guideRunsTheSampleAgainstTheLocalBackend()
{
    QSettings().remove(QStringLiteral("firstStart/guideDismissed"));
    QTemporaryDir dir;
    DesignerApp app(dir.path());
    app.start({}, false);
    MainWindow *w = app.windows().constFirst();
    w->resize(1280, 800);
    auto *guide = w->findChild<FirstStartGuide *>();
    QVERIFY(guide);
    QTRY_VERIFY(guide->isVisible());
    waitForPreview(w);
    const QByteArray before = writeJson(w->document()->action());
    const int undoBefore = w->document()->undoStack()->count();
    RunnerService *svc = app.runner();
    svc->engine()->setWorkerBinary(QStringLiteral(AD_BINARY));  // runs render in the app's jq worker
    QSignalSpy started(svc, &RunnerService::runStarted);

    QTest::mouseClick(guide->runLocalButton(), Qt::LeftButton);
    QTRY_COMPARE(started.count(), 1);
    const QString id = started.first().first().toString();
    QTRY_VERIFY_WITH_TIMEOUT(svc->store()->status(id) != QLatin1String("IN_PROGRESS"), 30000);
    const Run run = *svc->store()->run(id);
    QStringList log;
    for (const RunLog &l : run.logs)
        log << l.createdBy + QStringLiteral(": ") + l.message;
    QVERIFY2(run.status == QLatin1String("SUCCESS"),
             qPrintable(run.summary + QLatin1Char('\n') + log.join(QLatin1Char('\n'))));
    QCOMPARE(run.request.url, svc->localBackend()->webhookUrl(id));
    QVERIFY(std::any_of(run.logs.begin(), run.logs.end(), [](const RunLog &l) {
        return l.createdBy == LocalTestBackend::clientId() && l.message.startsWith(QLatin1String("Received POST"));
    }));
    QCOMPARE(writeJson(w->document()->action()), before);
    QCOMPARE(w->document()->undoStack()->count(), undoBefore);
    QVERIFY(!w->document()->isModified());
    // The Runner dock shows the finished run.
    QVERIFY(w->runnerDock()->isVisible());
    auto *dock = qobject_cast<RunnerDock *>(w->runnerDock()->widget());
    QVERIFY(dock);
    QTRY_VERIFY(dock->timeline()->toPlainText().contains(QLatin1String("X-Port-Signature")));
    shoot(w, QStringLiteral("local-backend-run.png"));
    for (MainWindow *m : app.windows())
        m->close();
}

void TstFirstStart::sampleStartsWithoutWarnings()
{
    MainWindow w;
    w.openSample();
    waitForPreview(&w);
    QTest::qWait(300);  // the debounced problem refresh
    w.refreshProblems();
    for (const Problem &p : w.problemsView()->problems())
        QVERIFY2(p.diagnostic.severity != Diagnostic::Severity::Warning &&
                     p.diagnostic.severity != Diagnostic::Severity::Error,
                 qPrintable(p.diagnostic.pointer + QLatin1Char(' ') + p.diagnostic.message));
    // Signing is explained with the request, where it matters.
    QVERIFY(previewOf(&w)->requestText().contains(QLatin1String("note: no client secret")));
}

void TstFirstStart::embeddedEditorsFollowTheTheme()
{
    QSettings().setValue(QStringLiteral("firstStart/guideDismissed"), true);
    QTemporaryDir dir;
    DesignerApp app(dir.path());
    app.start({}, false);
    MainWindow *w = app.windows().constFirst();
    w->resize(1280, 800);
    w->editorArea()->showPart(QStringLiteral("backend"));
    waitForPreview(w);

    AppSettings::instance().setTheme(AppSettings::Theme::Light);
    QTest::qWait(50);
    shoot(w, QStringLiteral("main-light.png"));
    const QList<JsonField *> fields = w->findChildren<JsonField *>();
    QVERIFY(!fields.isEmpty());
    const QColor lightPaper = paperOf(fields.first()->editor());
    QVERIFY2(lightPaper.lightness() > 128, qPrintable(lightPaper.name()));

    AppSettings::instance().setTheme(AppSettings::Theme::Dark);
    QTest::qWait(50);
    shoot(w, QStringLiteral("main-dark.png"));
    for (JsonField *f : fields) {
        const QColor paper = paperOf(f->editor());
        // The main JSON view's paper: one styling for both.
        QCOMPARE(paper.name(), AppSettings::darkPalette().color(QPalette::Base).name());
    }
    if (auto *form = w->editorArea()->currentWidget())
        shoot(form, QStringLiteral("backend-form-dark.png"));
    // Every dock in the dark theme (looked at; not all kept in docs/screenshots).
    for (QDockWidget *d : w->findChildren<QDockWidget *>()) {
        d->raise();
        shoot(w, QStringLiteral("dark-%1.png").arg(d->objectName()));
    }
    w->editorArea()->showJson();
    shoot(w, QStringLiteral("dark-json.png"));
    AppSettings::instance().setTheme(AppSettings::Theme::System);
    for (MainWindow *m : app.windows())
        m->close();
}

void TstFirstStart::iconsFollowThePalette()
{
    const QIcon icon = themedIcon(QStringLiteral("run"));
    QVERIFY(!icon.isNull());
    AppSettings::instance().setTheme(AppSettings::Theme::Dark);
    const QImage dark = icon.pixmap(16, 16).toImage();
    AppSettings::instance().setTheme(AppSettings::Theme::Light);
    const QImage light = icon.pixmap(16, 16).toImage();
    // The triangle's middle: light ink on the dark theme, dark ink on the light
    // one.
    const QColor d = dark.pixelColor(7, 8), l = light.pixelColor(7, 8);
    QVERIFY2(d.alpha() > 200 && l.alpha() > 200, qPrintable(d.name() + QLatin1Char(' ') + l.name()));
    QVERIFY2(d.lightness() > 160, qPrintable(d.name()));
    QVERIFY2(l.lightness() < 100, qPrintable(l.name()));
    AppSettings::instance().setTheme(AppSettings::Theme::System);
}

QTEST_MAIN(TstFirstStart)
#include "tst_firststart.moc"
