// The German translation: the .qm is embedded and loads, the .ts is complete and matches the
// sources (checked with lupdate on a temporary copy), the window shows German menus and German
// diagnostics from the core, the CLI stays English (byte for byte). Set AD_SCREENSHOT_DIR to also write designer-de.png.
#include "app/document/document.h"
#include "app/files/closeguard.h"
#include "app/i18n/language.h"
#include "app/mainwindow.h"
#include "app/jsonview/jsonview.h"
#include "app/outline/outlineview.h"
#include "app/preview/previewdock.h"
#include "app/problems/problemsdock.h"
#include "app/runner/runnerinstall.h"
#include "app/runner/runnerservice.h"
#include "app/settings/settingsdialog.h"
#include "runner/secretstore.h"
#include "template/templateengine.h"

#include <QAction>
#include <QComboBox>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QTreeWidget>
#include <QXmlStreamReader>

using namespace ad;
using namespace ad::app;

namespace {

// One <message> of a .ts file.
struct TsMessage {
    QString context;
    QString source;
    QStringList translations;  // one per numerus form
    QString type;              // "unfinished", "vanished", "obsolete" or empty
};

QList<TsMessage> readTs(const QString &path, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return {};
    }
    QList<TsMessage> out;
    QXmlStreamReader xml(&f);
    QString context;
    TsMessage m;
    while (!xml.atEnd()) {
        xml.readNext();
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name")
            context = xml.readElementText();
        else if (xml.name() == u"message")
            m = TsMessage{context, {}, {}, {}};
        else if (xml.name() == u"source")
            m.source = xml.readElementText();
        else if (xml.name() == u"translation") {
            m.type = xml.attributes().value(QLatin1String("type")).toString();
            QString text;
            // Either plain text or <numerusform> children.
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform")
                    m.translations << xml.readElementText();
                else if (xml.isEndElement() && xml.name() == u"translation")
                    break;
            }
            if (m.translations.isEmpty())
                m.translations << text;
            out << m;
        }
    }
    if (xml.hasError())
        *error = xml.errorString();
    return out;
}

QSet<QString> keys(const QList<TsMessage> &messages)
{
    QSet<QString> out;
    for (const TsMessage &m : messages)
        out.insert(m.context + QLatin1String(" | ") + m.source);
    return out;
}

// Accelerator markers, not counting "&&" (a literal ampersand) or HTML entities.
int accelerators(QString s)
{
    s.remove(QStringLiteral("&&"));
    s.remove(QRegularExpression(QStringLiteral("&[a-z]+;")));
    return int(s.count(QLatin1Char('&')));
}

// The designer's CLI output for `args`, with an environment that asks for German or not.
struct CliRun {
    int exitCode = -1;
    QByteArray out, err;
};

CliRun runCli(const QStringList &args, bool german)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"AD_LANG", "LANGUAGE", "LC_ALL", "LC_MESSAGES"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    if (german) {
        env.insert(QStringLiteral("AD_LANG"), QStringLiteral("de"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    }
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_BINARY), args);
    if (!p.waitForFinished(60000))
        return {};
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

bool ensureGerman()
{
    if (QCoreApplication::translate("ad::app::MainWindow", "&File") == QLatin1String("&Datei"))
        return true;
    return installTranslators(QStringLiteral("de"));
}

QSet<QString> placeholders(const QString &s)
{
    QSet<QString> out;
    QRegularExpressionMatchIterator it = QRegularExpression(QStringLiteral("%[0-9n]")).globalMatch(s);
    while (it.hasNext())
        out.insert(it.next().captured());
    return out;
}

}  // namespace

class TstI18n : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }
    void embeddedQmLoads();
    void tsIsComplete();
    void tsMatchesSources();
    void languageChoice();
    void germanMainWindow();
    void settingsDialogLanguage();
    void germanDiagnostics();
    void germanParseError();
    void cliStaysEnglish();
    void cliDiagnosticsStayEnglish();
};

void TstI18n::embeddedQmLoads()
{
    QVERIFY(QFile::exists(QStringLiteral(":/i18n/action-designer_de.qm")));
    QTranslator t;
    QVERIFY(t.load(QStringLiteral(":/i18n/action-designer_de.qm")));
    QCOMPARE(t.translate("ad::app::MainWindow", "&File"), QStringLiteral("&Datei"));
    // Classes without Q_OBJECT declare their tr context themselves (Q_DECLARE_TR_FUNCTIONS).
    QCOMPARE(t.translate("ad::app::ApprovalChoice", "Not required"), QStringLiteral("Nicht erforderlich"));
    QVERIFY(availableLanguages().contains(QStringLiteral("de")));
}

void TstI18n::tsIsComplete()
{
    QString error;
    const QList<TsMessage> messages = readTs(QStringLiteral(AD_TS_FILE), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(messages.size() > 300);
    for (const TsMessage &m : messages) {
        const QString where = m.context + QLatin1String(": ") + m.source;
        QVERIFY2(m.type.isEmpty(), qPrintable(m.type + QLatin1String(" — ") + where));
        for (const QString &tr : m.translations) {
            QVERIFY2(!tr.isEmpty(), qPrintable(QLatin1String("empty — ") + where));
            QVERIFY2(placeholders(tr) == placeholders(m.source), qPrintable(QLatin1String("placeholders — ") + where));
            QVERIFY2(accelerators(tr) == accelerators(m.source), qPrintable(QLatin1String("accelerator — ") + where));
        }
    }
}

void TstI18n::tsMatchesSources()
{
    // lupdate over the sources into a copy: new strings come back "unfinished", removed ones vanish
    // (-no-obsolete). The committed file must come out with the same messages, all finished.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("action-designer_de.ts"));
    QVERIFY(QFile::copy(QStringLiteral(AD_TS_FILE), copy));
    QFile(copy).setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    QProcess p;
    p.start(QStringLiteral(AD_LUPDATE),
            {QStringLiteral("-no-obsolete"), QStringLiteral("-locations"), QStringLiteral("none"), QStringLiteral("-I"),
             QStringLiteral(AD_SOURCE_DIR), QStringLiteral(AD_SOURCE_DIR "/app"), QStringLiteral(AD_SOURCE_DIR "/core"),
             QStringLiteral(AD_UI_DIR), QStringLiteral("-ts"), copy});
    QVERIFY(p.waitForFinished(120000));
    const QString log = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY2(p.exitCode() == 0, qPrintable(log));
    // Without Q_OBJECT (or Q_DECLARE_TR_FUNCTIONS) tr() uses the base class's context at run time,
    // not the one lupdate files the string under: the translation would never be found.
    QVERIFY2(!log.contains(QLatin1String("lacks Q_OBJECT")), qPrintable(log));

    QString error;
    const QList<TsMessage> committed = readTs(QStringLiteral(AD_TS_FILE), &error);
    const QList<TsMessage> updated = readTs(copy, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QSet<QString> before = keys(committed), after = keys(updated);
    const QStringList added = QStringList((after - before).values());
    const QStringList gone = QStringList((before - after).values());
    QVERIFY2(added.isEmpty(), qPrintable(QLatin1String("not in the .ts (run update_translations and translate): ") + added.join(QLatin1String("; "))));
    QVERIFY2(gone.isEmpty(), qPrintable(QLatin1String("no longer in the sources: ") + gone.join(QLatin1String("; "))));
    for (const TsMessage &m : updated)
        QVERIFY2(m.type.isEmpty(), qPrintable(m.context + QLatin1String(": ") + m.source));
}

void TstI18n::languageChoice()
{
    qunsetenv("AD_LANG");
    setLanguageSetting({});
    QCOMPARE(languageSetting(), QString());
    QCOMPARE(resolveLanguage(QStringLiteral("de")), QStringLiteral("de"));
    QCOMPARE(resolveLanguage(QStringLiteral("de_AT")), QStringLiteral("de"));
    QCOMPARE(resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));
    setLanguageSetting(QStringLiteral("de"));
    QCOMPARE(languageSetting(), QStringLiteral("de"));
    QCOMPARE(resolveLanguage(), QStringLiteral("de"));
    QCOMPARE(resolveLanguage(QStringLiteral("en")), QStringLiteral("en"));  // --lang beats the setting
    qputenv("AD_LANG", "en");
    QCOMPARE(resolveLanguage(), QStringLiteral("en"));  // so does AD_LANG
    QCOMPARE(resolveLanguage(QStringLiteral("de")), QStringLiteral("de"));
    qunsetenv("AD_LANG");
    setLanguageSetting(QStringLiteral("xx"));  // not available: follow the system
    QCOMPARE(languageSetting(), QString());
    setLanguageSetting({});
    QCOMPARE(languageNativeName(QStringLiteral("de")), QStringLiteral("Deutsch"));
    QCOMPARE(languageNativeName(QStringLiteral("en")), QStringLiteral("English"));
    QVERIFY(!installTranslators(QStringLiteral("en")));
}

void TstI18n::germanMainWindow()
{
    QVERIFY(installTranslators(QStringLiteral("de")));
    QTemporaryDir dir;
    MemorySecretStore secrets;
    RunnerService runner(dir.filePath(QStringLiteral("history.sqlite")), &secrets);
    // Templates are evaluated by the app binary in worker mode, not by this test executable.
    runner.engine()->setWorkerBinary(QStringLiteral(AD_BINARY));
    PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
    MainWindow w;
    installRunnerDock(&w, &runner);
    QStringList titles;
    for (QAction *a : w.menuBar()->actions())
        titles << a->text();
    QVERIFY2(titles.contains(QStringLiteral("&Datei")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.contains(QStringLiteral("&Bearbeiten")), qPrintable(titles.join(QLatin1Char(' '))));
    QVERIFY2(titles.contains(QStringLiteral("&Hilfe")), qPrintable(titles.join(QLatin1Char(' '))));

    w.resize(1400, 860);
    w.openSample();
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    // The approval form's choice is a FieldWidget subclass without Q_OBJECT: its own context must work.
    w.outline()->setCurrentPart(QStringLiteral("approval"));
    QStringList items;
    for (QComboBox *c : w.findChildren<QComboBox *>())
        for (int i = 0; i < c->count(); ++i)
            items << c->itemText(i);
    QVERIFY2(items.contains(QStringLiteral("Nicht erforderlich")), qPrintable(items.join(QLatin1String(", "))));

    const QString shots = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (shots.isEmpty())
        return;
    w.outline()->setCurrentPart(QStringLiteral("backend"));
    // Let the preview finish its background render so the picture shows a result.
    const auto rendered = [&w] {
        for (QLabel *l : w.previewDock()->findChildren<QLabel *>())
            if (l->text().contains(QStringLiteral("Szenario „")))
                return true;
        return false;
    };
    for (int i = 0; i < 150 && !rendered(); ++i)
        QTest::qWait(100);
    QTest::qWait(200);
    QVERIFY(w.grab().save(shots + QStringLiteral("/designer-de.png")));
}

void TstI18n::settingsDialogLanguage()
{
    setLanguageSetting({});
    SettingsDialog d;
    auto *combo = d.findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(combo);
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    // German is active (germanMainWindow installed it); the languages keep their own names.
    QCOMPARE(items, QStringList({QStringLiteral("System (Standard)"), QStringLiteral("English"), QStringLiteral("Deutsch")}));
    QCOMPARE(combo->currentIndex(), 0);
    combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
    d.apply();
    QCOMPARE(languageSetting(), QStringLiteral("de"));
    combo->setCurrentIndex(0);
    d.apply();
    QCOMPARE(languageSetting(), QString());
    const QString shots = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (!shots.isEmpty()) {
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.grab().save(shots + QStringLiteral("/settings-de.png")));
    }
}

void TstI18n::germanDiagnostics()
{
    // Validation messages come from the core: with German loaded the Problems dock shows them in
    // German; codes and pointers stay as they are.
    QVERIFY(ensureGerman());
    MainWindow w;
    w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    QVERIFY(w.openFile(QStringLiteral(AD_TEST_DATA_DIR "/invalid-action.json")));
    w.refreshProblems();
    QStringList shown, codes, pointers;
    for (const Problem &p : w.problemsView()->problems()) {
        codes << p.diagnostic.code;
        pointers << p.diagnostic.pointer;
    }
    QTreeWidget *tree = w.problemsView()->tree();
    for (int i = 0; i < tree->topLevelItemCount(); ++i)
        shown << tree->topLevelItem(i)->text(0);
    const QString all = shown.join(QLatin1String(" | "));
    // A missing required field and a wrong type, in German.
    QVERIFY2(shown.contains(QStringLiteral("WEBHOOK: 'url' fehlt")), qPrintable(all));
    QVERIFY2(shown.contains(QStringLiteral("title: muss ein String sein (erhalten: number)")), qPrintable(all));
    QVERIFY2(!all.contains(QLatin1String("needs")) && !all.contains(QLatin1String("must be")), qPrintable(all));
    QVERIFY(codes.contains(QStringLiteral("required")));
    QVERIFY(codes.contains(QStringLiteral("type")));
    QVERIFY(pointers.contains(QStringLiteral("/invocationMethod/url")));
    QVERIFY(pointers.contains(QStringLiteral("/title")));
}

void TstI18n::germanParseError()
{
    // The parser's message reaches the JSON view's banner and the Problems dock in German.
    QVERIFY(ensureGerman());
    MainWindow w;
    w.setCloseAsker([](const QString &) { return CloseAnswer::Discard; });
    QVERIFY(w.openFile(QStringLiteral(AD_TEST_DATA_DIR "/broken.json")));
    QVERIFY(w.document()->hasPendingText());
    const QString german = QStringLiteral(
        "unerwartetes Zeichen ''', erwartet: ein Wert (JSON-Strings brauchen doppelte Anführungszeichen)");
    QString labels;
    bool found = false;
    for (QLabel *l : w.jsonView()->findChildren<QLabel *>()) {
        labels += l->text() + QLatin1Char('\n');
        found |= l->text().contains(german);
    }
    QVERIFY2(found, qPrintable(labels));
    w.refreshProblems();
    QCOMPARE(w.problemsView()->problems().size(), 1);
    QCOMPARE(w.problemsView()->problems().at(0).diagnostic.message, german);
}

void TstI18n::cliDiagnosticsStayEnglish()
{
    // The CLI installs no translator: a German environment gives the very bytes an English one does.
    for (const char *file : {"invalid-action.json", "broken.json"}) {
        const QStringList args{QStringLiteral("validate"), QStringLiteral(AD_TEST_DATA_DIR "/") + QLatin1String(file)};
        const CliRun english = runCli(args, false);
        const CliRun german = runCli(args, true);
        QVERIFY2(english.exitCode > 0, file);  // invalid: a failing exit code, not a crash or a timeout
        QCOMPARE(german.exitCode, english.exitCode);
        QCOMPARE(german.out, english.out);
        QCOMPARE(german.err, english.err);
    }
    const CliRun invalid = runCli({QStringLiteral("validate"), QStringLiteral(AD_TEST_DATA_DIR "/invalid-action.json")}, true);
    const QString text = QString::fromUtf8(invalid.out + invalid.err);
    QVERIFY2(text.contains(QLatin1String("WEBHOOK needs 'url'")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("title must be a string (got number)")), qPrintable(text));
    const CliRun broken = runCli({QStringLiteral("validate"), QStringLiteral(AD_TEST_DATA_DIR "/broken.json")}, true);
    const QString brokenText = QString::fromUtf8(broken.out + broken.err);
    QVERIFY2(brokenText.contains(QLatin1String("unexpected ''', expected a value (JSON strings need double quotes)")),
             qPrintable(brokenText));
}

void TstI18n::cliStaysEnglish()
{
    // The headless path never installs a translator, whatever the language settings say.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("AD_LANG"), QStringLiteral("de"));
    env.insert(QStringLiteral("LANG"), QStringLiteral("de_DE.UTF-8"));
    env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("de"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(AD_BINARY), {QStringLiteral("validate"), QStringLiteral(AD_EXAMPLES_DIR "/does-not-exist.json")});
    QVERIFY(p.waitForFinished(60000));
    const QString out = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
    QVERIFY(!out.isEmpty());
    for (const char *german : {"Datei", "nicht", "Fehler", "kann"})
        QVERIFY2(!out.contains(QLatin1String(german)), qPrintable(out));
}

QTEST_MAIN(TstI18n)
#include "tst_i18n.moc"
