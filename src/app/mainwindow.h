#pragma once
// The designer window for one document: the outline dock on the left, the form/JSON editor area in
// the centre, and the Problems, Preview and Runner docks (Preview and Runner are filled by their
// own features through previewDock()/runnerDock() or addDock()). Layout and geometry persist.
// Menus live in mainwindow_menus.cpp, file handling in mainwindow_files.cpp, the dock layout
// (default per window size, saved state, Reset Layout) in mainwindow_layout.cpp.

#include "app/files/closeguard.h"
#include "app/files/reportdialog.h"
#include "app/problems/problems.h"
#include "format/actionformat.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>

#include <functional>
#include <future>

class QAction;
class QDialog;
class QDockWidget;
class QLabel;
class QMenu;
class QTimer;

namespace ad::app {

class Document;
class EditorArea;
class Journal;
class JsonView;
class OutlineView;
class ProblemsView;

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    // `journal` (may be null) autosaves this window's document.
    explicit MainWindow(Journal *journal = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    Document *document() const { return m_doc; }
    EditorArea *editorArea() const { return m_editors; }
    OutlineView *outline() const { return m_outline; }
    JsonView *jsonView() const;
    ProblemsView *problemsView() const { return m_problems; }

    QDockWidget *outlineDock() const { return m_outlineDock; }
    QDockWidget *problemsDock() const { return m_problemsDock; }
    QDockWidget *previewDock() const { return m_previewDock; }
    QDockWidget *runnerDock() const { return m_runnerDock; }
    // Adds a movable dock (objectName keys its saved position) and a View menu entry for it.
    QDockWidget *addDock(const QString &objectName, const QString &title, QWidget *content, Qt::DockWidgetArea area);
    // --- layout (mainwindow_layout.cpp) ---
    // Bumped whenever the dock set or their default places change: a state saved under another
    // version is not restored (the default layout is used instead).
    static constexpr int kLayoutVersion = 2;
    // Every dock back to its home area (shown, docked, tabbed as at first start), sized for the
    // window's current size; the docks' splitters forget their dragged sizes. Documents and their
    // undo history are not touched.
    void resetLayout();
    // The saved dock layout when it was saved by this version with the same docks, else the
    // default. Runs once by itself when the window is first shown (after every feature added its
    // dock); true when the saved layout was restored.
    bool restoreLayout();
    void saveLayout() const;

    // A named action of the menus ("file.save", "edit.undo", "view.toggleJson", ...), for tests and docks.
    QAction *action(const QString &id) const { return m_actions.value(id); }

    // --- files (mainwindow_files.cpp) ---
    bool openFile(const QString &path, QString *error = nullptr);
    void openSample();  // the bundled sample as an untitled copy
    bool newFromTemplate(const QString &templateId);
    bool importText(const QByteArray &text, QString *error = nullptr);
    bool save();
    // Empty path = ask with a file dialog.
    bool saveAs(const QString &path = {});
    bool exportForPort(const QString &path = {}, QString *error = nullptr);
    // --- format bridges (mainwindow_formats.cpp) ---
    // Export as Terraform port_action resources; with gaps, asks first (GapDialog, or the GapAsker).
    bool exportTerraform(const QString &path = {}, QString *error = nullptr);
    // Opens the port_action resources of `terraform show -json` output or a state file.
    bool importTerraformJson(const QString &path = {}, QString *error = nullptr);
    // Who decides whether a lossy export goes ahead (the gap dialog by default; tests put a function here).
    using GapAsker = std::function<bool(const FormatGaps &gaps)>;
    void setGapAsker(GapAsker asker) { m_askGaps = std::move(asker); }
    // `scenarios`: the entry's journaled scenario edits (Journal::Entry::scenarios), may be empty.
    void restoreJournalEntry(const QString &path, const QString &text, const QString &scenarios = {});
    // True when this window may load another file without losing anything (untitled, unchanged).
    bool isReplaceable() const;
    // True when this window's document is the file at `path` (symlinks and relative paths resolved).
    bool showsFile(const QString &path) const;
    // Raises and activates this window (restored if minimized).
    void bringToFront();

    // Who answers "save changes?" (a message box by default; tests put a function here).
    using CloseAsker = std::function<CloseAnswer(const QString &question)>;
    void setCloseAsker(CloseAsker asker) { m_askClose = std::move(asker); }
    // Who answers questions and reads reports (a ReportDialog by default; tests record them): the
    // index of the chosen button of q.buttons.
    using Asker = std::function<int(const Question &q)>;
    void setAsker(Asker asker) { m_ask = std::move(asker); }
    int ask(const Question &q);
    // A report with a Close button.
    void inform(const QString &title, const QString &intro, const QStringList &lines = {});

    // Opens the one Settings dialog (non-modal, one per window) on `page` (SettingsDialog's ids).
    void openSettings(const QString &page = {});

    // Converts every action the forms cannot edit faithfully (legacy v1, flat INTEGRATION_ACTION)
    // to the current format as one undo step and shows what changed. False when nothing changed.
    bool migrate();
    // Runs the close decision (ask if needed, save if asked); true when the window may close.
    bool maybeClose();
    // Opens files in another window (set by the application; without it everything opens here).
    using WindowFactory = std::function<MainWindow *()>;
    void setWindowFactory(WindowFactory f) { m_newWindow = std::move(f); }
    // Finds the window that already shows a file (set by the application): opening that file again
    // brings that window to the front instead of opening a second window on the same file.
    using WindowFinder = std::function<MainWindow *(const QString &path)>;
    void setWindowFinder(WindowFinder f) { m_findWindow = std::move(f); }

    // Recomputes problems now (normally debounced after each change). A large file is validated
    // on a worker thread: its problems show when that lands.
    void refreshProblems();
    // Diagnostics from another feature (e.g. the preview's template errors), shown with the
    // validator's; `source` keys the list so each feature replaces only its own.
    void setExtraProblems(const QString &source, const QList<Problem> &problems);
    // Shows the validator's problems with every feature's extra ones.
    void showProblems();
    // Jumps to a problem: its form field when a form can show it, else the JSON text.
    void showProblem(const Problem &p);

signals:
    // A file was loaded into (or saved from) this window's document.
    void fileLoaded(const QString &path);
    void fileSaved(const QString &path);

protected:
    void closeEvent(QCloseEvent *e) override;
    void showEvent(QShowEvent *e) override;
    void dragEnterEvent(QDragEnterEvent *e) override;
    void dropEvent(QDropEvent *e) override;
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    void createDocks();
    // The dock and toolbar names a saved state is valid for.
    QStringList layoutNames() const;
    void createMenus();      // mainwindow_menus.cpp
    void updateRecentMenu(); // mainwindow_menus.cpp
    QAction *addAction(const QString &id, const QString &text, const QKeySequence &key = {});
    void updateTitle();
    void applySettings();
    // The window that shows `path` already, else this when replaceable, else a new window (or
    // this without a factory).
    MainWindow *targetWindow(const QString &path);
    bool loadInto(const QByteArray &bytes, const QString &path, const QString &displayName);
    void fileOpened(const QString &path);
    // Offers the journal's unsaved version of `path`; true when it was restored instead of loading.
    bool offerJournalFor(const QString &path);
    bool writeFile(const QString &path);
    static QString jsonFileFilter();
    bool ownsWidget(const QWidget *w) const;
    QList<QAction *> globalActions() const;

    Document *m_doc;
    GapAsker m_askGaps;
    Journal *m_journal;
    EditorArea *m_editors;
    OutlineView *m_outline;
    ProblemsView *m_problems;
    QDockWidget *m_outlineDock = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_runnerDock = nullptr;
    struct DockHome {
        QPointer<QDockWidget> dock;
        Qt::DockWidgetArea area;
    };
    QList<DockHome> m_dockHomes;  // in the order added: the first of each area is the raised tab
    bool m_layoutDone = false;
    QMenu *m_viewMenu = nullptr;
    QAction *m_viewDocksEnd = nullptr;  // dock toggles go above it
    QMenu *m_recentMenu = nullptr;
    QLabel *m_statusProblems = nullptr;
    QLabel *m_statusCaret = nullptr;
    QTimer *m_problemTimer;
    QHash<QString, QAction *> m_actions;
    QHash<QString, QList<Problem>> m_extraProblems;
    QList<Problem> m_docProblems;  // the validator's, for the document as last validated
    std::future<QList<Problem>> m_validation;
    CloseAsker m_askClose;
    Asker m_ask;
    QPointer<QDialog> m_settings;
    WindowFactory m_newWindow;
    WindowFinder m_findWindow;
};

}  // namespace ad::app
