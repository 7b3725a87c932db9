#include "app/designerapp.h"

#include "app/journal.h"
#include "app/mainwindow.h"
#include "app/org/orginstall.h"
#include "app/runner/runnerinstall.h"
#include "app/runner/runnerservice.h"
#include "app/tests/testsdock.h"
#include "app/util/placement.h"
#include "runner/port/portprofiles.h"

#include <QApplication>
#include <QDir>
#include <QScreen>
#include <QMessageBox>
#include <QPushButton>

namespace ad::app {

DesignerApp::DesignerApp(const QString &journalDir, QObject *parent)
    : QObject(parent), m_journal(new Journal(journalDir, this))
{
}

DesignerApp::~DesignerApp() = default;  // out of line: PortProfiles is incomplete in the header

MainWindow *DesignerApp::newWindow()
{
    auto *w = new MainWindow(m_journal);
    installRunnerDock(w, runner());
    installTestsDock(w);
    installOrgDock(w, portProfiles());
    w->setWindowFactory([this] { return newWindow(); });
    w->setWindowFinder([this](const QString &path) { return windowFor(path); });
    // Cascade from the window the user is in, so the new one does not hide it exactly.
    QWidget *current = qobject_cast<MainWindow *>(QApplication::activeWindow());
    if (!current && !windows().isEmpty())
        current = windows().constLast();
    m_windows.append(w);
    if (current && !current->isMaximized()) {
        const QScreen *scr = current->screen();
        w->setGeometry(cascadeFrom(current->geometry(), scr ? scr->availableGeometry() : QRect()));
    }
    w->show();
    return w;
}

PortProfiles *DesignerApp::portProfiles()
{
    if (!m_profiles)
        m_profiles = std::make_unique<PortProfiles>(nullptr, runner()->secrets());
    return m_profiles.get();
}

RunnerService *DesignerApp::runner()
{
    if (!m_runner)
        m_runner = new RunnerService({}, nullptr, this);
    return m_runner;
}

QList<MainWindow *> DesignerApp::windows() const
{
    QList<MainWindow *> out;
    for (const auto &w : m_windows)
        if (w)
            out << w;
    return out;
}

MainWindow *DesignerApp::windowFor(const QString &path) const
{
    for (MainWindow *w : windows())
        if (w->showsFile(path))
            return w;
    return nullptr;
}

bool DesignerApp::open(const QString &path, QString *error)
{
    if (MainWindow *w = windowFor(path)) {
        w->bringToFront();
        return true;
    }
    return replaceableOrNewWindow()->openFile(path, error);
}

MainWindow *DesignerApp::replaceableOrNewWindow()
{
    for (MainWindow *c : windows())
        if (c->isReplaceable())
            return c;
    return newWindow();
}

int DesignerApp::restoreAll()
{
    int n = 0;
    for (const Journal::Entry &e : m_journal->recoverable()) {
        MainWindow *w = replaceableOrNewWindow();
        w->restoreJournalEntry(e.path, e.text, e.scenarios);
        Journal::discard(e);
        ++n;
    }
    return n;
}

void DesignerApp::offerRecovery()
{
    if (const QStringList damaged = m_journal->setAsideUnreadable(); !damaged.isEmpty()) {
        QString items;
        for (const QString &f : damaged)
            items += QStringLiteral("<li>%1</li>").arg(f.toHtmlEscaped());
        // Not modal: start-up goes on behind it. Set aside, the files are named this once only.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Unreadable Autosave Files"),
                                    tr("These autosave files could not be read, so nothing can be restored from "
                                       "them. They were moved to %1:<ul>%2</ul>")
                                        .arg(QDir::toNativeSeparators(m_journal->damagedDirectory()).toHtmlEscaped(), items),
                                    QMessageBox::Ok);
        box->setObjectName(QStringLiteral("unreadableJournalFiles"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    }
    const QList<Journal::Entry> entries = m_journal->recoverable();
    if (entries.isEmpty())
        return;
    QStringList lines;
    for (const Journal::Entry &e : entries)
        lines << QStringLiteral("<li>%1 <small>(%2)</small></li>")
                     .arg((e.path.isEmpty() ? e.displayName : QDir::toNativeSeparators(e.path)).toHtmlEscaped(),
                          e.savedAt.toLocalTime().toString(Qt::TextDate));
    QMessageBox box(QMessageBox::Question, tr("Restore Unsaved Work"),
                    tr("Action Designer did not close normally last time. Restore the unsaved changes of "
                       "these documents?<ul>%1</ul>")
                        .arg(lines.join(QString())),
                    QMessageBox::NoButton);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    QPushButton *later = box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == restore) {
        restoreAll();
    } else if (box.clickedButton() != later) {
        for (const Journal::Entry &e : entries)
            Journal::discard(e);
    }
}

void DesignerApp::start(const QStringList &files, bool askRecovery)
{
    if (askRecovery)
        offerRecovery();
    for (const QString &f : files) {
        QString error;
        if (!open(f, &error))
            QMessageBox::warning(windows().isEmpty() ? nullptr : windows().constLast(), tr("Open"), error);
    }
    if (windows().isEmpty())
        newWindow()->openSample();
}

}  // namespace ad::app
