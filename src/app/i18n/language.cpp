#include "app/i18n/language.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace ad::app {

namespace {
const QString kLanguage = QStringLiteral("appearance/language");
const QString kEnglish = QStringLiteral("en");

QString qmPath(const QString &code)
{
    return QStringLiteral(":/i18n/action-designer_%1.qm").arg(code);
}

// "de_DE", "de-AT" -> "de"; keeps only the language, which is all we translate by.
QString languageOf(const QString &localeName)
{
    return localeName.section(QLatin1Char('-'), 0, 0).section(QLatin1Char('_'), 0, 0).toLower();
}

bool isAvailable(const QString &code)
{
    return code == kEnglish || (!code.isEmpty() && QFile::exists(qmPath(code)));
}

// Qt's own catalogue (standard buttons, file dialogs, QScintilla's context menu); absent is fine.
void installQtCatalogue(const QString &name, const QString &code)
{
    auto *t = new QTranslator(QCoreApplication::instance());
    if (t->load(name + QLatin1Char('_') + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(t);
    else
        delete t;
}
}  // namespace

QStringList availableLanguages()
{
    QStringList codes{kEnglish};
    const QStringList files = QDir(QStringLiteral(":/i18n")).entryList({QStringLiteral("action-designer_*.qm")});
    for (const QString &f : files)
        codes << f.section(QLatin1Char('_'), 1).section(QLatin1Char('.'), 0, 0);
    return codes;
}

QString languageNativeName(const QString &code)
{
    if (code == kEnglish)
        return QStringLiteral("English");  // QLocale says "American English"
    const QLocale l(code);
    if (l.language() == QLocale::C || languageOf(l.name()) != code)
        return code;
    QString n = l.nativeLanguageName();
    if (!n.isEmpty())
        n[0] = n[0].toUpper();
    return n.isEmpty() ? code : n;
}

QString languageSetting()
{
    const QString code = QSettings().value(kLanguage).toString();
    return isAvailable(code) ? code : QString();
}

void setLanguageSetting(const QString &code)
{
    if (code.isEmpty())
        QSettings().remove(kLanguage);
    else
        QSettings().setValue(kLanguage, code);
}

QString resolveLanguage(const QString &override)
{
    for (const QString &forced : {override, qEnvironmentVariable("AD_LANG"), languageSetting()}) {
        const QString code = languageOf(forced);
        if (isAvailable(code))
            return code;
    }
    for (const QString &ui : QLocale::system().uiLanguages()) {
        const QString code = languageOf(ui);
        if (isAvailable(code))
            return code;
    }
    return kEnglish;
}

bool installTranslators(const QString &code)
{
    if (code == kEnglish || !isAvailable(code))
        return false;
    auto *app = new QTranslator(QCoreApplication::instance());
    if (!app->load(qmPath(code))) {
        delete app;
        return false;
    }
    QCoreApplication::installTranslator(app);
    installQtCatalogue(QStringLiteral("qtbase"), code);
    installQtCatalogue(QStringLiteral("qscintilla"), code);
    return true;
}

QString declText(const QString &english)
{
    return english.isEmpty() ? english : QCoreApplication::translate("ad::BackendDecl", english.toUtf8().constData());
}

}  // namespace ad::app
