#include "app/preview/portformfields.h"

#include "context/inputexamples.h"
#include "context/jsonbuild.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>

namespace ad::app {

QString portValueText(const JsonValue &v)
{
    if (v.isNull())
        return {};
    if (v.isString())
        return v.toString();
    if (v.isObject() && v.contains(u"identifier"))
        return v.value(u"identifier").toString();
    return QString::fromUtf8(toCompactJs(v));
}

namespace {

using jsonbuild::str;

// Mock entities of the input's blueprint (all of them when the input names none).
QStringList entityChoices(const JsonValue &schema, const Scenario &s)
{
    const QString bp = inputs::entityBlueprint(schema);
    QStringList ids;
    for (const JsonValue &e : s.mockEntities.items())
        if (bp.isEmpty() || e.value(u"blueprint").toString(bp) == bp)
            ids << e.value(u"identifier").toString();
    return ids;
}

// What a drop-down or checklist offers: the mock entities for entity inputs, else the resolved enum.
std::vector<JsonValue> choices(bool entity, const InputState &in, const Scenario &s)
{
    if (!entity)
        return in.enumValues.items();
    std::vector<JsonValue> values;
    for (const QString &id : entityChoices(in.schema, s))
        values.push_back(str(id));
    return values;
}

// Typing must not be overwritten by a render of what was typed a moment ago.
bool busy(const QWidget *w)
{
    return w->hasFocus() || w->isAncestorOf(QApplication::focusWidget());
}

// A text line. Numbers are taken as typed: what is not a number stays text, so the form marks it
// instead of dropping it, and an empty number field is "no value".
class LineField : public PortField {
public:
    LineField(const JsonValue &schema, QWidget *parent) : PortField(parent), m_edit(new QLineEdit(parent))
    {
        const QString type = schema.value(u"type").toString();
        const bool number = type == QLatin1String("number") || type == QLatin1String("integer");
        if (schema.contains(u"encryption"))
            m_edit->setEchoMode(QLineEdit::Password);
        connect(m_edit, &QLineEdit::textEdited, this, [this, number](const QString &t) {
            if (!number) {
                emit edited(str(t), false);
            } else if (t.trimmed().isEmpty()) {
                emit edited({}, true);
            } else {
                const JsonParseResult r = parseJson(t.trimmed());
                emit edited(r.ok() && r.value.isNumber() ? r.value : str(t), false);
            }
        });
    }
    QWidget *widget() const override { return m_edit; }
    void show(const InputState &in, const Scenario &) override
    {
        if (!busy(m_edit) && m_edit->text() != portValueText(in.value))
            m_edit->setText(portValueText(in.value));
    }

private:
    QLineEdit *m_edit;
};

// A text box: multi-line strings, or JSON for objects and free arrays (text that does not parse
// is marked and not sent).
class TextBoxField : public PortField {
public:
    TextBoxField(bool json, QWidget *parent) : PortField(parent), m_json(json), m_edit(new QPlainTextEdit(parent))
    {
        if (json)
            m_edit->setFont(QFont(QStringLiteral("monospace")));
        m_edit->setTabChangesFocus(true);
        m_edit->setMaximumHeight(110);
        connect(m_edit, &QPlainTextEdit::textChanged, this, [this]() {
            if (m_filling)
                return;
            const QString text = m_edit->toPlainText();
            if (!m_json) {
                emit edited(str(text), false);
                return;
            }
            if (text.trimmed().isEmpty()) {
                m_edit->setProperty("badJson", false);
                emit edited({}, true);
                return;
            }
            const JsonParseResult r = parseJson(text);
            m_edit->setProperty("badJson", !r.ok());
            m_edit->setToolTip(r.ok() ? QString() : r.error.message);
            if (r.ok())
                emit edited(r.value, false);
        });
    }
    QWidget *widget() const override { return m_edit; }
    void show(const InputState &in, const Scenario &) override
    {
        const QString text = m_json && !in.value.isNull() ? QString::fromUtf8(toCompactJs(in.value)) : portValueText(in.value);
        if (busy(m_edit) || m_edit->toPlainText() == text)
            return;
        m_filling = true;
        m_edit->setPlainText(text);
        m_filling = false;
    }

private:
    bool m_json;
    QPlainTextEdit *m_edit;
    bool m_filling = false;
};

class BoolField : public PortField {
public:
    explicit BoolField(QWidget *parent) : PortField(parent), m_box(new QCheckBox(parent))
    {
        connect(m_box, &QCheckBox::clicked, this, [this](bool on) { emit edited(JsonValue::fromBool(on), false); });
    }
    QWidget *widget() const override { return m_box; }
    void show(const InputState &in, const Scenario &) override { m_box->setChecked(in.value.toBool()); }

private:
    QCheckBox *m_box;
};

// A drop-down: a resolved enum, or the mock entities of an entity input. The empty first entry
// is "no value".
class ChoiceField : public PortField {
public:
    ChoiceField(const JsonValue &schema, QWidget *parent)
        : PortField(parent), m_entity(inputs::isEntityInput(schema)), m_combo(new QComboBox(parent))
    {
        connect(m_combo, &QComboBox::activated, this, [this](int i) {
            if (i <= 0 || i > qsizetype(m_values.size()))
                emit edited({}, true);
            else
                emit edited(m_values.at(i - 1), false);
        });
    }
    QWidget *widget() const override { return m_combo; }
    void show(const InputState &in, const Scenario &s) override
    {
        const std::vector<JsonValue> values = choices(m_entity, in, s);
        QSignalBlocker block(m_combo);
        if (values != m_values) {
            m_values = values;
            m_combo->clear();
            m_combo->addItem(QString());
            for (const JsonValue &v : m_values)
                m_combo->addItem(portValueText(v));
        }
        const QString current = portValueText(in.value);
        int index = m_combo->findText(current);
        if (index < 0 && !current.isEmpty()) {
            // A value that is not among the choices shows once, marked as such.
            m_combo->addItem(PortField::tr("%1 (not a choice)").arg(current));
            index = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(qMax(0, index));
    }

private:
    bool m_entity;
    QComboBox *m_combo;
    std::vector<JsonValue> m_values;
};

// Arrays of enum values or entities: one checkable row per choice.
class ChecklistField : public PortField {
public:
    ChecklistField(const JsonValue &schema, QWidget *parent)
        : PortField(parent), m_entity(inputs::isEntityArrayInput(schema)), m_list(new QListWidget(parent))
    {
        m_list->setMaximumHeight(110);
        connect(m_list, &QListWidget::itemChanged, this, [this]() {
            if (m_filling)
                return;
            JsonValue a = JsonValue::array();
            for (int i = 0; i < m_list->count(); ++i)
                if (m_list->item(i)->checkState() == Qt::Checked && i < qsizetype(m_values.size()))
                    a.append(m_values.at(i));
            emit edited(a, false);
        });
    }
    QWidget *widget() const override { return m_list; }
    void show(const InputState &in, const Scenario &s) override
    {
        const std::vector<JsonValue> values = choices(m_entity, in, s);
        QStringList chosen;
        for (const JsonValue &v : in.value.items())
            chosen << portValueText(v);
        m_filling = true;
        if (values != m_values) {
            m_values = values;
            m_list->clear();
            for (const JsonValue &v : m_values) {
                auto *item = new QListWidgetItem(portValueText(v), m_list);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
            }
        }
        for (int i = 0; i < m_list->count(); ++i)
            m_list->item(i)->setCheckState(chosen.contains(m_list->item(i)->text()) ? Qt::Checked : Qt::Unchecked);
        m_filling = false;
    }

private:
    bool m_entity;
    QListWidget *m_list;
    std::vector<JsonValue> m_values;
    bool m_filling = false;
};

class DateTimeField : public PortField {
public:
    explicit DateTimeField(QWidget *parent) : PortField(parent), m_edit(new QDateTimeEdit(parent))
    {
        m_edit->setCalendarPopup(true);
        m_edit->setTimeSpec(Qt::UTC);
        m_edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
        // The minimum stands for "no date yet", as Port's empty picker.
        m_edit->setMinimumDateTime(QDateTime(QDate(1970, 1, 1), QTime(0, 0), Qt::UTC));
        m_edit->setSpecialValueText(PortField::tr("No date"));
        connect(m_edit, &QDateTimeEdit::dateTimeChanged, this, [this](const QDateTime &dt) {
            if (m_filling)
                return;
            if (dt == m_edit->minimumDateTime())
                emit edited({}, true);
            else
                emit edited(str(dt.toUTC().toString(Qt::ISODateWithMs)), false);
        });
    }
    QWidget *widget() const override { return m_edit; }
    void show(const InputState &in, const Scenario &) override
    {
        if (busy(m_edit))
            return;
        QDateTime dt = QDateTime::fromString(in.value.toString(), Qt::ISODateWithMs);
        if (!dt.isValid())
            dt = QDateTime::fromString(in.value.toString(), Qt::ISODate);
        m_filling = true;
        m_edit->setDateTime(dt.isValid() ? dt.toUTC() : m_edit->minimumDateTime());
        m_filling = false;
    }

private:
    QDateTimeEdit *m_edit;
    bool m_filling = false;
};

}  // namespace

std::unique_ptr<PortField> makePortField(const JsonValue &schema, QWidget *parent)
{
    const QString type = schema.value(u"type").toString();
    const QString format = schema.value(u"format").toString();
    const JsonValue &items = schema.value(u"items");
    if (type == QLatin1String("boolean"))
        return std::make_unique<BoolField>(parent);
    if (type == QLatin1String("array")) {
        if (inputs::isEntityArrayInput(schema) || items.contains(u"enum"))
            return std::make_unique<ChecklistField>(schema, parent);
        return std::make_unique<TextBoxField>(true, parent);
    }
    if (type == QLatin1String("object"))
        return std::make_unique<TextBoxField>(true, parent);
    if (inputs::isEntityInput(schema) || schema.contains(u"enum"))
        return std::make_unique<ChoiceField>(schema, parent);
    if (format == QLatin1String("date-time"))
        return std::make_unique<DateTimeField>(parent);
    if (format == QLatin1String("multi-line") || format == QLatin1String("markdown") || format == QLatin1String("yaml"))
        return std::make_unique<TextBoxField>(false, parent);
    return std::make_unique<LineField>(schema, parent);
}

}  // namespace ad::app
