// The GUI's --show option (scripts/screenshots opens the Try jq and Form tabs with it): the named
// tab comes to the front wherever it sits, its dock with it, and its first field has the focus;
// an unknown name changes nothing. The option is listed in --help.
#include "app/designerapp.h"
#include "app/mainwindow.h"
#include "app/preview/jqplayground.h"
#include "app/preview/previewdock.h"
#include "app/util/bringforward.h"

#include <QDockWidget>
#include <QProcess>
#include <QSettings>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace ad;
using namespace ad::app;

namespace {
// The tab widget whose page holds `w`, and that page.
QPair<QTabWidget *, QWidget *> tabOf(QWidget *w)
{
    for (QWidget *child = w; child; child = child->parentWidget()) {
        QWidget *stack = child->parentWidget();
        if (auto *tabs = stack ? qobject_cast<QTabWidget *>(stack->parentWidget()) : nullptr)
            return {tabs, child};
    }
    return {nullptr, nullptr};
}
}  // namespace

class TstBringForward : public QObject {
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
        QSettings().setValue(QStringLiteral("firstStart/guideDismissed"), true);
    }
    void tabsComeForwardWithFocus();
    void hiddenDockIsShown();
    void unknownNameChangesNothing();
    void helpListsTheOption();
};

void TstBringForward::tabsComeForwardWithFocus()
{
    QTemporaryDir dir;
    DesignerApp app(dir.path());
    app.start({}, false);
    MainWindow *w = app.windows().constFirst();

    QWidget *playground = bringForward(w, QStringLiteral("jqPlayground"));
    QVERIFY(qobject_cast<JqPlayground *>(playground));
    auto [tabs, page] = tabOf(playground);
    QVERIFY(tabs);
    QCOMPARE(tabs->currentWidget(), page);
    QVERIFY(w->focusWidget());
    QCOMPARE(w->focusWidget()->objectName(), QStringLiteral("jqFilter"));

    QWidget *form = bringForward(w, QStringLiteral("portForm"));
    QVERIFY(form);
    auto [formTabs, formPage] = tabOf(form);
    QCOMPARE(formTabs->currentWidget(), formPage);
    QVERIFY(formTabs->currentWidget() != page || formTabs != tabs);
    w->close();
}

void TstBringForward::hiddenDockIsShown()
{
    QTemporaryDir dir;
    DesignerApp app(dir.path());
    app.start({}, false);
    MainWindow *w = app.windows().constFirst();
    w->show();
    w->previewDock()->hide();
    QVERIFY(bringForward(w, QStringLiteral("jqFilter")));
    QVERIFY(w->previewDock()->isVisible());
    QVERIFY(w->findChild<JqPlayground *>()->isVisible());
    w->close();
}

void TstBringForward::unknownNameChangesNothing()
{
    QTemporaryDir dir;
    DesignerApp app(dir.path());
    app.start({}, false);
    MainWindow *w = app.windows().constFirst();
    auto [tabs, page] = tabOf(w->findChild<JqPlayground *>());
    QVERIFY(tabs);
    const int before = tabs->currentIndex();
    QVERIFY(!bringForward(w, QStringLiteral("noSuchPane")));
    QVERIFY(!bringForward(w, QString()));
    QCOMPARE(tabs->currentIndex(), before);
    w->close();
}

void TstBringForward::helpListsTheOption()
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_BINARY), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(30000));
    const QString help = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(help.contains(QLatin1String("--show <name>")), qPrintable(help));
    QVERIFY(help.contains(QLatin1String("jqPlayground")));
}

QTEST_MAIN(TstBringForward)
#include "tst_bringforward.moc"
