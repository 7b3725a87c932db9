#include "app/preview/scenarioeditor.h"

#include "app/preview/portformfields.h"
#include "app/util/themecolors.h"

#include "context/contextbuilder.h"
#include "context/inputcheck.h"
#include "context/jsonbuild.h"
#include "json/jsonparser.h"
#include "json/jsonwriter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QRegularExpressionValidator>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace ad::app {

namespace {

QString compact(const JsonValue &v)
{
    return QString::fromUtf8(toCompactJs(v));
}

QString pretty(const JsonValue &v)
{
    JsonWriteOptions o;
    o.finalNewline = false;
    return QString::fromUtf8(writeJson(v, o));
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

bool isEntityInput(const JsonValue &schema)
{
    return schema.value(u"format").toString() == QLatin1String("entity")
        || schema.value(u"items").value(u"format").toString() == QLatin1String("entity");
}

// The text a scenario value shows in a line edit: the Form tab's.
QString valueText(const JsonValue &v)
{
    return portValueText(v);
}

}  // namespace

ScenarioEditor::ScenarioEditor(QWidget *parent) : QWidget(parent)
{
    auto *outer = new QVBoxLayout(this);

    // The fixed fields, as (field, label, placeholder, masked) rows per group.
    struct Row {
        QLineEdit **edit;
        QString label;
        QString placeholder;
        bool secret;
    };
    const auto group = [this, outer](const QString &title, const QList<Row> &rows) {
        auto *box = new QGroupBox(title, this);
        auto *form = new QFormLayout(box);
        for (const Row &r : rows) {
            *r.edit = lineEdit(form, r.label, r.secret);
            (*r.edit)->setPlaceholderText(r.placeholder);
        }
        outer->addWidget(box);
    };
    const QString commaList = tr("comma-separated");
    group(tr("User"), {{&m_email, tr("Email"), {}, false},
                       {&m_firstName, tr("First name"), {}, false},
                       {&m_lastName, tr("Last name"), {}, false},
                       {&m_teams, tr("Teams"), commaList, false},
                       {&m_roles, tr("Roles"), commaList, false},
                       {&m_userId, tr("User id"), {}, false}});
    group(tr("Run"), {{&m_orgId, tr("Org id"), {}, false},
                      {&m_runId, tr("Run id"), {}, false},
                      {&m_triggerAt, tr("Triggered at"), {}, false},
                      {&m_timestamp, tr("X-Port-Timestamp"), tr("now (unix seconds)"), false},
                      {&m_clientSecret, tr("Client secret"), tr("signs X-Port-Signature; empty: Settings > Backends and secrets"), true},
                      {&m_defaultBranch, tr("GitHub default branch"), QStringLiteral("main"), false}});
    // Names for tests and accessibility tools.
    m_email->setObjectName(QStringLiteral("userEmail"));
    m_userId->setObjectName(QStringLiteral("userId"));
    m_orgId->setObjectName(QStringLiteral("orgId"));
    m_runId->setObjectName(QStringLiteral("runId"));
    m_timestamp->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("\\d{0,12}")), this));

    m_inputsBox = new QGroupBox(tr("Inputs"), this);
    m_inputsForm = new QFormLayout(m_inputsBox);
    outer->addWidget(m_inputsBox);

    m_entityBox = new QGroupBox(tr("Entity (DAY-2 / DELETE)"), this);
    auto *entityLayout = new QVBoxLayout(m_entityBox);
    m_entity = jsonEdit(tr("empty: a mock entity of the trigger's blueprint"));
    entityLayout->addWidget(m_entity);
    outer->addWidget(m_entityBox);

    m_eventBox = new QGroupBox(tr("Event (automation)"), this);
    auto *eventLayout = new QVBoxLayout(m_eventBox);
    m_event = jsonEdit(tr("generated from trigger.event"));
    m_event->setMinimumHeight(160);
    auto *resetEvent = new QPushButton(tr("Use the generated event"), m_eventBox);
    eventLayout->addWidget(m_event);
    eventLayout->addWidget(resetEvent, 0, Qt::AlignLeft);
    outer->addWidget(m_eventBox);
    connect(resetEvent, &QPushButton::clicked, this, [this]() {
        m_eventGenerated = true;
        m_s.event = JsonValue();
        emit changed();
    });

    auto *mockBox = new QGroupBox(tr("Mock entities (entity inputs pick from these)"), this);
    auto *mockLayout = new QVBoxLayout(mockBox);
    m_mockEntities = jsonEdit(tr("[ full entity objects ]"));
    mockLayout->addWidget(m_mockEntities);
    outer->addWidget(mockBox);

    auto *secretsBox = new QGroupBox(tr("Secrets (.secrets.NAME; kept in the secret store, never in the action)"), this);
    auto *secretsLayout = new QVBoxLayout(secretsBox);
    m_secretRows = new QVBoxLayout;
    secretsLayout->addLayout(m_secretRows);
    auto *addSecret = new QPushButton(tr("Add secret"), secretsBox);
    secretsLayout->addWidget(addSecret, 0, Qt::AlignLeft);
    outer->addWidget(secretsBox);
    outer->addStretch(1);
    connect(addSecret, &QPushButton::clicked, this, [this]() { addSecretRow(QString(), QString()); });

    for (QLineEdit *e : {m_email, m_firstName, m_lastName, m_teams, m_roles, m_userId, m_orgId, m_runId,
                         m_triggerAt, m_timestamp, m_clientSecret, m_defaultBranch})
        connect(e, &QLineEdit::textEdited, this, &ScenarioEditor::readFields);
    for (QPlainTextEdit *e : {m_entity, m_mockEntities, m_event})
        connect(e, &QPlainTextEdit::textChanged, this, [this, e]() {
            if (m_filling)
                return;
            if (e == m_event)
                m_eventGenerated = false;
            readFields();
        });
    setScenario(Scenario());
}

QLineEdit *ScenarioEditor::lineEdit(QFormLayout *form, const QString &label, bool secret)
{
    auto *e = new QLineEdit(this);
    if (secret)
        e->setEchoMode(QLineEdit::Password);
    form->addRow(label, e);
    return e;
}

QPlainTextEdit *ScenarioEditor::jsonEdit(const QString &placeholder)
{
    auto *e = new QPlainTextEdit(this);
    e->setPlaceholderText(placeholder);
    e->setFont(QFont(QStringLiteral("monospace")));
    e->setTabChangesFocus(true);
    e->setMinimumHeight(90);
    return e;
}

void ScenarioEditor::setScenario(const Scenario &s)
{
    m_filling = true;
    m_s = s;
    m_email->setText(s.user.email);
    m_firstName->setText(s.user.firstName);
    m_lastName->setText(s.user.lastName);
    m_teams->setText(s.user.teams.join(QStringLiteral(", ")));
    m_roles->setText(s.user.roles.join(QStringLiteral(", ")));
    m_userId->setText(s.user.userId);
    m_orgId->setText(s.orgId);
    m_runId->setText(s.runId);
    m_triggerAt->setText(s.triggerAt);
    m_timestamp->setText(s.timestamp >= 0 ? QString::number(s.timestamp) : QString());
    m_clientSecret->setText(s.clientSecret);
    m_defaultBranch->setText(s.githubDefaultBranch);
    m_entity->setPlainText(s.entity.isNull() ? QString() : pretty(s.entity));
    m_mockEntities->setPlainText(s.mockEntities.isEmpty() ? QString() : pretty(s.mockEntities));
    m_eventGenerated = s.event.isNull();
    m_event->setPlainText(s.event.isNull() ? QString() : pretty(s.event));
    while (!m_secretEdits.isEmpty()) {
        QWidget *row = m_secretEdits.takeLast().first->parentWidget();
        delete row;
    }
    for (const ScenarioSecret &sec : s.secrets)
        addSecretRow(sec.name, sec.value);
    for (auto it = m_inputWidgets.cbegin(); it != m_inputWidgets.cend(); ++it) {
        const JsonValue &v = s.inputs.value(it.key());
        if (auto *combo = qobject_cast<QComboBox *>(it.value()))
            combo->setCurrentText(valueText(v));
        else if (auto *edit = qobject_cast<QLineEdit *>(it.value()))
            edit->setText(valueText(v));
    }
    m_filling = false;
}

void ScenarioEditor::setAction(const JsonValue &action)
{
    m_action = action;
    const bool automation = ContextBuilder::isAutomation(action);
    const QString op = action.value(u"trigger").value(u"operation").toString();
    m_entityBox->setVisible(!automation && (op == QLatin1String("DAY-2") || op == QLatin1String("DELETE")));
    m_eventBox->setVisible(automation);
    m_inputsBox->setVisible(!automation);
    const QString key = compact(action.value(u"trigger").value(u"userInputs"));
    if (key != m_inputsKey) {
        m_inputsKey = key;
        rebuildInputs();
    }
}

void ScenarioEditor::rebuildInputs()
{
    while (m_inputsForm->rowCount() > 0)
        m_inputsForm->removeRow(0);
    m_inputWidgets.clear();
    m_inputLabels.clear();
    const JsonValue &userInputs = m_action.value(u"trigger").value(u"userInputs");
    const JsonValue &props = userInputs.value(u"properties");
    for (const QString &id : ContextBuilder::inputOrder(userInputs)) {
        const JsonValue &schema = props.value(id);
        const QString type = schema.value(u"type").toString();
        const JsonValue &enumValues = schema.value(u"enum");
        QWidget *w = nullptr;
        if (isEntityInput(schema) || type == QLatin1String("boolean") || enumValues.isArray()) {
            auto *combo = new QComboBox(m_inputsBox);
            combo->setEditable(true);
            combo->addItem(QString());
            if (type == QLatin1String("boolean"))
                combo->addItems({QStringLiteral("true"), QStringLiteral("false")});
            for (const JsonValue &e : enumValues.items())
                combo->addItem(valueText(e));
            connect(combo, &QComboBox::currentTextChanged, this, [this, id]() { readInput(id); });
            w = combo;
        } else {
            auto *edit = new QLineEdit(m_inputsBox);
            if (schema.contains(u"encryption"))
                edit->setEchoMode(QLineEdit::Password);
            connect(edit, &QLineEdit::textEdited, this, [this, id]() { readInput(id); });
            w = edit;
        }
        w->setObjectName(id);
        const QString title = schema.value(u"title").toString(id);
        auto *label = new QLabel(title, m_inputsBox);
        label->setToolTip(id);
        m_inputsForm->addRow(label, w);
        m_inputWidgets.insert(id, w);
        m_inputLabels.insert(id, label);
    }
    if (m_inputWidgets.isEmpty())
        m_inputsForm->addRow(new QLabel(tr("This action has no user inputs."), m_inputsBox));
    setScenario(m_s);
}

void ScenarioEditor::setFormState(const FormState &form, const JsonValue &context)
{
    m_filling = true;
    m_invalid = checkMockInputs(form);
    for (const InputState &in : form.inputs) {
        QWidget *w = m_inputWidgets.value(in.id);
        auto *label = qobject_cast<QLabel *>(m_inputLabels.value(in.id));
        if (!w || !label)
            continue;
        const QString title = in.schema.value(u"title").toString(in.id);
        label->setText(in.required ? title + QStringLiteral(" *") : title);
        QStringList notes;
        if (!in.visible)
            notes << tr("hidden (visible is false): Port does not show it");
        if (in.disabled)
            notes << tr("disabled");
        if (in.required)
            notes << tr("required");
        notes += in.problems;
        // Marked as Port's form would: a red frame and the reason, on the value the scenario gave.
        const QStringList invalid = m_invalid.value(in.id);
        for (const QString &p : invalid)
            notes << tr("Port's form would refuse this: %1").arg(p);
        const QString tip = (QStringList{in.id} + notes).join(QLatin1Char('\n'));
        label->setToolTip(tip);
        w->setToolTip(tip);
        w->setProperty("invalidMock", !invalid.isEmpty());
        w->setStyleSheet(invalid.isEmpty()
                             ? QString()
                             : QStringLiteral("%1 { border: 1px solid %2; }")
                                   .arg(QLatin1String(w->metaObject()->className()), errorTextColor(palette()).name()));
        // Hidden inputs stay editable (the scenario may still set them) but are greyed.
        QPalette pal = w->palette();
        pal.setColor(QPalette::Text, in.visible ? palette().color(QPalette::Text)
                                                : palette().color(QPalette::Disabled, QPalette::Text));
        w->setPalette(pal);
        label->setEnabled(in.visible);
        const QString generated = in.secret ? QStringLiteral("********") : valueText(in.value);
        if (auto *combo = qobject_cast<QComboBox *>(w)) {
            combo->lineEdit()->setPlaceholderText(generated);
            // Entity inputs pick from the mock entities; resolved enums replace literal ones.
            QStringList choices;
            if (isEntityInput(in.schema)) {
                const QString bp = in.schema.value(u"blueprint").toString();
                for (const JsonValue &e : m_s.mockEntities.items())
                    if (bp.isEmpty() || e.value(u"blueprint").toString() == bp)
                        choices << e.value(u"identifier").toString();
            } else if (in.enumValues.isArray()) {
                for (const JsonValue &e : in.enumValues.items())
                    choices << valueText(e);
            } else if (in.schema.value(u"type").toString() == QLatin1String("boolean")) {
                choices << QStringLiteral("true") << QStringLiteral("false");
            }
            QStringList current;
            for (int i = 1; i < combo->count(); ++i)
                current << combo->itemText(i);
            if (current != choices) {
                const QString text = combo->currentText();
                combo->blockSignals(true);
                combo->clear();
                combo->addItem(QString());
                combo->addItems(choices);
                combo->setCurrentText(text);
                combo->blockSignals(false);
            }
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            edit->setPlaceholderText(generated);
            edit->setReadOnly(in.disabled);
        }
    }
    if (m_eventGenerated && !m_eventBox->isHidden()) {
        const JsonValue &ev = context.value(u"event");
        const QString text = ev.isNull() ? QString() : pretty(ev);
        if (m_event->toPlainText() != text)
            m_event->setPlainText(text);
    }
    if (m_s.entity.isNull() && !m_entityBox->isHidden())
        m_entity->setPlaceholderText(tr("empty: this generated entity\n") + pretty(context.value(u"entity")));
    m_filling = false;
}

void ScenarioEditor::readInput(const QString &id)
{
    if (m_filling)
        return;
    QWidget *w = m_inputWidgets.value(id);
    QString text;
    if (auto *combo = qobject_cast<QComboBox *>(w))
        text = combo->currentText();
    else if (auto *edit = qobject_cast<QLineEdit *>(w))
        text = edit->text();
    const JsonValue &schema = m_action.value(u"trigger").value(u"userInputs").value(u"properties").value(id);
    const QString type = schema.value(u"type").toString();
    if (text.isEmpty()) {
        m_s.inputs.remove(id);
    } else if (type == QLatin1String("string") || isEntityInput(schema)) {
        // Entity inputs by identifier: the context builder expands them to the mock entity.
        m_s.inputs.set(id, jsonbuild::str(text));
    } else {
        const JsonParseResult r = parseJson(text);
        m_s.inputs.set(id, r.ok() ? r.value : jsonbuild::str(text));
    }
    emit changed();
}

bool ScenarioEditor::readJson(QPlainTextEdit *edit, JsonValue *out)
{
    const QString text = edit->toPlainText();
    if (text.trimmed().isEmpty()) {
        *out = JsonValue();
        edit->setStyleSheet(QString());
        return true;
    }
    const JsonParseResult r = parseJson(text);
    edit->setStyleSheet(
        r.ok() ? QString()
               : QStringLiteral("QPlainTextEdit { border: 1px solid %1; }").arg(errorTextColor(palette()).name()));
    edit->setToolTip(r.ok() ? QString() : tr("Not JSON: %1 (line %2)").arg(r.error.message).arg(r.error.pos.line));
    if (r.ok())
        *out = r.value;
    return r.ok();
}

void ScenarioEditor::readFields()
{
    if (m_filling)
        return;
    m_s.user.email = m_email->text();
    m_s.user.firstName = m_firstName->text();
    m_s.user.lastName = m_lastName->text();
    m_s.user.teams = splitList(m_teams->text());
    m_s.user.roles = splitList(m_roles->text());
    m_s.user.userId = m_userId->text();
    m_s.orgId = m_orgId->text();
    m_s.runId = m_runId->text();
    m_s.triggerAt = m_triggerAt->text();
    m_s.timestamp = m_timestamp->text().isEmpty() ? -1 : m_timestamp->text().toLongLong();
    m_s.clientSecret = m_clientSecret->text();
    m_s.githubDefaultBranch = m_defaultBranch->text();
    JsonValue v;
    if (readJson(m_entity, &v))
        m_s.entity = v;
    if (readJson(m_mockEntities, &v))
        m_s.mockEntities = v.isArray() ? v : JsonValue::array();
    if (!m_eventGenerated && readJson(m_event, &v))
        m_s.event = v;
    emit changed();
}

void ScenarioEditor::addSecretRow(const QString &name, const QString &value)
{
    auto *row = new QWidget(this);
    auto *h = new QHBoxLayout(row);
    h->setContentsMargins(0, 0, 0, 0);
    auto *nameEdit = new QLineEdit(name, row);
    nameEdit->setPlaceholderText(tr("NAME"));
    auto *valueEdit = new QLineEdit(value, row);
    valueEdit->setEchoMode(QLineEdit::Password);
    valueEdit->setPlaceholderText(tr("value"));
    auto *show = new QToolButton(row);
    show->setText(tr("Show"));
    show->setCheckable(true);
    auto *remove = new QToolButton(row);
    remove->setText(tr("Remove"));
    h->addWidget(nameEdit, 1);
    h->addWidget(valueEdit, 2);
    h->addWidget(show);
    h->addWidget(remove);
    m_secretRows->addWidget(row);
    m_secretEdits.append(qMakePair(nameEdit, valueEdit));
    connect(show, &QToolButton::toggled, valueEdit, [valueEdit](bool on) {
        valueEdit->setEchoMode(on ? QLineEdit::Normal : QLineEdit::Password);
    });
    connect(nameEdit, &QLineEdit::textEdited, this, &ScenarioEditor::readSecrets);
    connect(valueEdit, &QLineEdit::textEdited, this, &ScenarioEditor::readSecrets);
    connect(remove, &QToolButton::clicked, this, [this, row, nameEdit]() {
        for (int i = 0; i < m_secretEdits.size(); ++i)
            if (m_secretEdits.at(i).first == nameEdit)
                m_secretEdits.removeAt(i);
        row->deleteLater();
        readSecrets();
    });
}

void ScenarioEditor::readSecrets()
{
    if (m_filling)
        return;
    QList<ScenarioSecret> secrets;
    for (const auto &[nameEdit, valueEdit] : std::as_const(m_secretEdits)) {
        if (nameEdit->text().trimmed().isEmpty())
            continue;
        ScenarioSecret sec;
        sec.name = nameEdit->text().trimmed();
        sec.value = valueEdit->text();
        // Keep the store key of a secret that already had one, so saving replaces it in place.
        if (const ScenarioSecret *old = m_s.findSecret(sec.name))
            sec.ref = old->ref;
        secrets << sec;
    }
    m_s.secrets = secrets;
    emit changed();
}

}  // namespace ad::app
