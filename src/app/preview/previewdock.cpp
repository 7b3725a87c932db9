#include "app/preview/previewdock.h"
#include "app/util/themecolors.h"

#include "app/preview/portform.h"

#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/jsonfield.h"
#include "app/forms/templatelineedit.h"
#include "app/mainwindow.h"
#include "app/preview/jqplayground.h"
#include "app/preview/scenarioeditor.h"
#include "app/util/adaptivesplitter.h"
#include "app/preview/tracetable.h"
#include "context/inputcheck.h"
#include "invocation/backgroundrenderer.h"
#include "invocation/invocationformat.h"
#include "scenariotest/scenariotest.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"
#include "json/jsonwriter.h"

#include <Qsci/qsciscintilla.h>

#include <algorithm>

#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSplitter>
#include <QStyle>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad::app {

namespace {

QString &defaultBinary()
{
    static QString path;
    return path;
}

QString pretty(const JsonValue &v)
{
    JsonWriteOptions o;
    o.finalNewline = false;
    o.keepSourceText = false;
    return QString::fromUtf8(writeJson(v, o));
}

const int kPreviewDebounceMs = 250;

// A scroll area squeezes a resizable widget down to its minimum size before it scrolls, and the
// scenario's line edits squeezed to a sliver are unreadable: this pane asks for its natural height,
// so the scenario scrolls instead.
class UnsqueezedPane : public QWidget {
public:
    explicit UnsqueezedPane(QWidget *content)
    {
        auto *l = new QVBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(content);
    }
    QSize minimumSizeHint() const override
    {
        const QSize m = QWidget::minimumSizeHint();
        return {m.width(), qMax(m.height(), sizeHint().height())};
    }
};

}  // namespace

QString traceError(const TemplateTrace &t, int timeoutMs)
{
    if (t.timedOut && t.error.isEmpty())
        return QObject::tr("timed out after %1 s").arg(timeoutMs / 1000.0);
    return t.error;
}

void PreviewDock::setDefaultWorkerBinary(const QString &path)
{
    defaultBinary() = path;
}

QString PreviewDock::defaultWorkerBinary()
{
    return defaultBinary();
}

PreviewDock::PreviewDock(MainWindow *window, QWidget *parent)
    : QWidget(parent), m_window(window), m_renderer(new BackgroundRenderer(this)), m_debounce(new QTimer(this)),
      m_ownResolver(std::make_unique<InMemorySecretResolver>()), m_resolver(m_ownResolver.get()), m_sessionResolver(m_ownResolver.get())
{
    setObjectName(QStringLiteral("PreviewDock"));
    m_renderer->setWorkerBinary(defaultBinary());
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kPreviewDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &PreviewDock::renderNow);
    connect(m_renderer, &BackgroundRenderer::finished, this, &PreviewDock::finished);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);

    // Scenario picker and its management buttons.
    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Scenario:"), this));
    m_scenarioBox = new QComboBox(this);
    m_scenarioBox->setObjectName(QStringLiteral("scenarioBox"));
    m_scenarioBox->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_scenarioBox, 1);
    const auto button = [this, bar](const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        bar->addWidget(b);
        connect(b, &QToolButton::clicked, this, slot);
    };
    button(tr("Add"), tr("New scenario with default values"), [this]() { askNewScenario(); });
    button(tr("Duplicate"), tr("Copy the active scenario"), [this]() { duplicateScenario(); });
    button(tr("Rename"), tr("Rename the active scenario"), [this]() {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("Rename scenario"), tr("Name:"), QLineEdit::Normal,
                                                   m_file.active, &ok);
        if (ok)
            renameScenario(name);
    });
    button(tr("Delete"), tr("Delete the active scenario"), [this]() { removeScenario(); });
    layout->addLayout(bar);
    connect(m_scenarioBox, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        if (!name.isEmpty() && name != m_file.active)
            setActiveScenario(name);
    });

    // The scenario and what it renders to, both in view: side by side when the dock is wide,
    // stacked when it is narrow.
    m_split = new AdaptiveSplitter(QStringLiteral("preview"), this);
    m_split->setObjectName(QStringLiteral("previewSplit"));
    m_split->setDefaultShares(0.5, 0.45);
    layout->addWidget(m_split, 1);
    m_tabs = new QTabWidget(this);
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    // Request: the rendered invocation, copy buttons, and what went wrong on the way.
    auto *requestPage = new QWidget(m_tabs);
    auto *rl = new QVBoxLayout(requestPage);
    rl->setContentsMargins(0, 4, 0, 0);
    m_status = new QLabel(requestPage);
    m_status->setWordWrap(true);
    rl->addWidget(m_status);
    m_stale = new QLabel(tr("Stale: the JSON text does not parse. This is the last good render; it follows again "
                            "once the text parses."),
                         this);
    m_stale->setObjectName(QStringLiteral("staleLabel"));
    m_stale->setWordWrap(true);
    m_stale->setContentsMargins(6, 3, 6, 3);
    setBanner(m_stale, Tone::Warning);
    m_stale->hide();
    layout->insertWidget(1, m_stale);
    m_condition = new QLabel(requestPage);
    m_condition->setObjectName(QStringLiteral("conditionLabel"));
    m_condition->setWordWrap(true);
    m_condition->setTextFormat(Qt::RichText);
    m_condition->hide();
    rl->addWidget(m_condition);
    m_portPayload = new QLabel(requestPage);
    m_portPayload->setObjectName(QStringLiteral("portPayloadLabel"));
    m_portPayload->setWordWrap(true);
    m_portPayload->setContentsMargins(6, 3, 6, 3);
    m_portPayload->hide();
    rl->addWidget(m_portPayload);
    auto *split = new QSplitter(Qt::Vertical, requestPage);
    m_text = new QPlainTextEdit(split);
    m_text->setObjectName(QStringLiteral("requestText"));
    m_text->setReadOnly(true);
    m_text->setFont(mono);
    m_text->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_warnings = new QListWidget(split);
    m_warnings->setObjectName(QStringLiteral("previewWarnings"));
    m_warnings->setWordWrap(true);
    split->addWidget(m_text);
    split->addWidget(m_warnings);
    split->setStretchFactor(0, 4);
    split->setStretchFactor(1, 1);
    rl->addWidget(split, 1);
    auto *copyRow = new QHBoxLayout;
    m_revealBox = new QCheckBox(tr("Reveal secrets"), requestPage);
    auto *accept = new QPushButton(tr("Accept as expected"), requestPage);
    accept->setObjectName(QStringLiteral("acceptExpected"));
    accept->setToolTip(tr("Store this request as the scenario's expected output (its snapshot); "
                          "File > Save writes it to the scenario file"));
    auto *copyCurl = new QPushButton(tr("Copy as curl"), requestPage);
    auto *copyBody = new QPushButton(tr("Copy body"), requestPage);
    copyRow->addWidget(m_revealBox);
    copyRow->addStretch(1);
    copyRow->addWidget(accept);
    copyRow->addWidget(copyCurl);
    copyRow->addWidget(copyBody);
    rl->addLayout(copyRow);
    connect(m_revealBox, &QCheckBox::toggled, this, &PreviewDock::setRevealSecrets);
    connect(accept, &QPushButton::clicked, this, &PreviewDock::acceptCurrentOutput);
    connect(copyCurl, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(curl()); });
    connect(copyBody, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(bodyText()); });
    m_tabs->addTab(requestPage, tr("Request"));

    // Trace: one row per template.
    m_trace = new TraceTable(m_tabs);
    connect(m_trace, &QTableWidget::cellActivated, this, [this](int row, int) { jumpToTrace(row); });
    connect(m_trace, &QTableWidget::cellDoubleClicked, this, [this](int row, int) { jumpToTrace(row); });
    m_tabs->addTab(m_trace, tr("Trace"));

    m_playground = new JqPlayground(this, m_tabs);
    m_tabs->addTab(m_playground, tr("Try jq"));

    // Scenario editor: the splitter's first pane.
    m_editor = new ScenarioEditor;
    m_scenarioPane = new QScrollArea(m_split);
    m_scenarioPane->setObjectName(QStringLiteral("scenarioPane"));
    m_scenarioPane->setWidget(new UnsqueezedPane(m_editor));
    m_scenarioPane->setWidgetResizable(true);
    m_split->addWidget(m_scenarioPane);
    m_split->addWidget(m_tabs);
    const QFontMetrics fm(font());
    // Each pane needs room for a form row (label and field) and a few lines of request; the
    // scenario's form should not need a horizontal scroll bar.
    const int scenarioWidth = m_scenarioPane->widget()->minimumSizeHint().width() + 2 * m_scenarioPane->frameWidth() +
                              style()->pixelMetric(QStyle::PM_ScrollBarExtent, nullptr, m_scenarioPane);
    m_split->setMinimumPane(
        QSize(std::max({40 * fm.averageCharWidth(), m_tabs->minimumSizeHint().width(), scenarioWidth}),
              14 * fm.lineSpacing()));
    connect(m_editor, &ScenarioEditor::changed, this, [this]() {
        if (!m_file.find(m_file.active))
            return;
        const ScenarioFile before = m_file;
        Scenario *s = m_file.find(m_file.active);
        *s = m_editor->scenario();
        s->name = before.find(before.active)->name;
        keepSecretRefs(&m_file, before);
        commitScenarios(before, tr("Edit scenario"), QStringLiteral("scenario-editor:") + m_file.active);
    });

    // {{ . }}: the whole payload context.
    m_contextView = new QPlainTextEdit(m_tabs);
    m_contextView->setObjectName(QStringLiteral("contextView"));
    m_contextView->setReadOnly(true);
    m_contextView->setFont(mono);
    m_tabs->addTab(m_contextView, tr("{{ . }}"));

    m_tabs->addTab(new PortFormView(this, m_window->document(), m_tabs), tr("Form"));

    Document *doc = m_window->document();
    connect(doc, &Document::changed, this, &PreviewDock::actionChanged);
    connect(doc, &Document::currentActionChanged, this, &PreviewDock::actionChanged);
    connect(doc, &Document::parseStateChanged, this, &PreviewDock::updateStale);
    connect(m_window, &MainWindow::fileLoaded, this, [this](const QString &path) { loadScenarios(path); });
    loadScenarios(doc->path());
}

PreviewDock::~PreviewDock() = default;

void PreviewDock::setWorkerBinary(const QString &path)
{
    m_workerBinary = path;
    m_renderer->setWorkerBinary(path);
}

void PreviewDock::setTimeoutMs(int ms)
{
    m_renderer->setTimeoutMs(ms);
}

int PreviewDock::timeoutMs() const
{
    return m_renderer->timeoutMs();
}

QStringList PreviewDock::secretsToMask() const
{
    if (m_reveal)
        return {};
    QStringList secrets = m_preview.invocation.secretValues;
    if (const Scenario *s = m_file.find(m_file.active))
        secrets += s->secretValues();
    return secrets;
}

void PreviewDock::setSecretResolver(SecretResolver *resolver)
{
    m_resolver = resolver ? resolver : m_ownResolver.get();
}

void PreviewDock::setSessionResolver(SecretResolver *resolver)
{
    m_sessionResolver = resolver ? resolver : m_ownResolver.get();
}

// --- rendering ---

bool PreviewDock::isStale() const
{
    return m_window->document()->hasPendingText();
}

void PreviewDock::updateStale()
{
    m_stale->setVisible(isStale());
}

void PreviewDock::actionChanged()
{
    updateStale();
    m_editor->setAction(m_window->document()->action());
    schedule();
}

void PreviewDock::schedule()
{
    m_debounce->start();
}

void PreviewDock::renderNow()
{
    m_debounce->stop();
    const JsonValue &action = m_window->document()->action();
    const Scenario *s = m_file.find(m_file.active);
    if (!action.isObject() || !s) {
        m_status->setText(tr("No action to preview."));
        return;
    }
    if (defaultBinary().isEmpty() && m_workerBinary.isEmpty() && qEnvironmentVariableIsSet("AD_TEST_MODE")) {
        // Other areas' GUI tests: this executable is a test, not the jq worker.
        m_status->setText(tr("Preview off: no jq worker binary set."));
        return;
    }
    m_renderer->cancelAll();  // only the newest edit matters
    m_pending = m_renderer->request(action, *s);
    if (!m_hasPreview)
        m_status->setText(tr("Rendering…"));
}

void PreviewDock::finished(quint64 id, const InvocationPreview &p)
{
    if (id != m_renderer->latestRequest())
        return;  // a newer edit is on its way
    m_pending = 0;
    m_preview = p;
    // Encrypted inputs: Port would deliver ciphertext; the preview has the clear value, so it is
    // masked like the scenario's secrets.
    m_preview.invocation.secretValues << encryptedInputValues(p.form);
    m_hasPreview = true;
    ++m_renderCount;
    showPreview();
    markTemplates();
    emit previewUpdated();
}

bool PreviewDock::acceptCurrentOutput()
{
    const JsonValue &action = m_window->document()->action();
    const Scenario *s = m_file.find(m_file.active);
    if (!action.isObject() || !s)
        return false;
    // Rendered again the way `action-designer test` renders (stand-in secrets), so what is stored
    // is what the test compares with, with or without the keychain.
    if (!m_acceptRenderer) {
        m_acceptRenderer = new BackgroundRenderer(this);
        m_acceptRenderer->setWorkerBinary(m_renderer->workerBinary());
        m_acceptRenderer->setTimeoutMs(m_renderer->timeoutMs());
        connect(m_acceptRenderer, &BackgroundRenderer::finished, this, &PreviewDock::acceptFinished);
    }
    m_acceptRenderer->cancelAll();
    m_acceptScenario = s->name;
    m_acceptRenderer->request(action, scenarioForTest(*s));
    return true;
}

void PreviewDock::acceptFinished(quint64 id, const InvocationPreview &p)
{
    if (id != m_acceptRenderer->latestRequest())
        return;
    Scenario *s = m_file.find(m_acceptScenario);
    if (!s)
        return;
    const ScenarioTestResult judged = evaluateScenario(scenarioForTest(*s), p, QDateTime::currentSecsSinceEpoch());
    if (judged.snapshot.isNull()) {
        m_status->setText(tr("Nothing accepted: %1").arg(judged.error));
        return;
    }
    // Through the same path as any scenario edit: marks the scenarios edited (saved with the file).
    Scenario updated = *s;
    acceptSnapshot(&updated, judged.snapshot);
    if (m_file.active != updated.name)
        setActiveScenario(updated.name);
    updateActiveScenario(updated);
    m_status->setText(tr("Accepted as the expected request of scenario “%1”; File > Save writes it.").arg(updated.name));
    emit expectationAccepted(updated.name);
}

void PreviewDock::setRevealSecrets(bool on)
{
    m_reveal = on;
    if (m_revealBox->isChecked() != on)
        m_revealBox->setChecked(on);
    if (m_hasPreview)
        showPreview();
}

QString PreviewDock::requestText() const
{
    if (!m_preview.ok())
        return tr("The render failed as a whole: %1").arg(m_preview.render.fatalError);
    return invocationToText(m_preview.invocation, m_reveal);
}

QString PreviewDock::curl() const
{
    return toCurl(m_preview.invocation, m_reveal);
}

QString PreviewDock::bodyText() const
{
    const RenderedInvocation &inv = m_preview.invocation;
    QString text;
    if (isHttpInvocation(inv))
        text = QString::fromUtf8(inv.body);
    else if (!inv.value.isEmpty())
        text = QString::fromUtf8(inv.value);
    else
        text = pretty(inv.entity);
    return m_reveal ? text : maskSecrets(text, inv.secretValues);
}

void PreviewDock::showPreview()
{
    const InvocationPreview &p = m_preview;
    const QStringList secrets = secretsToMask();
    const auto mask = [&secrets](const QString &t) { return maskSecrets(t, secrets); };
    const int timeoutMs = m_renderer->timeoutMs();

    const int failed = p.render.failedCount();
    QString status = tr("%1 · scenario “%2” · %n template(s)", nullptr, int(p.render.traces.size()))
                         .arg(p.invocation.backend.isEmpty() ? tr("no backend") : p.invocation.backend, m_file.active);
    if (failed)
        status += tr(", %n failed (rendered as null)", nullptr, failed);
    if (p.invocation.backend == QLatin1String("GITHUB") || p.invocation.backend == QLatin1String("INTEGRATION_ACTION")) {
        const JsonParseResult body = parseJson(p.invocation.body);
        const qsizetype inputs = body.value.value(u"inputs").size();
        status += tr(" · %1 of at most 10 workflow inputs").arg(inputs);
    }
    // A mock value Port's form would refuse: the request shown is one Port would never send.
    const QHash<QString, QStringList> invalid = checkMockInputs(p.form);
    if (!invalid.isEmpty()) {
        QStringList ids = invalid.keys();
        ids.sort();
        status += tr(" · ⚠ Port's form would refuse %n input value(s) (%1): Port would never send this request",
                     nullptr, int(ids.size()))
                      .arg(ids.join(QStringLiteral(", ")));
    }
    m_status->setText(status);
    showCondition();
    showPortPayload();

    const QString text = requestText();
    if (m_text->toPlainText() != text)
        m_text->setPlainText(text);

    m_warnings->clear();
    for (const TemplateTrace &t : p.render.traces) {
        if (!t.error.isEmpty())
            m_warnings->addItem(mask(tr("error: {{ %1 }} at %2: %3 (rendered as null)")
                                         .arg(t.filter.trimmed(), t.pointer, traceError(t, timeoutMs))));
        for (const QString &w : t.warnings)
            m_warnings->addItem(mask(tr("warning: {{ %1 }} at %2: %3").arg(t.filter.trimmed(), t.pointer, w)));
    }
    for (const QString &w : p.warnings)
        m_warnings->addItem(mask(tr("warning: %1").arg(w)));
    m_warnings->setVisible(m_warnings->count() > 0);

    m_trace->setTraces(p.render.traces, mask, timeoutMs);

    const QString ctx = mask(pretty(p.context));
    if (m_contextView->toPlainText() != ctx)
        m_contextView->setPlainText(ctx);
    m_editor->setFormState(p.form, p.context);
}

void PreviewDock::showCondition()
{
    const ConditionResult &c = m_preview.condition;
    m_condition->setVisible(c.present);
    if (!c.present)
        return;
    QStringList rows;
    for (const ConditionResult::Expression &e : c.expressions) {
        QString value;
        switch (e.result.kind) {
        case JqResult::Kind::Value: value = QString::fromUtf8(toCompactJs(e.result.value)); break;
        case JqResult::Kind::Undefined: value = tr("no output"); break;
        case JqResult::Kind::Error: value = tr("error: %1").arg(e.result.error); break;
        }
        if (e.result.kind == JqResult::Kind::Value && !e.result.value.isBool())
            value += tr(" (not a boolean: counts as false)");
        rows << QStringLiteral("<li><code>%1</code> → <b>%2</b></li>").arg(e.expression.toHtmlEscaped(), value.toHtmlEscaped());
    }
    const QString head = c.fires ? tr("✓ The trigger condition holds (%1): Port would run this automation for this event.")
                                       .arg(c.combinator)
                                 : tr("✗ The trigger condition does not hold (%1): Port would NOT run this automation "
                                      "for this event; the request below would not be sent.")
                                       .arg(c.combinator);
    m_condition->setText(QStringLiteral("%1<ul style=\"margin:0\">%2</ul>").arg(head.toHtmlEscaped(), rows.join(QString())));
    m_condition->setProperty("fires", c.fires);
}

}  // namespace ad::app
