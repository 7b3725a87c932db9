// The autosave journal: unsaved work survives a crash and comes back in a new session.
#include "app/designerapp.h"
#include "app/document/document.h"
#include "app/journal.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"

#include <QDockWidget>

#include <QApplication>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {
// A small saved-looking document tracked by `j`.
void loadTracked(Journal &j, Document &doc)
{
    doc.loadBytes(QByteArray("{\"identifier\": \"a\"}\n"), QStringLiteral("a"));
    j.track(&doc);
}
}  // namespace

class TstJournal : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void unmodifiedDocumentsLeaveNothing();
    void restoreAfterSimulatedCrash();
    void normalCloseRemovesEntry();
    void journalIsPrivate();
    void designerAppRestoresIntoWindows();
    void scenarioEditsSurviveACrash();
    void reopeningARestoredFileFocusesItsWindow();
    void unreadableFilesAreSetAsideOnce();
    void offerRecoveryReportsUnreadableFilesOnce();
};

void TstJournal::unmodifiedDocumentsLeaveNothing()
{
    QTemporaryDir dir;
    Journal j(dir.path());
    Document doc;
    loadTracked(j, doc);
    j.flush();
    QVERIFY(QDir(dir.path()).entryList(QDir::Files).isEmpty());
}

void TstJournal::restoreAfterSimulatedCrash()
{
    QTemporaryDir dir;
    QTemporaryDir docs;
    const QString path = docs.filePath(QStringLiteral("deploy.json"));
    QString unsaved;
    {
        auto *j = new Journal(dir.path());
        auto *doc = new Document;
        doc->loadBytes(QByteArray("{\"identifier\": \"a\"}\n"), QStringLiteral("a"));
        doc->saveAs(path);
        j->track(doc);
        doc->setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Unsaved \u2713")));
        unsaved = doc->text();
        j->flush();
        QCOMPARE(QDir(j->directory()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
        // A crash: nobody untracks, nothing is saved; the process state simply goes away.
        delete j;
        delete doc;
    }
    Journal next(dir.path());
    const QList<Journal::Entry> entries = next.recoverable();
    QCOMPARE(entries.size(), 1);
    QCOMPARE(entries.at(0).path, QFileInfo(path).absoluteFilePath());
    QCOMPARE(entries.at(0).text, unsaved);

    Document restored;
    restored.loadRecovered(entries.at(0).path, entries.at(0).text);
    QVERIFY(restored.isModified());
    QCOMPARE(restored.value(QStringLiteral("/title"))->toString(), QStringLiteral("Unsaved \u2713"));
    Journal::discard(entries.at(0));
    QVERIFY(next.recoverable().isEmpty());
}

void TstJournal::journalIsPrivate()
{
    // Unsaved documents may hold tokens: the journal directory and files are for this user only.
    QTemporaryDir dir;
    const QString journalDir = dir.filePath(QStringLiteral("journal"));
    Journal j(journalDir);
    QCOMPARE(QFileInfo(journalDir).permissions() & 0x0077, QFileDevice::Permissions());
    QCOMPARE(QFileInfo(journalDir).permissions(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner | QFileDevice::ReadUser | QFileDevice::WriteUser
            | QFileDevice::ExeUser);
    Document doc;
    doc.loadBytes(QByteArray("{\"identifier\": \"a\"}\n"), QStringLiteral("a"));
    j.track(&doc);
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Unsaved")));
    j.flush();
    const QFileInfoList files = QDir(journalDir).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    QCOMPARE(files.size(), 1);
    QCOMPARE(files.first().permissions(),
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser);
    j.untrack(&doc);
}

void TstJournal::normalCloseRemovesEntry()
{
    QTemporaryDir dir;
    Journal j(dir.path());
    Document doc;
    loadTracked(j, doc);
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("x")));
    j.flush();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1);
    // Saving (clean again) removes the entry on the next flush; untrack removes it at once.
    QTemporaryDir docs;
    doc.saveAs(docs.filePath(QStringLiteral("a.json")));
    j.flush();
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 0);
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("y")));
    j.flush();
    j.untrack(&doc);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 0);
}

void TstJournal::designerAppRestoresIntoWindows()
{
    QTemporaryDir dir;
    {
        Journal crashed(dir.path());
        Document a, b;
        a.loadBytes(QByteArray("{\"identifier\": \"a\"}\n"), QStringLiteral("a"));
        b.loadBytes(QByteArray("[{\"identifier\": \"b\"}, {\"identifier\": \"c\"}]\n"), QStringLiteral("b"));
        crashed.track(&a);
        crashed.track(&b);
        a.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("A")));
        b.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("B")));
        crashed.flush();
    }
    DesignerApp app(dir.path());
    QCOMPARE(app.restoreAll(), 2);
    const QList<MainWindow *> windows = app.windows();
    QCOMPARE(windows.size(), 2);
    QStringList titles;
    for (MainWindow *w : windows) {
        QVERIFY(w->document()->isModified());
        QVERIFY(w->isWindowModified());
        titles << w->document()->action().value(QStringLiteral("title")).toString();
    }
    titles.sort();
    QCOMPARE(titles, (QStringList{QStringLiteral("A"), QStringLiteral("B")}));
    // The restored work is journaled again under the new session, so a second crash loses nothing.
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 2);
    for (MainWindow *w : windows) {
        w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
        w->close();
    }
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 0);
}

void TstJournal::scenarioEditsSurviveACrash()
{
    QTemporaryDir dir;
    MainWindow *crashedWindow = nullptr;
    {
        DesignerApp crashed(dir.path());
        crashedWindow = crashed.newWindow();
        crashedWindow->openSample();
        auto *preview = qobject_cast<PreviewDock *>(crashedWindow->previewDock()->widget());
        QVERIFY(preview);
        Scenario s = *preview->scenarios().activeScenario();
        s.inputs.set(QStringLiteral("version"), JsonValue::fromString(QStringLiteral("9.9.9")));
        s.secrets.append({QStringLiteral("DEPLOY_TOKEN"), QStringLiteral("hunter2-value"), {}});
        preview->updateActiveScenario(s);
        QVERIFY(crashedWindow->document()->isModified());
        crashed.journal()->flush();
        QByteArray journaled;
        for (const QString &f : QDir(dir.path()).entryList({QStringLiteral("*.json")}, QDir::Files)) {
            QFile file(dir.filePath(f));
            QVERIFY(file.open(QIODevice::ReadOnly));
            journaled += file.readAll();
        }
        QVERIFY(journaled.contains("9.9.9"));
        QVERIFY(journaled.contains("DEPLOY_TOKEN"));     // the secret's name is kept ...
        QVERIFY(!journaled.contains("hunter2-value"));  // ... its value never written
    }  // the session ends without closing its window: a crash, as far as the journal can tell
    delete crashedWindow;

    DesignerApp app(dir.path());
    QCOMPARE(app.restoreAll(), 1);
    MainWindow *w = app.windows().constFirst();
    auto *preview = qobject_cast<PreviewDock *>(w->previewDock()->widget());
    QVERIFY(preview);
    const Scenario *s = preview->scenarios().activeScenario();
    QVERIFY(s);
    QCOMPARE(s->inputs.value(QStringLiteral("version")).toString(), QStringLiteral("9.9.9"));
    QVERIFY(s->findSecret(QStringLiteral("DEPLOY_TOKEN")));
    QVERIFY(w->document()->isModified());
    // The restore is one undo step: undoing it gives the scenarios as they were on disk.
    w->document()->undoStack()->undo();
    QVERIFY(preview->scenarios().activeScenario()->inputs.value(QStringLiteral("version")).toString()
            != QStringLiteral("9.9.9"));
    w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    w->close();
}

void TstJournal::reopeningARestoredFileFocusesItsWindow()
{
    QTemporaryDir dir;
    QTemporaryDir docs;
    const QString path = docs.filePath(QStringLiteral("deploy.json"));
    {
        Journal crashed(dir.path());
        Document doc;
        doc.loadBytes(QByteArray("{\"identifier\": \"a\"}\n"), QStringLiteral("a"));
        QVERIFY(doc.saveAs(path));
        crashed.track(&doc);
        doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Unsaved")));
        crashed.flush();
    }
    DesignerApp app(dir.path());
    QCOMPARE(app.restoreAll(), 1);
    MainWindow *restored = app.windows().constFirst();
    // The command line names the same file (as `action-designer deploy.json` after Restore), by
    // another spelling and through a symlink: one window, its unsaved work untouched.
    const QString other = docs.filePath(QStringLiteral("link.json"));
    QVERIFY(QFile::link(path, other));
    app.start({path, docs.path() + QStringLiteral("/./deploy.json"), other}, false);
    QCOMPARE(app.windows().size(), 1);
    QCOMPARE(app.windows().constFirst(), restored);
    QVERIFY(restored->document()->isModified());
    QCOMPARE(restored->document()->action().value(QStringLiteral("title")).toString(), QStringLiteral("Unsaved"));
    QTRY_COMPARE(QApplication::activeWindow(), restored);

    // Another file still gets its own window; asking for the first again brings it back.
    const QString second = docs.filePath(QStringLiteral("second.json"));
    QFile f(second);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{\"identifier\": \"b\"}\n");
    f.close();
    QVERIFY(app.open(second));
    QCOMPARE(app.windows().size(), 2);
    QVERIFY(app.open(path));
    QCOMPARE(app.windows().size(), 2);
    QTRY_COMPARE(QApplication::activeWindow(), restored);
    QCOMPARE(app.windowFor(other), restored);
    for (MainWindow *w : app.windows()) {
        w->setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
        w->close();
    }
}

void TstJournal::unreadableFilesAreSetAsideOnce()
{
    QTemporaryDir dir;
    {
        Journal crashed(dir.path());
        Document doc;
        loadTracked(crashed, doc);
        doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("kept")));
        crashed.flush();
    }
    const QDir d(dir.path());
    QFile garbage(d.filePath(QStringLiteral("garbage.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("{\"session\": \"x\", \"text\": ");  // cut off
    garbage.close();
    QFile other(d.filePath(QStringLiteral("other.json")));
    QVERIFY(other.open(QIODevice::WriteOnly));
    other.write("{\"not\": \"a journal entry\"}");
    other.close();

    Journal j(dir.path());
    QCOMPARE(j.recoverable().size(), 1);
    QStringList moved = j.setAsideUnreadable();
    moved.sort();
    QCOMPARE(moved, (QStringList{QStringLiteral("garbage.json"), QStringLiteral("other.json")}));
    QCOMPARE(d.entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);  // the good entry stays
    QVERIFY(QFile::exists(QDir(j.damagedDirectory()).filePath(QStringLiteral("garbage.json"))));
    QVERIFY(j.setAsideUnreadable().isEmpty());
    QCOMPARE(j.recoverable().size(), 1);
}

void TstJournal::offerRecoveryReportsUnreadableFilesOnce()
{
    QTemporaryDir dir;
    QFile garbage(QDir(dir.path()).filePath(QStringLiteral("broken.json")));
    QVERIFY(garbage.open(QIODevice::WriteOnly));
    garbage.write("\x89PNG");
    garbage.close();
    auto reports = [] {
        QList<QMessageBox *> out;
        for (QWidget *w : QApplication::topLevelWidgets())
            if (w->objectName() == QLatin1String("unreadableJournalFiles") && w->isVisible())
                out << qobject_cast<QMessageBox *>(w);
        return out;
    };
    DesignerApp app(dir.path());
    app.offerRecovery();
    QList<QMessageBox *> shown = reports();
    QCOMPARE(shown.size(), 1);
    QVERIFY(shown.first()->text().contains(QStringLiteral("broken.json")));
    QVERIFY(shown.first()->text().contains(app.journal()->damagedDirectory().toHtmlEscaped()));
    if (const QString shots = qEnvironmentVariable("AD_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QTest::qWait(50);
        shown.first()->grab().save(shots + QStringLiteral("/unreadable-journal-files.png"));
    }
    shown.first()->close();
    QTRY_VERIFY(reports().isEmpty());
    QVERIFY(!QFile::exists(garbage.fileName()));

    DesignerApp next(dir.path());
    next.offerRecovery();
    QVERIFY(reports().isEmpty());
}

QTEST_MAIN(TstJournal)
#include "tst_journal.moc"
