// Document: the model/text sync, the one undo stack, parse errors, multi-action files, save/load.
#include "app/document/document.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace ad;
using namespace ad::app;

namespace {

QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// Lines of `b` that differ from `a` (same line count assumed).
QStringList changedLines(const QString &a, const QString &b)
{
    const QStringList la = a.split(QLatin1Char('\n')), lb = b.split(QLatin1Char('\n'));
    QStringList out;
    for (int i = 0; i < qMax(la.size(), lb.size()); ++i)
        if (la.value(i) != lb.value(i))
            out << lb.value(i);
    return out;
}

const QString kExample = QStringLiteral(AD_EXAMPLES_DIR "/webhook-day2-secrets-sync-servicenow.json");

// An array of copies of the example, long enough that the Document parses it off the UI thread.
QString largeText()
{
    Document one;
    one.load(kExample);
    const QString action = one.text().trimmed();
    QString out = QStringLiteral("[\n");
    for (int i = 0; out.size() < Document::kLargeTextChars + 1000; ++i) {
        QString a = action;
        a.replace(QStringLiteral("\"identifier\": \""), QStringLiteral("\"identifier\": \"n%1_").arg(i));
        out += (i ? QStringLiteral(",\n") : QString()) + a;
    }
    return out + QStringLiteral("\n]\n");
}

// Loads largeText() into `doc` and returns it.
QString loadLarge(Document &doc)
{
    const QString big = largeText();
    doc.loadBytes(big.toUtf8(), QStringLiteral("big.json"));
    return big;
}

}  // namespace

class TstDocument : public QObject {
    Q_OBJECT
private slots:
    void loadSaveRoundTripIsByteIdentical();
    void nonCanonicalTextSurvivesUntouched();
    void modelEditChangesTextExactlyThere();
    void modelEditKeepsOtherFormatting();
    void jsonEditUpdatesModel();
    void undoRedoAcrossFormsAndText();
    void typingBurstsMerge();
    void noOpEditsPushNothing();
    void brokenJsonKeepsTextAndReportsLineColumn();
    void editsCreateMissingParents();
    void insertRemoveMove();
    void multiActionFile();
    void modifiedFollowsUndoStack();
    void largeTextParsesInBackground();
    void largeTextBurstCoalesces();
    void editMidParseActsOnLatestText();
    void largeBrokenTextAndUndo();
    void destroyedMidParse();
    void largeFileFormEditRewritesOnlyItsValue();
};

void TstDocument::loadSaveRoundTripIsByteIdentical()
{
    QTemporaryDir dir;
    const QStringList files = {kExample, QStringLiteral(AD_TEST_DATA_DIR "/two-actions.json"),
                               QStringLiteral(AD_TEST_DATA_DIR "/odd-format.json")};
    for (const QString &src : files) {
        Document doc;
        QString error;
        QVERIFY2(doc.load(src, &error), qPrintable(error));
        QVERIFY(!doc.isModified());
        const QString out = dir.filePath(QStringLiteral("out.json"));
        QVERIFY2(doc.saveAs(out, &error), qPrintable(error));
        QCOMPARE(readFile(out), readFile(src));
        QCOMPARE(doc.path(), out);
    }
}

void TstDocument::nonCanonicalTextSurvivesUntouched()
{
    Document doc;
    QVERIFY(doc.load(QStringLiteral(AD_TEST_DATA_DIR "/odd-format.json")));
    QCOMPARE(doc.text().toUtf8(), readFile(QStringLiteral(AD_TEST_DATA_DIR "/odd-format.json")));
    QCOMPARE(doc.value(QStringLiteral("/title"))->toString(), QStringLiteral("Odd \u00e9 format"));
}

void TstDocument::modelEditChangesTextExactlyThere()
{
    Document doc;
    QVERIFY(doc.load(kExample));
    const QString before = doc.text();
    QSignalSpy changed(&doc, &Document::changed);
    doc.setValue(QStringLiteral("/invocationMethod/method"), JsonValue::fromString(QStringLiteral("PUT")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QStringLiteral("/invocationMethod/method"));
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("PUT"));
    QCOMPARE(changedLines(before, doc.text()), QStringList{QStringLiteral("    \"method\": \"PUT\",")});
    QVERIFY(doc.isModified());
}

void TstDocument::modelEditKeepsOtherFormatting()
{
    Document doc;
    QVERIFY(doc.load(QStringLiteral(AD_TEST_DATA_DIR "/odd-format.json")));
    const QString before = doc.text();
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("New")));
    QString expected = before;
    expected.replace(QStringLiteral("\"Odd \\u00e9 format\""), QStringLiteral("\"New\""));
    QCOMPARE(doc.text(), expected);
    // A container edit rewrites only that container.
    doc.setValue(QStringLiteral("/invocationMethod/headers"), parseJson(QByteArray(R"({"A": "1"})")).value);
    QVERIFY(doc.text().startsWith(expected.left(expected.indexOf(QStringLiteral("\"headers\"")))));
    QVERIFY(doc.text().contains(QStringLiteral("\"numbers\":   [1.50, 2e3]")));  // untouched spacing and literals
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/headers/A"))->toString(), QStringLiteral("1"));
}

void TstDocument::jsonEditUpdatesModel()
{
    Document doc;
    QVERIFY(doc.load(kExample));
    QString t = doc.text();
    t.replace(QStringLiteral("\"PATCH\""), QStringLiteral("\"DELETE\""));
    QSignalSpy changed(&doc, &Document::changed);
    doc.setText(t);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QString());
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("DELETE"));
    QCOMPARE(doc.text(), t);  // the user's text is kept exactly
}

void TstDocument::undoRedoAcrossFormsAndText()
{
    Document doc;
    QVERIFY(doc.load(kExample));
    const QString original = doc.text();
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("From the form")));
    const QString afterForm = doc.text();
    QString t = afterForm;
    t.replace(QStringLiteral("\"PATCH\""), QStringLiteral("\"GET\""));
    doc.setText(t);
    QCOMPARE(doc.undoStack()->count(), 2);

    doc.undoStack()->undo();
    QCOMPARE(doc.text(), afterForm);
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("PATCH"));
    doc.undoStack()->undo();
    QCOMPARE(doc.text(), original);
    QCOMPARE(doc.value(QStringLiteral("/title"))->toString(), QStringLiteral("Update ServiceNow Record"));
    QVERIFY(!doc.isModified());
    doc.undoStack()->redo();
    doc.undoStack()->redo();
    QCOMPARE(doc.text(), t);
    QCOMPARE(doc.value(QStringLiteral("/title"))->toString(), QStringLiteral("From the form"));
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("GET"));
}

void TstDocument::typingBurstsMerge()
{
    Document doc;
    QVERIFY(doc.load(kExample));
    const QString key = QStringLiteral("/title");
    for (const char *s : {"U", "Up", "Upd"})
        doc.setValue(key, JsonValue::fromString(QString::fromLatin1(s)), QString(), key);
    QCOMPARE(doc.undoStack()->count(), 1);
    // Another field starts a new step.
    doc.setValue(QStringLiteral("/icon"), JsonValue::fromString(QStringLiteral("Git")), QString(), QStringLiteral("/icon"));
    QCOMPARE(doc.undoStack()->count(), 2);
    // JSON typing merges too.
    QString t = doc.text();
    doc.setText(t.replace(QStringLiteral("\"Git\""), QStringLiteral("\"Gi\"")));
    doc.setText(t.replace(QStringLiteral("\"Gi\""), QStringLiteral("\"G\"")));
    QCOMPARE(doc.undoStack()->count(), 3);
    doc.undoStack()->undo();
    QCOMPARE(doc.value(QStringLiteral("/icon"))->toString(), QStringLiteral("Git"));
    doc.undoStack()->undo();
    doc.undoStack()->undo();
    QCOMPARE(doc.value(key)->toString(), QStringLiteral("Update ServiceNow Record"));
    // A burst that returns to where it started leaves no step behind.
    doc.undoStack()->clear();
    doc.setValue(key, JsonValue::fromString(QStringLiteral("X")), QString(), key);
    doc.setValue(key, JsonValue::fromString(QStringLiteral("Update ServiceNow Record")), QString(), key);
    QCOMPARE(doc.undoStack()->count(), 0);
}

void TstDocument::noOpEditsPushNothing()
{
    Document doc;
    QVERIFY(doc.load(kExample));
    doc.setValue(QStringLiteral("/invocationMethod/method"), JsonValue::fromString(QStringLiteral("PATCH")));
    doc.setText(doc.text());
    doc.removeValue(QStringLiteral("/doesNotExist"));
    QCOMPARE(doc.undoStack()->count(), 0);
    QVERIFY(!doc.isModified());
}

void TstDocument::brokenJsonKeepsTextAndReportsLineColumn()
{
    Document doc;
    QVERIFY(doc.load(kExample));
    QSignalSpy parses(&doc, &Document::parseStateChanged);
    QString broken = doc.text();
    broken.replace(QStringLiteral("\"PATCH\","), QStringLiteral("\"PATCH\" oops,"));
    doc.setText(broken);
    QVERIFY(doc.hasPendingText());
    QCOMPARE(doc.text(), broken);
    QCOMPARE(parses.count(), 1);
    QCOMPARE(parses.at(0).at(0).toBool(), false);
    const int line = broken.left(broken.indexOf(QStringLiteral("oops"))).count(QLatin1Char('\n')) + 1;
    QCOMPARE(doc.parseError().pos.line, line);
    QVERIFY(doc.parseError().pos.column > 1);
    // The model stays at the last good state, and edits from forms are refused meanwhile.
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("PATCH"));
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("ignored")));
    QCOMPARE(doc.text(), broken);
    // Fixing the text brings the model along.
    QString fixed = broken;
    fixed.replace(QStringLiteral(" oops"), QString());
    doc.setText(fixed);
    QVERIFY(!doc.hasPendingText());
    QCOMPARE(parses.count(), 2);
    // Breaking and fixing was one typing burst: one undo step back to the start, redo returns.
    doc.undoStack()->undo();
    QVERIFY(!doc.hasPendingText());
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/method"))->toString(), QStringLiteral("PATCH"));
    doc.undoStack()->redo();
    QCOMPARE(doc.text(), fixed);
}

void TstDocument::editsCreateMissingParents()
{
    Document doc;
    QVERIFY(doc.loadBytes(QByteArray("{\n  \"identifier\": \"x\"\n}\n"), QStringLiteral("t")));
    doc.setValue(QStringLiteral("/invocationMethod/headers/X-A"), JsonValue::fromString(QStringLiteral("1")));
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/headers/X-A"))->toString(), QStringLiteral("1"));
    QCOMPARE(doc.text(), QStringLiteral("{\n  \"identifier\": \"x\",\n  \"invocationMethod\": {\n    \"headers\": {\n"
                                        "      \"X-A\": \"1\"\n    }\n  }\n}\n"));
    // Through a scalar: refused rather than silently destroying it.
    doc.setValue(QStringLiteral("/identifier/sub"), JsonValue::fromBool(true));
    QCOMPARE(doc.value(QStringLiteral("/identifier"))->toString(), QStringLiteral("x"));
}

void TstDocument::insertRemoveMove()
{
    Document doc;
    QVERIFY(doc.loadBytes(QByteArray("{\"a\": [1, 2, 3], \"o\": {\"k\": 1}}"), QStringLiteral("t")));
    doc.insertValue(QStringLiteral("/a"), 1, QString(), JsonValue::fromInt(9));
    QCOMPARE(doc.value(QStringLiteral("/a/1"))->toDouble(), 9.0);
    doc.moveArrayItem(QStringLiteral("/a"), 0, 3);
    QCOMPARE(writeJson(*doc.value(QStringLiteral("/a")), {JsonWriteOptions::Style::Compact}), QByteArray("[9,2,3,1]"));
    doc.removeValue(QStringLiteral("/a/0"));
    QCOMPARE(doc.value(QStringLiteral("/a"))->size(), 3);
    doc.insertValue(QStringLiteral("/o"), 0, QStringLiteral("first"), JsonValue::fromBool(true));
    QCOMPARE(doc.value(QStringLiteral("/o"))->keys(), (QStringList{QStringLiteral("first"), QStringLiteral("k")}));
    doc.insertValue(QStringLiteral("/new"), -1, QStringLiteral("k"), JsonValue::fromInt(1));
    QVERIFY(doc.value(QStringLiteral("/new"))->isObject());
    QCOMPARE(doc.undoStack()->count(), 5);
    // A one-line file stays one line.
    QVERIFY(!doc.text().trimmed().contains(QLatin1Char('\n')));
}

void TstDocument::multiActionFile()
{
    Document doc;
    QVERIFY(doc.load(QStringLiteral(AD_TEST_DATA_DIR "/two-actions.json")));
    QCOMPARE(doc.actionCount(), 2);
    QCOMPARE(doc.currentAction(), 0);
    QCOMPARE(doc.actionTitle(1), QStringLiteral("Update ServiceNow Record"));
    QSignalSpy current(&doc, &Document::currentActionChanged);
    doc.setCurrentAction(1);
    QCOMPARE(current.count(), 1);
    QCOMPARE(doc.actionPointer(), QStringLiteral("/1"));
    QCOMPARE(doc.value(QStringLiteral("/identifier"))->toString(), QStringLiteral("update_service_now_record"));
    // Pointers are relative to the current action.
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Second")));
    QCOMPARE(doc.file().action(1)->value(QStringLiteral("title")).toString(), QStringLiteral("Second"));
    QCOMPARE(doc.file().action(0)->value(QStringLiteral("title")).toString(), QStringLiteral("Create GitHub Secret"));
    // Undo from another action puts the edited action back in front.
    doc.setCurrentAction(0);
    doc.undoStack()->undo();
    QCOMPARE(doc.currentAction(), 1);
    QCOMPARE(doc.action().value(QStringLiteral("title")).toString(), QStringLiteral("Update ServiceNow Record"));
}

void TstDocument::modifiedFollowsUndoStack()
{
    Document doc;
    QVERIFY(doc.load(kExample));
    QSignalSpy modified(&doc, &Document::modifiedChanged);
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("x")));
    QVERIFY(doc.isModified());
    QCOMPARE(modified.count(), 1);
    doc.undoStack()->undo();
    QVERIFY(!doc.isModified());
    doc.loadRecovered(QStringLiteral("/tmp/x.json"), doc.text());
    QVERIFY(doc.isModified());
    QCOMPARE(doc.path(), QStringLiteral("/tmp/x.json"));
}

void TstDocument::largeTextParsesInBackground()
{
    Document doc;
    const QString big = largeText();
    QVERIFY(doc.loadBytes(big.toUtf8(), QStringLiteral("big.json")));
    QVERIFY(!doc.isParsing());
    const int count = doc.actionCount();
    QVERIFY(count > 10);
    QSignalSpy changed(&doc, &Document::changed);
    QString edited = big;
    edited.replace(QStringLiteral("\"title\": \""), QStringLiteral("\"title\": \"Edited "));
    doc.setText(edited);
    // The text is there at once; the model follows when the worker's parse lands.
    QCOMPARE(doc.text(), edited);
    QVERIFY(doc.isParsing());
    QCOMPARE(changed.count(), 0);
    QVERIFY(!doc.action().value(QStringLiteral("title")).toString().startsWith(QLatin1String("Edited ")));
    QTRY_VERIFY(!doc.isParsing());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.at(0).at(0).toString(), QString());
    QVERIFY(doc.action().value(QStringLiteral("title")).toString().startsWith(QLatin1String("Edited ")));
    QCOMPARE(doc.actionCount(), count);
    QVERIFY(!doc.hasPendingText());
}

void TstDocument::largeTextBurstCoalesces()
{
    Document doc;
    const QString big = loadLarge(doc);
    QSignalSpy changed(&doc, &Document::changed);
    // A typing burst: each key replaces the text while earlier parses are still running.
    QString text = big;
    const qsizetype at = text.indexOf(QStringLiteral("\"title\": \"")) + 10;
    for (const QChar c : QStringLiteral("typed")) {
        text.insert(at + (text.size() - big.size()), c);
        doc.setText(text);
    }
    QTRY_VERIFY(!doc.isParsing());
    QVERIFY(changed.count() >= 1);
    QVERIFY(changed.count() < 5);  // stale texts are skipped, not parsed one by one
    QVERIFY(doc.action().value(QStringLiteral("title")).toString().startsWith(QLatin1String("typed")));
    QCOMPARE(doc.undoStack()->count(), 1);  // still one merged undo step
    doc.undoStack()->undo();
    QCOMPARE(doc.text(), big);
    QTRY_VERIFY(!doc.isParsing());
    QVERIFY(!doc.action().value(QStringLiteral("title")).toString().startsWith(QLatin1String("typed")));
}

void TstDocument::editMidParseActsOnLatestText()
{
    Document doc;
    const QString big = loadLarge(doc);
    QString edited = big;
    edited.replace(edited.indexOf(QStringLiteral("\"title\": \"")) + 10, 0, QStringLiteral("From text "));
    doc.setText(edited);
    QVERIFY(doc.isParsing());
    // A form edit now must build on the text just typed, not on the model still being parsed.
    doc.setValue(QStringLiteral("/description"), JsonValue::fromString(QStringLiteral("From form")));
    QVERIFY(doc.text().contains(QLatin1String("From text ")));
    QVERIFY(doc.text().contains(QLatin1String("\"From form\"")));
    QTRY_VERIFY(!doc.isParsing());
    QVERIFY(doc.action().value(QStringLiteral("title")).toString().startsWith(QLatin1String("From text ")));
    QCOMPARE(doc.action().value(QStringLiteral("description")).toString(), QStringLiteral("From form"));
    // settle() is what export and run call: the model is exactly the text on screen.
    doc.setText(big);
    doc.settle();
    QVERIFY(!doc.isParsing());
    QCOMPARE(doc.action().value(QStringLiteral("description")).toString() == QStringLiteral("From form"), false);
}

void TstDocument::largeBrokenTextAndUndo()
{
    Document doc;
    const QString big = loadLarge(doc);
    QSignalSpy parses(&doc, &Document::parseStateChanged);
    QString broken = big;
    broken.insert(broken.indexOf(QStringLiteral("\"title\"")), QStringLiteral("oops "));
    doc.setText(broken);
    QTRY_VERIFY(!doc.isParsing());
    QVERIFY(doc.hasPendingText());
    QCOMPARE(doc.text(), broken);  // the user's text stays
    QCOMPARE(parses.count(), 1);
    QVERIFY(doc.parseError().pos.line > 0);
    QVERIFY(doc.actionCount() > 10);  // the last good model is kept
    doc.undoStack()->undo();
    QTRY_VERIFY(!doc.isParsing());
    QVERIFY(!doc.hasPendingText());
    QCOMPARE(doc.text(), big);
}

void TstDocument::destroyedMidParse()
{
    auto *doc = new Document;
    const QString big = largeText();
    doc->loadBytes(big.toUtf8(), QStringLiteral("big.json"));
    doc->setText(big + QStringLiteral(" "));
    QVERIFY(doc->isParsing());
    delete doc;  // waits for the worker; its queued result is dropped with the document
    QTest::qWait(50);
}

void TstDocument::largeFileFormEditRewritesOnlyItsValue()
{
    Document doc;
    // Non-canonical spacing elsewhere must survive an edit far away from it.
    const QString big = largeText().replace(QStringLiteral("\"icon\": "), QStringLiteral("\"icon\" :   "));
    doc.loadBytes(big.toUtf8(), QStringLiteral("big.json"));
    doc.setCurrentAction(5);
    doc.setValue(QStringLiteral("/title"), JsonValue::fromString(QStringLiteral("Fifth")));
    const QStringList changed = changedLines(big, doc.text());
    QCOMPARE(changed.size(), 1);
    QVERIFY(changed.at(0).contains(QLatin1String("\"Fifth\"")));
    QTRY_VERIFY(!doc.isParsing());
    QCOMPARE(doc.file().action(5)->value(QStringLiteral("title")).toString(), QStringLiteral("Fifth"));
    // A new nested object is written indented like its line, and the file still parses.
    doc.setValue(QStringLiteral("/invocationMethod/headers/X-New"), JsonValue::fromString(QStringLiteral("1")));
    doc.settle();
    QVERIFY(!doc.hasPendingText());
    QCOMPARE(doc.value(QStringLiteral("/invocationMethod/headers/X-New"))->toString(), QStringLiteral("1"));
    QVERIFY(doc.text().contains(QLatin1String("\"icon\" :   ")));
}

QTEST_MAIN(TstDocument)
#include "tst_document.moc"
