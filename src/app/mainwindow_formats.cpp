// MainWindow's format bridges: File > Export > Terraform… and File > Import >
// Terraform JSON….
#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/files/gapdialog.h"
#include "app/mainwindow.h"
#include "app/settings/appsettings.h"
#include "format/terraformformat.h"
#include "json/jsonwriter.h"

#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStatusBar>

namespace ad::app {

bool MainWindow::exportTerraform(const QString &pathIn, QString *error)
{
    m_doc->settle();
    if (m_doc->hasPendingText()) {
        if (error)
            *error = tr("The JSON text does not parse; fix it before exporting.");
        return false;
    }
    const TerraformFormat format;
    const FormatExport result = format.exportActions(formatSources(m_doc->file()));
    if (!result.ok()) {
        if (error)
            *error = result.error;
        return false;
    }
    if (!result.gaps.isEmpty()) {
        const bool accepted =
            m_askGaps ? m_askGaps(result.gaps) : GapDialog(format.name(), result.gaps, this).exec() == QDialog::Accepted;
        if (!accepted)
            return false;
    }
    QString path = pathIn;
    if (path.isEmpty()) {
        const QFileInfo fi(m_doc->path().isEmpty() ? tr("action.json") : m_doc->path());
        const QString suggested = QDir(m_doc->path().isEmpty() ? AppSettings::instance().saveDirectory() : fi.absolutePath())
                                      .filePath(fi.completeBaseName() + QStringLiteral(".tf"));
        path =
            QFileDialog::getSaveFileName(this, tr("Export to Terraform"), suggested, tr("Terraform files (*.tf);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(result.bytes) != result.bytes.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Exported to Terraform: %1").arg(QDir::toNativeSeparators(path)), 8000);
    return true;
}

bool MainWindow::importTerraformJson(const QString &pathIn, QString *error)
{
    QString path = pathIn;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Import Terraform JSON"), AppSettings::instance().openDirectory(),
                                            tr("Terraform JSON (*.json *.tfstate);;All files (*)"));
        if (path.isEmpty())
            return false;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    const FormatImport result = TerraformFormat().importActions(f.readAll());
    if (!result.ok()) {
        if (error)
            *error = tr("%1: %2").arg(QDir::toNativeSeparators(path), result.error);
        return false;
    }
    if (!maybeClose())
        return false;
    // One action opens as itself; several open as one array, each editable and
    // savable together.
    JsonValue root;
    if (result.actions.size() == 1) {
        root = result.actions.first().action;
    } else {
        root = JsonValue::array();
        for (const FormatImport::Item &i : result.actions)
            root.append(i.action);
    }
    m_doc->loadRecovered(QString(), QString::fromUtf8(writeJson(root)));
    m_editors->showForm();
    refreshProblems();
    emit fileLoaded(QString());
    statusBar()->showMessage(
        result.warnings.isEmpty()
            ? tr("Imported %n action(s) from Terraform", nullptr, int(result.actions.size()))
            : tr("Imported from Terraform with warnings: %1").arg(result.warnings.join(QStringLiteral("; "))),
        8000);
    return true;
}

}  // namespace ad::app
