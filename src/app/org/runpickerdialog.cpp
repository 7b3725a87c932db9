#include "app/org/runpickerdialog.h"

#include "app/runner/runtimeline.h"
#include "app/util/themecolors.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace ad::app {

namespace {

constexpr int kIdRole = Qt::UserRole;
enum Column { StatusCol, TimeCol, UserCol, EntityCol, IdCol, ActionCol };

// A pasted run page address (…/organization/run?runId=r_…) works as well as the bare id.
QString runIdOf(const QString &text)
{
    static const QRegularExpression inUrl(QStringLiteral("[?&]runId=([^&#\\s]+)"));
    const QString t = text.trimmed();
    const auto m = inUrl.match(t);
    return m.hasMatch() ? QUrl::fromPercentEncoding(m.captured(1).toUtf8()) : t;
}

// Cancelling finishes a reply at once: its answer must not reach a dialog that moved on or is going.
void abandon(QPointer<PortReply> &reply, QObject *receiver)
{
    if (PortReply *r = reply.data()) {
        QObject::disconnect(r, nullptr, receiver, nullptr);
        r->cancel();
        r->deleteLater();
    }
    reply = nullptr;
}

}  // namespace

RunPickerDialog::RunPickerDialog(PortClient *client, const QString &profile, const QString &actionIdentifier,
                                 Creator create, QWidget *parent)
    : QDialog(parent),
      m_client(client),
      m_profile(profile),
      m_action(actionIdentifier),
      m_create(std::move(create))
{
    setWindowTitle(tr("Scenario from a Run"));
    auto *heading = new QLabel(
        m_action.isEmpty()
            ? tr("Recent runs of every action in the org \"%1\"").arg(m_profile)
            : tr("Recent runs of <b>%1</b> in the org \"%2\"").arg(m_action.toHtmlEscaped(), m_profile.toHtmlEscaped()),
        this);
    m_limit = new QSpinBox(this);
    m_limit->setRange(1, org::kMaxRunListLimit);
    m_limit->setValue(kDefaultLimit);
    m_limit->setToolTip(tr("How many of the newest runs Port is asked for (at most %1)").arg(org::kMaxRunListLimit));
    auto *showLabel = new QLabel(tr("&Show the last"), this);
    showLabel->setBuddy(m_limit);
    m_reload = new QPushButton(tr("&Reload"), this);
    m_reload->setAutoDefault(false);
    m_stop = new QPushButton(tr("S&top"), this);
    m_stop->setAutoDefault(false);
    m_stop->setToolTip(tr("Stop loading the list; a pasted run id still works"));
    auto *top = new QHBoxLayout;
    top->addWidget(heading, 1);
    top->addWidget(showLabel);
    top->addWidget(m_limit);
    top->addWidget(m_reload);
    top->addWidget(m_stop);

    m_tree = new QTreeWidget(this);
    QStringList headers{tr("Status"), tr("Started"), tr("User"), tr("Entity"), tr("Run id")};
    if (m_action.isEmpty())
        headers << tr("Action");
    m_tree->setColumnCount(int(headers.size()));
    m_tree->setHeaderLabels(headers);
    m_tree->setRootIsDecorated(false);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->header()->setStretchLastSection(false);
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->header()->setSectionResizeMode(c, c == UserCol ? QHeaderView::Stretch : QHeaderView::ResizeToContents);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumSize(120, 10);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    setMuted(m_status);
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_busy);
    statusRow->addWidget(m_status, 1);
    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setErrorText(m_error, true);
    m_error->hide();

    m_runId = new QLineEdit(this);
    m_runId->setPlaceholderText(tr("r_… (pick a run above, or paste its id or its run page address)"));
    m_runId->setClearButtonEnabled(true);
    auto *idLabel = new QLabel(tr("Run &id:"), this);
    idLabel->setBuddy(m_runId);
    auto *idRow = new QHBoxLayout;
    idRow->addWidget(idLabel);
    idRow->addWidget(m_runId, 1);
    auto *hint =
        new QLabel(tr("The scenario takes the run's inputs, entity and user; Port's rendered payload becomes its "
                      "expected output, so the Preview says whether our render equals what Port sent."),
                   this);
    hint->setWordWrap(true);
    setMuted(hint);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    okButton()->setText(tr("Create Scenario"));

    auto *l = new QVBoxLayout(this);
    l->addLayout(top);
    l->addWidget(m_tree, 1);
    l->addLayout(statusRow);
    l->addWidget(m_error);
    l->addLayout(idRow);
    l->addWidget(hint);
    l->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &RunPickerDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &RunPickerDialog::reject);
    connect(m_reload, &QPushButton::clicked, this, &RunPickerDialog::reload);
    connect(m_stop, &QPushButton::clicked, this, &RunPickerDialog::stopLoading);
    connect(m_runId, &QLineEdit::textChanged, this, &RunPickerDialog::updateButtons);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, [this](QTreeWidgetItem *it) {
        if (it)
            m_runId->setText(it->data(0, kIdRole).toString());
    });
    // Enter on a run (or a double-click) takes it; Enter also reaches the default button, which
    // accept() ignores while a fetch is running.
    connect(m_tree, &QTreeWidget::itemActivated, this, [this](QTreeWidgetItem *it) {
        m_runId->setText(it->data(0, kIdRole).toString());
        accept();
    });
    m_limit->installEventFilter(this);
    resize(820, 460);
    updateButtons();
    reload();
}

RunPickerDialog::~RunPickerDialog()
{
    abandon(m_list, this);
    abandon(m_fetch, this);
}

QPushButton *RunPickerDialog::okButton() const { return m_buttons->button(QDialogButtonBox::Ok); }

void RunPickerDialog::reload()
{
    abandon(m_list, this);
    m_error->hide();
    if (!m_client) {
        showError(tr("Not connected: choose a profile in the Organization dock first."));
        return;
    }
    m_status->setText(m_action.isEmpty() ? tr("Loading the org's recent runs from \"%1\"…").arg(m_profile)
                                         : tr("Loading the runs of %1 from \"%2\"…").arg(m_action, m_profile));
    PortReply *r = m_client->listRuns(m_action, m_limit->value());
    m_list = r;
    connect(r, &PortReply::progress, this, [this](const QString &m) { m_status->setText(m); });
    connect(r, &PortReply::finished, this, [this, r](const PortResult &res) {
        r->deleteLater();
        m_list = nullptr;
        updateButtons();
        if (res.cancelled) {
            m_status->setText(tr("Stopped. Reload lists the runs again."));
            return;
        }
        QString error;
        QList<org::RunSummary> runs;
        if (!res.ok || !org::parseRunList(res.body, &runs, &error)) {
            m_status->clear();
            showError((m_action.isEmpty()
                           ? tr("Could not list the org's runs from \"%1\": %2").arg(m_profile)
                           : tr("Could not list the runs of %1 from \"%2\": %3").arg(m_action, m_profile))
                          .arg(res.ok ? error : res.describe()));
            return;
        }
        m_runs = runs;
        showRuns();
    });
    updateButtons();
}

void RunPickerDialog::stopLoading()
{
    if (m_list)
        m_list->cancel();
}

void RunPickerDialog::showRuns()
{
    m_tree->clear();
    const QLocale locale;
    for (const org::RunSummary &r : std::as_const(m_runs)) {
        auto *row = new QTreeWidgetItem(m_tree);
        row->setData(0, kIdRole, r.id);
        row->setIcon(StatusCol, runStatusIcon(r.status));
        row->setText(StatusCol,
                     r.statusLabel.isEmpty() ? r.status : QStringLiteral("%1 · %2").arg(r.status, r.statusLabel));
        row->setText(TimeCol, r.createdAt.isValid() ? locale.toString(r.createdAt.toLocalTime(), QLocale::ShortFormat)
                                                    : QString());
        row->setToolTip(TimeCol, r.createdAtText);
        row->setText(UserCol, r.user);
        row->setToolTip(UserCol, r.source.isEmpty() ? r.user : tr("%1 (from %2)").arg(r.user, r.source));
        row->setText(EntityCol, r.entity);
        row->setToolTip(EntityCol, r.entityTitle);
        row->setText(IdCol, r.id);
        if (m_action.isEmpty())
            row->setText(ActionCol, r.action);
    }
    if (m_runs.isEmpty())
        m_status->setText(m_action.isEmpty() ? tr("The org \"%1\" has no runs yet.").arg(m_profile)
                                             : tr("No runs of %1 in \"%2\" yet.").arg(m_action, m_profile));
    else
        m_status->setText(
            tr("%n run(s), newest first. Enter or a double-click takes one.", nullptr, int(m_runs.size())));
}

void RunPickerDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RunPickerDialog::updateButtons()
{
    m_busy->setVisible(isLoading() || isFetching());
    m_stop->setEnabled(isLoading());
    okButton()->setEnabled(!isFetching() && !m_runId->text().trimmed().isEmpty());
}

void RunPickerDialog::accept()
{
    if (isFetching())
        return;
    const QString id = runIdOf(m_runId->text());
    if (id.isEmpty()) {
        showError(tr("Pick a run in the list or paste a run id."));
        return;
    }
    if (!m_client) {
        showError(tr("Not connected: choose a profile in the Organization dock first."));
        return;
    }
    m_error->hide();
    m_status->setText(tr("Fetching run %1 from \"%2\"…").arg(id, m_profile));
    PortReply *r = m_client->getRun(id);
    m_fetch = r;
    connect(r, &PortReply::progress, this, [this](const QString &m) { m_status->setText(m); });
    connect(r, &PortReply::finished, this, [this, r, id](const PortResult &res) {
        r->deleteLater();
        m_fetch = nullptr;
        updateButtons();
        const JsonValue &run = res.member(u"run");
        if (res.cancelled) {
            m_status->setText(tr("Stopped."));
            return;
        }
        if (!res.ok || !run.isObject()) {
            m_status->clear();
            showError(tr("Could not fetch run %1 from \"%2\": %3")
                          .arg(id, m_profile, res.ok ? tr("Port's answer has no \"run\"") : res.describe()));
            return;
        }
        QString error;
        if (!m_create(run, &error)) {
            m_status->clear();
            showError(error);
            return;
        }
        QDialog::accept();
    });
    updateButtons();
}

bool RunPickerDialog::eventFilter(QObject *watched, QEvent *event)
{
    // Enter in the count asks for the list again instead of taking the run in the id field.
    if (watched == m_limit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            m_limit->interpretText();
            reload();
            return true;
        }
    }
    return QDialog::eventFilter(watched, event);
}

void RunPickerDialog::reject()
{
    abandon(m_list, this);
    abandon(m_fetch, this);
    QDialog::reject();
}

}  // namespace ad::app
