#include "app/settings/settingsdialog.h"

#include "app/i18n/language.h"
#include "app/settings/appsettings.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFontComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ad::app {

SettingsDialog::SettingsDialog(QWidget *parent) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    AppSettings &s = AppSettings::instance();
    auto *form = new QFormLayout;

    auto *fontRow = new QHBoxLayout;
    m_font = new QFontComboBox(this);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(s.editorFont());
    m_size = new QSpinBox(this);
    m_size->setRange(6, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(s.editorFont().pointSize() > 0 ? s.editorFont().pointSize() : 10);
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_size);
    auto *fontLabel = new QLabel(tr("Editor &font:"), this);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);

    m_theme = new QComboBox(this);
    m_theme->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(s.theme())));
    form->addRow(tr("&Theme:"), m_theme);

    // Languages by their own names, so whoever picked a wrong one can find theirs again.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System (default)"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageNativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    auto *langRow = new QVBoxLayout;
    langRow->addWidget(m_language);
    auto *langNote = new QLabel(tr("Takes effect the next time Action Designer starts."), this);
    langNote->setEnabled(false);
    langNote->setWordWrap(true);
    langRow->addWidget(langNote);
    auto *langLabel = new QLabel(tr("&Language:"), this);
    langLabel->setBuddy(m_language);
    form->addRow(langLabel, langRow);

    m_openDir = folderRow(form, tr("&Open files from:"), s.openDirectory());
    m_saveDir = folderRow(form, tr("&Save new files in:"), s.saveDirectory());

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        apply();
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *lay = new QVBoxLayout(this);
    lay->addLayout(form);
    lay->addStretch(1);
    lay->addWidget(buttons);
    resize(520, sizeHint().height());
}

QLineEdit *SettingsDialog::folderRow(QFormLayout *form, const QString &label, const QString &value)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(value, this);
    auto *browse = new QPushButton(tr("Browse…"), this);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *l = new QLabel(label, this);
    l->setBuddy(edit);
    form->addRow(l, row);
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Folder"), edit->text());
        if (!dir.isEmpty())
            edit->setText(dir);
    });
    return edit;
}

void SettingsDialog::apply()
{
    AppSettings &s = AppSettings::instance();
    QFont f = m_font->currentFont();
    f.setPointSize(m_size->value());
    f.setStyleHint(QFont::Monospace);
    s.setEditorFont(f);
    s.setTheme(AppSettings::Theme(m_theme->currentData().toInt()));
    setLanguageSetting(m_language->currentData().toString());
    s.setOpenDirectory(m_openDir->text());
    s.setSaveDirectory(m_saveDir->text());
}

}  // namespace ad::app
