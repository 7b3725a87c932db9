#include "app/mainwindow.h"

#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/journal.h"
#include "app/jsonview/jsoneditor.h"
#include "app/jsonview/jsonview.h"
#include "app/outline/outlineview.h"
#include "app/parteditor.h"
#include "app/preview/previewdock.h"
#include "app/problems/problemsdock.h"
#include "app/settings/appsettings.h"
#include "app/util/background.h"
#include "app/util/placement.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>
#include <QUndoStack>

namespace ad::app {

namespace {

QWidget *placeholder(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    l->setAlignment(Qt::AlignCenter);
    l->setWordWrap(true);
    l->setEnabled(false);
    return l;
}

}  // namespace

MainWindow::MainWindow(Journal *journal, QWidget *parent)
    : QMainWindow(parent), m_doc(new Document(this)), m_journal(journal)
{
    setObjectName(QStringLiteral("MainWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setAcceptDrops(true);
    setDockNestingEnabled(true);
    setDocumentMode(true);

    m_editors = new EditorArea(this);
    setCentralWidget(m_editors);
    m_outline = new OutlineView(this);
    m_problems = new ProblemsView(this);
    createDocks();
    createMenus();

    m_statusProblems = new QLabel(this);
    m_statusCaret = new QLabel(this);
    statusBar()->addPermanentWidget(m_statusCaret);
    statusBar()->addPermanentWidget(m_statusProblems);

    m_problemTimer = new QTimer(this);
    m_problemTimer->setSingleShot(true);
    m_problemTimer->setInterval(150);
    connect(m_problemTimer, &QTimer::timeout, this, &MainWindow::refreshProblems);

    m_editors->setDocument(m_doc);
    m_outline->setDocument(m_doc);
    connect(m_outline, &OutlineView::partActivated, this, [this](const QString &id) {
        m_editors->showPart(id);
        // A user reading the JSON stays in it: the outline then navigates the text.
        if (m_editors->isJsonShown())
            m_editors->revealPartInJson(true);
        else
            m_editors->showForm();
    });
    connect(m_problems, &ProblemsView::activated, this, &MainWindow::showProblem);
    connect(m_problems, &ProblemsView::migrateRequested, this, &MainWindow::migrate);
    connect(m_editors, &EditorArea::migrateRequested, this, &MainWindow::migrate);
    connect(m_problems, &ProblemsView::summaryChanged, m_statusProblems, &QLabel::setText);
    connect(m_doc, &Document::changed, m_problemTimer, qOverload<>(&QTimer::start));
    connect(m_doc, &Document::modifiedChanged, this, &MainWindow::updateTitle);
    connect(m_doc, &Document::pathChanged, this, &MainWindow::updateTitle);
    connect(jsonView()->editor(), &QsciScintilla::cursorPositionChanged, this, [this](int line, int index) {
        m_statusCaret->setText(tr("Ln %1, Col %2").arg(line + 1).arg(index + 1));
    });
    connect(&AppSettings::instance(), &AppSettings::changed, this, &MainWindow::applySettings);
    if (m_journal)
        m_journal->track(m_doc, [this] {
            auto *preview = m_previewDock ? qobject_cast<PreviewDock *>(m_previewDock->widget()) : nullptr;
            return preview ? preview->journalText() : QString();
        });

    // Undo/Redo belong to the document wherever the focus is, including line edits in the forms
    // that would otherwise take Ctrl+Z for their own small undo.
    qApp->installEventFilter(this);

    // The dock layout is restored on the first show, once every feature has added its dock.
    const QSettings s;
    if (!restoreGeometry(s.value(QStringLiteral("mainwindow/geometry")).toByteArray())) {
        if (const QScreen *scr = QGuiApplication::primaryScreen())
            setGeometry(firstWindowGeometry(scr->availableGeometry()));
        else
            resize(1280, 800);
    }
    // Saved on a larger or a detached monitor: pull it back onto a screen that is there.
    if (!isMaximized() && !isFullScreen()) {
        const QScreen *scr = QGuiApplication::screenAt(geometry().center());
        if (!scr)
            scr = QGuiApplication::primaryScreen();
        if (scr)
            setGeometry(clampToAvailable(geometry(), scr->availableGeometry()));
    }
    applySettings();
    updateTitle();
    refreshProblems();
}

MainWindow::~MainWindow()
{
    qApp->removeEventFilter(this);
    // The views observe the document: they go first, so none reacts to a half-destroyed one.
    delete m_editors;
    qDeleteAll(findChildren<QDockWidget *>(QString(), Qt::FindDirectChildrenOnly));
    delete m_doc;
}

JsonView *MainWindow::jsonView() const
{
    return m_editors->jsonView();
}

void MainWindow::createDocks()
{
    m_outlineDock = addDock(QStringLiteral("outlineDock"), tr("Outline"), m_outline, Qt::LeftDockWidgetArea);
    m_problemsDock = addDock(QStringLiteral("problemsDock"), tr("Problems"), m_problems, Qt::BottomDockWidgetArea);
    m_previewDock = addDock(QStringLiteral("previewDock"), tr("Preview"), new PreviewDock(this, this),
                            Qt::RightDockWidgetArea);
    m_runnerDock = addDock(QStringLiteral("runnerDock"), tr("Runner"),
                           placeholder(tr("Test runs against your endpoints appear here."), this),
                           Qt::BottomDockWidgetArea);
    // The preview takes the full height on the right (below the toolbars); the bottom corner is
    // the default layout's choice (mainwindow_layout.cpp).
    setCorner(Qt::TopRightCorner, Qt::RightDockWidgetArea);
    tabifyDockWidget(m_problemsDock, m_runnerDock);
    m_problemsDock->raise();
}

QDockWidget *MainWindow::addDock(const QString &objectName, const QString &title, QWidget *content,
                                 Qt::DockWidgetArea area)
{
    auto *dock = new QDockWidget(title, this);
    dock->setObjectName(objectName);
    dock->setWidget(content);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable |
                      QDockWidget::DockWidgetFloatable);
    addDockWidget(area, dock);
    m_dockHomes.append({dock, area});
    if (m_viewMenu)
        m_viewMenu->insertAction(m_viewDocksEnd, dock->toggleViewAction());
    return dock;
}

void MainWindow::updateTitle()
{
    setWindowTitle(QStringLiteral("%1[*]").arg(m_doc->displayName()));
    setWindowFilePath(m_doc->path());
    setWindowModified(m_doc->isModified());
}

void MainWindow::applySettings()
{
    jsonView()->setEditorFont(AppSettings::instance().editorFont());
}

void MainWindow::refreshProblems()
{
    m_problemTimer->stop();
    if (m_doc->hasPendingText() || m_doc->text().size() < Document::kLargeTextChars) {
        m_docProblems = computeProblems(*m_doc);
        showProblems();
        return;
    }
    if (m_validation.valid())
        return;  // one validation at a time; when it lands it sees the model moved on and re-runs
    const std::shared_ptr<const ActionFile> model = m_doc->snapshot();
    m_validation = startInBackground(
        this, [model] { return computeProblems(*model); },
        [this, model] {
            QList<Problem> list = m_validation.get();
            if (model != m_doc->snapshot() || m_doc->hasPendingText()) {
                refreshProblems();
                return;
            }
            m_docProblems = std::move(list);
            showProblems();
        });
}

void MainWindow::showProblems()
{
    QList<Problem> list = m_docProblems;
    for (const QList<Problem> &extra : std::as_const(m_extraProblems))
        list += extra;
    m_problems->setProblems(list);
    jsonView()->setProblems(list);
    m_problemsDock->setWindowTitle(list.isEmpty() ? tr("Problems") : tr("Problems (%1)").arg(list.size()));
}

void MainWindow::setExtraProblems(const QString &source, const QList<Problem> &problems)
{
    if (problems.isEmpty() && !m_extraProblems.contains(source))
        return;
    if (problems.isEmpty())
        m_extraProblems.remove(source);
    else
        m_extraProblems.insert(source, problems);
    showProblems();
}

void MainWindow::showProblem(const Problem &p)
{
    const Diagnostic &d = p.diagnostic;
    if (!p.parseError && !m_editors->isJsonShown()) {
        // The longest action pointer that prefixes the problem's pointer names its action.
        const QStringList ptrs = m_doc->file().actionPointers();
        int best = -1;
        for (int i = 0; i < ptrs.size(); ++i) {
            const QString &a = ptrs.at(i);
            const bool under = d.pointer == a || d.pointer.startsWith(a + QLatin1Char('/')) || a.isEmpty();
            if (under && (best < 0 || a.size() > ptrs.at(best).size()))
                best = i;
        }
        if (best >= 0) {
            m_doc->setCurrentAction(best);
            const QString rel = d.pointer.mid(ptrs.at(best).size());
            const QString part = partForPointer(rel);
            m_outline->setCurrentPart(part);
            m_editors->showPart(part);
            m_editors->showForm();
            if (PartEditor *e = m_editors->partEditor(part); e && e->focusPointer(rel))
                return;
        }
    }
    m_editors->showJson();
    if (d.pos.isValid())
        jsonView()->goTo(d.pos.line, d.pos.column);
    else
        jsonView()->setFocus();
}

bool MainWindow::ownsWidget(const QWidget *w) const
{
    for (; w; w = w->parentWidget())
        if (w == this)
            return true;
    return false;
}

bool MainWindow::eventFilter(QObject *watched, QEvent *e)
{
    if (e->type() == QEvent::KeyPress && watched->isWidgetType() && ownsWidget(static_cast<QWidget *>(watched))) {
        // Text widgets claim Ctrl+Z through ShortcutOverride; their key press lands here instead.
        auto *ke = static_cast<QKeyEvent *>(e);
        if (ke->matches(QKeySequence::Undo)) {
            m_doc->undoStack()->undo();
            return true;
        }
        const bool ctrlShiftZ = ke->key() == Qt::Key_Z && ke->modifiers() == (Qt::ControlModifier | Qt::ShiftModifier);
        if (ke->matches(QKeySequence::Redo) || ctrlShiftZ) {
            m_doc->undoStack()->redo();
            return true;
        }
        // Save As, Settings, Run from anywhere: a QScintilla editor claims such keys through
        // ShortcutOverride, and a floating dock is a window of its own where the window's
        // shortcuts do not reach (application-wide ones would be ambiguous with several windows).
        const QKeySequence pressed(ke->keyCombination());
        for (QAction *a : globalActions()) {
            if (a->isEnabled() && a->shortcuts().contains(pressed)) {
                a->trigger();
                return true;
            }
        }
    }
    return QMainWindow::eventFilter(watched, e);
}

bool MainWindow::maybeClose()
{
    if (!closeNeedsAnswer(m_doc->isModified()))
        return true;
    CloseAnswer answer = CloseAnswer::Cancel;
    if (m_askClose) {
        answer = m_askClose(closeQuestion(*m_doc));
    } else {
        const auto b = QMessageBox::warning(this, tr("Unsaved Changes"), closeQuestion(*m_doc),
                                            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                                            QMessageBox::Save);
        answer = b == QMessageBox::Save      ? CloseAnswer::Save
                 : b == QMessageBox::Discard ? CloseAnswer::Discard
                                             : CloseAnswer::Cancel;
    }
    switch (decideClose(true, !m_doc->path().isEmpty(), answer)) {
    case CloseStep::Close: return true;
    case CloseStep::SaveThenClose: return save();
    case CloseStep::SaveAsThenClose: return saveAs();
    case CloseStep::Stay: return false;
    }
    return false;
}

void MainWindow::closeEvent(QCloseEvent *e)
{
    if (!maybeClose()) {
        e->ignore();
        return;
    }
    saveLayout();
    if (m_journal)
        m_journal->untrack(m_doc);
    e->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *e)
{
    if (e->mimeData()->hasUrls()) {
        for (const QUrl &u : e->mimeData()->urls()) {
            if (u.isLocalFile()) {
                e->acceptProposedAction();
                return;
            }
        }
    }
}

void MainWindow::dropEvent(QDropEvent *e)
{
    for (const QUrl &u : e->mimeData()->urls()) {
        if (!u.isLocalFile())
            continue;
        QString error;
        if (!targetWindow(u.toLocalFile())->openFile(u.toLocalFile(), &error))
            QMessageBox::warning(this, tr("Open"), error);
    }
    e->acceptProposedAction();
}

}  // namespace ad::app
