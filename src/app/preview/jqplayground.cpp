#include "app/preview/jqplayground.h"

#include "app/forms/templatelineedit.h"
#include "app/preview/previewdock.h"
#include "secret/secretmask.h"
#include "template/templateengine.h"
#include "json/jsonwriter.h"

#include <Qsci/qsciscintilla.h>

#include <QAbstractItemView>
#include <QApplication>
#include <QCompleter>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStyledItemDelegate>
#include <QTimer>
#include <QVBoxLayout>

namespace ad::app {

namespace {

constexpr int kDebounceMs = 250;
constexpr int kMaxDepth = 6;
constexpr int kMaxPaths = 2000;
constexpr int kValueChars = 60;

// Draws the path's current value, greyed, to the right of the completion.
class PathValueDelegate : public QStyledItemDelegate {
public:
    PathValueDelegate(const JqPlayground *playground, QObject *parent)
        : QStyledItemDelegate(parent), m_playground(playground)
    {
    }
    void paint(QPainter *p, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(p, option, index);
        const QString value = m_playground->valueOfPath(index.data().toString());
        if (value.isEmpty())
            return;
        p->save();
        const bool selected = option.state & QStyle::State_Selected;
        QColor c = option.palette.color(selected ? QPalette::HighlightedText : QPalette::Text);
        c.setAlphaF(0.6f);
        p->setPen(c);
        const QRect r = option.rect.adjusted(option.rect.width() / 2, 0, -6, 0);
        p->drawText(r, Qt::AlignRight | Qt::AlignVCenter,
                    option.fontMetrics.elidedText(value, Qt::ElideMiddle, r.width()));
        p->restore();
    }
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        const QString value = m_playground->valueOfPath(index.data().toString());
        s.setWidth(s.width() + 24 + option.fontMetrics.horizontalAdvance(value));
        return s;
    }

private:
    const JqPlayground *m_playground;
};

QString shortValue(const JsonValue &v)
{
    QString s = QString::fromUtf8(toCompactJs(v));
    if (s.size() > kValueChars)
        s = s.left(kValueChars - 1) + QChar(0x2026);
    return s;
}

// Identifiers jq accepts after a dot; other keys need ."key".
bool plainKey(const QString &k)
{
    if (k.isEmpty() || k.at(0).isDigit())
        return false;
    for (const QChar c : k)
        if (!(c.isLetterOrNumber() || c == QLatin1Char('_')))
            return false;
    return true;
}

void walk(const JsonValue &v, const QString &path, int depth, QList<QPair<QString, QString>> *out)
{
    if (out->size() >= kMaxPaths || depth > kMaxDepth || !v.isObject())
        return;
    for (const JsonMember &m : v.members()) {
        if (!plainKey(m.key))
            continue;
        const QString p = path + QLatin1Char('.') + m.key;
        out->append({p, shortValue(m.value)});
        walk(m.value, p, depth + 1, out);
    }
}

} // namespace

JqPlayground::JqPlayground(PreviewDock *dock, QWidget *parent)
    : QWidget(parent), m_dock(dock), m_debounce(new QTimer(this))
{
    setObjectName(QStringLiteral("jqPlayground"));
    m_debounce->setSingleShot(true);
    m_debounce->setInterval(kDebounceMs);
    connect(m_debounce, &QTimer::timeout, this, &JqPlayground::evaluateNow);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 4, 0, 0);
    auto *row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Filter:"), this));
    m_filter = new TemplateLineEdit(this);
    m_filter->setObjectName(QStringLiteral("jqFilter"));
    m_filter->setMode(TemplateLineEdit::Mode::Jq);
    m_filter->setFont(mono);
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("a jq filter, e.g. .inputs | keys   (Ctrl+Space completes paths)"));
    m_filter->setToolTip(tr("Evaluated as Port evaluates the template {{ filter }} against the "
                            "scenario's "
                            "{{ . }} context: first output, single quotes rewritten, env disabled"));
    m_filter->setCompletionSource([this] { return m_paths; });
    m_filter->completer()->popup()->setItemDelegate(new PathValueDelegate(this, m_filter->completer()->popup()));
    row->addWidget(m_filter, 1);
    m_insert = new QPushButton(tr("Insert as template"), this);
    m_insert->setObjectName(QStringLiteral("jqInsert"));
    m_insert->setToolTip(tr("Insert {{ filter }} at the cursor of the form field "
                            "or JSON editor you used last"));
    m_insert->setEnabled(false);
    row->addWidget(m_insert);
    layout->addLayout(row);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("jqStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_output = new QPlainTextEdit(this);
    m_output->setObjectName(QStringLiteral("jqOutput"));
    m_output->setReadOnly(true);
    m_output->setFont(mono);
    layout->addWidget(m_output, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &JqPlayground::schedule);
    connect(m_insert, &QPushButton::clicked, this, &JqPlayground::insertAsTemplate);
    connect(m_dock, &PreviewDock::previewUpdated, this, &JqPlayground::contextChanged);
    m_focusConnection =
        connect(qApp, &QApplication::focusChanged, this, [this](QWidget *, QWidget *now) { focusChanged(now); });
    m_status->setText(tr("Type a jq filter to see its output against the "
                         "scenario's {{ . }} context."));
}

JqPlayground::~JqPlayground()
{
    // Deleting the children below moves the focus: by then this is no longer a JqPlayground.
    disconnect(m_focusConnection);
}

QList<QPair<QString, QString>> JqPlayground::contextPaths(const JsonValue &context)
{
    QList<QPair<QString, QString>> out;
    walk(context, QString(), 0, &out);
    return out;
}

void JqPlayground::focusChanged(QWidget *now)
{
    if (!now || now->window() != m_dock->window() || isAncestorOf(now))
        return;
    // A QsciScintilla's focus goes to its viewport: remember the editor itself.
    for (QWidget *w = now; w; w = w->parentWidget()) {
        if (qobject_cast<QsciScintilla *>(w) || qobject_cast<TemplateLineEdit *>(w)) {
            m_target = w;
            m_insert->setEnabled(true);
            return;
        }
    }
}

bool JqPlayground::insertAsTemplate()
{
    const QString filter = m_filter->text().trimmed();
    if (filter.isEmpty() || !m_target)
        return false;
    const QString text = QStringLiteral("{{ %1 }}").arg(filter);
    if (auto *edit = qobject_cast<TemplateLineEdit *>(m_target.data())) {
        edit->setFocus();
        edit->insert(text); // emits textEdited: the form writes it to the document
        return true;
    }
    if (auto *editor = qobject_cast<QsciScintilla *>(m_target.data())) {
        if (editor->isReadOnly())
            return false;
        editor->setFocus();
        editor->replaceSelectedText(text);
        return true;
    }
    return false;
}

void JqPlayground::contextChanged()
{
    const JsonValue &context = m_dock->preview().context;
    if (context == m_context)
        return;
    m_context = context;
    m_values.clear();
    m_paths.clear();
    const QStringList secrets = m_dock->secretsToMask();
    for (const auto &[path, value] : contextPaths(m_context)) {
        m_paths << path;
        m_values.insert(path, maskSecrets(value, secrets));
    }
    if (!m_filter->text().trimmed().isEmpty())
        schedule();
}

void JqPlayground::schedule()
{
    m_debounce->start();
}

void JqPlayground::evaluateNow()
{
    m_debounce->stop();
    const QString filter = m_filter->text().trimmed();
    if (filter.isEmpty()) {
        m_pending = 0;
        m_output->clear();
        m_status->setText(tr("Type a jq filter to see its output against the "
                             "scenario's {{ . }} context."));
        return;
    }
    if (m_context.isNull())
        contextChanged();
    if (!m_engine) {
        m_engine = new TemplateEngine(this);
        const QString binary = PreviewDock::defaultWorkerBinary();
        if (!binary.isEmpty())
            m_engine->setWorkerBinary(binary);
        connect(m_engine, &TemplateEngine::rendered, this, &JqPlayground::rendered);
    }
    RenderOptions options;
    options.timeoutMs = m_dock->timeoutMs();
    // Exactly the template a form field would hold.
    const JsonValue tpl = JsonValue::fromString(QStringLiteral("{{ %1 }}").arg(filter));
    m_engine->cancelPendingRenders();
    m_pending = m_engine->renderAsync(tpl, m_context, options);
    m_status->setText(tr("Evaluating…"));
}

void JqPlayground::rendered(quint64 id, const RenderOutput &out)
{
    if (id != m_pending)
        return; // a newer filter is on its way
    m_pending = 0;
    ++m_count;
    const QStringList secrets = m_dock->secretsToMask();
    const auto mask = [&secrets](const QString &t) { return maskSecrets(t, secrets); };
    const TemplateTrace t = out.traces.value(0);
    QStringList notes;
    if (!out.fatalError.isEmpty()) {
        m_failed = true;
        m_output->setPlainText(mask(out.fatalError));
        notes << tr("error: Port would reject this template");
    }
    else if (!t.error.isEmpty() || t.timedOut) {
        m_failed = true;
        m_output->setPlainText(mask(traceError(t, m_dock->timeoutMs())));
        notes << tr("error: Port would render this template as null");
    }
    else {
        m_failed = false;
        if (out.undefined || t.undefined) {
            m_output->setPlainText(QString());
            notes << tr("no output (undefined): Port leaves the value out");
        }
        else {
            JsonWriteOptions o;
            o.keepSourceText = false;
            o.finalNewline = false;
            m_output->setPlainText(mask(QString::fromUtf8(writeJson(out.value, o))));
            notes << tr("%1 · %2 ms").arg(t.resultType).arg(t.ms, 0, 'f', 1);
        }
        if (t.quoteRuleApplied)
            notes << tr("single quotes rewritten to double quotes, as Port does");
    }
    for (const QString &w : t.warnings)
        notes << tr("warning: %1").arg(mask(w));
    m_status->setText(notes.join(QStringLiteral(" · ")));
}

} // namespace ad::app
