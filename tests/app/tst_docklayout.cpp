// The main window's dock layout (issue 16): at 1280x800 the scenario editor and the rendered request
// are both in view, the runner shows 8 runs beside 12 timeline lines (12 one-line entries of a run
// with long lines, English and German), its toolbar keeps every action on the bar, a wider window
// gives its extra width to the preview, which shows scenario and request side by side in German too;
// Reset Layout brings moved and closed docks back without touching the
// document; a state saved by another layout version or with other docks is not restored. Sizes are
// checked against font metrics, never against pixel constants. Set AD_SCREENSHOT_DIR to keep
// screenshots.
#include "docklayoutfixture.h"

#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/org/orginstall.h"
#include "app/preview/previewdock.h"
#include "app/runner/runnerdock.h"
#include "app/runner/runnerinstall.h"
#include "app/runner/runnerservice.h"
#include "app/tests/testsdock.h"
#include "app/util/adaptivesplitter.h"
#include "runner/port/portprofiles.h"
#include "runner/secretstore.h"
#include "json/jsonvalue.h"

#include <QAbstractTextDocumentLayout>
#include <QAction>
#include <QDockWidget>
#include <QHeaderView>
#include <QHelpEvent>
#include <QLabel>
#include <QPlainTextEdit>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QToolBar>
#include <QToolButton>
#include <QToolTip>
#include <QTreeWidget>
#include <QUndoStack>

#include <memory>

using namespace ad;
using namespace ad::app;
using namespace docklayout;

namespace {

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

// A splitter with two empty panes of at least `minPane`, `size` big, shown.
void fill(AdaptiveSplitter &split, const QSize &minPane, const QSize &size)
{
    split.addWidget(new QWidget);
    split.addWidget(new QWidget);
    split.setMinimumPane(minPane);
    split.resize(size);
    split.show();
}

// The rectangle of `w` in `window`'s coordinates.
QRect inWindow(const QWidget *w, const QWidget *window) { return QRect(w->mapTo(window, QPoint(0, 0)), w->size()); }

}  // namespace

class TstDockLayout : public QObject {
    Q_OBJECT

    QTemporaryDir m_dir;
    MemorySecretStore m_secrets;
    std::unique_ptr<RunnerService> m_service;
    std::unique_ptr<PortProfiles> m_profiles;

    // A window as the application builds it (every dock installed), at `size`, shown.
    std::unique_ptr<MainWindow> window(const QSize &size)
    {
        auto w = std::make_unique<MainWindow>();
        installRunnerDock(w.get(), m_service.get());
        installTestsDock(w.get());
        installOrgDock(w.get(), m_profiles.get());
        w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
        w->setAttribute(Qt::WA_DeleteOnClose, false);  // the test owns it
        w->resize(size);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        return w;
    }
    // The same with the sample open and the Runner's tab in front.
    std::unique_ptr<MainWindow> runnerWindow(const QSize &size)
    {
        auto w = window(size);
        if (!w)
            return nullptr;
        w->openSample();
        w->runnerDock()->raise();
        QCoreApplication::processEvents();
        return w;
    }
    static PreviewDock *preview(MainWindow *w) { return qobject_cast<PreviewDock *>(w->previewDock()->widget()); }
    static RunnerDock *runner(MainWindow *w) { return qobject_cast<RunnerDock *>(w->runnerDock()->widget()); }
    // The rows of a test run in English and in German.
    static void languageRows()
    {
        QTest::addColumn<QString>("lang");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("de") << QStringLiteral("de");
    }
    static void clearLayoutSettings()
    {
        QSettings s;
        s.remove(QStringLiteral("mainwindow"));
        s.remove(QStringLiteral("layout"));
        s.remove(QStringLiteral("runner/timelineWrapsLines"));
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_service = std::make_unique<RunnerService>(m_dir.filePath(QStringLiteral("history.sqlite")), &m_secrets);
        m_profiles = std::make_unique<PortProfiles>(nullptr, &m_secrets);
    }
    void init() { clearLayoutSettings(); }
    void cleanupTestCase()
    {
        clearLayoutSettings();
        m_profiles.reset();
        m_service.reset();
    }

    void previewShowsScenarioAndRequestAt1280()
    {
        auto w = window(QSize(1280, 800));
        QVERIFY(w);
        w->openSample();
        PreviewDock *p = preview(w.get());
        QVERIFY(p);
        QCOMPARE(w->dockWidgetArea(w->previewDock()), Qt::RightDockWidgetArea);
        QVERIFY(!w->previewDock()->isFloating());
        QWidget *scenario = p->scenarioPane();
        QWidget *request = p->requestView();
        QVERIFY(scenario->isVisible());
        QVERIFY(request->isVisible());
        QVERIFY(!scenario->visibleRegion().isEmpty());
        QVERIFY(!request->visibleRegion().isEmpty());
        // Each at least a form row wide and several lines tall; neither covers the other.
        const QFontMetrics fm(p->font());
        for (QWidget *pane : {scenario, request}) {
            QVERIFY2(pane->width() >= 30 * fm.averageCharWidth(), qPrintable(QString::number(pane->width())));
            QVERIFY2(pane->height() >= 8 * fm.lineSpacing(), qPrintable(QString::number(pane->height())));
        }
        QVERIFY(!inWindow(scenario, w.get()).intersects(inWindow(request, w.get())));
        // The central form keeps a working width beside them.
        QVERIFY(w->centralWidget()->width() >= 60 * fm.averageCharWidth());
        shoot(w.get(), QStringLiteral("docklayout-1280.png"));
    }

    void widerWindowWidensPreviewNotForm()
    {
        int central1280 = 0;
        int preview1280 = 0;
        int runner1280 = 0;
        {
            auto w = window(QSize(1280, 800));
            QVERIFY(w);
            central1280 = w->centralWidget()->width();
            preview1280 = w->previewDock()->width();
            runner1280 = w->problemsDock()->width();  // the raised tab of the runner's group
            QCOMPARE(preview(w.get())->splitter()->orientation(), Qt::Vertical);
        }
        auto w = window(QSize(1920, 1080));
        QVERIFY(w);
        const int extra = 1920 - 1280;
        // Most of the extra width goes to the preview; the form grows by less than a third of it.
        QVERIFY2(w->previewDock()->width() - preview1280 > extra / 2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(preview1280).arg(w->previewDock()->width())));
        QVERIFY2(w->centralWidget()->width() - central1280 < extra / 3,
                 qPrintable(QStringLiteral("%1 -> %2").arg(central1280).arg(w->centralWidget()->width())));
        // The runner (below) gains the width too.
        QVERIFY2(w->problemsDock()->width() - runner1280 > extra / 2,
                 qPrintable(QStringLiteral("%1 -> %2").arg(runner1280).arg(w->problemsDock()->width())));
        // And the preview is wide enough to put scenario and request side by side.
        PreviewDock *p = preview(w.get());
        QCOMPARE(p->splitter()->orientation(), Qt::Horizontal);
        QVERIFY(p->scenarioPane()->width() >= p->splitter()->minimumPane().width() * 3 / 4);
        QVERIFY(p->requestView()->width() >= p->splitter()->minimumPane().width() * 3 / 4);
        shoot(w.get(), QStringLiteral("docklayout-1920.png"));
    }

    void previewSideBySideAt1920_data() { languageRows(); }
    // At 1920x1080 the default layout puts scenario and request side by side, in German too (longer
    // labels make the panes' minimum wider), each pane at least its minimum wide, and the form keeps
    // its working width.
    void previewSideBySideAt1920()
    {
        QFETCH(QString, lang);
        const Language language(lang);
        QVERIFY(language.on());
        auto w = window(QSize(1920, 1080));
        QVERIFY(w);
        w->openSample();
        QCoreApplication::processEvents();
        PreviewDock *p = preview(w.get());
        QVERIFY(p);
        AdaptiveSplitter *split = p->splitter();
        const QString sizes = QStringLiteral("dock %1, splitter %2, minimum pane %3, central %4")
                                  .arg(w->previewDock()->width())
                                  .arg(split->width())
                                  .arg(split->minimumPane().width())
                                  .arg(w->centralWidget()->width());
        QVERIFY2(split->orientation() == Qt::Horizontal, qPrintable(sizes));
        for (QWidget *pane : {static_cast<QWidget *>(p->scenarioPane()), static_cast<QWidget *>(p->requestView())}) {
            QVERIFY2(pane->isVisible() && !pane->visibleRegion().isEmpty(), qPrintable(sizes));
            QVERIFY2(pane->width() >= split->minimumPane().width() * 3 / 4, qPrintable(sizes));
        }
        const QFontMetrics fm(p->font());
        QVERIFY2(w->centralWidget()->width() >= 60 * fm.averageCharWidth(), qPrintable(sizes));
        shoot(w.get(), QStringLiteral("docklayout-1920-%1.png").arg(lang));
    }

    void previewSplitterTurnsWithItsWidth()
    {
        AdaptiveSplitter split(QStringLiteral("tst"));
        fill(split, QSize(200, 100), QSize(600, 600));
        QCOMPARE(split.orientation(), Qt::Horizontal);
        split.resize(390, 600);  // just under 2 x 200: kept (hysteresis)
        QCOMPARE(split.orientation(), Qt::Horizontal);
        split.resize(300, 600);
        QCOMPARE(split.orientation(), Qt::Vertical);
        split.resize(410, 600);  // just over: kept
        QCOMPARE(split.orientation(), Qt::Vertical);
        split.resize(500, 600);
        QCOMPARE(split.orientation(), Qt::Horizontal);
        QVERIFY(split.widget(0)->width() > 0 && split.widget(1)->width() > 0);
    }

    void splitterSizesAreRemembered()
    {
        {
            AdaptiveSplitter split(QStringLiteral("tst"));
            fill(split, QSize(100, 100), QSize(600, 300));
            QVERIFY(QTest::qWaitForWindowExposed(&split));
            QCOMPARE(split.orientation(), Qt::Horizontal);
            // Drag the handle to a quarter of the width, as a user does.
            QSplitterHandle *h = split.handle(1);
            const QPoint grip(h->width() / 2, h->height() / 2);
            QTest::mousePress(h, Qt::LeftButton, {}, grip);
            QTest::mouseMove(h, grip - QPoint(split.width() / 4, 0));
            QTest::mouseRelease(h, Qt::LeftButton, {}, grip - QPoint(split.width() / 4, 0));
            QVERIFY2(split.sizes().at(0) < split.sizes().at(1) / 2, qPrintable(QString::number(split.sizes().at(0))));
        }
        AdaptiveSplitter again(QStringLiteral("tst"));
        fill(again, QSize(100, 100), QSize(800, 300));
        QVERIFY(again.sizes().at(0) < again.sizes().at(1) / 2);  // the same proportion, wider
        again.resetLayout();
        QVERIFY(qAbs(again.sizes().at(0) - again.sizes().at(1)) <= again.handleWidth() + 1);
    }

    void runnerShowsEightRunsAndTwelveLines()
    {
        auto w = runnerWindow(QSize(1280, 800));
        QVERIFY(w);
        RunnerDock *r = runner(w.get());
        QVERIFY(r);
        QTreeWidget *list = r->runsList();
        for (int i = 0; i < 20; ++i) {
            auto *item = new QTreeWidgetItem(list);
            item->setText(RunnerDock::StatusCol, QStringLiteral("SUCCESS"));
            item->setText(RunnerDock::ActionCol, QStringLiteral("deploy_service"));
            item->setText(RunnerDock::UrlCol, QStringLiteral("http://127.0.0.1:8080/hooks/deploy/%1").arg(i));
        }
        QStringList lines;
        for (int i = 1; i <= 30; ++i)
            lines << QStringLiteral("line %1 of the timeline").arg(i);
        r->timeline()->setPlainText(lines.join(QLatin1Char('\n')));
        QTest::qWait(0);
        QCoreApplication::processEvents();

        const int row = list->sizeHintForRow(0);
        QVERIFY(row > 0);
        QVERIFY2(list->viewport()->height() >= RunnerDock::kComfortRuns * row,
                 qPrintable(QStringLiteral("viewport %1, row %2").arg(list->viewport()->height()).arg(row)));
        // The 12th line of the timeline ends inside its viewport.
        QTextBrowser *tl = r->timeline();
        const QTextBlock twelfth = tl->document()->findBlockByNumber(RunnerDock::kComfortLines - 1);
        QVERIFY(twelfth.isValid());
        const QRectF box = tl->document()->documentLayout()->blockBoundingRect(twelfth);
        QVERIFY2(
            box.bottom() <= tl->viewport()->height(),
            qPrintable(
                QStringLiteral("line 12 ends at %1, viewport %2").arg(box.bottom()).arg(tl->viewport()->height())));
        // Side by side, and the handle starts below the dock's title bar and its toolbar: a drag on
        // it moves the split, never the dock.
        QCOMPARE(r->splitter()->orientation(), Qt::Horizontal);
        QSplitterHandle *handle = r->splitter()->handle(1);
        const int handleTop = handle->mapTo(w->runnerDock(), QPoint(0, 0)).y();
        const int contentTop = r->mapTo(w->runnerDock(), QPoint(0, 0)).y();
        const QToolBar *bar = r->findChild<QToolBar *>();
        QVERIFY(bar);
        QVERIFY2(handleTop >= contentTop + bar->height(), qPrintable(QString::number(handleTop)));
        QVERIFY(r->runRowHeight() >= row);

        // A long notice (a taken port, a network error) wraps: the preview stays on screen.
        r->runsApiLabel()->setText(QStringLiteral("⚠ Runs API: http://127.0.0.1:17172 — port 17171 is taken, so this "
                                                  "session uses 17172 (Settings… to choose another) ")
                                       .repeated(3));
        QCoreApplication::processEvents();
        QCOMPARE(w->width(), 1280);
        QVERIFY2(inWindow(w->previewDock(), w.get()).right() < w->width(),
                 qPrintable(QString::number(inWindow(w->previewDock(), w.get()).right())));
        QVERIFY(r->minimumSizeHint().width() < w->width() / 2);
        shoot(w.get(), QStringLiteral("docklayout-runner-1280.png"));
    }

    void timelineShowsTwelveLongEntries_data() { languageRows(); }
    // Long lines (a request URL, log lines) take one line each, elided, with the whole text in a
    // tooltip and with Wrap Long Lines: twelve entries in view at 1280x800 in the default layout.
    void timelineShowsTwelveLongEntries()
    {
        QFETCH(QString, lang);
        const Language language(lang);
        QVERIFY(language.on());
        const QString id = addLongRun(m_service->store());
        auto w = runnerWindow(QSize(1280, 800));
        QVERIFY(w);
        RunnerDock *r = runner(w.get());
        QVERIFY(r);
        r->selectRun(id);
        QCOMPARE(r->selectedRun(), id);
        TimelineView *tl = r->timeline();
        QVERIFY(!tl->wrapsLines());
        // Elided at its own width once shown.
        QTRY_VERIFY(tl->isUpToDate());
        QVERIFY(tl->elidedCount() >= 14);
        QCOMPARE(tl->verticalScrollBar()->value(), 0);
        int wrapped = 0;
        const int lines = wholeLinesInView(tl, &wrapped);
        QVERIFY2(lines >= RunnerDock::kComfortLines, qPrintable(QStringLiteral("%1 lines in a %2x%3 viewport")
                                                                    .arg(lines)
                                                                    .arg(tl->viewport()->width())
                                                                    .arg(tl->viewport()->height())));
        QCOMPARE(wrapped, 0);
        // Preformatted lines (a long header) are cut at the edge too: no sideways scrolling.
        QCOMPARE(tl->horizontalScrollBar()->maximum(), 0);
        shoot(w.get(), QStringLiteral("docklayout-timeline-1280-%1.png").arg(lang));

        // The request line keeps the end of its URL; its tooltip has the whole line.
        const std::optional<Run> run = m_service->store()->run(id);
        QVERIFY(run);
        const QString requestLine = QStringLiteral("POST ") + run->request.url;
        QTextBlock request;
        for (QTextBlock b = tl->document()->begin(); b.isValid(); b = b.next())
            if (tl->fullText(b) == requestLine)
                request = b;
        QVERIFY2(request.isValid(), qPrintable(tl->toPlainText()));
        QVERIFY(request.text().startsWith(QStringLiteral("POST https://deploy.")));
        QVERIFY(request.text().endsWith(QStringLiteral("version=1.4.2")));
        QVERIFY(request.text().contains(QChar(0x2026)));
        const QRectF box = tl->document()->documentLayout()->blockBoundingRect(request);
        const QPoint at =
            box.center().toPoint() - QPoint(tl->horizontalScrollBar()->value(), tl->verticalScrollBar()->value());
        QHelpEvent help(QEvent::ToolTip, at, tl->viewport()->mapToGlobal(at));
        QCoreApplication::sendEvent(tl->viewport(), &help);
        QTRY_COMPARE(QToolTip::text(), requestLine);
        QToolTip::hideText();

        // Wrap Long Lines shows every line in full.
        tl->wrapAction()->trigger();
        QVERIFY(tl->wrapsLines());
        QCOMPARE(tl->elidedCount(), 0);
        QVERIFY(tl->toPlainText().contains(requestLine));
        QVERIFY(tl->toPlainText().contains(run->summary));
        tl->wrapAction()->trigger();
        QVERIFY(!tl->wrapsLines());
        QVERIFY(tl->elidedCount() >= 14);
        QVERIFY(m_service->store()->remove(id));
    }

    void runnerToolbarKeepsEveryAction_data()
    {
        QTest::addColumn<QString>("lang");
        QTest::addColumn<QSize>("size");
        for (const char *lang : {"en", "de"}) {
            QTest::addRow("%s-1280x800", lang) << QString::fromLatin1(lang) << QSize(1280, 800);
            QTest::addRow("%s-1920x1080", lang) << QString::fromLatin1(lang) << QSize(1920, 1080);
        }
    }
    // Every action of the runner's toolbar is on the bar, none in the » extension menu, in both
    // languages: texts give way to icons (with tooltips) where the labels do not fit.
    void runnerToolbarKeepsEveryAction()
    {
        QFETCH(QString, lang);
        QFETCH(QSize, size);
        const Language language(lang);
        QVERIFY(language.on());
        auto w = runnerWindow(size);
        QVERIFY(w);
        RunnerDock *r = runner(w.get());
        QVERIFY(r);
        auto *bar = r->findChild<QToolBar *>();
        QVERIFY(bar);
        QVERIFY(bar->isVisible());
        int buttons = 0;
        for (QAction *a : bar->actions()) {
            if (a->isSeparator())
                continue;
            QWidget *b = bar->widgetForAction(a);
            QVERIFY2(b && b->isVisible(), qPrintable(a->objectName()));
            QVERIFY2(bar->rect().contains(b->geometry()), qPrintable(a->objectName()));
            QVERIFY2(!a->toolTip().isEmpty(), qPrintable(a->objectName()));
            ++buttons;
        }
        QCOMPARE(buttons, 8);
        for (const QWidget *ext : bar->findChildren<QToolButton *>(QStringLiteral("qt_toolbar_ext_button")))
            QVERIFY(!ext->isVisible());
        // Run keeps its label.
        const auto *run = qobject_cast<QToolButton *>(bar->widgetForAction(r->action(QStringLiteral("run"))));
        QVERIFY(run);
        QCOMPARE(run->toolButtonStyle(), Qt::ToolButtonTextBesideIcon);
        // A button showing only its icon names its action in its tooltip.
        for (QAction *a : bar->actions()) {
            auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(a));
            if (!b || b->toolButtonStyle() != Qt::ToolButtonIconOnly)
                continue;
            QVERIFY2(!a->icon().isNull(), qPrintable(a->objectName()));
            const QPoint at = b->rect().center();
            QHelpEvent help(QEvent::ToolTip, at, b->mapToGlobal(at));
            QCoreApplication::sendEvent(b, &help);
            QTRY_VERIFY2(QToolTip::text().startsWith(a->iconText() + QLatin1Char('\n')), qPrintable(QToolTip::text()));
            QToolTip::hideText();
        }
        shoot(bar, QStringLiteral("docklayout-runner-toolbar-%1-%2.png").arg(lang).arg(size.width()));
    }

    void resetLayoutBringsDocksBack()
    {
        auto w = window(QSize(1280, 800));
        QVERIFY(w);
        w->openSample();
        Document *doc = w->document();
        doc->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Changed before reset")));
        const QString text = doc->text();
        const int undoCount = doc->undoStack()->count();
        QVERIFY(doc->isModified());

        // Float one, close one, move one, hide the toolbar.
        w->previewDock()->setFloating(true);
        w->runnerDock()->close();
        w->addDockWidget(Qt::RightDockWidgetArea, w->outlineDock());
        auto *toolbar = w->findChild<QToolBar *>(QStringLiteral("runToolBar"));
        QVERIFY(toolbar);
        toolbar->hide();
        QVERIFY(!w->runnerDock()->isVisible());

        QAction *reset = w->action(QStringLiteral("view.resetLayout"));
        QVERIFY(reset);
        reset->trigger();
        QCoreApplication::processEvents();

        for (QDockWidget *d : {w->outlineDock(), w->previewDock(), w->problemsDock(), w->runnerDock()}) {
            QVERIFY2(!d->isFloating(), qPrintable(d->objectName()));
            QVERIFY2(!d->isHidden(), qPrintable(d->objectName()));
        }
        QCOMPARE(w->dockWidgetArea(w->outlineDock()), Qt::LeftDockWidgetArea);
        QCOMPARE(w->dockWidgetArea(w->previewDock()), Qt::RightDockWidgetArea);
        QCOMPARE(w->dockWidgetArea(w->runnerDock()), Qt::BottomDockWidgetArea);
        QVERIFY(w->tabifiedDockWidgets(w->problemsDock()).contains(w->runnerDock()));
        QVERIFY(toolbar->isVisible());
        QVERIFY(!preview(w.get())->scenarioPane()->visibleRegion().isEmpty());
        // The document is as it was: text, modified flag, undo history.
        QCOMPARE(doc->text(), text);
        QVERIFY(doc->isModified());
        QCOMPARE(doc->undoStack()->count(), undoCount);
    }

    void savedLayoutIsRestored()
    {
        {
            auto w = window(QSize(1280, 800));
            QVERIFY(w);
            w->addDockWidget(Qt::LeftDockWidgetArea, w->previewDock());
            QVERIFY(w->close());
        }
        auto w = window(QSize(1280, 800));
        QVERIFY(w);
        QCOMPARE(w->dockWidgetArea(w->previewDock()), Qt::LeftDockWidgetArea);
    }

    void olderOrOtherStateFallsBackToDefault()
    {
        // A state saved by an older layout version (here: the unversioned saveState() of before).
        {
            auto w = window(QSize(1280, 800));
            QVERIFY(w);
            w->addDockWidget(Qt::LeftDockWidgetArea, w->previewDock());
            w->runnerDock()->setFloating(true);
            QVERIFY(w->close());
            QSettings().setValue(QStringLiteral("mainwindow/state"), w->saveState(MainWindow::kLayoutVersion - 1));
        }
        {
            auto w = window(QSize(1280, 800));
            QVERIFY(w);
            QCOMPARE(w->dockWidgetArea(w->previewDock()), Qt::RightDockWidgetArea);
            QVERIFY(!w->runnerDock()->isFloating());
            QVERIFY(!preview(w.get())->scenarioPane()->visibleRegion().isEmpty());
        }
        // A state of this version saved with another set of docks (one since added or removed).
        {
            auto w = window(QSize(1280, 800));
            QVERIFY(w);
            w->addDockWidget(Qt::LeftDockWidgetArea, w->previewDock());
            QVERIFY(w->close());
            QSettings s;
            QStringList names = s.value(QStringLiteral("mainwindow/layoutNames")).toStringList();
            QVERIFY(names.removeOne(QStringLiteral("testsDock")));
            s.setValue(QStringLiteral("mainwindow/layoutNames"), names);
        }
        auto w = window(QSize(1280, 800));
        QVERIFY(w);
        QCOMPARE(w->dockWidgetArea(w->previewDock()), Qt::RightDockWidgetArea);
    }
};

QTEST_MAIN(TstDockLayout)
#include "tst_docklayout.moc"
