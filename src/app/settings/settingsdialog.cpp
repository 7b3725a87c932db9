#include "app/settings/settingsdialog.h"

#include "app/i18n/language.h"
#include "app/settings/appsettings.h"
#include "ui_settingsgeneralpage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>

#include <iterator>

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
    Ui::SettingsDialog ui;  // ui/settingsgeneralpage.ui
    ui.setupUi(page);
    m_font = ui.font;
    m_font->setCurrentFont(s.editorFont());
    m_size = ui.size;
    m_size->setValue(s.editorFont().pointSize() > 0 ? s.editorFont().pointSize() : 10);

    m_theme = ui.theme;
    const AppSettings::Theme themes[] = {AppSettings::Theme::System, AppSettings::Theme::Light,
                                         AppSettings::Theme::Dark};
    for (int i = 0; i < m_theme->count() && i < int(std::size(themes)); ++i)
        m_theme->setItemData(i, int(themes[i]));
    m_theme->setCurrentIndex(m_theme->findData(int(s.theme())));

    // Languages by their own names, so whoever picked a wrong one can find theirs again.
    m_language = ui.language;
    m_language->setItemData(0, QString());
    for (const QString &code : availableLanguages())
        m_language->addItem(languageNativeName(code), code);
    m_language->setCurrentIndex(qMax(0, m_language->findData(languageSetting())));

    m_openDir = folderRow(ui.openDir, ui.openDirBrowse, s.openDirectory());
    m_saveDir = folderRow(ui.saveDir, ui.saveDirBrowse, s.saveDirectory());
    return page;
}

QLineEdit *SettingsDialog::folderRow(QLineEdit *edit, QPushButton *browse, const QString &value)
{
    edit->setText(value);
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
