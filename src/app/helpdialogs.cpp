#include "app/helpdialogs.h"

#include "template/jqprelude.h"
#include "ui_aboutdialog.h"
#include "ui_shortcutsdialog.h"

#include <QAction>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QRegularExpression>
#include <QSet>
#include <QTableWidget>
#include <QUrl>

namespace ad::app {

namespace {

QString plainText(const QAction *a)
{
    QString t = a->text();
    t.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    return t.replace(QLatin1String("&&"), QLatin1String("&"));
}

QString keysOf(const QAction *a)
{
    QStringList keys;
    for (const QKeySequence &k : a->shortcuts())
        if (!k.isEmpty())
            keys << k.toString(QKeySequence::NativeText);
    keys.removeDuplicates();
    return keys.join(QStringLiteral(", "));
}

void collect(const QMenu *menu, const QString &path, QList<ShortcutEntry> *out, QSet<const QAction *> *seen)
{
    for (QAction *a : menu->actions()) {
        if (a->isSeparator())
            continue;
        if (a->menu()) {
            collect(a->menu(), path + QStringLiteral(" > ") + plainText(a), out, seen);
            continue;
        }
        seen->insert(a);
        const QString keys = keysOf(a);
        if (!keys.isEmpty())
            out->append({path, plainText(a), keys});
    }
}

} // namespace

QList<ShortcutEntry> shortcutEntries(const QMainWindow *window)
{
    QList<ShortcutEntry> out;
    QSet<const QAction *> seen;
    for (QAction *top : window->menuBar()->actions())
        if (top->menu())
            collect(top->menu(), plainText(top), &out, &seen);
    for (QAction *a : window->actions()) {
        const QString keys = keysOf(a);
        if (!seen.contains(a) && !keys.isEmpty())
            out.append({QCoreApplication::translate("ad::app::Help", "Window"), plainText(a), keys});
    }
    return out;
}

QDialog *createShortcutsDialog(QMainWindow *window)
{
    auto *dlg = new QDialog(window);
    Ui::ShortcutsDialog ui;  // ui/shortcutsdialog.ui
    ui.setupUi(dlg);
    QLineEdit *filter = ui.shortcutFilter;
    QTableWidget *table = ui.shortcutTable;
    const QList<ShortcutEntry> entries = shortcutEntries(window);
    table->setRowCount(int(entries.size()));
    for (int row = 0; row < entries.size(); ++row) {
        const ShortcutEntry &e = entries.at(row);
        table->setItem(row, 0, new QTableWidgetItem(e.command));
        table->setItem(row, 1, new QTableWidgetItem(e.keys));
        table->setItem(row, 2, new QTableWidgetItem(e.menu));
    }
    table->resizeColumnsToContents();
    table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    QObject::connect(filter, &QLineEdit::textChanged, table, [table](const QString &text) {
        for (int row = 0; row < table->rowCount(); ++row) {
            bool match = text.isEmpty();
            for (int c = 0; c < 3 && !match; ++c)
                match = table->item(row, c)->text().contains(text, Qt::CaseInsensitive);
            table->setRowHidden(row, !match);
        }
    });
    QObject::connect(ui.buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    dlg->resize(560, 560);
    return dlg;
}

QString aboutHtml()
{
    QString html = QStringLiteral("<h3>Action Designer %1</h3>").arg(QStringLiteral(AD_VERSION));
    html += QStringLiteral("<p>%1</p>")
                .arg(QCoreApplication::translate("ad::app::Help", "Design, validate and test Port actions and automations "
                        "offline."));
    html += QStringLiteral("<p>%1: jq %2<br>Qt %3</p>")
                .arg(QCoreApplication::translate("ad::app::Help", "Template engine"), jqEngineVersion().toHtmlEscaped(), QString::fromLatin1(qVersion()));
    html += QStringLiteral("<p>%1</p>").arg(QCoreApplication::translate("ad::app::Help", "Action Designer is free software under the MIT licence."));
    html += QStringLiteral("<p>%1</p><ul>").arg(QCoreApplication::translate("ad::app::Help", "It uses these libraries, under their own licences:"));
    const QList<QPair<const char *, const char *>> libs = {
        {"Qt 6", "LGPL-3.0"},          {"QScintilla", "GPL-3.0"},      {"jq", "MIT"},
        {"Oniguruma", "BSD-2-Clause"}, {"librdkafka", "BSD-2-Clause"}, {"QtKeychain", "BSD-3-Clause"},
    };
    for (const auto &[name, licence] : libs)
        html += QStringLiteral("<li>%1: %2</li>").arg(QLatin1String(name), QLatin1String(licence));
    html += QStringLiteral("</ul><p>%1</p>")
                .arg(QCoreApplication::translate("ad::app::Help", "The full texts are in "
                        "/usr/share/doc/action-designer/copyright and "
                        "/usr/share/common-licenses."));
    return html;
}

QDialog *createAboutDialog(QWidget *parent)
{
    auto *dlg = new QDialog(parent);
    Ui::AboutDialog ui;  // ui/aboutdialog.ui
    ui.setupUi(dlg);
    ui.aboutText->setText(aboutHtml());
    QObject::connect(ui.buttons, &QDialogButtonBox::rejected, dlg, &QDialog::reject);
    dlg->resize(460, dlg->sizeHint().height());
    return dlg;
}

QString documentationDir(QStringList *searched)
{
    const QDir bin(QCoreApplication::applicationDirPath());
    // A build puts the binary in <repo>/build; an installed one is <prefix>/bin.
    const QStringList candidates = {
        bin.absoluteFilePath(QStringLiteral("../docs")),
        bin.absoluteFilePath(QStringLiteral("../share/doc/action-designer")),
        QStringLiteral("/usr/share/doc/action-designer"),
    };
    for (const QString &c : candidates) {
        const QString dir = QDir::cleanPath(c);
        if (searched && !searched->contains(dir))
            searched->append(dir);
        if (QFileInfo::exists(dir + QStringLiteral("/designer.md")))
            return dir;
    }
    return {};
}

void openDocumentation(QWidget *parent)
{
    QStringList searched;
    const QString dir = documentationDir(&searched);
    if (!dir.isEmpty() && QDesktopServices::openUrl(QUrl::fromLocalFile(dir)))
        return;
    QMessageBox::information(
        parent, QCoreApplication::translate("ad::app::Help", "Documentation"),
        dir.isEmpty() ? QCoreApplication::translate("ad::app::Help", "The documentation was not found. Looked in:\n%1")
                            .arg(searched.join(QLatin1Char('\n')))
                      : QCoreApplication::translate("ad::app::Help", "No program to open folders is set up. "
                                                                     "The documentation is in:\n%1")
                            .arg(dir));
}

} // namespace ad::app
