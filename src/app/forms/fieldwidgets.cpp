#include "app/forms/fieldwidgets.h"
#include "app/util/themecolors.h"

#include "app/forms/formcontext.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QRegularExpressionValidator>
#include <QToolButton>

namespace ad::app {

QString compactJson(const JsonValue &v)
{
    if (v.isString())
        return v.toString();
    JsonWriteOptions o;
    o.style = JsonWriteOptions::Style::Compact;
    o.finalNewline = false;
    return QString::fromUtf8(writeJson(v, o));
}

JsonValue jsonOrString(const QString &text)
{
    const QString t = text.trimmed();
    if (!t.isEmpty()) {
        JsonParseResult r = parseJson(t);
        if (r.ok()) {
            r.value.clearSourceInfo();
            return r.value;
        }
    }
    return JsonValue::fromString(text);
}

namespace {
QHBoxLayout *row(QWidget *w)
{
    auto *l = new QHBoxLayout(w);
    l->setContentsMargins(0, 0, 0, 0);
    l->setSpacing(4);
    return l;
}

TemplateLineEdit *makeEdit(FormContext *ctx, TemplateLineEdit::Mode mode, QWidget *parent)
{
    auto *e = new TemplateLineEdit(parent);
    e->setMode(mode);
    if (mode == TemplateLineEdit::Mode::Jq)
        e->setCompletionSource([ctx] { return ctx->jqCompletions(); });
    else
        e->setCompletionSource([ctx] { return ctx->templateCompletions(); });
    return e;
}
}  // namespace

// --- StringField ---

StringField::StringField(FormContext *ctx, const QString &pointer, TemplateLineEdit::Mode mode, bool keepEmpty,
                         QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_edit(makeEdit(ctx, mode, this)), m_keepEmpty(keepEmpty)
{
    row(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (t.isEmpty() && !m_keepEmpty)
            erase();
        else
            write(JsonValue::fromString(t), true);
    });
    refresh();
}

void StringField::refresh()
{
    if (m_updating)
        return;
    const JsonValue *v = current();
    QString t;
    if (v && !v->isNull())
        t = v->isString() ? v->toString() : compactJson(*v);
    m_edit->setToolTip(v && !v->isNull() && !v->isString()
                           ? tr("Holds a %1, not a string; typing replaces it with text.").arg(v->typeName())
                           : QString());
    setTextKeepingCursor(m_edit, t);
}

QWidget *StringField::focusTarget()
{
    return m_edit;
}

// --- EnumField ---

EnumField::EnumField(FormContext *ctx, const QString &pointer, const QStringList &choices, bool editable,
                     const QString &noneText, QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_combo(new QComboBox(this)), m_noneText(noneText)
{
    row(this)->addWidget(m_combo, 1);
    setFocusProxy(m_combo);
    if (!noneText.isEmpty())
        m_combo->addItem(noneText, noneText);
    for (const QString &c : choices)
        m_combo->addItem(c, c);
    m_fixedCount = m_combo->count();
    m_combo->setEditable(editable);
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    if (editable) {
        // Free text (a template) goes to the document as it is typed.
        connect(m_combo->lineEdit(), &QLineEdit::textEdited, this, [this](const QString &t) { commit(t); });
    }
    connect(m_combo, &QComboBox::activated, this, [this](int i) { commit(m_combo->itemData(i).toString()); });
    refresh();
}

void EnumField::commit(const QString &text)
{
    if ((!m_noneText.isEmpty() && text == m_noneText) || text.isEmpty())
        erase();
    else
        write(JsonValue::fromString(text), m_combo->isEditable());
}

void EnumField::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const JsonValue *v = current();
    QString t = v && !v->isNull() ? (v->isString() ? v->toString() : compactJson(*v)) : QString();
    if (t.isEmpty())
        t = m_noneText.isEmpty() ? m_default : m_noneText;
    // The choices are the declaration's; a value outside them is shown once, marked, and goes
    // away when the value does (a half-typed "P" in the JSON view never stays in the list).
    while (m_combo->count() > m_fixedCount)
        m_combo->removeItem(m_combo->count() - 1);
    int i = m_combo->findData(t);
    if (i < 0 && !m_combo->isEditable() && !t.isEmpty()) {
        m_combo->addItem(tr("%1 (not a known value)").arg(t), t);
        i = m_combo->count() - 1;
        m_combo->setItemData(i, tr("Not one of the values Port accepts here"), Qt::ToolTipRole);
    }
    if (m_combo->isEditable()) {
        if (m_combo->currentText() != t) {
            if (i >= 0)
                m_combo->setCurrentIndex(i);
            else
                setTextKeepingCursor(m_combo->lineEdit(), t);
        }
    } else {
        m_combo->setCurrentIndex(i);
    }
    m_updating = false;
}

QWidget *EnumField::focusTarget()
{
    return m_combo;
}

// --- BoolField ---

BoolField::BoolField(FormContext *ctx, const QString &pointer, const QString &text, bool defaultValue, Alt alt,
                     QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_check(new QCheckBox(text, this)), m_default(defaultValue), m_alt(alt)
{
    auto *l = row(this);
    l->addWidget(m_check);
    setFocusProxy(m_check);
    connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
        if (!m_updating)
            write(JsonValue::fromBool(on));
    });
    if (alt != Alt::None) {
        m_edit = makeEdit(ctx, alt == Alt::Template ? TemplateLineEdit::Mode::Template : TemplateLineEdit::Mode::Jq,
                          this);
        m_edit->setPlaceholderText(alt == Alt::Template ? QStringLiteral("{{ ... }}") : tr("jq expression"));
        l->addWidget(m_edit, 1);
        m_toggle = new QToolButton(this);
        m_toggle->setCheckable(true);
        m_toggle->setText(alt == Alt::Template ? QStringLiteral("{{ }}") : QStringLiteral("jq"));
        m_toggle->setToolTip(alt == Alt::Template ? tr("Decide at run time with a {{ jq }} template")
                                                  : tr("Decide while the form is filled, with a jqQuery"));
        m_toggle->setFocusPolicy(Qt::StrongFocus);
        l->addWidget(m_toggle);
        l->addStretch(0);
        connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
            if (m_updating)
                return;
            showAlt(on);
            const QString b = m_check->isChecked() ? QStringLiteral("true") : QStringLiteral("false");
            if (!on)
                write(JsonValue::fromBool(m_check->isChecked()));
            else if (m_alt == Alt::Template)
                write(JsonValue::fromString(QStringLiteral("{{ ") + b + QStringLiteral(" }}")));
            else {
                JsonValue o = JsonValue::object();
                o.set(QStringLiteral("jqQuery"), JsonValue::fromString(b));
                write(o);
            }
        });
        connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &t) {
            if (m_alt == Alt::Template) {
                write(JsonValue::fromString(t), true);
            } else {
                JsonValue o = JsonValue::object();
                o.set(QStringLiteral("jqQuery"), JsonValue::fromString(t));
                write(o, true);
            }
        });
        showAlt(false);
    } else {
        l->addStretch(1);
    }
    refresh();
}

void BoolField::showAlt(bool alt)
{
    m_check->setVisible(!alt);
    if (m_edit)
        m_edit->setVisible(alt);
    setFocusProxy(alt ? static_cast<QWidget *>(m_edit) : m_check);
}

void BoolField::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const JsonValue *v = current();
    bool alt = false;
    QString altText;
    if (v && m_alt == Alt::Template && v->isString()) {
        alt = true;
        altText = v->toString();
    } else if (v && m_alt == Alt::JqQuery && v->isObject()) {
        alt = true;
        altText = v->value(u"jqQuery").toString();
    }
    m_check->setChecked(v && v->isBool() ? v->toBool() : m_default);
    if (m_toggle) {
        m_toggle->setChecked(alt);
        showAlt(alt);
        if (alt)
            setTextKeepingCursor(m_edit, altText);
    }
    m_updating = false;
}

QWidget *BoolField::focusTarget()
{
    return m_edit && m_edit->isVisible() ? static_cast<QWidget *>(m_edit) : m_check;
}

// --- NumberField ---

NumberField::NumberField(FormContext *ctx, const QString &pointer, bool integer, QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_edit(new QLineEdit(this))
{
    row(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setMaximumWidth(160);
    static_cast<QHBoxLayout *>(layout())->addStretch(1);
    m_edit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(integer ? QStringLiteral("-?[0-9]*") : QStringLiteral("-?[0-9]*\\.?[0-9]*([eE][-+]?[0-9]*)?")),
        m_edit));
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (t.isEmpty())
            erase();
        else if (parseJson(t).ok())  // only complete numbers ("-" and "1." wait for more)
            write(JsonValue::fromNumberText(t), true);
    });
    refresh();
}

void NumberField::refresh()
{
    if (m_updating)
        return;
    const JsonValue *v = current();
    const QString t = !v ? QString() : v->isNumber() ? v->numberText() : compactJson(*v);
    if (m_edit->hasFocus() && v && v->isNumber() && parseJson(m_edit->text()).ok()
        && JsonValue::fromNumberText(m_edit->text()) == *v)
        return;  // "1.50" typed, 1.5 stored: leave the text alone
    setTextKeepingCursor(m_edit, t);
}

QWidget *NumberField::focusTarget()
{
    return m_edit;
}

// --- ListField ---

ListField::ListField(FormContext *ctx, const QString &pointer, Shape shape, QWidget *parent)
    : FieldWidget(ctx, pointer, parent),
      m_edit(makeEdit(ctx, shape == Shape::StringOrList ? TemplateLineEdit::Mode::Template
                                                        : TemplateLineEdit::Mode::Plain, this)),
      m_shape(shape)
{
    row(this)->addWidget(m_edit);
    setFocusProxy(m_edit);
    m_edit->setPlaceholderText(shape == Shape::StringOrList ? tr("a, b, c  or  {{ template }}") : tr("a, b, c"));
    connect(m_edit, &QLineEdit::textEdited, this, [this](const QString &t) {
        if (t.trimmed().isEmpty())
            erase();
        else
            write(fromText(t), true);
    });
    refresh();
}

QString ListField::toText(const JsonValue &v)
{
    if (v.isArray()) {
        QStringList parts;
        for (const JsonValue &i : v.items())
            parts << (i.isString() ? i.toString() : compactJson(i));
        return parts.join(QStringLiteral(", "));
    }
    return v.isNull() ? QString() : compactJson(v);
}

JsonValue ListField::fromText(const QString &t) const
{
    if (m_shape == Shape::StringOrList && (t.contains(QLatin1String("{{")) || !t.contains(QLatin1Char(','))))
        return JsonValue::fromString(t.trimmed());
    JsonValue a = JsonValue::array();
    for (const QString &p : t.split(QLatin1Char(','))) {
        const QString s = p.trimmed();
        if (!s.isEmpty())
            a.append(JsonValue::fromString(s));
    }
    return a;
}

void ListField::refresh()
{
    if (m_updating)
        return;
    const JsonValue *v = current();
    const QString t = v ? toText(*v) : QString();
    // "a, b," and "a,b" mean the same list: keep what is being typed.
    if (m_edit->hasFocus() && v && fromText(m_edit->text()) == *v)
        return;
    setTextKeepingCursor(m_edit, t);
}

QWidget *ListField::focusTarget()
{
    return m_edit;
}

// --- LiteralOrJqField ---

LiteralOrJqField::LiteralOrJqField(FormContext *ctx, const QString &pointer, Parse parse, Show show, QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_edit(makeEdit(ctx, TemplateLineEdit::Mode::Plain, this)),
      m_toggle(new QToolButton(this)), m_parse(std::move(parse)), m_show(std::move(show))
{
    auto *l = row(this);
    l->addWidget(m_edit, 1);
    l->addWidget(m_toggle);
    setFocusProxy(m_edit);
    m_toggle->setText(QStringLiteral("jq"));
    m_toggle->setCheckable(true);
    m_toggle->setFocusPolicy(Qt::StrongFocus);
    m_toggle->setToolTip(tr("Compute it while the form is filled ({\"jqQuery\": ...})"));
    connect(m_edit, &QLineEdit::textEdited, this, [this] { commit(); });
    connect(m_toggle, &QToolButton::toggled, this, [this](bool on) {
        m_edit->setMode(on ? TemplateLineEdit::Mode::Jq : TemplateLineEdit::Mode::Plain);
        m_edit->setCompletionSource(on ? std::function<QStringList()>([this] { return m_ctx->jqCompletions(); })
                                       : std::function<QStringList()>());
        if (!m_updating)
            commit();
    });
    refresh();
}

void LiteralOrJqField::commit()
{
    const QString t = m_edit->text();
    if (t.isEmpty()) {
        erase();
        return;
    }
    if (m_toggle->isChecked()) {
        JsonValue o = JsonValue::object();
        o.set(QStringLiteral("jqQuery"), JsonValue::fromString(t));
        write(o, true);
    } else {
        write(m_parse(t), true);
    }
}

void LiteralOrJqField::refresh()
{
    if (m_updating)
        return;
    m_updating = true;
    const JsonValue *v = current();
    const bool jq = v && v->isObject() && v->contains(u"jqQuery");
    m_toggle->setChecked(jq);
    const QString t = !v ? QString() : jq ? v->value(u"jqQuery").toString() : m_show(*v);
    if (!(m_edit->hasFocus() && v && !jq && m_parse(m_edit->text()) == *v))
        setTextKeepingCursor(m_edit, t);
    m_updating = false;
}

QWidget *LiteralOrJqField::focusTarget()
{
    return m_edit;
}

}  // namespace ad::app

#include <QLabel>

namespace ad::app {

HintLabel::HintLabel(FormContext *ctx, const QString &pointer, Compute compute, QWidget *parent)
    : FieldWidget(ctx, pointer, parent), m_label(new QLabel(this)), m_compute(std::move(compute))
{
    auto *l = new QHBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    l->addWidget(m_label);
    m_label->setWordWrap(true);
    setFocusPolicy(Qt::NoFocus);
    refresh();
}

void HintLabel::refresh()
{
    bool bad = false;
    const QString t = m_compute(current(), &bad);
    m_label->setText(t);
    m_label->setVisible(!t.isEmpty());
    if (bad)
        setErrorText(m_label, true);
    else
        setMuted(m_label);
}

QString HintLabel::text() const
{
    return m_label->text();
}

}  // namespace ad::app
