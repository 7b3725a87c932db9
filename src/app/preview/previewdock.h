#pragma once
// The Preview dock: for the active scenario, the request or message the action's backend would get
// (exactly as `action-designer request` prints it), a trace of every template, the scenario
// editor and the whole payload context. Renders off the UI thread, debounced while typing; stale
// results are dropped. Failed templates are marked in the forms and the JSON view, engine
// warnings go to the Problems dock. Scenarios live in the sidecar next to the action file.

#include "app/preview/tracetable.h"
#include "context/scenariofile.h"
#include "context/secretresolver.h"
#include "invocation/invocationrender.h"

#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPlainTextEdit;
class QScrollArea;
class QsciScintilla;
class QTabWidget;
class QTimer;

namespace ad {
class BackgroundRenderer;
}

namespace ad::app {

class AdaptiveSplitter;
class JqPlayground;
class MainWindow;
class ScenarioEditor;

// "timed out after 2 s" as the engine says it, else the template's error itself.
QString traceError(const TemplateTrace &t, int timeoutMs);

class PreviewDock : public QWidget {
    Q_OBJECT
public:
    explicit PreviewDock(MainWindow *window, QWidget *parent = nullptr);
    ~PreviewDock() override;

    // The jq worker executable for docks created from now on (tests: the action-designer binary).
    static void setDefaultWorkerBinary(const QString &path);
    static QString defaultWorkerBinary();
    void setWorkerBinary(const QString &path);
    // Per-template limit (default 2 s).
    void setTimeoutMs(int ms);
    int timeoutMs() const;
    // Where scenario secrets are kept on save (default: an in-memory store for this session).
    void setSecretResolver(SecretResolver *resolver);
    // Where secrets go when the user chose "for this session only" (no keychain reachable).
    void setSessionResolver(SecretResolver *resolver);

    // --- scenarios ---
    const ScenarioFile &scenarios() const { return m_file; }
    QString activeScenario() const { return m_file.active; }
    void setActiveScenario(const QString &name);
    // Replaces the active scenario's content (keeps its name) and re-renders. Edits with the same
    // non-empty `mergeKey` in a quick burst are one undo step.
    void updateActiveScenario(const Scenario &s, const QString &mergeKey = {});
    QString addScenario(const QString &name = {});
    // Asks for the new scenario's name (the Add button); empty when cancelled.
    QString askNewScenario();
    QString duplicateScenario();
    bool renameScenario(const QString &newName);
    void removeScenario();
    bool loadScenarios(const QString &actionPath, QString *error = nullptr);
    // `sessionOnly`: secrets go to the session resolver (memory) instead of the keychain.
    bool saveScenarios(const QString &actionPath, QString *error = nullptr, bool sessionOnly = false);
    // True when the scenarios hold a secret value (a save needs a store for it).
    bool hasSecretValues() const;
    // The edited scenarios as the autosave journal keeps them, or "" while they are as on disk.
    // Secret values are left out (refs to stored secrets stay), so a crash loses no scenario edit
    // and the journal holds no secret.
    QString journalText() const;
    // Puts journaled scenarios back after a crash, as one undoable edit. False for unreadable text.
    bool restoreJournalText(const QString &text);

    // --- output ---
    void renderNow();  // skips the debounce
    bool isRendering() const { return m_pending != 0; }
    int renderCount() const { return m_renderCount; }
    const InvocationPreview &preview() const { return m_preview; }
    QString requestText() const;
    QString curl() const;
    QString bodyText() const;
    void setRevealSecrets(bool on);
    // The secret values shown text must mask (none while "Reveal secrets" is on).
    QStringList secretsToMask() const;
    // Stores the current request as the active scenario's expected snapshot (assertions kept): a
    // scenario edit like any other, written to the sidecar on save. Renders in the background;
    // expectationAccepted() follows. False when there is no action.
    bool acceptCurrentOutput();

    // True while the JSON text does not parse: what the dock shows is the last good render.
    bool isStale() const;
    QLabel *staleLabel() const { return m_stale; }
    QLabel *statusLabel() const { return m_status; }
    // Automations: whether the trigger condition holds for the scenario's event, per expression.
    QLabel *conditionLabel() const { return m_condition; }

    ScenarioEditor *scenarioEditor() const { return m_editor; }
    TraceTable *traceTable() const { return m_trace; }
    QPlainTextEdit *requestView() const { return m_text; }
    QPlainTextEdit *contextView() const { return m_contextView; }
    QTabWidget *tabs() const { return m_tabs; }
    // The scenario editor (first pane) beside or above the tabs with the request (second pane).
    AdaptiveSplitter *splitter() const { return m_split; }
    QScrollArea *scenarioPane() const { return m_scenarioPane; }
    JqPlayground *playground() const { return m_playground; }
    // "✓ equals Port's payload for run R" / "✗ N differences ..." for a scenario made from a real run.
    QLabel *portPayloadLabel() const { return m_portPayload; }
    // Jumps to the template of trace row `row`: its form field, else the JSON view.
    void jumpToTrace(int row);

signals:
    void previewUpdated();
    void expectationAccepted(const QString &scenario);

private:
    void schedule();
    void finished(quint64 id, const InvocationPreview &p);
    void acceptFinished(quint64 id, const InvocationPreview &p);
    void showPreview();
    void showCondition();
    void markTemplates();
    void markJsonField(QsciScintilla *editor, const QString &fieldPointer, const QList<TemplateTrace> &traces,
                       int timeoutMs, const QStringList &secrets);
    void updateScenarioBox();
    // Pushes the change from `before` to m_file as one undo step (edits with the same merge key in
    // a quick burst merge, like typing in a form).
    void showPortPayload();
    void commitScenarios(const ScenarioFile &before, const QString &text, const QString &mergeKey = {});
    void applyScenarios(const ScenarioFile &f);
    static void keepSecretRefs(ScenarioFile *f, const ScenarioFile &current);
    void actionChanged();
    void updateStale();

    MainWindow *m_window;
    BackgroundRenderer *m_renderer;
    BackgroundRenderer *m_acceptRenderer = nullptr;  // created on the first accept
    QString m_acceptScenario;
    QString m_workerBinary;
    QTimer *m_debounce;
    quint64 m_pending = 0;
    int m_renderCount = 0;
    InvocationPreview m_preview;
    bool m_hasPreview = false;
    bool m_reveal = false;
    bool m_scenariosEdited = false;

    ScenarioFile m_file;
    std::unique_ptr<InMemorySecretResolver> m_ownResolver;
    SecretResolver *m_resolver;
    SecretResolver *m_sessionResolver;

    QLabel *m_portPayload = nullptr;
    QComboBox *m_scenarioBox;
    AdaptiveSplitter *m_split;
    QScrollArea *m_scenarioPane;
    QTabWidget *m_tabs;
    QLabel *m_status;
    QLabel *m_stale;
    QLabel *m_condition;
    QPlainTextEdit *m_text;
    QListWidget *m_warnings;
    QCheckBox *m_revealBox;
    TraceTable *m_trace;
    ScenarioEditor *m_editor;
    QPlainTextEdit *m_contextView;
    JqPlayground *m_playground;
};

}  // namespace ad::app
