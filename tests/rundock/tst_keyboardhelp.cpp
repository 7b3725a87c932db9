// Keyboard and help (issue 16 point 4): Save As (Ctrl+Shift+S), Settings
// (Ctrl+,) and Run (Ctrl+R) work with the focus in the JSON editor or a form
// field and show their keys in the menus; Run is in a Run menu; Help has
// Keyboard Shortcuts (generated from the window's actions), Documentation and
// About (version, jq engine, licences). Set AD_SCREENSHOT_DIR to also write
// docs/screenshots/about.png and keyboard-shortcuts.png.
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/templatelineedit.h"
#include "app/helpdialogs.h"
#include "app/jsonview/jsoneditor.h"
#include "app/jsonview/jsonview.h"
#include "app/mainwindow.h"
#include "app/runner/runnerdock.h"
#include "app/runner/runnerinstall.h"
#include "app/runner/runnerservice.h"
#include "app/settings/settingsdialog.h"
#include "runner/secretstore.h"
#include "template/jqprelude.h"

#include "../common/guifixture.h"
#include "servicefixture.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

class MemoryStore : public SecretStore {
public:
    std::optional<QString> read(const QString &) override { return std::nullopt; }
    bool write(const QString &, const QString &) override { return true; }
    bool remove(const QString &) override { return true; }
};

QMenu *topMenu(MainWindow &w, const QString &objectName)
{
    return w.findChild<QMenu *>(objectName);
}

// Counts triggers instead of running the command (Save As would open a modal
// file dialog).
struct Counter {
    int n = 0;
    explicit Counter(QAction *a)
    {
        a->disconnect(SIGNAL(triggered(bool)));
        QObject::connect(a, &QAction::triggered, [this] { ++n; });
    }
};

TemplateLineEdit *anyField(MainWindow &w)
{
    for (FieldWidget *f : w.editorArea()->findChildren<FieldWidget *>())
        if (auto *e = f->findChild<TemplateLineEdit *>())
            if (e->isVisible())
                return e;
    return nullptr;
}

} // namespace

class TstKeyboardHelp : public QObject, private ServiceFixture<MemoryStore> {
    Q_OBJECT
private slots:
    void initTestCase() { startService(); }
    void cleanupTestCase() { stopService(); }

    void menusShowTheKeys()
    {
        MainWindow w;
        installRunnerDock(&w, m_service.get());
        QCOMPARE(w.action(QStringLiteral("file.saveAs"))->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QCOMPARE(w.action(QStringLiteral("file.settings"))->shortcut(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        // Run has a menu of its own, before Help.
        QMenu *run = topMenu(w, QStringLiteral("runMenu"));
        QVERIFY(run);
        const QList<QAction *> bar = w.menuBar()->actions();
        QCOMPARE(bar.indexOf(run->menuAction()) + 1, bar.indexOf(topMenu(w, QStringLiteral("helpMenu"))->menuAction()));
        bool hasRun = false;
        for (QAction *a : run->actions())
            hasRun = hasRun || a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_R);
        QVERIFY(hasRun);
        // Help: Keyboard Shortcuts, Documentation, About.
        QStringList help;
        for (QAction *a : topMenu(w, QStringLiteral("helpMenu"))->actions())
            if (!a->isSeparator())
                help << a->objectName();
        QCOMPARE(help, (QStringList{QStringLiteral("help.shortcuts"), QStringLiteral("help.documentation"),
                                    QStringLiteral("help.about")}));
    }

    void saveAsAndSettingsWhateverHasFocus_data()
    {
        QTest::addColumn<QString>("where");
        QTest::newRow("json editor") << QStringLiteral("json");
        QTest::newRow("form field") << QStringLiteral("form");
    }
    void saveAsAndSettingsWhateverHasFocus()
    {
        QFETCH(QString, where);
        MainWindow w;
        w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
        installRunnerDock(&w, m_service.get());
        w.openSample();
        w.resize(1400, 900);
        w.show();
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        QWidget *focus = nullptr;
        if (where == QLatin1String("json")) {
            w.editorArea()->showJson();
            focus = w.jsonView()->editor();
        }
        else {
            w.editorArea()->showForm();
            focus = anyField(w);
        }
        QVERIFY(focus);
        focus->setFocus();
        QTRY_VERIFY(focus->hasFocus() || focus->isAncestorOf(QApplication::focusWidget()));
        QWidget *target = QApplication::focusWidget();

        Counter saveAs(w.action(QStringLiteral("file.saveAs")));
        QTest::keyClick(target, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(saveAs.n, 1);

        Counter run(w.findChild<RunnerDock *>()->action(QStringLiteral("run")));
        QTest::keyClick(target, Qt::Key_R, Qt::ControlModifier);
        QCOMPARE(run.n, 1);

        QTest::keyClick(target, Qt::Key_Comma, Qt::ControlModifier);
        auto *d = w.findChild<SettingsDialog *>();
        QVERIFY(d);
        QVERIFY(d->isVisible());
        d->close();
        w.document()->undoStack()->setClean();
    }

    void shortcutListIsGeneratedFromTheActions()
    {
        MainWindow w;
        installRunnerDock(&w, m_service.get());
        const auto has = [&w](const QString &command, const QString &keys) {
            for (const ShortcutEntry &e : shortcutEntries(&w))
                if (e.command == command && e.keys.split(QStringLiteral(", ")).contains(keys))
                    return true;
            return false;
        };
        QVERIFY(has(QStringLiteral("Save As…"), QStringLiteral("Ctrl+Shift+S")));
        QVERIFY(has(QStringLiteral("Settings…"), QStringLiteral("Ctrl+,")));
        QVERIFY(has(QStringLiteral("Run"), QStringLiteral("Ctrl+R")));
        QVERIFY(has(QStringLiteral("Toggle Form / JSON"), QStringLiteral("Ctrl+J")));
        // A new action shows up, with its menu, without anyone editing a list.
        QAction *extra = topMenu(w, QStringLiteral("helpMenu"))->addAction(QStringLiteral("&Brand New"));
        extra->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_B));
        QVERIFY(has(QStringLiteral("Brand New"), QStringLiteral("Ctrl+Alt+B")));
        extra->setShortcut(QKeySequence());
        QVERIFY(!has(QStringLiteral("Brand New"), QStringLiteral("Ctrl+Alt+B")));
        delete extra;

        // The dialog shows the same list.
        std::unique_ptr<QDialog> dlg(createShortcutsDialog(&w));
        auto *table = dlg->findChild<QTableWidget *>(QStringLiteral("shortcutTable"));
        QVERIFY(table);
        QCOMPARE(table->rowCount(), shortcutEntries(&w).size());
        guifixture::shootShown(dlg.get(), QStringLiteral("keyboard-shortcuts.png"));
        // The Help menu opens it.
        w.action(QStringLiteral("help.shortcuts"))->trigger();
        QTRY_VERIFY(w.findChild<QDialog *>(QStringLiteral("shortcutsDialog")));
    }

    void aboutSaysVersionEngineAndLicences()
    {
        const QString html = aboutHtml();
        QVERIFY(html.contains(QStringLiteral(AD_VERSION)));
        QVERIFY(!jqEngineVersion().isEmpty());
        QVERIFY(html.contains(QStringLiteral("jq ") + jqEngineVersion().toHtmlEscaped()));
        for (const char *s : {"MIT", "Qt 6: LGPL-3.0", "QScintilla: GPL-3.0", "jq: MIT", "Oniguruma: BSD-2-Clause",
                              "librdkafka: BSD-2-Clause", "QtKeychain: BSD-3-Clause"})
            QVERIFY2(html.contains(QLatin1String(s)), s);
        MainWindow w;
        w.action(QStringLiteral("help.about"))->trigger();
        auto *dlg = w.findChild<QDialog *>(QStringLiteral("aboutDialog"));
        QVERIFY(dlg);
        QCOMPARE(dlg->findChild<QLabel *>(QStringLiteral("aboutText"))->text(), html);
        guifixture::shootShown(dlg, QStringLiteral("about.png"));
    }

    void documentationIsFoundOrTheSearchIsSaid()
    {
        QStringList searched;
        const QString dir = documentationDir(&searched);
        QVERIFY(searched.contains(QStringLiteral("/usr/share/doc/action-designer")));
        if (!dir.isEmpty())
            QVERIFY(QFile::exists(dir + QStringLiteral("/designer.md")));
    }
};

QTEST_MAIN(TstKeyboardHelp)
#include "tst_keyboardhelp.moc"
