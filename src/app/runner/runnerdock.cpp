#include "app/runner/runnerdock.h"

#include "app/runner/runtimeline.h"
#include "invocation/invocationformat.h"
#include "runner/invoker.h"
#include "runner/runsapi.h"
#include "runner/runstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ad::app {

namespace {

constexpr int kIdRole = Qt::UserRole;

QIcon statusIcon(const QString &status)
{
    static QHash<QString, QIcon> cache;
    auto it = cache.find(status);
    if (it != cache.end())
        return *it;
    QPixmap pm(12, 12);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(runStatusColor(status));
    if (status == runstatus::InProgress)
        p.drawPie(QRectF(1, 1, 10, 10), 90 * 16, -270 * 16);  // a "spinner" quarter cut out
    else
        p.drawEllipse(QRectF(1, 1, 10, 10));
    p.end();
    return *cache.insert(status, QIcon(pm));
}

bool isHttpMethod(const QString &m)
{
    static const QStringList methods = {QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"),
                                        QStringLiteral("PATCH"), QStringLiteral("DELETE")};
    return methods.contains(m);
}

}  // namespace

RunnerDock::RunnerDock(RunnerService *service, QWidget *parent) : QWidget(parent), m_service(service)
{
    setObjectName(QStringLiteral("RunnerDock"));
    auto *bar = new QToolBar(this);
    bar->setIconSize(QSize(16, 16));
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    QStyle *st = style();

    QAction *runA = makeAction(QStringLiteral("run"), tr("&Run"), st->standardIcon(QStyle::SP_MediaPlay),
                               tr("Send the current action's invocation with the active scenario (Ctrl+R)"));
    runA->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runA->setShortcutContext(Qt::WindowShortcut);
    connect(runA, &QAction::triggered, this, [this] { run(); });
    QAction *cancelA = makeAction(QStringLiteral("cancel"), tr("Cancel"), st->standardIcon(QStyle::SP_MediaStop),
                                  tr("Abort the selected (or latest) running invocation"));
    connect(cancelA, &QAction::triggered, this, &RunnerDock::cancel);
    QAction *rerunA = makeAction(QStringLiteral("rerun"), tr("Re-run"), st->standardIcon(QStyle::SP_BrowserReload),
                                 tr("Run the selected run's action again with the same scenario"));
    connect(rerunA, &QAction::triggered, this, [this] { rerun(); });
    QAction *curlA = makeAction(QStringLiteral("copyCurl"), tr("Copy as curl"), QIcon(),
                                tr("Copy the request of the selected run as a curl command (secrets masked)"));
    connect(curlA, &QAction::triggered, this, [this] { copyAsCurl(); });
    QAction *delA = makeAction(QStringLiteral("delete"), tr("Delete"), st->standardIcon(QStyle::SP_TrashIcon),
                               tr("Delete the selected run from the history"));
    connect(delA, &QAction::triggered, this, [this] { deleteSelected(); });
    QAction *delAllA = makeAction(QStringLiteral("deleteAll"), tr("Delete All"), QIcon(),
                                  tr("Delete every run from the history"));
    connect(delAllA, &QAction::triggered, this, [this] { deleteAll(); });
    QAction *tlsA = makeAction(QStringLiteral("skipTls"), tr("Skip TLS verification"), QIcon(),
                               tr("Do not verify TLS certificates for the next runs (self-signed test endpoints)"));
    tlsA->setCheckable(true);
    QAction *settingsA = makeAction(QStringLiteral("settings"), tr("Settings…"), QIcon(),
                                    tr("Runs API port, Port credentials, GitHub/GitLab tokens, Kafka, timeouts"));
    connect(settingsA, &QAction::triggered, this, &RunnerDock::settingsRequested);
    bar->addAction(runA);
    bar->addAction(cancelA);
    bar->addSeparator();
    bar->addAction(rerunA);
    bar->addAction(curlA);
    bar->addSeparator();
    bar->addAction(delA);
    bar->addAction(delAllA);
    bar->addSeparator();
    bar->addAction(tlsA);
    bar->addAction(settingsA);

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tlsWarning = new QLabel(tr("⚠ TLS certificate verification is OFF for new runs"), this);
    m_tlsWarning->setStyleSheet(QStringLiteral("QLabel { color: #7a4b00; background: #fff3cd; padding: 1px 4px; }"));
    m_tlsWarning->setVisible(false);
    connect(tlsA, &QAction::toggled, m_tlsWarning, &QWidget::setVisible);

    m_apiLabel = new QLabel(this);
    m_apiLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_copyApi = new QToolButton(this);
    m_copyApi->setText(tr("Copy URL"));
    m_copyApi->setToolTip(tr("Copy the runs API base URL (for PORT_API_BASE_URL or the GitHub action's baseUrl)"));
    connect(m_copyApi, &QToolButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_service->runsApi()->baseUrl());
        emit message(tr("Copied %1").arg(m_service->runsApi()->baseUrl()));
    });

    auto *status = new QHBoxLayout;
    status->setContentsMargins(4, 0, 4, 0);
    status->addWidget(m_apiLabel);
    status->addWidget(m_copyApi);
    status->addStretch(1);
    status->addWidget(m_tlsWarning);
    status->addWidget(m_progressText);
    status->addWidget(m_progress);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("runsList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Status"), tr("Action"), tr("Backend"), tr("Scenario"), tr("Started"), tr("Duration")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setSectionResizeMode(ActionCol, QHeaderView::Stretch);

    m_timeline = new QTextBrowser(this);
    m_timeline->setObjectName(QStringLiteral("runTimeline"));
    m_timeline->setOpenLinks(false);
    m_timeline->setPlaceholderText(tr("Press Run (Ctrl+R) to send the current action's invocation; "
                                      "the selected run's request, response and logs appear here."));
    connect(m_timeline, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->addWidget(m_list);
    split->addWidget(m_timeline);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);

    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(2);
    lay->addWidget(bar);
    lay->addLayout(status);
    lay->addWidget(split, 1);

    m_flushTimer = new QTimer(this);
    m_flushTimer->setSingleShot(true);
    m_flushTimer->setInterval(40);  // logs arriving in a burst redraw once
    connect(m_flushTimer, &QTimer::timeout, this, &RunnerDock::flushDirty);
    m_tickTimer = new QTimer(this);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, &RunnerDock::tickDurations);

    RunStore *store = m_service->store();
    connect(store, &RunStore::runAdded, this, &RunnerDock::markDirty);
    connect(store, &RunStore::runChanged, this, &RunnerDock::markDirty);
    connect(store, &RunStore::runEnded, this, [this](const QString &id) { markDirty(id); });
    connect(store, &RunStore::logAppended, this, [this](const QString &id) { markDirty(id); });
    connect(store, &RunStore::runRemoved, this, [this](const QString &id) {
        m_dirty.remove(id);
        delete itemFor(id);
        updateActions();
    });
    connect(store, &RunStore::cleared, this, &RunnerDock::reloadRuns);
    Invoker *inv = m_service->invoker();
    connect(inv, &Invoker::progress, this, [this](const QString &, const QString &m) { setBusyText(m); });
    connect(inv, &Invoker::requestFinished, this, [this](const QString &, bool, const QString &m) {
        setBusyText(m);
        emit message(m);
    });
    connect(inv, &Invoker::jobFinished, this, [this](const QString &id) {
        markDirty(id);
        updateActions();
    });
    connect(m_service, &RunnerService::runsApiChanged, this, &RunnerDock::updateRunsApi);
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        showTimeline();
        updateActions();
    });

    reloadRuns();
    updateRunsApi();
    updateActions();
}

RunnerDock::~RunnerDock() = default;

QAction *RunnerDock::makeAction(const QString &id, const QString &text, const QIcon &icon, const QString &tip)
{
    auto *a = new QAction(icon, text, this);
    a->setObjectName(QStringLiteral("runner.") + id);
    a->setToolTip(tip);
    m_actions.insert(id, a);
    return a;
}

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
    item->setIcon(StatusCol, statusIcon(run.status));
    item->setText(StatusCol, run.statusLabel.isEmpty() || run.isFinished() ? run.status
                                                                          : run.status + QStringLiteral(" · ") + run.statusLabel);
    item->setForeground(StatusCol, runStatusColor(run.status));
    item->setText(ActionCol, run.action);
    item->setText(BackendCol, run.backend);
    item->setText(ScenarioCol, run.scenario);
    const QDateTime local = run.startedAt.toLocalTime();
    item->setText(StartedCol, local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm:ss"))
                                                                   : local.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    item->setData(StartedCol, kIdRole, run.startedAt);
    item->setText(DurationCol, run.isFinished() ? formatDuration(run.durationMs())
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
        showSelected = showSelected || id == selectedRun();
    }
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

void RunnerDock::showTimeline()
{
    const QString id = selectedRun();
    const std::optional<Run> run = id.isEmpty() ? std::nullopt : m_service->store()->run(id);
    if (!run) {
        m_timeline->clear();
        return;
    }
    QScrollBar *sb = m_timeline->verticalScrollBar();
    const bool sameRun = m_timeline->property("runId").toString() == id;
    const bool atEnd = sb->value() >= sb->maximum() - 4;
    const int was = sb->value();
    m_timeline->setHtml(runTimelineHtml(*run));
    m_timeline->setProperty("runId", id);
    // Follow live logs when the user is at the end; otherwise keep where they were reading.
    if (sameRun)
        sb->setValue(atEnd && was > 0 ? sb->maximum() : was);
}

void RunnerDock::updateActions()
{
    const QString id = selectedRun();
    const bool busy = !m_service->activeRuns().isEmpty();
    const std::optional<Run> run = id.isEmpty() ? std::nullopt : m_service->store()->run(id);
    m_actions.value(QStringLiteral("cancel"))->setEnabled(busy || (run && !run->isFinished()));
    m_actions.value(QStringLiteral("rerun"))->setEnabled(run.has_value());
    m_actions.value(QStringLiteral("copyCurl"))->setEnabled(run && isHttpMethod(run->request.method));
    m_actions.value(QStringLiteral("delete"))->setEnabled(run.has_value());
    m_actions.value(QStringLiteral("deleteAll"))->setEnabled(m_list->topLevelItemCount() > 0);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
}

void RunnerDock::updateRunsApi()
{
    RunsApi *api = m_service->runsApi();
    if (api->isListening()) {
        m_apiLabel->setText(tr("Runs API: %1 — point PORT_API_BASE_URL here").arg(api->baseUrl()));
        m_apiLabel->setStyleSheet(QString());
    } else {
        m_apiLabel->setText(tr("Runs API not running: %1").arg(m_service->runsApiError()));
        m_apiLabel->setStyleSheet(QStringLiteral("QLabel { color: #d03a3a; }"));
    }
    m_copyApi->setEnabled(api->isListening());
}

void RunnerDock::setBusyText(const QString &text)
{
    m_progressText->setText(text.size() > 80 ? text.left(79) + QChar(0x2026) : text);
}

bool RunnerDock::confirm(const QString &question)
{
    if (m_confirm)
        return m_confirm(question);
    return QMessageBox::question(this, tr("Runner"), question) == QMessageBox::Yes;
}

QString RunnerDock::run()
{
    QString error;
    const std::optional<RunSource> src = m_source ? m_source(&error) : std::nullopt;
    if (!src) {
        emit message(error.isEmpty() ? tr("There is no action to run.") : error);
        return {};
    }
    RunSource s = *src;
    s.skipTlsVerify = m_actions.value(QStringLiteral("skipTls"))->isChecked();
    setBusyText(tr("Rendering…"));
    const QString id = m_service->startRun(s, &error);
    if (id.isEmpty()) {
        emit message(error);
        return {};
    }
    flushDirty();
    selectRun(id);
    updateActions();
    return id;
}

QString RunnerDock::rerun()
{
    const QString id = selectedRun();
    if (id.isEmpty())
        return {};
    std::optional<RunSource> src;
    if (const RunSource *known = m_service->sourceOf(id)) {
        src = *known;
    } else {
        // A run from an earlier session: the current action, when it is the same one.
        const std::optional<Run> old = m_service->store()->run(id);
        QString error;
        std::optional<RunSource> current = m_source ? m_source(&error) : std::nullopt;
        const auto name = [](const JsonValue &a) {
            const QString i = a.value(u"identifier").toString(QString());
            return i.isEmpty() ? a.value(u"title").toString(QString()) : i;
        };
        if (old && current && name(current->action) == old->action) {
            current->scenario.reset();
            current->scenarioName = old->scenario;
            src = current;
        } else {
            emit message(tr("Open the action \"%1\" to run it again.").arg(old ? old->action : id));
            return {};
        }
    }
    src->skipTlsVerify = m_actions.value(QStringLiteral("skipTls"))->isChecked();
    QString error;
    const QString newId = m_service->startRun(*src, &error);
    if (newId.isEmpty()) {
        emit message(error);
        return {};
    }
    flushDirty();
    selectRun(newId);
    return newId;
}

void RunnerDock::cancel()
{
    QString id = selectedRun();
    const std::optional<Run> run = id.isEmpty() ? std::nullopt : m_service->store()->run(id);
    if (!run || run->isFinished()) {
        const QStringList active = m_service->activeRuns();
        if (active.isEmpty())
            return;
        id = active.constLast();
    }
    m_service->cancelRun(id);
    markDirty(id);
}

QString RunnerDock::copyAsCurl()
{
    const std::optional<Run> run = m_service->store()->run(selectedRun());
    if (!run || !isHttpMethod(run->request.method))
        return {};
    // The stored request is already masked; the header masking catches credentials named as such.
    RenderedInvocation inv;
    inv.backend = QStringLiteral("WEBHOOK");
    inv.method = run->request.method;
    inv.url = run->request.url;
    inv.headers = run->request.headers;
    inv.body = run->request.body;
    const QString curl = toCurl(inv);
    QApplication::clipboard()->setText(curl);
    emit message(tr("Copied the request as curl (secrets masked)"));
    return curl;
}

bool RunnerDock::deleteSelected()
{
    const QString id = selectedRun();
    if (id.isEmpty() || !confirm(tr("Delete run %1 from the history?").arg(id)))
        return false;
    if (m_service->isActive(id))
        m_service->cancelRun(id);
    return m_service->store()->remove(id);
}

bool RunnerDock::deleteAll()
{
    if (m_list->topLevelItemCount() == 0 || !confirm(tr("Delete all %1 runs from the history? This cannot be undone.")
                                                          .arg(m_list->topLevelItemCount())))
        return false;
    for (const QString &id : m_service->activeRuns())
        m_service->cancelRun(id);
    return m_service->store()->removeAll();
}

}  // namespace ad::app
