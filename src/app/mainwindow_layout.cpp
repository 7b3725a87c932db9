// MainWindow's dock layout: the default arrangement for the window's size, the saved state
// (versioned, and only for the same set of docks), and View > Reset Layout.
#include "app/mainwindow.h"

#include "app/util/adaptivesplitter.h"
#include "app/util/placement.h"

#include <QDockWidget>
#include <QHash>
#include <QSettings>
#include <QShowEvent>
#include <QToolBar>

namespace ad::app {

namespace {

const QString kGeometryKey = QStringLiteral("mainwindow/geometry");
const QString kStateKey = QStringLiteral("mainwindow/state");
const QString kNamesKey = QStringLiteral("mainwindow/layoutNames");

}  // namespace

QStringList MainWindow::layoutNames() const
{
    QStringList names;
    for (const DockHome &h : m_dockHomes)
        if (h.dock)
            names << h.dock->objectName();
    for (const QToolBar *t : findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly))
        names << t->objectName();
    names.sort();
    return names;
}

void MainWindow::showEvent(QShowEvent *e)
{
    // Before the first paint and after every feature added its dock and toolbar.
    if (!m_layoutDone && !e->spontaneous()) {
        m_layoutDone = true;
        restoreLayout();
    }
    QMainWindow::showEvent(e);
}

bool MainWindow::restoreLayout()
{
    m_layoutDone = true;
    const QSettings s;
    const QByteArray state = s.value(kStateKey).toByteArray();
    // A state names docks by objectName: one saved with other docks would leave new ones wherever
    // they were added and keep gaps for gone ones, so it is not used.
    const bool sameDocks = s.value(kNamesKey).toStringList() == layoutNames();
    if (!state.isEmpty() && sameDocks && restoreState(state, kLayoutVersion))
        return true;
    resetLayout();
    return false;
}

void MainWindow::saveLayout() const
{
    QSettings s;
    s.setValue(kGeometryKey, saveGeometry());
    s.setValue(kStateKey, saveState(kLayoutVersion));
    s.setValue(kNamesKey, layoutNames());
}

void MainWindow::resetLayout()
{
    QHash<int, QDockWidget *> firstInArea;
    for (const DockHome &h : std::as_const(m_dockHomes)) {
        if (!h.dock)
            continue;
        h.dock->setFloating(false);
        removeDockWidget(h.dock);
        addDockWidget(h.area, h.dock);
        h.dock->show();
        if (QDockWidget *first = firstInArea.value(h.area))
            tabifyDockWidget(first, h.dock);
        else
            firstInArea.insert(h.area, h.dock);
    }
    for (QDockWidget *first : std::as_const(firstInArea))
        first->raise();
    for (QToolBar *t : findChildren<QToolBar *>(QString(), Qt::FindDirectChildrenOnly)) {
        addToolBar(Qt::TopToolBarArea, t);
        t->show();
    }

    // The bottom tabs get the runner's comfortable height (its sizeHint: runs and timeline lines).
    // A preview too narrow for scenario and request side by side stacks them and takes the full
    // height; a wide one leaves the bottom corner to the runner, which then spans the window.
    const int em = fontMetrics().averageCharWidth();
    int sideBySide = 80 * em;
    if (const auto *split = m_previewDock->findChild<AdaptiveSplitter *>()) {
        // The dock's width around the splitter (frame, margins), as laid out or estimated, and a
        // little slack for the separators' rounding.
        const int chrome = split->width() > 0 && m_previewDock->width() > split->width()
                               ? m_previewDock->width() - split->width()
                               : 2 * em;
        sideBySide = sideBySideWidth(split->minimumPane()) + chrome + em;
    }
    const DockPlan plan = defaultDockPlan(size(), em, m_runnerDock->sizeHint().height(), sideBySide);
    setCorner(Qt::BottomRightCorner, plan.bottomFullWidth ? Qt::BottomDockWidgetArea : Qt::RightDockWidgetArea);
    resizeDocks({m_outlineDock, m_previewDock}, {plan.left, plan.right}, Qt::Horizontal);
    resizeDocks({m_problemsDock}, {plan.bottom}, Qt::Vertical);
    for (AdaptiveSplitter *split : findChildren<AdaptiveSplitter *>())
        split->resetLayout();
}

}  // namespace ad::app
