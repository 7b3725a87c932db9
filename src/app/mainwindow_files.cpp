// MainWindow's file handling: new from template, open, import, save, save as, export for Port.
#include "app/firststartguide.h"
#include "app/mainwindow.h"

#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/files/templates.h"
#include "app/journal.h"
#include "app/preview/previewdock.h"
#include "app/settings/appsettings.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QSaveFile>
#include <QStatusBar>
#include <QUndoStack>

// resources/app.qrc is compiled into the static adapp library: pull it in explicitly.
static void initAppResources()
{
    Q_INIT_RESOURCE(app);
}

namespace ad::app {

QString MainWindow::jsonFileFilter()
{
    return tr("JSON files (*.json);;All files (*)");
}

namespace {
// One spelling per file: symlinks resolved when it exists, else the clean absolute path.
QString fileKey(const QString &path)
{
    const QFileInfo fi(path);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? QDir::cleanPath(fi.absoluteFilePath()) : canonical;
}
}  // namespace

bool MainWindow::isReplaceable() const
{
    return m_doc->path().isEmpty() && !m_doc->isModified();
}

bool MainWindow::showsFile(const QString &path) const
{
    return !path.isEmpty() && !m_doc->path().isEmpty() && fileKey(m_doc->path()) == fileKey(path);
}

void MainWindow::bringToFront()
{
    if (isMinimized())
        showNormal();
    show();
    raise();
    activateWindow();
}

MainWindow *MainWindow::targetWindow(const QString &path)
{
    if (m_findWindow)
        if (MainWindow *w = m_findWindow(path))
            return w;
    if (isReplaceable() || !m_newWindow)
        return this;
    MainWindow *w = m_newWindow();
    return w ? w : this;
}

bool MainWindow::loadInto(const QByteArray &bytes, const QString &path, const QString &displayName)
{
    if (!maybeClose())
        return false;
    if (path.isEmpty()) {
        m_doc->loadBytes(bytes, displayName);
    } else {
        QString error;
        if (!m_doc->load(path, &error))
            return false;
    }
    m_editors->showForm();
    refreshProblems();
    emit fileLoaded(path);
    return true;
}

bool MainWindow::openFile(const QString &pathIn, QString *error)
{
    QString path = pathIn;
    if (path.isEmpty()) {
        path = QFileDialog::getOpenFileName(this, tr("Open Action"), AppSettings::instance().openDirectory(), jsonFileFilter());
        if (path.isEmpty())
            return true;  // cancelled
        return targetWindow(path)->openFile(path, error);
    }
    if (showsFile(path)) {
        bringToFront();  // already open here: its unsaved changes stay as they are
        return true;
    }
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot open %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    f.close();
    if (!maybeClose())
        return false;
    if (m_journal && offerJournalFor(path))
        return true;
    if (!m_doc->load(path, error))
        return false;
    m_editors->showForm();
    refreshProblems();
    fileOpened(path);
    emit fileLoaded(path);
    if (m_doc->hasPendingText())
        statusBar()->showMessage(tr("%1 does not parse: fix it in the JSON view").arg(QFileInfo(path).fileName()), 8000);
    return true;
}

bool MainWindow::offerJournalFor(const QString &path)
{
    // Unsaved work for this very file from a session that crashed or was killed (e.g. the start-up
    // offer was answered "Later"): the file on disk is not the latest version the user saw.
    const QList<Journal::Entry> entries = m_journal->recoverableFor(path);
    if (entries.isEmpty())
        return false;
    const Journal::Entry &e = entries.first();
    const int c = ask({tr("Unsaved Work Found"),
                       tr("%1 has unsaved changes from a session that did not close normally (last kept %2). "
                          "Restore them, or open the file as it is on disk (the unsaved changes stay available "
                          "for the next start)?")
                           .arg(QFileInfo(path).fileName(), e.savedAt.toLocalTime().toString(Qt::TextDate)),
                       {},
                       {tr("Restore Unsaved Changes"), tr("Open File on Disk")}});
    if (c != 0)
        return false;
    restoreJournalEntry(QFileInfo(path).absoluteFilePath(), e.text, e.scenarios);
    fileOpened(path);
    Journal::discard(e);
    return true;
}

void MainWindow::fileOpened(const QString &path)
{
    AppSettings::instance().addRecentFile(path);
}

void MainWindow::openSample()
{
    initAppResources();
    QFile f(QStringLiteral(":/samples/default-action.json"));
    if (f.open(QIODevice::ReadOnly) && loadInto(f.readAll(), QString(), tr("Untitled")))
        FirstStartGuide::showIn(this);
}

bool MainWindow::newFromTemplate(const QString &templateId)
{
    const ActionTemplate *t = findTemplate(templateId);
    if (!t)
        return false;
    return loadInto(t->json, QString(), tr("Untitled"));
}

bool MainWindow::importText(const QByteArray &text, QString *error)
{
    const JsonParseResult r = parseJson(text);
    if (!r.ok()) {
        if (error)
            *error = text.trimmed().isEmpty()
                         ? tr("The clipboard holds no text.")
                         : tr("The clipboard does not hold JSON (line %1, column %2: %3).")
                               .arg(r.error.pos.line)
                               .arg(r.error.pos.column)
                               .arg(r.error.message);
        return false;
    }
    if (!maybeClose())
        return false;
    // Pasted compact JSON becomes readable; what is imported is unsaved work.
    const QByteArray pretty = text.trimmed().contains('\n') ? text : writeJson(r.value);
    m_doc->loadRecovered(QString(), QString::fromUtf8(pretty));
    m_editors->showForm();
    refreshProblems();
    emit fileLoaded(QString());
    return true;
}

bool MainWindow::writeFile(const QString &path)
{
    QString error;
    if (!m_doc->saveAs(path, &error)) {
        QMessageBox::warning(this, tr("Save"), error);
        return false;
    }
    fileOpened(path);
    // The scenarios are part of the edit: when they could not be stored the save is not complete,
    // the window stays modified and says so (a status message alone would claim "Saved").
    if (auto *preview = qobject_cast<PreviewDock *>(m_previewDock->widget())) {
        QString scenarioError;
        bool sessionOnly = false;
        bool ok = preview->saveScenarios(path, &scenarioError);
        if (!ok && preview->hasSecretValues()) {
            // Most likely no keychain: say so plainly and let the user decide where secrets live.
            const QStringList buttons{tr("Keep for This Session Only"), tr("Cancel")};
            const int c = ask({tr("No Keychain Available"),
                               tr("%1 was saved, but its scenarios were not: no keychain is available to store "
                                  "their secrets (%2). Keep the secrets in memory for this session only? The "
                                  "scenarios file then holds references whose values are gone when Action "
                                  "Designer quits; type them again after a restart.")
                                   .arg(QFileInfo(path).fileName(), scenarioError),
                               {},
                               buttons});
            if (c == 0)
                ok = sessionOnly = preview->saveScenarios(path, &scenarioError, true);
            else
                scenarioError = tr("no keychain available; the secrets were not stored");
        }
        if (!ok) {
            m_doc->undoStack()->resetClean();
            emit fileSaved(path);
            statusBar()->showMessage(tr("Saved %1, but not its scenarios").arg(QDir::toNativeSeparators(path)), 8000);
            inform(tr("Scenarios not saved"),
                   tr("%1 was saved, but its scenarios were not. The window stays marked as modified.")
                       .arg(QFileInfo(path).fileName()),
                   {scenarioError});
            return false;
        }
        if (sessionOnly) {
            emit fileSaved(path);
            statusBar()->showMessage(
                tr("Saved %1; scenario secrets kept for this session only").arg(QDir::toNativeSeparators(path)), 8000);
            return true;
        }
    }
    emit fileSaved(path);
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    return true;
}

bool MainWindow::save()
{
    if (m_doc->path().isEmpty())
        return saveAs();
    return writeFile(m_doc->path());
}

bool MainWindow::saveAs(const QString &pathIn)
{
    QString path = pathIn;
    if (path.isEmpty()) {
        const QString suggested = m_doc->path().isEmpty()
                                      ? QDir(AppSettings::instance().saveDirectory()).filePath(
                                            (m_doc->actionCount() == 1 && !m_doc->action().value(QStringLiteral("identifier")).toString().isEmpty()
                                                 ? m_doc->action().value(QStringLiteral("identifier")).toString()
                                                 : tr("action")) + QStringLiteral(".json"))
                                      : m_doc->path();
        path = QFileDialog::getSaveFileName(this, tr("Save Action As"), suggested, jsonFileFilter());
        if (path.isEmpty())
            return false;
    }
    return writeFile(path);
}

void MainWindow::restoreJournalEntry(const QString &path, const QString &text, const QString &scenarios)
{
    m_doc->loadRecovered(path, text);
    m_editors->showForm();
    refreshProblems();
    emit fileLoaded(path);  // loads the sidecar's scenarios; the journaled edits go on top
    if (!scenarios.isEmpty())
        if (auto *preview = qobject_cast<PreviewDock *>(m_previewDock->widget()))
            preview->restoreJournalText(scenarios);
    if (m_journal)
        m_journal->flush();  // the restored text is journaled again under this session at once
}

}  // namespace ad::app
