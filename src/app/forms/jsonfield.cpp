#include "app/forms/jsonfield.h"

#include "app/forms/formcontext.h"
#include "app/forms/mapfield.h"
#include "app/jsonview/jsonstyle.h"
#include "app/settings/appsettings.h"
#include "app/util/themecolors.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <Qsci/qscilexerjson.h>
#include <Qsci/qsciscintilla.h>

#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QScrollArea>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad::app {

namespace {
constexpr int kErrorIndicator = 8;

// In a form, Tab moves to the next field (Enter auto-indents, so Tab is not needed for layout).
// Colours and font are the JSON view's (applyJsonStyle), re-applied when the theme or font changes.
class FormScintilla : public QsciScintilla {
public:
    explicit FormScintilla(QWidget *parent) : QsciScintilla(parent), m_lexer(new QsciLexerJSON(this))
    {
        setLexer(m_lexer);
        restyle();
        QObject::connect(&AppSettings::instance(), &AppSettings::changed, this, [this] { restyle(); });
    }
    void restyle()
    {
        applyJsonStyle(this, m_lexer, AppSettings::instance().editorFont());
        setMarginWidth(0, QStringLiteral("000"));
    }

protected:
    void changeEvent(QEvent *e) override
    {
        QsciScintilla::changeEvent(e);
        if (e->type() == QEvent::PaletteChange)
            restyle();
    }
    void keyPressEvent(QKeyEvent *e) override
    {
        if (e->key() == Qt::Key_Tab && !(e->modifiers() & Qt::ControlModifier)) {
            focusNextChild();
            return;
        }
        if (e->key() == Qt::Key_Backtab) {
            focusPreviousChild();
            return;
        }
        QsciScintilla::keyPressEvent(e);
    }

private:
    QsciLexerJSON *m_lexer;
};

QString pretty(const JsonValue &v)
{
    JsonWriteOptions o;
    o.finalNewline = false;
    return QString::fromUtf8(writeJson(v, o));
}
}  // namespace

JsonField::JsonField(FormContext *ctx, const QString &pointer, bool withTable, bool emptyRemoves, QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_editor(new FormScintilla(this)), m_error(new QLabel(this)),
      m_emptyRemoves(emptyRemoves)
{
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(2);

    m_editor->setUtf8(true);
    m_editor->setAutoIndent(true);
    m_editor->setIndentationsUseTabs(false);
    m_editor->setIndentationWidth(2);
    m_editor->setBraceMatching(QsciScintilla::SloppyBraceMatch);
    m_editor->setMarginLineNumbers(0, true);
    m_editor->setMarginWidth(1, 0);
    m_editor->setWrapMode(QsciScintilla::WrapNone);
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTH, 1);
    m_editor->SendScintilla(QsciScintilla::SCI_SETSCROLLWIDTHTRACKING, 1);
    connect(m_editor, &QsciScintilla::linesChanged, this, &JsonField::fitHeight);
    m_editor->indicatorDefine(QsciScintilla::SquiggleIndicator, kErrorIndicator);
    m_editor->setIndicatorForegroundColor(Qt::red, kErrorIndicator);

    m_error->setWordWrap(true);
    setErrorText(m_error, true);
    m_error->hide();

    if (withTable) {
        auto *bar = new QHBoxLayout;
        bar->setContentsMargins(0, 0, 0, 0);
        m_tableToggle = new QToolButton(this);
        m_tableToggle->setText(tr("Edit as &table"));
        m_tableToggle->setCheckable(true);
        m_tableToggle->setFocusPolicy(Qt::StrongFocus);
        m_tableToggle->setToolTip(tr("Edit as a key/value table (objects whose values are simple)"));
        bar->addWidget(m_tableToggle);
        bar->addStretch(1);
        l->addLayout(bar);
        // Both views in the layout, one hidden: the field is as tall as the view shown.
        l->addWidget(m_editor);
        m_map = new MapField(ctx, pointer, true, this);
        l->addWidget(m_map);
        connect(m_tableToggle, &QToolButton::toggled, this, [this](bool on) { setTableMode(on); });
    } else {
        l->addWidget(m_editor);
    }
    l->addWidget(m_error);
    setFocusProxy(m_editor);
    connect(m_editor, &QsciScintilla::textChanged, this, &JsonField::onTextChanged);
    refresh();
    fitHeight();
    if (withTable) {
        // Simple objects (string/number values) open as a table; anything nested as JSON.
        const JsonValue *v = current();
        bool simple = v && v->isObject();
        if (simple)
            for (const JsonMember &m : v->members())
                simple = simple && !m.value.isContainer();
        setTableMode(simple);
    }
}

namespace {
constexpr int kLinesWithoutPane = 18;  // not in a scroll area (yet): the old fixed cap
}

int JsonField::maxEditorHeight() const
{
    const int lineH = int(m_editor->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, 0));
    if (!m_pane)
        return kLinesWithoutPane * lineH + 2 * m_editor->frameWidth() + 18;
    // The pane less what the field shows besides the editor (table toggle, error) and the row's
    // label above it, so the whole field fits on screen when scrolled to. (Not height(): the
    // field's own layout has not caught up with the editor's last resize yet.)
    const int spacing = layout()->spacing();
    int besides = fontMetrics().height() + 2 * spacing + 8;
    if (m_tableToggle)
        besides += m_tableToggle->sizeHint().height() + spacing;
    if (!m_error->isHidden())
        besides += m_error->heightForWidth(qMax(1, width())) + spacing;
    return m_pane->viewport()->height() - besides;
}

void JsonField::fitHeight()
{
    const int lineH = int(m_editor->SendScintilla(QsciScintilla::SCI_TEXTHEIGHT, 0));
    const int chrome = 2 * m_editor->frameWidth() + 18;  // frame and the horizontal scroll bar's room
    const int wanted = (m_editor->lines() + 1) * lineH + chrome;
    const int minimum = kMinLines * lineH + chrome;
    const int h = qBound(minimum, wanted, qMax(minimum, maxEditorHeight()));
    m_editor->setFixedHeight(h);
    m_editor->SendScintilla(QsciScintilla::SCI_SETVSCROLLBAR, wanted > h ? 1 : 0);
}

void JsonField::watchPane()
{
    QWidget *w = parentWidget();
    while (w && !qobject_cast<QScrollArea *>(w))
        w = w->parentWidget();
    if (w == m_pane)
        return;
    if (m_pane)
        m_pane->viewport()->removeEventFilter(this);
    m_pane = static_cast<QScrollArea *>(w);
    m_paneHeight = -1;
    if (m_pane)
        m_pane->viewport()->installEventFilter(this);
}

void JsonField::showEvent(QShowEvent *e)
{
    FieldWidget::showEvent(e);
    watchPane();
    fitHeight();
}

bool JsonField::eventFilter(QObject *watched, QEvent *event)
{
    if (m_pane && watched == m_pane->viewport() && event->type() == QEvent::Resize &&
        m_pane->viewport()->height() != m_paneHeight) {
        m_paneHeight = m_pane->viewport()->height();
        fitHeight();
    }
    return FieldWidget::eventFilter(watched, event);
}

void JsonField::setTableMode(bool table)
{
    if (!m_map)
        return;
    if (table && !m_map->canShow())
        table = false;
    m_tableToggle->blockSignals(true);
    m_tableToggle->setChecked(table);
    m_tableToggle->blockSignals(false);
    m_editor->setVisible(!table);
    m_map->setVisible(table);
    setFocusProxy(table ? static_cast<QWidget *>(m_map) : m_editor);
}

bool JsonField::tableMode() const
{
    return m_map && !m_map->isHidden();
}

QString JsonField::text() const
{
    return m_editor->text();
}

void JsonField::setText(const QString &t)
{
    m_updating = true;  // setText passes through an empty text on its way
    m_editor->setText(t);
    m_updating = false;
    onTextChanged();
}

void JsonField::showError(const QString &message, qsizetype offset)
{
    m_editor->SendScintilla(QsciScintilla::SCI_SETINDICATORCURRENT, kErrorIndicator);
    m_editor->SendScintilla(QsciScintilla::SCI_INDICATORCLEARRANGE, 0, m_editor->length());
    if (message.isEmpty()) {
        m_error->hide();
        m_error->clear();
        return;
    }
    m_error->setText(message);
    m_error->show();
    if (offset >= 0) {
        const long len = m_editor->length();
        const long start = qMin<long>(offset, qMax<long>(0, len - 1));
        m_editor->SendScintilla(QsciScintilla::SCI_INDICATORFILLRANGE, start, qMax<long>(1, qMin<long>(len - start, 1)));
    }
}

void JsonField::onTextChanged()
{
    if (m_updating)
        return;
    const QString t = m_editor->text();
    if (t.trimmed().isEmpty()) {
        if (m_emptyRemoves) {
            showError(QString(), -1);
            // Replacing all text (paste over a selection) passes through empty: only an editor
            // that is still empty once the event loop turns removes the key.
            QMetaObject::invokeMethod(this, [this] {
                if (m_editor->text().trimmed().isEmpty())
                    erase();
            }, Qt::QueuedConnection);
        } else {
            showError(tr("Empty: type a JSON value."), -1);
        }
        return;
    }
    JsonParseResult r = parseJson(t);
    if (!r.ok()) {
        // Not written: the document keeps its last good value until the text parses.
        showError(tr("Line %1, column %2: %3 (not applied until it parses)")
                      .arg(r.error.pos.line)
                      .arg(r.error.pos.column)
                      .arg(r.error.message),
                  r.error.pos.offset);
        return;
    }
    if (m_check) {
        const QString problem = m_check(r.value);
        if (!problem.isEmpty()) {
            showError(problem + tr(" (not applied)"), -1);
            return;
        }
    }
    showError(QString(), -1);
    r.value.clearSourceInfo();
    const JsonValue *cur = current();
    if (!cur || *cur != r.value)
        write(r.value, true);
}

void JsonField::refresh()
{
    if (m_updating)
        return;
    const JsonValue *v = current();
    if (m_map)
        m_map->refresh();
    // The text already says this (maybe laid out differently, or mid-typing): leave it.
    const QString t = m_editor->text();
    if (!t.trimmed().isEmpty()) {
        JsonParseResult r = parseJson(t);
        if (r.ok() && v && r.value == *v)
            return;
    } else if (!v || v->isNull()) {
        return;
    }
    m_updating = true;
    const int line = m_editor->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION,
                                             m_editor->SendScintilla(QsciScintilla::SCI_GETCURRENTPOS));
    m_editor->setText(v && !v->isNull() ? pretty(*v) : QString());
    if (m_editor->hasFocus())
        m_editor->setCursorPosition(qMin(line, m_editor->lines() - 1), 0);
    showError(QString(), -1);
    m_updating = false;
}

QWidget *JsonField::focusTarget()
{
    return tableMode() ? static_cast<QWidget *>(m_map->table()) : m_editor;
}

}  // namespace ad::app
