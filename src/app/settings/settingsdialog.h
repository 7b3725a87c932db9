#pragma once
// Preferences: editor font, theme (follow the system, light, dark), default folders.

#include <QDialog>

class QComboBox;
class QFormLayout;
class QFontComboBox;
class QLineEdit;
class QSpinBox;

namespace ad::app {

class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    explicit SettingsDialog(QWidget *parent = nullptr);
    // Writes the dialog's values to AppSettings (OK / Apply).
    void apply();

private:
    QLineEdit *folderRow(QFormLayout *form, const QString &label, const QString &value);

    QFontComboBox *m_font;
    QSpinBox *m_size;
    QComboBox *m_theme;
    QLineEdit *m_openDir = nullptr;
    QLineEdit *m_saveDir = nullptr;
};

}  // namespace ad::app
