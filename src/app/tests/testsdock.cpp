#include "app/tests/testsdock.h"

#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/util/themecolors.h"
#include "invocation/backgroundrenderer.h"

#include <QDateTime>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace ad::app {

namespace {

// Long enough that typing does not start a run per key; the preview (250 ms) comes first.
const int kRerunDebounceMs = 600;

Tone outcomeTone(TestOutcome o)
{
    switch (o) {
    case TestOutcome::Passed:
        return Tone::Success;
    case TestOutcome::Failed:
    case TestOutcome::Error:
        return Tone::Error;
    case TestOutcome::NoExpectation:
        break;
    }
    return Tone::Neutral;
}

QString outcomeText(TestOutcome o)
{
    switch (o) {
    case TestOutcome::Passed:
        return TestsDock::tr("PASS");
    case TestOutcome::Failed:
        return TestsDock::tr("FAIL");
    case TestOutcome::Error:
        return TestsDock::tr("ERROR");
    case TestOutcome::NoExpectation:
        break;
    }
    return TestsDock::tr("no expectation");
}

}  // namespace

TestsDock::TestsDock(MainWindow *window, PreviewDock *preview, QWidget *parent)
    : QWidget(parent)
    , m_window(window)
    , m_preview(preview)
    , m_renderer(new BackgroundRenderer(this))
    , m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("TestsDock"));
    m_renderer->setWorkerBinary(PreviewDock::defaultWorkerBinary());
    connect(m_renderer, &BackgroundRenderer::finished, this, &TestsDock::finished);
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kRerunDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &TestsDock::runOpenAction);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto *bar = new QHBoxLayout;
    m_summary = new QLabel(tr("No tests run yet."), this);
    m_summary->setObjectName(QStringLiteral("testsSummary"));
    bar->addWidget(m_summary, 1);
    m_runButton = new QPushButton(tr("Run"), this);
    m_runButton->setToolTip(tr("Run every scenario of the open action"));
    m_folderButton = new QPushButton(tr("Run Folder…"), this);
    m_folderButton->setToolTip(tr("Run every scenario of every action with a scenario file in a folder"));
    bar->addWidget(m_runButton);
    bar->addWidget(m_folderButton);
    layout->addLayout(bar);
    connect(m_runButton, &QPushButton::clicked, this, &TestsDock::runOpenAction);
    connect(m_folderButton, &QPushButton::clicked, this, [this]() {
        const QString start = QFileInfo(m_window->document()->path()).absolutePath();
        const QString folder = QFileDialog::getExistingDirectory(this, tr("Run the Scenario Tests of a Folder"), start);
        if (!folder.isEmpty())
            runFolder(folder);
    });

    m_tabs = new QTabWidget(this);
    layout->addWidget(m_tabs, 1);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    auto *split = new QSplitter(Qt::Vertical, m_tabs);
    m_table = new QTableWidget(0, 4, split);
    m_table->setObjectName(QStringLiteral("testsTable"));
    m_table->setHorizontalHeaderLabels({tr("Result"), tr("Action"), tr("Scenario"), tr("Details")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TestsDock::showSelection);
    // Open action: double-click makes the scenario the preview's, where "Accept as expected" is.
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this](int row, int) {
        if (m_folderMode || !m_preview || row < 0 || row >= m_rows.size() || m_rows.at(row).second < 0)
            return;
        const auto [a, s] = m_rows.at(row);
        m_preview->setActiveScenario(m_results.at(a).scenarios.at(s).scenario);
    });
    m_diff = new QPlainTextEdit(split);
    m_diff->setObjectName(QStringLiteral("testsDiff"));
    m_diff->setReadOnly(true);
    m_diff->setFont(mono);
    split->addWidget(m_table);
    split->addWidget(m_diff);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    m_tabs->addTab(split, tr("Results"));

    m_matrix = new QTableWidget(0, 0, m_tabs);
    m_matrix->setObjectName(QStringLiteral("testsMatrix"));
    m_matrix->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_matrix->setWordWrap(false);
    m_tabs->addTab(m_matrix, tr("Matrix"));

    // The preview re-renders after every edit of the action or of a scenario: follow it.
    if (m_preview)
        connect(m_preview, &PreviewDock::previewUpdated, this, &TestsDock::schedule);
    connect(m_window, &MainWindow::fileLoaded, this, [this]() {
        m_folderMode = false;
        schedule();
    });
}

TestsDock::~TestsDock() = default;

void TestsDock::setWorkerBinary(const QString &path)
{
    m_renderer->setWorkerBinary(path);
}

void TestsDock::schedule()
{
    // A folder run stays on screen until the user runs the open action again.
    if (!m_folderMode)
        m_debounce->start();
}

void TestsDock::runOpenAction()
{
    m_debounce->stop();
    m_folderMode = false;
    Document *doc = m_window->document();
    TestableAction t;
    t.path = doc->path().isEmpty() ? tr("(unsaved action)") : doc->path();
    t.action = doc->action();
    if (m_preview)
        t.scenarios = m_preview->scenarios();
    if (t.scenarios.scenarios.isEmpty())
        t.scenarios.scenarios.append(Scenario());
    if (!t.action.isObject()) {
        ActionTestResult r;
        r.path = t.path;
        r.error = tr("The document holds no action (see the Problems dock).");
        start({}, {r});
        return;
    }
    start({t}, {});
}

void TestsDock::runFolder(const QString &folder)
{
    m_debounce->stop();
    m_folderMode = true;
    QList<TestableAction> actions;
    QList<ActionTestResult> unloadable;
    for (const QString &path : findTestableActions({folder}, nullptr)) {
        TestableAction t;
        ActionTestResult r;
        r.path = path;
        if (loadTestableAction(path, &t, &r.error))
            actions << t;
        else
            unloadable << r;
    }
    start(actions, unloadable);
}

void TestsDock::start(const QList<TestableAction> &actions, const QList<ActionTestResult> &unloadable)
{
    m_renderer->cancelAll();
    m_jobs.clear();
    m_results = unloadable;
    if (m_renderer->workerBinary().isEmpty() && qEnvironmentVariableIsSet("AD_TEST_MODE")) {
        // Other areas' GUI tests: this executable is a test, not the jq worker.
        m_summary->setText(tr("Tests off: no jq worker binary set."));
        return;
    }
    for (const TestableAction &a : actions) {
        const int index = int(m_results.size());
        ActionTestResult r;
        r.path = a.path;
        for (const Scenario &s : a.scenarios.scenarios) {
            const Scenario forTest = scenarioForTest(s);
            ScenarioTestResult pending;
            pending.scenario = s.name;
            r.scenarios << pending;
            m_jobs.insert(m_renderer->request(a.action, forTest), {index, forTest});
        }
        m_results << r;
    }
    if (m_jobs.isEmpty()) {
        ++m_runCount;
        showResults();
        emit runFinished();
        return;
    }
    m_summary->setText(tr("Running %n scenario(s)…", nullptr, int(m_jobs.size())));
}

void TestsDock::finished(quint64 id, const InvocationPreview &p)
{
    const auto it = m_jobs.constFind(id);
    if (it == m_jobs.cend())
        return;
    const Job job = *it;
    m_jobs.erase(it);
    ActionTestResult &action = m_results[job.action];
    for (ScenarioTestResult &r : action.scenarios)
        if (r.scenario == job.scenario.name)
            r = evaluateScenario(job.scenario, p, QDateTime::currentSecsSinceEpoch());
    if (!m_jobs.isEmpty())
        return;
    ++m_runCount;
    showResults();
    emit runFinished();
}

void TestsDock::showResults()
{
    const QPair<int, int> selected = m_table->currentRow() >= 0 && m_table->currentRow() < m_rows.size()
                                         ? m_rows.at(m_table->currentRow())
                                         : qMakePair(-1, -1);
    m_rows.clear();
    for (int a = 0; a < m_results.size(); ++a) {
        if (!m_results.at(a).error.isEmpty())
            m_rows.append({a, -1});
        for (int s = 0; s < m_results.at(a).scenarios.size(); ++s)
            m_rows.append({a, s});
    }
    QSignalBlocker block(m_table);
    m_table->setRowCount(int(m_rows.size()));
    int select = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto [a, s] = m_rows.at(row);
        const ActionTestResult &action = m_results.at(a);
        TestOutcome outcome = TestOutcome::Error;
        QString scenario;
        QString details = action.error;
        if (s >= 0) {
            const ScenarioTestResult &r = action.scenarios.at(s);
            outcome = r.outcome;
            scenario = r.scenario;
            if (r.outcome == TestOutcome::Failed)
                details = tr("%n difference(s): %1", nullptr, int(r.issues.size())).arg(r.issues.first().text());
            else if (r.outcome == TestOutcome::Error)
                details = r.error;
            else if (r.outcome == TestOutcome::NoExpectation)
                details = tr("no expectation yet");
            else
                details = tr("matches its expectation");
        }
        const QStringList cells = {outcomeText(outcome), QFileInfo(action.path).fileName(), scenario, details};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setBackground(toneBackground(m_table->palette(), outcomeTone(outcome)));
            item->setForeground(toneText(m_table->palette(), outcomeTone(outcome)));
            item->setToolTip(c == 1 ? action.path : cells.at(c));
            m_table->setItem(row, c, item);
        }
        if (qMakePair(a, s) == selected || (select < 0 && outcome != TestOutcome::Passed))
            select = row;
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < 3; ++c)
        m_table->setColumnWidth(c, qMin(m_table->columnWidth(c), 260));
    const TestTally t = tally(m_results);
    m_summary->setText(m_folderMode ? tr("Folder: %1").arg(t.summary()) : t.summary());
    block.unblock();
    if (m_rows.isEmpty()) {
        m_diff->clear();
        showMatrix(-1);
        return;
    }
    m_table->selectRow(select >= 0 ? select : 0);
    showSelection();
}

void TestsDock::showSelection()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_rows.size())
        return;
    const auto [a, s] = m_rows.at(row);
    const ActionTestResult &action = m_results.at(a);
    QString text;
    if (s < 0) {
        text = action.error;
    } else {
        const ScenarioTestResult &r = action.scenarios.at(s);
        switch (r.outcome) {
        case TestOutcome::Passed:
            text = tr("The request matches the expectation of scenario “%1”.").arg(r.scenario);
            break;
        case TestOutcome::Failed:
            text = tr("Differences from the expected request (JSON pointers into the request as `action-designer "
                      "request --format json` prints it, bodies parsed):\n\n") +
                   issueLines(r).join(QLatin1Char('\n'));
            break;
        case TestOutcome::Error:
            text = tr("Nothing to compare: %1").arg(r.error);
            break;
        case TestOutcome::NoExpectation:
            text = tr("Scenario “%1” has no expectation. Double-click it to make it the Preview's scenario, then press "
                      "“Accept as expected” on the Preview's Request tab to store the current request.")
                       .arg(r.scenario);
            break;
        }
    }
    if (m_diff->toPlainText() != text)
        m_diff->setPlainText(text);
    showMatrix(a);
}

void TestsDock::showMatrix(int action)
{
    const TemplateMatrix m = action >= 0 ? templateMatrix(m_results.at(action).scenarios) : TemplateMatrix();
    m_matrix->clear();
    m_matrix->setColumnCount(int(m.scenarios.size()) + 1);
    m_matrix->setRowCount(int(m.pointers.size()));
    m_matrix->setHorizontalHeaderLabels(QStringList{tr("Template")} + m.scenarios);
    QStringList rowLabels;
    for (const QString &p : m.pointers)
        rowLabels << (p.startsWith(QLatin1String("/invocationMethod/")) ? p.mid(17) : p);
    m_matrix->setVerticalHeaderLabels(rowLabels);
    for (int row = 0; row < m.pointers.size(); ++row) {
        auto *filter = new QTableWidgetItem(QStringLiteral("{{ %1 }}").arg(m.filters.at(row)));
        filter->setToolTip(m.pointers.at(row));
        m_matrix->setItem(row, 0, filter);
        const QStringList &cells = m.cells.at(row);
        // Where the scenarios disagree is what the matrix is for: those rows stand out.
        const bool differs = cells.size() > 1 && cells.count(cells.first()) != cells.size();
        for (int c = 0; c < cells.size(); ++c) {
            QString shown = cells.at(c);
            if (shown.size() > 200)
                shown = shown.left(200) + QChar(0x2026);
            auto *item = new QTableWidgetItem(shown);
            item->setToolTip(cells.at(c));
            if (differs) {
                item->setBackground(toneBackground(m_matrix->palette(), Tone::Warning));
                item->setForeground(toneText(m_matrix->palette(), Tone::Warning));
            }
            if (cells.at(c).startsWith(QLatin1String("error: ")))
                item->setForeground(errorTextColor(m_matrix->palette()));
            m_matrix->setItem(row, c + 1, item);
        }
    }
    m_matrix->resizeColumnsToContents();
    for (int c = 0; c < m_matrix->columnCount(); ++c)
        m_matrix->setColumnWidth(c, qMin(m_matrix->columnWidth(c), 280));
}

TestsDock *installTestsDock(MainWindow *window)
{
    auto *preview = qobject_cast<PreviewDock *>(window->previewDock()->widget());
    auto *dock = new TestsDock(window, preview, window);
    QDockWidget *host =
        window->addDock(QStringLiteral("testsDock"), TestsDock::tr("Tests"), dock, Qt::BottomDockWidgetArea);
    window->tabifyDockWidget(window->problemsDock(), host);
    window->problemsDock()->raise();
    return dock;
}

}  // namespace ad::app
