#include "app/preview/portform.h"

#include "app/document/document.h"
#include "app/preview/portformfields.h"
#include "app/preview/previewdock.h"
#include "app/util/themecolors.h"
#include "context/contextbuilder.h"
#include "context/inputcheck.h"
#include "json/jsonwriter.h"

#include <QLabel>
#include <QScrollArea>
#include <QTabWidget>
#include <QVBoxLayout>

namespace ad::app {

namespace {

// Port caps its form's fields; wider panes get air, not 1000-px line edits.
constexpr int kFieldMaxWidth = 480;

QString escaped(const QString &s)
{
    return s.toHtmlEscaped();
}

// Port draws icons from its own set; the name says which one it would be.
QString iconText(const JsonValue &schema)
{
    const QString icon = schema.value(u"icon").toString();
    return icon.isEmpty() ? QString() : QStringLiteral("<span style=\"color:gray\">[%1]</span> ").arg(escaped(icon));
}

bool hasValue(const JsonValue &v)
{
    return !(v.isNull() || (v.isString() && v.toString().isEmpty()) || (v.isArray() && v.isEmpty()));
}

}  // namespace

struct PortFormView::Row {
    QWidget *row = nullptr;
    QLabel *title = nullptr;
    QLabel *description = nullptr;
    QLabel *problems = nullptr;
    std::unique_ptr<PortField> field;
    QStringList shownProblems;
};

PortFormView::PortFormView(PreviewDock *dock, Document *document, QWidget *parent)
    : QWidget(parent), m_dock(dock), m_document(document)
{
    setObjectName(QStringLiteral("portForm"));
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("portFormHeader"));
    m_header->setWordWrap(true);
    m_header->setTextFormat(Qt::RichText);
    layout->addWidget(m_header);
    m_scroll = new QScrollArea(this);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    layout->addWidget(m_scroll, 1);
    connect(m_dock, &PreviewDock::previewUpdated, this, &PortFormView::refresh);
    refresh();
}

PortFormView::~PortFormView() = default;

QWidget *PortFormView::field(const QString &id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : it->second->field->widget();
}

QWidget *PortFormView::row(const QString &id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? nullptr : it->second->row;
}

QStringList PortFormView::problems(const QString &id) const
{
    const auto it = m_rows.find(id);
    return it == m_rows.end() ? QStringList() : it->second->shownProblems;
}

void PortFormView::refresh()
{
    const JsonValue &action = m_document->action();
    const JsonValue &trigger = action.value(u"trigger");
    const QString key = QString::fromUtf8(toCompactJs(trigger.value(u"userInputs")))
                        + QString::fromUtf8(toCompactJs(action.value(u"title"))) + QString::fromUtf8(toCompactJs(action.value(u"icon")))
                        + QString::fromUtf8(toCompactJs(action.value(u"description")))
                        + trigger.value(u"type").toString();
    if (key != m_key || !m_content) {
        m_key = key;
        rebuild(action);
    }
    const FormState &form = m_dock->preview().form;
    const Scenario *scenario = m_dock->scenarios().activeScenario();
    m_invalid = checkMockInputs(form);
    const bool waiting = m_dock->renderCount() == 0;
    showSections(form, waiting);
    for (const InputState &in : form.inputs) {
        const auto it = m_rows.find(in.id);
        if (it == m_rows.end())
            continue;
        // A value the preview generated (no scenario value, no default: an example or the first
        // enum value) is not one Port's form would show: the field starts empty there, and a
        // required one asks for a value.
        InputState state = in;
        QStringList invalid = m_invalid.value(in.id);
        if (in.source == InputState::Source::Example || in.source == InputState::Source::Enum) {
            state.value = JsonValue();
            if (in.required && in.visible && invalid.isEmpty())
                invalid = checkInputValue(in.schema, JsonValue(), true, in.enumValues);
            // Otherwise the Request tab, which renders with that value, seems to contradict the form.
            if (hasValue(in.value)) {
                // An entity input's value is the whole entity: its identifier is what a reader knows.
                const JsonValue &id = in.value.isObject() ? in.value.value(u"identifier") : in.value;
                QString shown = QString::fromUtf8(toCompactJs(id.isNull() ? in.value : id));
                if (shown.size() > 60)
                    shown = shown.left(59) + QChar(0x2026);
                state.problems.append(tr("Port's form starts empty here; the Request renders with the generated %1 "
                                         "until the scenario gives a value")
                                          .arg(shown));
            }
        }
        if (scenario)
            it->second->field->show(state, *scenario);
        // dependsOn: Port keeps the input disabled until those inputs have a value.
        for (const JsonValue &dep : in.schema.value(u"dependsOn").items())
            if (const InputState *d = form.find(dep.toString()); d && !hasValue(d->value))
                state.disabled = true;
        showState(*it->second, state, invalid, waiting);
    }
}

// Steps and section titles Port hides (their jq `visible`, evaluated with the inputs' state).
void PortFormView::showSections(const FormState &form, bool waiting)
{
    if (m_steps && form.stepsVisible.size() == size_t(m_steps->count()))
        for (int i = 0; i < m_steps->count(); ++i)
            m_steps->setTabVisible(i, waiting || form.stepsVisible.at(size_t(i)));
    for (auto it = m_titles.cbegin(); it != m_titles.cend(); ++it)
        it.value()->setVisible(waiting || form.titlesVisible.value(it.key(), true));
}

void PortFormView::rebuild(const JsonValue &action)
{
    m_rows.clear();
    m_titles.clear();
    m_steps = nullptr;
    m_content = new QWidget;
    auto *layout = new QVBoxLayout(m_content);
    m_scroll->setWidget(m_content);  // deletes the previous content

    QString header = QStringLiteral("<b style=\"font-size:large\">%1%2</b>")
                         .arg(iconText(action), escaped(action.value(u"title").toString(action.value(u"identifier").toString())));
    if (const QString d = action.value(u"description").toString(); !d.isEmpty())
        header += QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(escaped(d));
    m_header->setText(header);

    const JsonValue &trigger = action.value(u"trigger");
    if (trigger.value(u"type").toString() == QLatin1String("automation")) {
        layout->addWidget(new QLabel(tr("Automations have no form: an event starts them."), m_content));
        layout->addStretch(1);
        return;
    }
    const JsonValue &userInputs = trigger.value(u"userInputs");
    if (userInputs.value(u"properties").isEmpty()) {
        layout->addWidget(new QLabel(tr("This action has no user inputs: Port runs it without a form."), m_content));
        layout->addStretch(1);
        return;
    }
    const QStringList all = ContextBuilder::inputOrder(userInputs);
    const JsonValue &steps = userInputs.value(u"steps");
    if (steps.isArray() && !steps.isEmpty()) {
        // Port shows one step at a time with its title in the stepper; here each is a tab.
        m_steps = new QTabWidget(m_content);
        m_steps->setObjectName(QStringLiteral("portFormSteps"));
        QStringList placed;
        for (const JsonValue &step : steps.items())
            for (const JsonValue &id : step.value(u"order").items())
                placed << id.toString();
        int n = 0;
        for (const JsonValue &step : steps.items()) {
            ++n;
            auto *page = new QWidget(m_steps);
            auto *pl = new QVBoxLayout(page);
            QStringList order;
            for (const JsonValue &id : step.value(u"order").items())
                order << id.toString();
            if (n == steps.size())
                for (const QString &id : all)
                    if (!placed.contains(id))
                        order << id;  // declared but in no step: shown last rather than lost
            fillPage(pl, order, userInputs, page);
            pl->addStretch(1);
            const JsonValue &visible = step.value(u"visible");
            const int index = m_steps->addTab(page, step.value(u"title").toString(tr("Step %1").arg(n)));
            // Whether it shows is the render's (showSections): a literal and a jqQuery alike.
            if (visible.isObject())
                m_steps->setTabToolTip(index, tr("Shown when this jq is true: %1").arg(visible.value(u"jqQuery").toString()));
        }
        layout->addWidget(m_steps, 1);
        return;
    }
    // Titles may sit in `order` between inputs; inputOrder() keeps only input ids.
    QStringList order;
    for (const JsonValue &id : userInputs.value(u"order").items())
        order << id.toString();
    for (const QString &id : all)
        if (!order.contains(id))
            order << id;
    fillPage(layout, order, userInputs, m_content);
    layout->addStretch(1);
}

void PortFormView::fillPage(QVBoxLayout *layout, const QStringList &order, const JsonValue &userInputs, QWidget *page)
{
    const JsonValue &props = userInputs.value(u"properties");
    const JsonValue &titles = userInputs.value(u"titles");
    for (const QString &id : order) {
        if (props.contains(id) && m_rows.find(id) == m_rows.end())
            layout->addWidget(buildRow(id, props.value(id), page));
        else if (titles.contains(id))
            layout->addWidget(buildTitle(id, titles.value(id), page));
    }
}

QWidget *PortFormView::buildTitle(const QString &id, const JsonValue &title, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("title:") + id);
    m_titles.insert(id, label);
    label->setWordWrap(true);
    label->setTextFormat(Qt::RichText);
    QString text = QStringLiteral("<b>%1</b>").arg(escaped(title.value(u"title").toString()));
    if (const QString d = title.value(u"description").toString(); !d.isEmpty())
        text += QStringLiteral("<br><span style=\"color:gray\">%1</span>").arg(escaped(d));
    label->setText(text);
    const JsonValue &visible = title.value(u"visible");
    if (visible.isObject())
        label->setToolTip(tr("Shown when this jq is true: %1").arg(visible.value(u"jqQuery").toString()));
    return label;
}

QWidget *PortFormView::buildRow(const QString &id, const JsonValue &schema, QWidget *parent)
{
    auto row = std::make_unique<Row>();
    row->row = new QWidget(parent);
    row->row->setObjectName(QStringLiteral("row:") + id);
    auto *l = new QVBoxLayout(row->row);
    l->setContentsMargins(0, 4, 0, 4);
    l->setSpacing(2);
    row->title = new QLabel(row->row);
    row->title->setTextFormat(Qt::RichText);
    row->title->setToolTip(id);
    l->addWidget(row->title);
    row->field = makePortField(schema, row->row);
    QWidget *w = row->field->widget();
    w->setObjectName(id);
    w->setMaximumWidth(kFieldMaxWidth);
    l->addWidget(w);
    row->description = new QLabel(escaped(schema.value(u"description").toString()), row->row);
    row->description->setWordWrap(true);
    setMuted(row->description);
    row->description->setVisible(!schema.value(u"description").toString().isEmpty());
    l->addWidget(row->description);
    row->problems = new QLabel(row->row);
    row->problems->setObjectName(QStringLiteral("problems:") + id);
    row->problems->setWordWrap(true);
    setErrorText(row->problems, true);
    row->problems->hide();
    l->addWidget(row->problems);
    connect(row->field.get(), &PortField::edited, this,
            [this, id](const JsonValue &value, bool unset) { edit(id, value, unset); });
    QWidget *out = row->row;
    m_rows.emplace(id, std::move(row));
    return out;
}

void PortFormView::showState(Row &row, const InputState &in, const QStringList &invalid, bool waiting)
{
    const QString title = in.schema.value(u"title").toString(in.id);
    row.title->setText(iconText(in.schema) + escaped(title) +
                       (in.required
                            ? QStringLiteral(" <span style=\"color:%1\">*</span>").arg(errorTextColor(palette()).name())
                            : QString()));
    // Port does not show hidden inputs (their values are still submitted).
    row.row->setVisible(waiting || in.visible);
    row.field->widget()->setEnabled(!in.disabled);
    QStringList lines = invalid;
    lines += in.problems;  // jqQuery that failed: the form would not behave as written
    row.shownProblems = invalid;
    row.problems->setText(lines.join(QLatin1Char('\n')));
    row.problems->setVisible(!lines.isEmpty());
    QWidget *w = row.field->widget();
    w->setProperty("invalid", !invalid.isEmpty());
    w->setStyleSheet(invalid.isEmpty()
                         ? QString()
                         : QStringLiteral("%1 { border: 1px solid %2; }")
                               .arg(QLatin1String(w->metaObject()->className()), errorTextColor(palette()).name()));
}

void PortFormView::edit(const QString &id, const JsonValue &value, bool unset)
{
    const Scenario *active = m_dock->scenarios().activeScenario();
    if (!active)
        return;
    Scenario s = *active;
    if (!s.inputs.isObject())
        s.inputs = JsonValue::object();
    if (unset)
        s.inputs.remove(id);
    else
        s.inputs.set(id, value);
    m_dock->updateActiveScenario(s, QStringLiteral("port-form:") + id);
}

}  // namespace ad::app
