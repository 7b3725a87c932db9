#pragma once
// The one Settings dialog (Ctrl+, from anywhere; File ▸ Settings; the Runner dock's Settings
// button opens it on the Runner page): a list of pages on the left — General (editor font, theme,
// language, default folders), Backends and secrets, Runner — and room for more (an Organization
// page registers itself with registerPage()).

#include <QDialog>
#include <QHash>
#include <QStringList>

#include <functional>

class QComboBox;
class QFontComboBox;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace ad::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // Page ids.
    static inline const QString General = QStringLiteral("general");
    static inline const QString Backends = QStringLiteral("backends");
    static inline const QString Runner = QStringLiteral("runner");

    // A page another feature contributes: `make` builds its widget under `parent` and returns a
    // function the dialog calls on OK / Apply (false keeps the dialog open). Process-wide; a page
    // registered again under the same id replaces the old one.
    struct PageSpec {
        QString id;
        QString title;
        std::function<QWidget *(QWidget *parent, std::function<bool()> *apply)> make;
    };
    static void registerPage(const PageSpec &spec);
    static void unregisterPage(const QString &id);

    explicit SettingsDialog(QWidget *parent = nullptr, const QString &page = General);
    // Writes every page's values (OK / Apply); false when a page refused (its message shows).
    bool apply();
    void showPage(const QString &id);
    QString currentPage() const;
    QStringList pageIds() const { return m_ids; }
    QWidget *page(const QString &id) const;

private:
    QWidget *generalPage();
    QLineEdit *folderRow(QLineEdit *edit, QPushButton *browse, const QString &value);
    void addPage(const QString &id, const QString &title, QWidget *w);

    QListWidget *m_list;
    QStackedWidget *m_stack;
    QStringList m_ids;
    QList<std::function<bool()>> m_applies;
    QFontComboBox *m_font;
    QSpinBox *m_size;
    QComboBox *m_theme;
    QComboBox *m_language;
    QLineEdit *m_openDir = nullptr;
    QLineEdit *m_saveDir = nullptr;
};

}  // namespace ad::app
