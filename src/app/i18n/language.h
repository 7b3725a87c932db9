#pragma once
// The UI language: the stored choice (follow the system, or a fixed language), an override for
// tests and scripts (--lang / AD_LANG), and the translators that apply it. Applied once at start-up,
// before any window exists; the headless CLI never calls this, so its output stays English.

#include <QString>
#include <QStringList>

namespace ad::app {

// Codes the UI can show: "en" (the source language) plus every embedded :/i18n/action-designer_<code>.qm.
QStringList availableLanguages();
// The language's own name ("English", "Deutsch"); the code itself when unknown.
QString languageNativeName(const QString &code);

// The stored choice: empty = follow the system, else a code from availableLanguages().
QString languageSetting();
void setLanguageSetting(const QString &code);

// The language to use: `override` (--lang) if set, else $AD_LANG, else the setting, else the first of
// the system's UI languages we have; "en" when none matches.
QString resolveLanguage(const QString &override = {});

// Installs the app's and Qt's own (qtbase, QScintilla) translators for `code` on the application.
// Returns false when the app has no translation for it ("en" included): the UI stays English.
bool installTranslators(const QString &code);

// A label or help text of the backend declaration (core, marked with QT_TRANSLATE_NOOP) in the UI language.
QString declText(const QString &english);

}  // namespace ad::app
