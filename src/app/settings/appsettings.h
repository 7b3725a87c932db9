#pragma once
// The designer's settings with their defaults, stored in QSettings; one instance whose changed()
// lets open windows re-apply the editor font and theme. Tests get a throw-away store by calling
// QStandardPaths::setTestModeEnabled(true) before the first use.

#include <QFont>
#include <QObject>
#include <QPalette>
#include <QStringList>

namespace ad::app {

class AppSettings : public QObject {
    Q_OBJECT
public:
    enum class Theme { System, Light, Dark };

    static AppSettings &instance();

    QFont editorFont() const;
    void setEditorFont(const QFont &f);
    Theme theme() const;
    void setTheme(Theme t);
    // Where Open / Save As start; defaults to the user's documents folder.
    QString openDirectory() const;
    void setOpenDirectory(const QString &dir);
    QString saveDirectory() const;
    void setSaveDirectory(const QString &dir);

    QStringList recentFiles() const;
    void addRecentFile(const QString &path);
    void clearRecentFiles();
    static constexpr int kMaxRecent = 10;

    // Puts the theme's palette on the application (System = the palette the platform gave us).
    void applyTheme() const;
    static QPalette darkPalette();

signals:
    void changed();
    void recentFilesChanged();

private:
    AppSettings();
    QPalette m_systemPalette;
};

}  // namespace ad::app
