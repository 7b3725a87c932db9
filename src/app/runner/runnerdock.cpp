#include "app/runner/runnerdock.h"
#include "app/util/themecolors.h"
#include "app/util/themedicon.h"

#include "app/runner/runtimeline.h"
#include "app/runner/timelineview.h"
#include "app/util/adaptivesplitter.h"
#include "app/util/compacttoolbar.h"
#include "invocation/invocationformat.h"
#include "runner/invoker.h"
#include "runner/runsapi.h"
#include "runner/runstore.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QProgressBar>
#include <QScrollBar>
#include <QStyle>
#include <QTextBrowser>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ad::app {

namespace {

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

    QAction *runA = makeAction(QStringLiteral("run"), tr("&Run"), themedIcon(QStringLiteral("run")),
                               tr("Send the current action's invocation with the active scenario (Ctrl+R)"));
    runA->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    runA->setShortcutContext(Qt::WindowShortcut);
    connect(runA, &QAction::triggered, this, [this] { run(); });
    QAction *localA = makeAction(QStringLiteral("runLocalBackend"), tr("Run Against &Local Test Backend"),
                                 themedIcon(QStringLiteral("run")),
                                 tr("Send the current webhook action to a test backend on 127.0.0.1 that checks the "
                                    "signature and reports logs and SUCCESS through the runs API; the action's URL is "
                                    "not changed. Webhook actions only."));
    connect(localA, &QAction::triggered, this, [this] { runAgainstLocalBackend(); });
    QAction *cancelA = makeAction(QStringLiteral("cancel"), tr("Cancel"), themedIcon(QStringLiteral("stop")),
                                  tr("Abort the selected (or latest) running invocation"));
    connect(cancelA, &QAction::triggered, this, &RunnerDock::cancel);
    // Two labelled choices, no default: re-running an old run must say which version it sends.
    QAction *rerunA = makeAction(QStringLiteral("rerun"), tr("Re-run"), themedIcon(QStringLiteral("rerun")),
                                 tr("Send the selected run's request again, or run the current action with its scenario"));
    auto *rerunMenu = new QMenu(this);
    QAction *exactA = makeAction(QStringLiteral("rerunExact"), tr("Send this exact request again"), QIcon(),
                                 tr("Render and send the selected run's own action version with its scenario, as a new run"));
    connect(exactA, &QAction::triggered, this, [this] { rerunExact(); });
    QAction *currentA = makeAction(QStringLiteral("rerunCurrent"), tr("Run the current action"), QIcon(),
                                   tr("Send the action as it is in the editor now, with the selected run's scenario"));
    connect(currentA, &QAction::triggered, this, [this] { rerunCurrent(); });
    rerunMenu->addAction(exactA);
    rerunMenu->addAction(currentA);
    rerunA->setMenu(rerunMenu);
    QAction *curlA = makeAction(QStringLiteral("copyCurl"), tr("Copy as curl"), themedIcon(QStringLiteral("copy")),
                                tr("Copy the request of the selected run as a curl command (secrets masked)"));
    connect(curlA, &QAction::triggered, this, [this] { copyAsCurl(); });
    QAction *delA = makeAction(QStringLiteral("delete"), tr("Delete"), themedIcon(QStringLiteral("delete")),
                               tr("Delete the selected run from the history"));
    connect(delA, &QAction::triggered, this, [this] { deleteSelected(); });
    QAction *delAllA = makeAction(QStringLiteral("deleteAll"), tr("Delete All"),
                                  themedIcon(QStringLiteral("delete-all")), tr("Delete every run from the history"));
    connect(delAllA, &QAction::triggered, this, [this] { deleteAll(); });
    QAction *tlsA =
        makeAction(QStringLiteral("skipTls"), tr("Skip TLS verification"), themedIcon(QStringLiteral("unlock")),
                   tr("Do not verify TLS certificates for the next runs (self-signed test endpoints)"));
    tlsA->setCheckable(true);
    QAction *settingsA = makeAction(QStringLiteral("settings"), tr("Settings…"), themedIcon(QStringLiteral("settings")),
                                    tr("Runs API port, Port credentials, GitHub/GitLab tokens, Kafka, timeouts"));
    connect(settingsA, &QAction::triggered, this, &RunnerDock::settingsRequested);
    bar->addAction(runA);
    bar->addAction(cancelA);
    bar->addSeparator();
    bar->addAction(rerunA);
    if (auto *b = qobject_cast<QToolButton *>(bar->widgetForAction(rerunA)))
        b->setPopupMode(QToolButton::InstantPopup);
    bar->addAction(curlA);
    bar->addSeparator();
    bar->addAction(delA);
    bar->addAction(delAllA);
    bar->addSeparator();
    bar->addAction(tlsA);
    bar->addAction(settingsA);
    // Narrow (the dock beside the preview at 1280 wide, longer German labels): icons before texts,
    // the least used first, and Run keeps its text longest; nothing is pushed into the » menu.
    new ToolBarCompactor(bar, {tlsA, settingsA, delAllA, curlA, delA, cancelA, rerunA, runA});

    m_progress = new QProgressBar(this);
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(120);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progressText = new QLabel(this);
    m_progressText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_tlsWarning = new QLabel(tr("⚠ TLS certificate verification is OFF for new runs"), this);
    m_tlsWarning->setContentsMargins(4, 1, 4, 1);
    setBanner(m_tlsWarning, Tone::Warning);
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

    // Long notices (a taken port, a network error) wrap instead of widening the dock past the
    // window: the dock's minimum width is the window's.
    for (QLabel *l : {m_apiLabel, m_progressText, m_tlsWarning})
        l->setWordWrap(true);
    auto *status = new QHBoxLayout;
    status->setContentsMargins(4, 0, 4, 0);
    status->addWidget(m_apiLabel, 1);
    status->addWidget(m_copyApi);
    status->addWidget(m_tlsWarning);
    status->addWidget(m_progressText);
    status->addWidget(m_progress);

    m_list = new QTreeWidget(this);
    m_list->setObjectName(QStringLiteral("runsList"));
    m_list->setColumnCount(ColumnCount);
    m_list->setHeaderLabels({tr("Status"), tr("Action"), tr("Backend"), tr("Scenario"), tr("HTTP"), tr("URL"),
                             tr("Started"), tr("Duration")});
    m_list->setRootIsDecorated(false);
    m_list->setUniformRowHeights(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The URL takes what is left: actions and statuses are short, URLs are long.
    m_list->header()->setSectionResizeMode(UrlCol, QHeaderView::Stretch);

    m_actionFilter = new QComboBox(this);
    m_actionFilter->setObjectName(QStringLiteral("runActionFilter"));
    m_actionFilter->setToolTip(tr("Show the runs of one action"));
    m_actionFilter->addItem(tr("All actions"), QString());
    m_actionFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("runFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Filter runs: action, status, scenario, HTTP status, URL, run id"));
    connect(m_filter, &QLineEdit::textChanged, this, &RunnerDock::applyFilter);
    connect(m_actionFilter, &QComboBox::currentIndexChanged, this, &RunnerDock::applyFilter);
    auto *filterRow = new QHBoxLayout;
    filterRow->setContentsMargins(0, 0, 0, 0);
    filterRow->addWidget(m_actionFilter);
    filterRow->addWidget(m_filter, 1);
    auto *listBox = new QWidget(this);
    auto *listLay = new QVBoxLayout(listBox);
    listLay->setContentsMargins(0, 0, 0, 0);
    listLay->setSpacing(2);
    listLay->addLayout(filterRow);
    listLay->addWidget(m_list, 1);

    m_timeline = new TimelineView(this);
    m_timeline->setObjectName(QStringLiteral("runTimeline"));
    m_timeline->setOpenLinks(false);
    m_timeline->setPlaceholderText(tr("Press Run (Ctrl+R) to send the current action's invocation; "
                                      "the selected run's request, response and logs appear here."));
    connect(m_timeline, &QTextBrowser::anchorClicked, this, [](const QUrl &url) {
        if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
            QDesktopServices::openUrl(url);
    });

    // Side by side in the bottom area; stacked when docked on a side, with the handle between the
    // panes and so well away from the title bar, where a drag would undock the dock.
    m_split = new AdaptiveSplitter(QStringLiteral("runner"), this);
    m_split->setObjectName(QStringLiteral("runnerSplit"));
    m_split->addWidget(listBox);
    m_split->addWidget(m_timeline);
    m_split->setDefaultShares(0.42, 0.45);
    const QFontMetrics fm(font());
    m_split->setMinimumPane(QSize(36 * fm.averageCharWidth(), kComfortRuns * fm.height()));
    auto *split = m_split;

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

int RunnerDock::runRowHeight() const
{
    // A line of text or the status icon, with the item view's focus frame around it; a run in the
    // list is measured too (before the window is first shown it may measure short: not below this).
    const int frame = m_list->style()->pixelMetric(QStyle::PM_FocusFrameVMargin, nullptr, m_list) + 1;
    const int estimate =
        qMax(m_list->fontMetrics().height(), m_list->iconSize().height() > 0 ? m_list->iconSize().height() : 16) +
        2 * frame;
    return m_list->topLevelItemCount() > 0 ? qMax(estimate, m_list->sizeHintForRow(0)) : estimate;
}

QSize RunnerDock::sizeHint() const
{
    // Tall enough for kComfortRuns runs beside kComfortLines timeline lines: the toolbar and the
    // status row above, the filter and the header above the runs, frames and a scroll bar.
    const int frames = 2 * m_list->frameWidth();
    const int scrollBar = style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_list);
    const int listPane = m_filter->sizeHint().height() + 2 + m_list->header()->sizeHint().height() +
                         kComfortRuns * runRowHeight() + frames + scrollBar;
    const int timelinePane = kComfortLines * QFontMetrics(m_timeline->document()->defaultFont()).lineSpacing() +
                             2 * int(m_timeline->document()->documentMargin()) + 2 * m_timeline->frameWidth();
    const int above =
        layout()->itemAt(0)->sizeHint().height() + layout()->itemAt(1)->sizeHint().height() + 3 * layout()->spacing();
    return {QWidget::sizeHint().width(), above + qMax(listPane, timelinePane)};
}

QAction *RunnerDock::makeAction(const QString &id, const QString &text, const QIcon &icon, const QString &tip)
{
    auto *a = new QAction(icon, text, this);
    a->setObjectName(QStringLiteral("runner.") + id);
    a->setToolTip(tip);
    m_actions.insert(id, a);
    return a;
}

void RunnerDock::showTimeline()
{
    const QString id = selectedRun();
    const std::optional<Run> run = id.isEmpty() ? std::nullopt : m_service->store()->run(id);
    if (!run) {
        m_timeline->setTimelineHtml({});
        return;
    }
    // Another run is read from its top; the same one (live logs) keeps the reader's place.
    if (m_timeline->property("runId").toString() != id)
        m_timeline->verticalScrollBar()->setValue(0);
    m_timeline->setTimelineHtml(runTimelineHtml(*run));
    m_timeline->setProperty("runId", id);
}

void RunnerDock::updateActions()
{
    const QString id = selectedRun();
    const bool busy = !m_service->activeRuns().isEmpty();
    const std::optional<Run> run = id.isEmpty() ? std::nullopt : m_service->store()->run(id);
    m_actions.value(QStringLiteral("cancel"))->setEnabled(busy || (run && !run->isFinished()));
    m_actions.value(QStringLiteral("rerun"))->setEnabled(run.has_value());
    m_actions.value(QStringLiteral("rerunExact"))->setEnabled(run.has_value());
    m_actions.value(QStringLiteral("rerunCurrent"))->setEnabled(run.has_value() && m_source);
    m_actions.value(QStringLiteral("copyCurl"))->setEnabled(run && isHttpMethod(run->request.method));
    m_actions.value(QStringLiteral("delete"))->setEnabled(run.has_value());
    m_actions.value(QStringLiteral("deleteAll"))->setEnabled(m_list->topLevelItemCount() > 0);
    m_progress->setVisible(busy);
    m_progressText->setVisible(busy);
}

void RunnerDock::updateRunsApi()
{
    RunsApi *api = m_service->runsApi();
    m_apiLabel->setToolTip(m_service->runsApiNotice());
    if (api->isListening() && !m_service->runsApiNotice().isEmpty()) {
        m_apiLabel->setText(tr("⚠ Runs API: %1 — port %2 is taken, so this session uses %3 (Settings… to choose another)")
                                .arg(api->baseUrl())
                                .arg(m_service->settings().runsApiPort)
                                .arg(api->port()));
        m_apiLabel->setContentsMargins(4, 1, 4, 1);
        setBanner(m_apiLabel, Tone::Warning);
    } else if (api->isListening()) {
        m_apiLabel->setText(tr("Runs API: %1 — point PORT_API_BASE_URL here").arg(api->baseUrl()));
        m_apiLabel->setContentsMargins(0, 0, 0, 0);
        setErrorText(m_apiLabel, false);
    } else {
        m_apiLabel->setText(tr("Runs API not running: %1").arg(m_service->runsApiError()));
        m_apiLabel->setContentsMargins(0, 0, 0, 0);
        setErrorText(m_apiLabel, true);
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

QString RunnerDock::run() { return startCurrent(false); }

QString RunnerDock::runAgainstLocalBackend() { return startCurrent(true); }

QString RunnerDock::startCurrent(bool localBackend)
{
    QString error;
    const std::optional<RunSource> src = m_source ? m_source(&error) : std::nullopt;
    if (!src) {
        emit message(error.isEmpty() ? tr("There is no action to run.") : error);
        return {};
    }
    RunSource s = *src;
    s.skipTlsVerify = m_actions.value(QStringLiteral("skipTls"))->isChecked();
    s.localBackend = localBackend;
    setBusyText(tr("Rendering…"));
    const QString id = m_service->startRun(s, &error);
    if (id.isEmpty()) {
        setBusyText(QString());
        emit message(error);
        return {};
    }
    flushDirty();
    selectRun(id);
    updateActions();
    return id;
}

QString RunnerDock::rerunExact()
{
    const QString id = selectedRun();
    if (id.isEmpty())
        return {};
    return startRerun(m_service->recordedSource(id),
                      tr("Run %1 was recorded before the designer kept the action it sent; use \"Run the current action\".").arg(id));
}

QString RunnerDock::rerunCurrent()
{
    const QString id = selectedRun();
    const std::optional<Run> old = id.isEmpty() ? std::nullopt : m_service->store()->header(id);
    if (!old)
        return {};
    QString error;
    std::optional<RunSource> current = m_source ? m_source(&error) : std::nullopt;
    if (!current)
        return startRerun(std::nullopt, error.isEmpty() ? tr("There is no action to run.") : error);
    const auto name = [](const JsonValue &a) {
        const QString i = a.value(u"identifier").toString(QString());
        return i.isEmpty() ? a.value(u"title").toString(QString()) : i;
    };
    // The same action saved to a file: with the old run's scenario (read again from the sidecar).
    if (name(current->action) == old->action && !old->scenario.isEmpty() && !current->actionPath.isEmpty()) {
        current->scenario.reset();
        current->scenarioName = old->scenario;
    }
    return startRerun(current, QString());
}

QString RunnerDock::startRerun(std::optional<RunSource> src, const QString &error)
{
    if (!src) {
        emit message(error);
        return {};
    }
    src->skipTlsVerify = m_actions.value(QStringLiteral("skipTls"))->isChecked();
    QString why;
    const QString newId = m_service->startRun(*src, &why);
    if (newId.isEmpty()) {
        emit message(why);
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
