// PreviewDock's scenario management: add, duplicate, rename, remove, load and save the sidecar.
// Every change is an undo step on the document's stack (ScenarioCommand), so scenario edits mark
// the window modified and are asked about on close, exactly like action edits.
#include "app/document/document.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"
#include "app/preview/scenariocommand.h"
#include "app/preview/scenarioeditor.h"
#include "app/util/themecolors.h"
#include "context/secretresolver.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"
#include "org/runscenario.h"
#include "scenariotest/expectation.h"

#include <QComboBox>
#include <QFile>
#include <QInputDialog>
#include <QLabel>
#include <QUndoStack>

namespace ad::app {

void PreviewDock::keepSecretRefs(ScenarioFile *f, const ScenarioFile &current)
{
    // The store keys a save gave the secrets stay with them whatever state comes back (an undone
    // edit, a copy the editor made before the save), so saving replaces them in place.
    for (Scenario &s : f->scenarios) {
        const Scenario *cur = current.find(s.name);
        if (!cur)
            continue;
        if (s.clientSecretRef.isEmpty())
            s.clientSecretRef = cur->clientSecretRef;
        for (ScenarioSecret &sec : s.secrets)
            if (const ScenarioSecret *o = cur->findSecret(sec.name); o && sec.ref.isEmpty())
                sec.ref = o->ref;
    }
}

void PreviewDock::commitScenarios(const ScenarioFile &before, const QString &text, const QString &mergeKey)
{
    m_scenariosEdited = true;
    m_window->document()->undoStack()->push(
        new ScenarioCommand(text, before, m_file, mergeKey, [this](const ScenarioFile &f) { applyScenarios(f); }));
    schedule();
}

void PreviewDock::applyScenarios(const ScenarioFile &f)
{
    ScenarioFile next = f;
    keepSecretRefs(&next, m_file);
    m_file = next;
    m_scenariosEdited = true;
    if (!m_file.find(m_file.active) && !m_file.scenarios.isEmpty())
        m_file.active = m_file.scenarios.first().name;
    if (const Scenario *s = m_file.find(m_file.active))
        m_editor->setScenario(*s);
    updateScenarioBox();
    schedule();
}

void PreviewDock::updateScenarioBox()
{
    QSignalBlocker block(m_scenarioBox);
    m_scenarioBox->clear();
    for (const Scenario &s : std::as_const(m_file.scenarios))
        m_scenarioBox->addItem(s.name);
    m_scenarioBox->setCurrentText(m_file.active);
}

void PreviewDock::setActiveScenario(const QString &name)
{
    const Scenario *s = m_file.find(name);
    if (!s)
        return;
    m_file.active = name;
    m_editor->setScenario(*s);
    updateScenarioBox();
    schedule();
}

void PreviewDock::updateActiveScenario(const Scenario &in, const QString &mergeKey)
{
    // `before` first: a Scenario pointer taken earlier would write into the copy's shared data.
    const ScenarioFile before = m_file;
    Scenario *s = m_file.find(m_file.active);
    if (!s)
        return;
    const QString name = s->name;
    *s = in;
    s->name = name;
    m_editor->setScenario(*s);
    commitScenarios(before, tr("Edit scenario"), mergeKey);
}

QString PreviewDock::askNewScenario()
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, tr("Add scenario"), tr("Name of the new scenario:"),
                                               QLineEdit::Normal, m_file.uniqueName(tr("scenario")), &ok)
                             .trimmed();
    if (!ok || name.isEmpty())
        return {};
    return addScenario(name);
}

QString PreviewDock::addScenario(const QString &nameIn)
{
    const ScenarioFile before = m_file;
    Scenario s;
    s.name = m_file.uniqueName(nameIn.isEmpty() ? tr("scenario") : nameIn);
    m_file.scenarios.append(s);
    setActiveScenario(s.name);
    commitScenarios(before, tr("Add scenario %1").arg(s.name));
    return s.name;
}

QString PreviewDock::duplicateScenario()
{
    const Scenario *cur = m_file.find(m_file.active);
    if (!cur)
        return addScenario();
    const ScenarioFile before = m_file;
    Scenario s = *cur;
    s.name = m_file.uniqueName(cur->name + tr(" copy"));
    // A copy is its own secret: it gets its own refs in the store when saved.
    s.clientSecretRef.clear();
    for (ScenarioSecret &sec : s.secrets)
        sec.ref.clear();
    m_file.scenarios.append(s);
    setActiveScenario(s.name);
    commitScenarios(before, tr("Duplicate scenario"));
    return s.name;
}

bool PreviewDock::renameScenario(const QString &newNameIn)
{
    const QString newName = newNameIn.trimmed();
    const ScenarioFile before = m_file;
    Scenario *s = m_file.find(m_file.active);
    if (!s || newName.isEmpty() || (newName != s->name && m_file.find(newName)))
        return false;
    if (newName == s->name)
        return true;
    s->name = newName;
    m_file.active = newName;
    updateScenarioBox();
    commitScenarios(before, tr("Rename scenario"));
    return true;
}

void PreviewDock::removeScenario()
{
    const ScenarioFile before = m_file;
    for (int i = 0; i < m_file.scenarios.size(); ++i)
        if (m_file.scenarios.at(i).name == m_file.active) {
            m_file.scenarios.removeAt(i);
            break;
        }
    if (m_file.scenarios.isEmpty())
        m_file.scenarios.append(Scenario());
    setActiveScenario(m_file.scenarios.first().name);
    commitScenarios(before, tr("Delete scenario"));
}

bool PreviewDock::loadScenarios(const QString &actionPath, QString *error)
{
    ScenarioFile file;
    QStringList warnings;
    bool ok = true;
    const QString sidecar = actionPath.isEmpty() ? QString() : ScenarioFile::sidecarPath(actionPath);
    if (!sidecar.isEmpty() && QFile::exists(sidecar))
        ok = ScenarioFile::load(sidecar, &file, m_resolver, error, &warnings);
    if (file.scenarios.isEmpty())
        file.scenarios.append(Scenario());
    if (!file.find(file.active))
        file.active = file.scenarios.first().name;
    m_file = file;
    m_scenariosEdited = false;
    m_editor->setAction(m_window->document()->action());
    setActiveScenario(m_file.active);
    if (!warnings.isEmpty())
        m_status->setText(tr("Scenarios: %1").arg(warnings.join(QStringLiteral("; "))));
    return ok;
}

bool PreviewDock::hasSecretValues() const
{
    for (const Scenario &s : m_file.scenarios)
        if (!s.secretValues().isEmpty())
            return true;
    return false;
}

QString PreviewDock::journalText() const
{
    if (!m_scenariosEdited)
        return QString();
    // New secret values land in a store that dies with this call; their names stay in the text.
    InMemorySecretResolver discard;
    ScenarioFile copy = m_file;
    QString error;
    const JsonValue json = copy.toJson(&discard, &error);
    return error.isEmpty() ? QString::fromUtf8(writeJson(json)) : QString();
}

bool PreviewDock::restoreJournalText(const QString &text)
{
    const JsonParseResult parsed = parseJson(text);
    if (!parsed.ok() || !parsed.value.isObject())
        return false;
    QStringList warnings;
    ScenarioFile restored = ScenarioFile::fromJson(parsed.value, m_resolver, &warnings);
    if (restored.scenarios.isEmpty())
        return false;
    if (!restored.find(restored.active))
        restored.active = restored.scenarios.first().name;
    const ScenarioFile before = m_file;
    m_file = restored;
    commitScenarios(before, tr("Restore Scenarios"));
    setActiveScenario(m_file.active);
    if (!warnings.isEmpty())
        m_status->setText(tr("Scenarios: %1").arg(warnings.join(QStringLiteral("; "))));
    return true;
}

bool PreviewDock::saveScenarios(const QString &actionPath, QString *error, bool sessionOnly)
{
    const QString sidecar = ScenarioFile::sidecarPath(actionPath);
    // An action whose scenarios were never touched gets no sidecar.
    if (!m_scenariosEdited && !QFile::exists(sidecar))
        return true;
    if (!m_file.save(sidecar, sessionOnly ? m_sessionResolver : m_resolver, error))
        return false;
    m_scenariosEdited = false;
    return true;
}

void PreviewDock::showPortPayload()
{
    const Scenario *s = m_file.find(m_file.active);
    const QString run = s ? org::portPayloadRun(s->expect) : QString();
    if (run.isEmpty() || !m_preview.ok()) {
        m_portPayload->hide();
        return;
    }
    const QList<ExpectationIssue> issues = org::checkPortPayload(s->expect, invocationComparable(m_preview.invocation));
    if (issues.isEmpty()) {
        m_portPayload->setText(tr("✓ equals Port's payload for run %1").arg(run));
        m_portPayload->setToolTip(tr("Our render is what Port sent for run %1 (the scenario's expectation)").arg(run));
        setBanner(m_portPayload, Tone::Success);
    } else {
        QStringList lines;
        for (const ExpectationIssue &i : issues)
            lines << i.text();
        m_portPayload->setText(tr("✗ %n difference(s) from Port's payload for run %1", nullptr, int(issues.size())).arg(run)
                               + QStringLiteral(": ") + lines.first()
                               + (issues.size() > 1 ? QStringLiteral(" …") : QString()));
        m_portPayload->setToolTip(lines.join(QLatin1Char('\n')));
        setBanner(m_portPayload, Tone::Error);
    }
    m_portPayload->show();
}

}  // namespace ad::app
