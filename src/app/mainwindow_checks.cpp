// MainWindow's checks before a file leaves the designer or changes shape: Migrate (legacy v1 and
// flat INTEGRATION_ACTION to the current format, one undo step, with its report) and Export for
// Port (asks when Port would reject the file, shows what it stripped). Questions and reports go
// through ask() so they stay on screen until answered, never only in the status bar.
#include "app/mainwindow.h"

#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/settings/appsettings.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"
#include "model/migrate.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSaveFile>
#include <QStatusBar>

namespace ad::app {

namespace {

bool anyNeedsMigration(const ActionFile &file)
{
    for (const QString &p : file.actionPointers())
        if (const JsonValue *a = resolvePointer(file.root(), p); a && needsMigration(*a))
            return true;
    return false;
}

// "3:5 /trigger: message" for a list of problems.
QString problemLine(const Problem &p)
{
    const Diagnostic &d = p.diagnostic;
    QString where = d.pos.isValid() ? QStringLiteral("%1:%2").arg(d.pos.line).arg(d.pos.column) : QString();
    if (!d.pointer.isEmpty())
        where += (where.isEmpty() ? QString() : QStringLiteral(" ")) + d.pointer;
    return where.isEmpty() ? d.message : where + QStringLiteral(": ") + d.message;
}

}  // namespace

int MainWindow::ask(const Question &q)
{
    return m_ask ? m_ask(q) : ReportDialog::ask(q, this);
}

void MainWindow::inform(const QString &title, const QString &intro, const QStringList &lines)
{
    ask({title, intro, lines, {tr("Close")}});
}

bool MainWindow::migrate()
{
    m_doc->settle();
    if (m_doc->hasPendingText()) {
        inform(tr("Migrate"), tr("The JSON text does not parse; fix it in the JSON view before migrating."));
        return false;
    }
    const FileMigration fm = migrateLegacyFile(m_doc->file());
    if (fm.migratedCount == 0) {
        statusBar()->showMessage(tr("Nothing to migrate: every action is in Port's current format."), 6000);
        return false;
    }
    const int current = m_doc->currentAction();
    m_doc->replaceText(QString::fromUtf8(writeJson(fm.root)), tr("Migrate to the current format"));
    m_doc->setCurrentAction(current);
    refreshProblems();
    QStringList lines = fm.report;
    // The CLI's hint names its flag; here the form is the place to set the blueprint.
    for (QString &l : lines)
        l.replace(QStringLiteral("(give it with --blueprint BP)"), tr("(set it in the Trigger form)"));
    QStringList left;
    for (const Problem &p : std::as_const(m_docProblems))
        if (p.diagnostic.severity == Diagnostic::Severity::Error)
            left << problemLine(p);
    if (!left.isEmpty())
        lines << QString() << tr("Still to fix (see the Problems dock):") << left;
    inform(tr("Migrated to the current format"),
           (fm.migratedCount == 1 ? tr("Migrated 1 action to Port's current format as one step (Edit ▸ Undo "
                                       "takes it back). What changed:")
                                    : tr("Migrated %1 actions to Port's current format as one step (Edit ▸ Undo "
                                         "takes it back). What changed:")
                                          .arg(fm.migratedCount)),
           lines);
    return true;
}

bool MainWindow::exportForPort(const QString &pathIn, QString *error)
{
    m_doc->settle();
    if (m_doc->hasPendingText()) {
        if (error)
            *error = tr("The JSON text does not parse; fix it before exporting.");
        return false;
    }
    // Port rejects a file with errors: say so before writing, and offer the fix that applies.
    QStringList errors;
    for (const Problem &p : computeProblems(m_doc->file()))
        if (p.diagnostic.severity == Diagnostic::Severity::Error)
            errors << problemLine(p);
    if (!errors.isEmpty()) {
        const bool canMigrate = anyNeedsMigration(m_doc->file());
        QStringList buttons;
        if (canMigrate)
            buttons << tr("Migrate First");
        buttons << tr("Export Anyway") << tr("Cancel");
        const int c = ask({tr("Export for Port"),
                           (errors.size() == 1 ? tr("Port would reject this file: it has 1 error.")
                                               : tr("Port would reject this file: it has %1 errors.").arg(errors.size()))
                               + (canMigrate ? tr(" Some come from an old format that Migrate converts.") : QString()),
                           errors, buttons});
        if (c < 0 || buttons.at(c) == tr("Cancel"))
            return false;
        if (canMigrate && c == 0) {
            if (!migrate())
                return false;
            return exportForPort(pathIn, error);
        }
    }
    QStringList notes;
    const QByteArray bytes = writeJson(m_doc->file().forPort(&notes));
    QString path = pathIn;
    if (path.isEmpty()) {
        const QFileInfo fi(m_doc->path().isEmpty() ? tr("action.json") : m_doc->path());
        const QString suggested = QDir(m_doc->path().isEmpty() ? AppSettings::instance().saveDirectory() : fi.absolutePath())
                                      .filePath(fi.completeBaseName() + QStringLiteral(".port.json"));
        path = QFileDialog::getSaveFileName(this, tr("Export for Port"), suggested, jsonFileFilter());
        if (path.isEmpty())
            return false;
    }
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    statusBar()->showMessage(tr("Exported for Port to %1").arg(QDir::toNativeSeparators(path)), 8000);
    if (!notes.isEmpty())
        inform(tr("Exported for Port"),
               tr("Exported to %1. What Port does not accept was left out of the export (the file in the "
                  "window is unchanged):")
                   .arg(QDir::toNativeSeparators(path)),
               notes);
    return true;
}

}  // namespace ad::app
