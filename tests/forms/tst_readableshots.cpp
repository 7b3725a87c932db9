// The main window with a webhook action, its backend form, the Trace tab and the Problems dock at
// 1280x800 and 1920x1080, light and dark: form controls stop at the readable width, the trace's
// result and the problems' message keep the most room. Set AD_SCREENSHOT_DIR to also write
// readable-<size>-<theme>[-<lang>].png (AD_LANG=de for the German UI) for a look.

#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/formpart.h"
#include "app/i18n/language.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/problems/problemsdock.h"
#include "app/settings/appsettings.h"

#include <QAbstractScrollArea>
#include <QComboBox>
#include <QDockWidget>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTreeWidget>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

// Templates deep in the body (long pointers), one that fails, and a key Port does not know
// (a Problems row with a long pointer).
// (No raw string: moc in Qt 6.4 gives up on one holding "//".)
const char *kAction =
    "{\n"
    "  \"identifier\": \"deploy_service\", \"title\": \"Deploy service\",\n"
    "  \"trigger\": {\"type\": \"self-service\", \"operation\": \"DAY-2\", \"blueprintIdentifier\": \"service\",\n"
    "    \"userInputs\": {\"properties\": {\"environment\": {\"type\": \"string\", \"enum\": [\"dev\", \"prod\"], \"default\": \"dev\"},\n"
    "      \"replicas\": {\"type\": \"number\", \"default\": 2}}}},\n"
    "  \"invocationMethod\": {\"type\": \"WEBHOOK\", \"url\": \"https://deploy.example.com/hooks/{{ .inputs.environment }}\",\n"
    "    \"body\": {\"deployment\": {\"targets\": [{\"environment\": {\"settings\": {\n"
    "      \"replicas\": \"{{ .inputs.replicas }}\", \"region\": \"{{ .inputs.region | ascii_downcase }}\",\n"
    "      \"owner\": \"{{ .trigger.by.user.email }}\", \"unknownSetting\": {\"value\": \"{{ .run.id }}\"}}}}]}},\n"
    "    \"sychronized\": true}\n"
    "}\n";

void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

QDockWidget *dockOf(QWidget *w)
{
    while (w && !qobject_cast<QDockWidget *>(w))
        w = w->parentWidget();
    return static_cast<QDockWidget *>(w);
}

}  // namespace

class TstReadableShots : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
        installTranslators(resolveLanguage());  // AD_LANG=de for the German screenshots
    }
    void cleanupTestCase() { AppSettings::instance().setTheme(AppSettings::Theme::System); }
    void windowSizes_data();
    void windowSizes();
};

void TstReadableShots::windowSizes_data()
{
    QTest::addColumn<QSize>("size");
    QTest::addColumn<bool>("dark");
    QTest::newRow("1280x800 light") << QSize(1280, 800) << false;
    QTest::newRow("1280x800 dark") << QSize(1280, 800) << true;
    QTest::newRow("1920x1080 light") << QSize(1920, 1080) << false;
    QTest::newRow("1920x1080 dark") << QSize(1920, 1080) << true;
}

void TstReadableShots::windowSizes()
{
    QFETCH(QSize, size);
    QFETCH(bool, dark);
    AppSettings::instance().setTheme(dark ? AppSettings::Theme::Dark : AppSettings::Theme::Light);
    MainWindow w;
    w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    QVERIFY(w.importText(kAction));
    w.resize(size);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.editorArea()->showPart(QStringLiteral("backend"));
    auto *dock = w.findChild<PreviewDock *>();
    QVERIFY(dock);
    QTRY_VERIFY_WITH_TIMEOUT(!dock->isRendering() && dock->renderCount() > 0, 30000);
    dock->tabs()->setCurrentWidget(dock->traceTable());
    w.refreshProblems();
    if (QDockWidget *d = dockOf(w.problemsView()))
        d->raise();
    QTRY_VERIFY(w.problemsView()->isVisible());
    QTRY_VERIFY(dock->traceTable()->rowCount() >= 4);

    // The form: every control ends within the readable width.
    auto *part = qobject_cast<FormPart *>(w.editorArea()->partEditor(QStringLiteral("backend")));
    QVERIFY(part);
    const int cap = part->readableWidth();
    for (QWidget *c : part->findChildren<QWidget *>()) {
        const bool control = qobject_cast<QLineEdit *>(c) || qobject_cast<QComboBox *>(c);
        if (control && c->isVisibleTo(part) && !qobject_cast<QComboBox *>(c->parentWidget()))
            QVERIFY2(c->mapTo(part, QPoint(c->width(), 0)).x() <= cap, qPrintable(c->parentWidget()->objectName()));
    }
    // The trace's result and the problems' message have the most room.
    TraceTable *t = dock->traceTable();
    for (int c = 1; c < TraceTable::ColumnCount; ++c)
        QVERIFY2(t->columnWidth(TraceTable::Result) >= t->columnWidth(c), qPrintable(QString::number(c)));
    QTreeWidget *pt = w.problemsView()->tree();
    QVERIFY(pt->topLevelItemCount() > 0);
    for (int c = 1; c < ProblemsView::ColumnCount; ++c)
        QVERIFY(pt->columnWidth(ProblemsView::Message) >= pt->columnWidth(c));

    const QString lang = qEnvironmentVariable("AD_LANG");
    shoot(&w, QStringLiteral("readable-%1x%2-%3%4.png")
                  .arg(size.width())
                  .arg(size.height())
                  .arg(dark ? QStringLiteral("dark") : QStringLiteral("light"),
                       lang.isEmpty() ? QString() : QLatin1Char('-') + lang));
    w.document()->undoStack()->setClean();
}

QTEST_MAIN(TstReadableShots)
#include "tst_readableshots.moc"
