#pragma once
// The application around the windows: one journal for every open document, a new window per
// opened file (unless the current one is an untouched untitled copy), and the start-up sequence
// (offer to restore what a crash left, then open the argument or the bundled sample).

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>

#include <memory>

namespace ad {
class PortProfiles;
}

namespace ad::app {

class Journal;
class MainWindow;
class RunnerService;

class DesignerApp : public QObject {
    Q_OBJECT
public:
    // `journalDir` empty = Journal::defaultDirectory().
    explicit DesignerApp(const QString &journalDir = {}, QObject *parent = nullptr);
    ~DesignerApp() override;

    Journal *journal() const { return m_journal; }
    // The runner every window's Runner dock shares (history, runs API); made with the first window.
    RunnerService *runner();
    // The Port org profiles every window's Organization dock shares (secrets in the runner's store).
    PortProfiles *portProfiles();
    MainWindow *newWindow();
    QList<MainWindow *> windows() const;
    // The window whose document is the file at `path`, or null.
    MainWindow *windowFor(const QString &path) const;
    // Opens `path`: brings the window that shows it already to the front (a restored one, say),
    // else loads it into a replaceable or new window. false with `error` when it cannot be read.
    bool open(const QString &path, QString *error = nullptr);

    // Restores every journal entry a crashed session left, each in its own window, without asking.
    // Returns how many were restored.
    int restoreAll();
    // Asks (a dialog listing the files) and restores or discards them. Journal files that cannot
    // be read are set aside first and named once in a warning.
    void offerRecovery();
    // Start-up: recovery offer, then `files` (or the sample when none was restored or given).
    void start(const QStringList &files, bool askRecovery = true);

private:
    // An untouched untitled window to reuse, else a new one.
    MainWindow *replaceableOrNewWindow();

    Journal *m_journal;
    RunnerService *m_runner = nullptr;
    std::unique_ptr<PortProfiles> m_profiles;
    QList<QPointer<MainWindow>> m_windows;
};

}  // namespace ad::app
