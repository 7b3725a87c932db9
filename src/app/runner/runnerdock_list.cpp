// The Runner dock's runs list: rows from the history, live updates in bursts, the filter by action
// and text (see runnerdock.h).
#include "app/runner/runnerdock.h"

#include "app/runner/runtimeline.h"
#include "runner/runstore.h"

#include <QComboBox>
#include <QLineEdit>
#include <QTimer>
#include <QTreeWidget>

namespace ad::app {

namespace {

constexpr int kIdRole = Qt::UserRole;

}  // namespace

QString RunnerDock::selectedRun() const
{
    const QTreeWidgetItem *it = m_list->currentItem();
    return it ? it->data(StatusCol, kIdRole).toString() : QString();
}

void RunnerDock::selectRun(const QString &id)
{
    if (QTreeWidgetItem *it = itemFor(id))
        m_list->setCurrentItem(it);
}

QTreeWidgetItem *RunnerDock::itemFor(const QString &id) const
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(StatusCol, kIdRole).toString() == id)
            return m_list->topLevelItem(i);
    return nullptr;
}

void RunnerDock::fillItem(QTreeWidgetItem *item, const Run &run)
{
    item->setData(StatusCol, kIdRole, run.id);
    item->setIcon(StatusCol, runStatusIcon(run.status));
    item->setText(StatusCol,
                  run.statusLabel.isEmpty() || run.isFinished() ? run.status
                                                                : run.status + QStringLiteral(" · ") + run.statusLabel);
    item->setForeground(StatusCol, runStatusColor(run.status));
    item->setText(ActionCol, run.action);
    item->setText(BackendCol, run.backend);
    item->setText(ScenarioCol, run.scenario);
    item->setText(HttpCol, run.response.httpStatus > 0 ? QString::number(run.response.httpStatus) : QString());
    item->setText(UrlCol, run.request.url.isEmpty() ? run.request.topic : run.request.url);
    item->setToolTip(UrlCol, item->text(UrlCol));
    const QDateTime local = run.startedAt.toLocalTime();
    item->setText(StartedCol,
                  local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                       : local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    item->setData(StartedCol, kIdRole, run.startedAt);
    item->setText(DurationCol,
                  run.isFinished() ? formatDuration(run.durationMs())
                                   : formatDuration(run.startedAt.msecsTo(QDateTime::currentDateTimeUtc())));
    item->setData(DurationCol, kIdRole, run.isFinished());
    item->setToolTip(ActionCol, run.summary.isEmpty() ? run.id : run.id + QStringLiteral("\n") + run.summary);
}

void RunnerDock::reloadRuns()
{
    const QString keep = selectedRun();
    m_dirty.clear();
    m_list->clear();
    if (!m_service->historyError().isEmpty())
        emit message(m_service->historyError());
    for (const Run &r : m_service->store()->runs()) {
        auto *item = new QTreeWidgetItem(m_list);
        fillItem(item, r);
    }
    selectRun(keep);
    if (!m_list->currentItem())
        showTimeline();
    updateActionFilter();
    applyFilter();
    tickDurations();
    updateActions();
}

void RunnerDock::markDirty(const QString &id)
{
    m_dirty.insert(id);
    if (!m_flushTimer->isActive())
        m_flushTimer->start();
}

void RunnerDock::flushDirty()
{
    const QSet<QString> dirty = std::exchange(m_dirty, {});
    bool showSelected = false;
    for (const QString &id : dirty) {
        const std::optional<Run> run = m_service->store()->run(id);
        QTreeWidgetItem *item = itemFor(id);
        if (!run) {
            delete item;
            continue;
        }
        if (!item) {
            item = new QTreeWidgetItem;
            // Newest first: a new run goes above the others (history may hold older ones).
            int at = 0;
            while (at < m_list->topLevelItemCount()
                   && m_list->topLevelItem(at)->data(StartedCol, kIdRole).toDateTime() > run->startedAt)
                ++at;
            m_list->insertTopLevelItem(at, item);
        }
        fillItem(item, *run);
        item->setHidden(!matchesFilter(item));
        showSelected = showSelected || id == selectedRun();
    }
    updateActionFilter();
    if (showSelected)
        showTimeline();
    tickDurations();
    updateActions();
}

void RunnerDock::tickDurations()
{
    bool running = false;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_list->topLevelItem(i);
        if (it->data(DurationCol, kIdRole).toBool())
            continue;
        running = true;
        it->setText(DurationCol, formatDuration(it->data(StartedCol, kIdRole).toDateTime().msecsTo(now)));
    }
    if (running && !m_tickTimer->isActive())
        m_tickTimer->start();
    else if (!running)
        m_tickTimer->stop();
}

void RunnerDock::updateActionFilter()
{
    QStringList actions;
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        actions << m_list->topLevelItem(i)->text(ActionCol);
    actions.removeDuplicates();
    actions.sort(Qt::CaseInsensitive);
    QStringList have;
    for (int i = 1; i < m_actionFilter->count(); ++i)
        have << m_actionFilter->itemData(i).toString();
    if (have == actions)
        return;
    const QString keep = m_actionFilter->currentData().toString();
    const QSignalBlocker block(m_actionFilter);
    while (m_actionFilter->count() > 1)
        m_actionFilter->removeItem(1);
    for (const QString &a : std::as_const(actions))
        m_actionFilter->addItem(a, a);
    const int at = m_actionFilter->findData(keep);
    m_actionFilter->setCurrentIndex(at < 0 ? 0 : at);
}

bool RunnerDock::matchesFilter(const QTreeWidgetItem *item) const
{
    const QString action = m_actionFilter->currentData().toString();
    if (!action.isEmpty() && item->text(ActionCol) != action)
        return false;
    const QString text = m_filter->text().trimmed();
    if (text.isEmpty())
        return true;
    for (int c : {StatusCol, ActionCol, BackendCol, ScenarioCol, HttpCol, UrlCol})
        if (item->text(c).contains(text, Qt::CaseInsensitive))
            return true;
    return item->data(StatusCol, kIdRole).toString().contains(text, Qt::CaseInsensitive);
}

void RunnerDock::applyFilter()
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        QTreeWidgetItem *it = m_list->topLevelItem(i);
        it->setHidden(!matchesFilter(it));
    }
}

}  // namespace ad::app
