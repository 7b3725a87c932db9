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
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>

namespace ad::app {

namespace {

QList<SettingsDialog::PageSpec> &registeredPages()
{
    static QList<SettingsDialog::PageSpec> pages;
    return pages;
}

}  // namespace

void SettingsDialog::registerPage(const PageSpec &spec)
{
    unregisterPage(spec.id);
    registeredPages().append(spec);
}

void SettingsDialog::unregisterPage(const QString &id)
{
    QList<PageSpec> &pages = registeredPages();
    pages.erase(std::remove_if(pages.begin(), pages.end(), [&](const PageSpec &p) { return p.id == id; }), pages.end());
}

SettingsDialog::SettingsDialog(QWidget *parent, const QString &page) : QDialog(parent)
{
    setWindowTitle(tr("Settings"));
    setObjectName(QStringLiteral("SettingsDialog"));
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsPages"));
    m_list->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Expanding);
    m_list->setFixedWidth(170);
    m_stack = new QStackedWidget(this);
    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    addPage(General, tr("General"), generalPage());
    bool hasBackends = false;
    for (const PageSpec &spec : std::as_const(registeredPages())) {
        std::function<bool()> applyPage;
        QWidget *w = spec.make(m_stack, &applyPage);
        if (!w)
            continue;
        addPage(spec.id, spec.title, w);
        m_applies << applyPage;
        hasBackends = hasBackends || spec.id == Backends;
    }
    if (!hasBackends) {
        // A window without the runner (e.g. started for a check only): the pages still exist and
        // say why they are empty, so a hint naming them never points nowhere.
        for (const auto &[id, title] : {std::pair{Backends, tr("Backends and secrets")}, std::pair{Runner, tr("Runner")}}) {
            auto *l = new QLabel(tr("The runner is not available in this window."), m_stack);
            l->setAlignment(Qt::AlignCenter);
            l->setEnabled(false);
            addPage(id, title, l);
        }
    }

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Apply, this);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (apply())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(buttons->button(QDialogButtonBox::Apply), &QPushButton::clicked, this, &SettingsDialog::apply);

    auto *row = new QHBoxLayout;
    row->addWidget(m_list);
    row->addWidget(m_stack, 1);
    auto *lay = new QVBoxLayout(this);
    lay->addLayout(row, 1);
    lay->addWidget(buttons);
    showPage(page);
    resize(780, 560);
}

void SettingsDialog::addPage(const QString &id, const QString &title, QWidget *w)
{
    m_ids << id;
    m_stack->addWidget(w);
    auto *item = new QListWidgetItem(title, m_list);
    item->setData(Qt::UserRole, id);
}

void SettingsDialog::showPage(const QString &id)
{
    const int i = int(m_ids.indexOf(id));
    m_list->setCurrentRow(i >= 0 ? i : 0);
}

QString SettingsDialog::currentPage() const
{
    const int i = m_list->currentRow();
    return i >= 0 && i < m_ids.size() ? m_ids.at(i) : QString();
}

QWidget *SettingsDialog::page(const QString &id) const
{
    const int i = int(m_ids.indexOf(id));
    return i >= 0 ? m_stack->widget(i) : nullptr;
}

QWidget *SettingsDialog::generalPage()
{
    AppSettings &s = AppSettings::instance();
    auto *page = new QWidget(m_stack);
    page->setObjectName(QStringLiteral("generalPage"));
    auto *form = new QFormLayout;

    auto *fontRow = new QHBoxLayout;
    m_font = new QFontComboBox(page);
    m_font->setFontFilters(QFontComboBox::MonospacedFonts);
    m_font->setCurrentFont(s.editorFont());
    m_size = new QSpinBox(page);
    m_size->setRange(6, 48);
    m_size->setSuffix(tr(" pt"));
    m_size->setValue(s.editorFont().pointSize() > 0 ? s.editorFont().pointSize() : 10);
    fontRow->addWidget(m_font, 1);
    fontRow->addWidget(m_size);
    auto *fontLabel = new QLabel(tr("Editor &font:"), page);
    fontLabel->setBuddy(m_font);
    form->addRow(fontLabel, fontRow);

    m_theme = new QComboBox(page);
    m_theme->addItem(tr("Follow the system"), int(AppSettings::Theme::System));
    m_theme->addItem(tr("Light"), int(AppSettings::Theme::Light));
    m_theme->addItem(tr("Dark"), int(AppSettings::Theme::Dark));
    m_theme->setCurrentIndex(m_theme->findData(int(s.theme())));
    form->addRow(tr("&Theme:"), m_theme);

    // Languages by their own names, so whoever picked a wrong one can find theirs again.
    m_language = new QComboBox(page);
    m_language->setObjectName(QStringLiteral("language"));
    m_language->addItem(tr("System (default)"), QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageNativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));
    auto *langRow = new QVBoxLayout;
    langRow->addWidget(m_language);
    auto *langNote = new QLabel(tr("Takes effect the next time Action Designer starts."), page);
    langNote->setEnabled(false);
    langNote->setWordWrap(true);
    langRow->addWidget(langNote);
    auto *langLabel = new QLabel(tr("&Language:"), page);
    langLabel->setBuddy(m_language);
    form->addRow(langLabel, langRow);

    m_openDir = folderRow(page, form, tr("&Open files from:"), s.openDirectory());
    m_saveDir = folderRow(page, form, tr("&Save new files in:"), s.saveDirectory());

    auto *lay = new QVBoxLayout(page);
    lay->addLayout(form);
    lay->addStretch(1);
    return page;
}

QLineEdit *SettingsDialog::folderRow(QWidget *page, QFormLayout *form, const QString &label, const QString &value)
{
    auto *row = new QHBoxLayout;
    auto *edit = new QLineEdit(value, page);
    auto *browse = new QPushButton(tr("Browse…"), page);
    row->addWidget(edit, 1);
    row->addWidget(browse);
    auto *l = new QLabel(label, page);
    l->setBuddy(edit);
    form->addRow(l, row);
    connect(browse, &QPushButton::clicked, this, [this, edit] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Choose a Folder"), edit->text());
        if (!dir.isEmpty())
            edit->setText(dir);
    });
    return edit;
}

bool SettingsDialog::apply()
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
    bool ok = true;
    for (const std::function<bool()> &a : std::as_const(m_applies))
        if (a && !a())
            ok = false;
    return ok;
}

}  // namespace ad::app
