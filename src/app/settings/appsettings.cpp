#include "app/settings/appsettings.h"

#include <QApplication>
#include <QFileInfo>
#include <QFontDatabase>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>

namespace ad::app {

namespace {
const QString kFont = QStringLiteral("editor/font");
const QString kTheme = QStringLiteral("appearance/theme");
const QString kOpenDir = QStringLiteral("files/openDirectory");
const QString kSaveDir = QStringLiteral("files/saveDirectory");
const QString kRecent = QStringLiteral("files/recent");

QString documentsDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
}
}  // namespace

AppSettings &AppSettings::instance()
{
    static AppSettings *s = new AppSettings;  // lives as long as the process; no static-destruction order issues
    return *s;
}

AppSettings::AppSettings() : m_systemPalette(QApplication::palette()) {}

QFont AppSettings::editorFont() const
{
    QFont f = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    const QString s = QSettings().value(kFont).toString();
    if (!s.isEmpty())
        f.fromString(s);
    return f;
}

void AppSettings::setEditorFont(const QFont &f)
{
    QSettings().setValue(kFont, f.toString());
    emit changed();
}

AppSettings::Theme AppSettings::theme() const
{
    const QString t = QSettings().value(kTheme).toString();
    if (t == QLatin1String("light"))
        return Theme::Light;
    if (t == QLatin1String("dark"))
        return Theme::Dark;
    return Theme::System;
}

void AppSettings::setTheme(Theme t)
{
    QSettings().setValue(kTheme, t == Theme::Light  ? QStringLiteral("light")
                                 : t == Theme::Dark ? QStringLiteral("dark")
                                                    : QStringLiteral("system"));
    applyTheme();
    emit changed();
}

QString AppSettings::openDirectory() const
{
    return QSettings().value(kOpenDir, documentsDir()).toString();
}

void AppSettings::setOpenDirectory(const QString &dir)
{
    QSettings().setValue(kOpenDir, dir);
    emit changed();
}

QString AppSettings::saveDirectory() const
{
    return QSettings().value(kSaveDir, documentsDir()).toString();
}

void AppSettings::setSaveDirectory(const QString &dir)
{
    QSettings().setValue(kSaveDir, dir);
    emit changed();
}

QStringList AppSettings::recentFiles() const
{
    return QSettings().value(kRecent).toStringList();
}

void AppSettings::addRecentFile(const QString &path)
{
    const QString abs = QFileInfo(path).absoluteFilePath();
    QStringList list = recentFiles();
    list.removeAll(abs);
    list.prepend(abs);
    while (list.size() > kMaxRecent)
        list.removeLast();
    QSettings().setValue(kRecent, list);
    emit recentFilesChanged();
}

void AppSettings::clearRecentFiles()
{
    QSettings().remove(kRecent);
    emit recentFilesChanged();
}

QPalette AppSettings::darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2b, 0x2e), base(0x1e, 0x1e, 0x20), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb6, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x2f, 0x65, 0xca));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

void AppSettings::applyTheme() const
{
    switch (theme()) {
    case Theme::System: QApplication::setPalette(m_systemPalette); break;
    case Theme::Light: QApplication::setPalette(QApplication::style()->standardPalette()); break;
    case Theme::Dark: QApplication::setPalette(darkPalette()); break;
    }
}

}  // namespace ad::app
