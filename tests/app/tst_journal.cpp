// The autosave journal: unsaved work survives a crash and comes back in a new session.
#include "app/designerapp.h"
#include "app/document/document.h"
#include "app/journal.h"
#include "app/mainwindow.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

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

QTEST_MAIN(TstJournal)
#include "tst_journal.moc"
