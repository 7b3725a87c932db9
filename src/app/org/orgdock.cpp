#include "app/org/orgdock.h"
#include "app/util/themecolors.h"

#include "app/org/orgdiffview.h"
#include "app/org/orgprofilespage.h"
#include "app/org/runpickerdialog.h"
#include "context/scenariofile.h"
#include "model/filevalidation.h"
#include "org/runscenario.h"
#include "runner/port/portprofiles.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPainter>
#include <QProgressBar>
#include <QSettings>
#include <QToolBar>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace ad::app {

namespace {

constexpr int kIdRole = Qt::UserRole;
constexpr int kStatusRole = Qt::UserRole + 1;

QColor statusColor(org::Status s)
{
    switch (s) {
    case org::Status::Same: return QColor(0x3c, 0xa5, 0x5c);
    case org::Status::ChangedLocally: return QColor(0x2f, 0x7d, 0xd8);
    case org::Status::ChangedInOrg: return QColor(0xe0, 0x8a, 0x1e);
    case org::Status::ChangedOnBothSides: return QColor(0xd0, 0x3b, 0x3b);
    case org::Status::OnlyLocal: return QColor(0x1b, 0xa8, 0xa8);
    case org::Status::OnlyInOrg: return QColor(0x8e, 0x5b, 0xc9);
    case org::Status::Different: return QColor(0xc9, 0xa8, 0x1b);
    case org::Status::Error: return QColor(0x80, 0x80, 0x80);
    }
    return Qt::gray;
}

// A filled dot per status; both sides changed gets a ring so it stands out without colour too.
QIcon statusIcon(org::Status s)
{
    static QHash<int, QIcon> cache;
    if (cache.contains(int(s)))
        return cache.value(int(s));
    QPixmap pm(16, 16);
    pm.fill(Qt::transparent);
    QPainter p(&pm);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(statusColor(s));
    p.drawEllipse(QRectF(3, 3, 10, 10));
    if (s == org::Status::ChangedOnBothSides || s == org::Status::Error) {
        p.setPen(QPen(statusColor(s), 1.5));
        p.setBrush(Qt::NoBrush);
        p.drawEllipse(QRectF(0.75, 0.75, 14.5, 14.5));
    }
    p.end();
    cache.insert(int(s), QIcon(pm));
    return cache.value(int(s));
}

QString statusLabel(org::Status s)
{
    switch (s) {
    case org::Status::Same: return OrgDock::tr("same");
    case org::Status::ChangedLocally: return OrgDock::tr("changed locally");
    case org::Status::ChangedInOrg: return OrgDock::tr("changed in the org");
    case org::Status::ChangedOnBothSides: return OrgDock::tr("changed on both sides");
    case org::Status::OnlyLocal: return OrgDock::tr("only local");
    case org::Status::OnlyInOrg: return OrgDock::tr("only in the org");
    case org::Status::Different: return OrgDock::tr("different (never pulled)");
    case org::Status::Error: return OrgDock::tr("unreadable file");
    }
    return {};
}

}  // namespace

OrgDock::OrgDock(PortProfiles *profiles, QWidget *parent)
    : QWidget(parent), m_profiles(profiles), m_session(new OrgSession(this))
{
    m_profileBox = new QComboBox(this);
    m_profileBox->setMinimumContentsLength(12);
    m_profileBox->setToolTip(tr("The Port organization profile"));
    m_folderLabel = new QLabel(tr("(none)"), this);
    m_folderLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_folderLabel->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);  // a long path must not widen the dock
    auto *profilesButton = new QToolButton(this);
    profilesButton->setDefaultAction(addAction(QStringLiteral("profiles"), tr("Profiles…"), tr("Add or edit org profiles and their credentials")));
    auto *folderButton = new QToolButton(this);
    folderButton->setDefaultAction(addAction(QStringLiteral("folder"), tr("Folder…"), tr("Choose the folder the org's actions are pulled into")));
    auto *top = new QHBoxLayout;
    top->addWidget(new QLabel(tr("Profile:"), this));
    top->addWidget(m_profileBox, 1);
    top->addWidget(profilesButton);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(new QLabel(tr("Folder:"), this));
    folderRow->addWidget(m_folderLabel, 1);
    folderRow->addWidget(folderButton);

    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    bar->addAction(addAction(QStringLiteral("refresh"), tr("Refresh"), tr("Fetch the org's actions and compare")));
    bar->addAction(addAction(QStringLiteral("open"), tr("Open"), tr("Open the selected action's file")));
    bar->addAction(addAction(QStringLiteral("diff"), tr("Diff"), tr("Show what differs between the local file and the org")));
    bar->addAction(addAction(QStringLiteral("pull"), tr("Pull"), tr("Write the org's copy of the selected actions (all when none is selected)")));
    bar->addAction(addAction(QStringLiteral("push"), tr("Push…"), tr("Send the selected local changes to the org (all when none is selected)")));
    bar->addSeparator();
    bar->addAction(addAction(QStringLiteral("cancel"), tr("Cancel"), tr("Stop the running request")));
    // The org's view of one action: a row of its own so the first one fits a narrow dock.
    auto *checks = new QToolBar(this);
    checks->setToolButtonStyle(Qt::ToolButtonTextOnly);
    checks->addAction(addAction(QStringLiteral("checkSecrets"), tr("Check secrets"),
                                tr("Ask the org which of the open action's {{ .secrets.NAME }} it has (names only)")));
    checks->addAction(
        addAction(QStringLiteral("runScenario"), tr("Scenario from a Run…"),
                  tr("Pick one of the org's recent runs of the selected action (or paste a run id): a "
                     "scenario with its inputs, entity and user, and Port's payload as its expectation")));

    m_filter = new QLineEdit(this);
    m_filter->setPlaceholderText(tr("Filter by identifier, title or blueprint"));
    m_filter->setClearButtonEnabled(true);
    m_statusFilter = new QComboBox(this);
    m_statusFilter->addItem(tr("All"), -1);
    m_statusFilter->addItem(tr("Differences only"), -2);
    for (org::Status s : {org::Status::Same, org::Status::ChangedLocally, org::Status::ChangedInOrg, org::Status::ChangedOnBothSides,
                          org::Status::OnlyLocal, org::Status::OnlyInOrg, org::Status::Different})
        m_statusFilter->addItem(statusIcon(s), statusLabel(s), int(s));
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_filter, 1);
    filters->addWidget(m_statusFilter);

    m_tree = new QTreeWidget(this);
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Action"), tr("Status"), tr("File")});
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_tree->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_tree->header()->setStretchLastSection(false);

    m_busy = new QProgressBar(this);
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(10);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(4, 4, 4, 4);
    l->addLayout(top);
    l->addLayout(folderRow);
    l->addWidget(bar);
    l->addWidget(checks);
    l->addLayout(filters);
    l->addWidget(m_tree, 1);
    l->addWidget(m_busy);
    l->addWidget(m_message);

    connect(m_actions.value(QStringLiteral("folder")), &QAction::triggered, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("Folder for the org's actions"), m_session->folder());
        if (!dir.isEmpty())
            setFolder(dir);
    });
    connect(m_actions.value(QStringLiteral("profiles")), &QAction::triggered, this, &OrgDock::openProfiles);
    connect(m_actions.value(QStringLiteral("refresh")), &QAction::triggered, this, &OrgDock::refresh);
    connect(m_actions.value(QStringLiteral("open")), &QAction::triggered, this, &OrgDock::openSelected);
    connect(m_actions.value(QStringLiteral("diff")), &QAction::triggered, this, &OrgDock::showDiff);
    connect(m_actions.value(QStringLiteral("pull")), &QAction::triggered, this, &OrgDock::pullSelected);
    connect(m_actions.value(QStringLiteral("push")), &QAction::triggered, this, &OrgDock::pushSelected);
    connect(m_actions.value(QStringLiteral("cancel")), &QAction::triggered, this, &OrgDock::cancel);
    connect(m_actions.value(QStringLiteral("checkSecrets")), &QAction::triggered, this, &OrgDock::checkSecrets);
    connect(m_actions.value(QStringLiteral("runScenario")), &QAction::triggered, this, &OrgDock::pickRun);
    connect(m_session, &OrgSession::secretsChecked, this, [this](const QStringList &used, const QStringList &missing) {
        if (used.isEmpty())
            showMessage(tr("The open action reads no organization secret."));
        else if (missing.isEmpty())
            showMessage(tr("The org has all %n secret(s) the open action reads.", nullptr, int(used.size())));
        else
            showMessage(tr("The org has no secret named: %1").arg(missing.join(QStringLiteral(", "))), true);
    });
    connect(m_profileBox, &QComboBox::activated, this, [this](int i) { selectProfile(m_profileBox->itemText(i)); });
    connect(m_filter, &QLineEdit::textChanged, this, &OrgDock::applyFilter);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &OrgDock::applyFilter);
    connect(m_tree, &QTreeWidget::itemSelectionChanged, this, &OrgDock::updateActions);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *it) {
        if (!it->data(0, kIdRole).toString().isEmpty())
            showDiff();
    });
    connect(m_session, &OrgSession::itemsChanged, this, &OrgDock::rebuildTree);
    connect(m_session, &OrgSession::busyChanged, this, [this](bool busy) {
        m_busy->setVisible(busy);
        updateActions();
    });
    connect(m_session, &OrgSession::progress, this, [this](const QString &m) { showMessage(m); });
    connect(m_session, &OrgSession::failed, this, [this](const QString &m) { showMessage(m, true); });
    connect(m_session, &OrgSession::pushFinished, this, [this](int sent, const QStringList &refusals) {
        if (refusals.isEmpty())
            showMessage(tr("Pushed %n action(s).", nullptr, sent));
        else
            showMessage(tr("Pushed %n action(s); the org refused:", nullptr, sent) + QLatin1Char('\n') + refusals.join(QLatin1Char('\n')), true);
    });

    m_confirm = [this](const QString &title, const QString &text) {
        return QMessageBox::question(this, title, text, QMessageBox::Yes | QMessageBox::Cancel) == QMessageBox::Yes;
    };
    m_open = [](const QString &) {};
    m_openScenario = [this](const QString &path, const QString &) { m_open(path); };
    m_currentAction = [] { return JsonValue(); };
    m_unsaved = [] { return QStringList(); };
    const QString dir = QSettings().value(QStringLiteral("org/folder")).toString();
    if (!dir.isEmpty())
        setFolder(dir);
    reloadProfiles();
    updateActions();
}

QAction *OrgDock::addAction(const QString &id, const QString &text, const QString &tip)
{
    auto *a = new QAction(text, this);
    a->setToolTip(tip);
    m_actions.insert(id, a);
    return a;
}

void OrgDock::reloadProfiles()
{
    const QString keep = m_profileBox->currentText();
    m_profileBox->clear();
    m_profileBox->addItems(m_profiles->names());
    if (m_profileBox->count() == 0) {
        showMessage(tr("No org profile yet: add one with Profiles…"));
        return;
    }
    const QString pick = m_profileBox->findText(keep) >= 0 ? keep : m_profiles->defaultProfile();
    m_profileBox->setCurrentText(pick);
}

bool OrgDock::selectProfile(const QString &name)
{
    PortConnection c;
    QString error, resolved;
    m_profileBox->setCurrentText(name);
    if (!m_profiles->resolve(name, &c, &error, &resolved)) {
        showMessage(error, true);
        return false;
    }
    m_profiles->setDefaultProfile(name);
    m_session->setConnection(resolved, c);
    showMessage(tr("Profile %1: %2").arg(resolved, c.baseUrl));
    updateActions();
    return true;
}

void OrgDock::setFolder(const QString &dir)
{
    m_session->setFolder(dir);
    m_folderLabel->setText(QDir::toNativeSeparators(dir));
    m_folderLabel->setToolTip(m_folderLabel->text());
    QSettings().setValue(QStringLiteral("org/folder"), dir);
    updateActions();
}

void OrgDock::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setErrorText(m_message, error);
}

void OrgDock::rebuildTree()
{
    const QStringList selected = selectedIdentifiers();
    m_tree->clear();
    QHash<QString, QTreeWidgetItem *> groups;
    for (const org::SyncItem &it : m_session->items()) {
        const QString group = it.automation          ? tr("Automations")
                              : it.blueprint.isEmpty() ? tr("No blueprint")
                                                       : tr("Blueprint: %1").arg(it.blueprint);
        QTreeWidgetItem *g = groups.value(group);
        if (!g) {
            g = new QTreeWidgetItem(m_tree, {group});
            g->setFirstColumnSpanned(true);
            QFont f = g->font(0);
            f.setBold(true);
            g->setFont(0, f);
            g->setFlags(Qt::ItemIsEnabled);
            groups.insert(group, g);
        }
        const JsonValue &a = it.local ? *it.local : it.org ? *it.org : JsonValue();
        const QString title = a.value(u"title").toString();
        auto *row = new QTreeWidgetItem(g);
        row->setText(0, title.isEmpty() ? it.identifier : QStringLiteral("%1  (%2)").arg(it.identifier, title));
        row->setText(1, m_session->hasOrgCopy() || it.status == org::Status::Error ? statusLabel(it.status) : tr("not fetched yet"));
        if (m_session->hasOrgCopy() || it.status == org::Status::Error)
            row->setIcon(1, statusIcon(it.status));
        row->setText(2, it.file);
        row->setToolTip(1, it.error.isEmpty() ? tr("%n difference(s)", nullptr, int(it.differences.size())) : it.error);
        row->setData(0, kIdRole, it.identifier);
        row->setData(0, kStatusRole, int(it.status));
    }
    m_tree->sortItems(0, Qt::AscendingOrder);
    m_tree->expandAll();
    select(selected);
    applyFilter();
    updateActions();
}

void OrgDock::applyFilter()
{
    const QString text = m_filter->text().trimmed();
    const int wanted = m_statusFilter->currentData().toInt();
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        QTreeWidgetItem *g = m_tree->topLevelItem(i);
        const bool groupMatches = !text.isEmpty() && g->text(0).contains(text, Qt::CaseInsensitive);
        int visible = 0;
        for (int j = 0; j < g->childCount(); ++j) {
            QTreeWidgetItem *row = g->child(j);
            const int status = row->data(0, kStatusRole).toInt();
            const bool statusOk = wanted == -1 || (wanted == -2 ? org::isDifference(org::Status(status)) : status == wanted);
            const bool textOk = text.isEmpty() || groupMatches || row->text(0).contains(text, Qt::CaseInsensitive)
                                || row->text(2).contains(text, Qt::CaseInsensitive);
            row->setHidden(!(statusOk && textOk));
            visible += row->isHidden() ? 0 : 1;
        }
        g->setHidden(visible == 0);
    }
}

QStringList OrgDock::selectedIdentifiers() const
{
    QStringList out;
    for (QTreeWidgetItem *it : m_tree->selectedItems()) {
        const QString id = it->data(0, kIdRole).toString();
        if (!id.isEmpty() && !out.contains(id))
            out << id;
    }
    return out;
}

void OrgDock::select(const QStringList &identifiers)
{
    m_tree->clearSelection();
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it)
        if (identifiers.contains((*it)->data(0, kIdRole).toString()))
            (*it)->setSelected(true);
}

void OrgDock::updateActions()
{
    const bool busy = m_session->isBusy();
    const bool connected = !m_session->profileName().isEmpty();
    const bool hasFolder = !m_session->folder().isEmpty();
    const QStringList sel = selectedIdentifiers();
    const org::SyncItem *one = sel.size() == 1 ? m_session->item(sel.first()) : nullptr;
    m_actions.value(QStringLiteral("refresh"))->setEnabled(!busy && connected);
    m_actions.value(QStringLiteral("pull"))->setEnabled(!busy && connected && hasFolder && m_session->hasOrgCopy());
    m_actions.value(QStringLiteral("push"))->setEnabled(!busy && connected && hasFolder && m_session->hasOrgCopy());
    m_actions.value(QStringLiteral("diff"))->setEnabled(one && !one->differences.isEmpty() && one->local && one->org);
    m_actions.value(QStringLiteral("open"))->setEnabled(one && one->local);
    m_actions.value(QStringLiteral("cancel"))->setEnabled(busy);
    m_actions.value(QStringLiteral("checkSecrets"))->setEnabled(!busy && connected);
    m_actions.value(QStringLiteral("runScenario"))->setEnabled(connected && hasFolder);
}

void OrgDock::refresh()
{
    if (m_session->profileName().isEmpty() && !selectProfile(m_profileBox->currentText()))
        return;
    m_session->refresh();
}

void OrgDock::pullSelected()
{
    const QStringList ids = selectedIdentifiers();
    // A file open with unsaved edits would be overwritten under its editor.
    QStringList unsaved;
    const QDir folder(m_session->folder());
    for (const QString &path : m_unsaved())
        for (const org::SyncItem &it : m_session->items())
            if ((ids.isEmpty() || ids.contains(it.identifier)) && !it.file.isEmpty() && it.org
                && QFileInfo(folder.filePath(it.file)) == QFileInfo(path))
                unsaved << it.file;
    if (!unsaved.isEmpty()) {
        showMessage(tr("Save or close these files first; they have unsaved edits: %1").arg(unsaved.join(QStringLiteral(", "))), true);
        return;
    }
    QList<org::PullStep> plan = m_session->pull(ids, false);
    QStringList kept;
    for (const org::PullStep &s : std::as_const(plan))
        if (s.op == org::PullStep::Op::Keep)
            kept << s.identifier;
    int written = 0;
    for (const org::PullStep &s : std::as_const(plan))
        written += s.op == org::PullStep::Op::Write ? 1 : 0;
    if (!kept.isEmpty()
        && m_confirm(tr("Overwrite local edits?"),
                     tr("These files have local edits that are not in the org:\n\n%1\n\nReplace them with the org's copy?")
                         .arg(kept.join(QLatin1Char('\n'))))) {
        plan = m_session->pull(kept, true);
        for (const org::PullStep &s : std::as_const(plan))
            written += s.op == org::PullStep::Op::Write ? 1 : 0;
        kept.clear();
    }
    showMessage(kept.isEmpty() ? tr("Pulled: %n file(s) written.", nullptr, written)
                               : tr("Pulled: %n file(s) written; kept local edits in: %1", nullptr, written).arg(kept.join(QStringLiteral(", "))));
}

void OrgDock::pushSelected()
{
    const QList<org::PushStep> plan = m_session->pushPlan(selectedIdentifiers(), false);
    QStringList lines, invalid;
    for (const org::PushStep &s : plan) {
        if (s.op == org::PushStep::Op::Skip) {
            if (s.reason != QLatin1String("same as the org"))
                lines << tr("skip %1: %2").arg(s.identifier, s.reason);
            continue;
        }
        // Local validation first: nothing is sent while a file has errors.
        const QString path = QDir(m_session->folder()).filePath(s.file);
        for (const Diagnostic &d : validateActionFile(ActionFile::fromFile(path)))
            if (d.isError())
                invalid << formatDiagnostic(s.file, d);
        if (s.op == org::PushStep::Op::Create) {
            lines << tr("create %1").arg(s.identifier);
        } else {
            lines << tr("update %1").arg(s.identifier);
            for (const org::JsonDifference &d : s.differences.mid(0, 8))
                lines << QStringLiteral("    %1: %2 → %3").arg(d.pointer, org::cellText(d.right, 60), org::cellText(d.left, 60));
            if (s.differences.size() > 8)
                lines << tr("    … and %n more", nullptr, int(s.differences.size() - 8));
        }
    }
    if (!invalid.isEmpty()) {
        showMessage(tr("Nothing pushed: fix these errors first (see the Problems dock when the file is open):\n%1").arg(invalid.join(QLatin1Char('\n'))), true);
        return;
    }
    const bool anything = std::any_of(plan.cbegin(), plan.cend(), [](const org::PushStep &s) { return s.op != org::PushStep::Op::Skip; });
    if (!anything) {
        showMessage(lines.isEmpty() ? tr("Nothing to push: no local changes.") : lines.join(QLatin1Char('\n')));
        return;
    }
    if (!m_confirm(tr("Push to %1?").arg(m_session->profileName()),
                   tr("These changes will be made in the org \"%1\":\n\n%2").arg(m_session->profileName(), lines.join(QLatin1Char('\n')))))
        return;
    m_session->push(plan);
}

void OrgDock::showDiff()
{
    const QStringList sel = selectedIdentifiers();
    const org::SyncItem *it = sel.size() == 1 ? m_session->item(sel.first()) : nullptr;
    if (!it)
        return;
    auto *dlg = new OrgDiffDialog(*it, tr("Local"), tr("Org (%1)").arg(m_session->profileName()), this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->show();
}

void OrgDock::openSelected()
{
    const QStringList sel = selectedIdentifiers();
    const org::SyncItem *it = sel.size() == 1 ? m_session->item(sel.first()) : nullptr;
    if (it && !it->file.isEmpty())
        m_open(QDir(m_session->folder()).filePath(it->file));
}

void OrgDock::openProfiles()
{
    if (m_profilesOpener) {
        m_profilesOpener();
        reloadProfiles();
        return;
    }
    QDialog dlg(this);
    dlg.setWindowTitle(tr("Organization profiles"));
    auto *page = new OrgProfilesPage(m_profiles, &dlg);
    page->selectProfile(m_profileBox->currentText());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, &dlg);
    connect(buttons, &QDialogButtonBox::rejected, &dlg, &QDialog::reject);
    auto *l = new QVBoxLayout(&dlg);
    l->addWidget(page);
    l->addWidget(buttons);
    dlg.resize(640, 360);
    dlg.exec();
    reloadProfiles();
    if (m_profileBox->count() > 0)
        selectProfile(m_profileBox->currentText());
}

void OrgDock::checkSecrets()
{
    const JsonValue action = m_currentAction();
    if (!action.isObject()) {
        showMessage(tr("Open an action first: the check reads the action in this window."), true);
        return;
    }
    if (m_session->profileName().isEmpty() && !selectProfile(m_profileBox->currentText()))
        return;
    m_session->checkSecrets(action);
}

RunPickerDialog *OrgDock::pickRun()
{
    if (m_session->profileName().isEmpty() && !selectProfile(m_profileBox->currentText()))
        return nullptr;
    // The selected action's runs; else those of the action open in the window.
    const QStringList sel = selectedIdentifiers();
    const QString action = sel.size() == 1 ? sel.first() : m_currentAction().value(u"identifier").toString();
    auto *dlg = new RunPickerDialog(
        m_session->client(), m_session->profileName(), action,
        [this](const JsonValue &run, QString *error) { return createRunScenario(run, error); }, this);
    dlg->setAttribute(Qt::WA_DeleteOnClose);
    dlg->open();
    return dlg;
}

bool OrgDock::createRunScenario(const JsonValue &run, QString *error)
{
    const QString runId = run.value(u"id").toString();
    const QString actionId = org::runActionIdentifier(run);
    const org::SyncItem *it = m_session->item(actionId);
    if (!it || !it->local || it->file.isEmpty()) {
        *error = tr("Run %1 is of the action \"%2\", and no file in %3 holds it: pull it first (Pull in the "
                    "Organization dock).")
                     .arg(runId, actionId, QDir::toNativeSeparators(m_session->folder()));
        return false;
    }
    const QString path = QDir(m_session->folder()).filePath(it->file);
    // The window keeps an open file's scenarios in memory: writing the sidecar under unsaved edits
    // would lose one or the other.
    for (const QString &open : m_unsaved())
        if (QFileInfo(open) == QFileInfo(path)) {
            *error = tr("Save or close %1 first; it has unsaved edits.").arg(it->file);
            return false;
        }
    const ActionFile file = ActionFile::fromFile(path);
    const JsonValue *action = file.action(0);
    if (!action || !action->isObject()) {
        *error = tr("%1 does not hold an action.").arg(it->file);
        return false;
    }
    const QString name = QStringLiteral("run ") + runId;
    QStringList notes;
    // No secret store: nothing of a run is secret, and the sidecar's secret refs are kept as they are.
    if (!org::addRunScenario(path, *action, run, name, nullptr, &notes, error))
        return false;
    showMessage(tr("Scenario \"%1\" added to %2. Port's payload is its expectation.")
                    .arg(name, ScenarioFile::sidecarPath(it->file)));
    m_openScenario(path, name);
    return true;
}

void OrgDock::cancel()
{
    m_session->cancel();
}

}  // namespace ad::app
