#include "app/forms/triggereditor.h"
#include "app/util/themecolors.h"

#include "app/document/document.h"
#include "app/forms/declform.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"
#include "app/forms/jsonfield.h"
#include "json/jsonparser.h"

#include <QCoreApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QRegularExpression>
#include <QStackedWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <Qsci/qsciscintilla.h>

namespace ad::app {

namespace {
const QString kSelf = QStringLiteral("self-service");
const QString kAuto = QStringLiteral("automation");

// Event type -> the extra fields it requires (PORT-SPEC §2.2).
QStringList eventFields(const QString &type)
{
    if (type.startsWith(QLatin1String("ENTITY_")) || type == QLatin1String("ANY_ENTITY_CHANGE"))
        return {QStringLiteral("blueprintIdentifier")};
    if (type == QLatin1String("TIMER_PROPERTY_EXPIRED"))
        return {QStringLiteral("blueprintIdentifier"), QStringLiteral("propertyIdentifier")};
    if (type.startsWith(QLatin1String("RUN_")) || type == QLatin1String("ANY_RUN_CHANGE"))
        return {QStringLiteral("actionIdentifier")};
    return {};
}

const QStringList kEventTypes = {QStringLiteral("ENTITY_CREATED"),  QStringLiteral("ENTITY_UPDATED"),
                                 QStringLiteral("ENTITY_DELETED"),  QStringLiteral("ANY_ENTITY_CHANGE"),
                                 QStringLiteral("TIMER_PROPERTY_EXPIRED"), QStringLiteral("RUN_CREATED"),
                                 QStringLiteral("RUN_UPDATED"),     QStringLiteral("ANY_RUN_CHANGE")};

JsonValue parsed(const char *json)
{
    JsonParseResult r = parseJson(QByteArray(json));
    r.value.clearSourceInfo();
    return r.value;
}

// Button texts: 1-15 characters, no leading/trailing whitespace.
QString buttonHint(const JsonValue *v, bool *bad)
{
    if (!v)
        return QObject::tr("Empty: Port uses Create / Execute / Delete by operation.");
    const QString s = v->toString();
    if (s.size() > 15 || s.isEmpty() || s.trimmed() != s)
        *bad = true;
    QString t = QObject::tr("%1 of 15 characters").arg(s.size());
    if (s.trimmed() != s)
        t += QObject::tr("; no spaces at the start or end");
    return t;
}

// event/type: changing it rebuilds the event object with the fields the new type needs, taking
// values from the current event and from what earlier types held.
class EventTypeField : public FieldWidget {
    Q_DECLARE_TR_FUNCTIONS(ad::app::EventTypeField)  // lupdate's context; without it tr() would use FieldWidget's
public:
    EventTypeField(FormContext *ctx, QWidget *parent)
        : FieldWidget(ctx, QStringLiteral("/trigger/event/type"), parent), m_combo(new QComboBox(this))
    {
        auto *l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_combo, 1);
        setFocusProxy(m_combo);
        setLabel(tr("Event"));
        m_combo->addItems(kEventTypes);
        m_combo->setToolTip(tr("ENTITY_*: an entity of the blueprint changes. TIMER_PROPERTY_EXPIRED: a timer "
                               "property expires. RUN_*: a run of the named action changes."));
        connect(m_combo, &QComboBox::activated, this, [this](int i) { setType(m_combo->itemText(i)); });
        refresh();
    }
    void setType(const QString &type)
    {
        const JsonValue *cur = m_ctx->value(QStringLiteral("/trigger/event"));
        if (cur && cur->isObject())
            for (const JsonMember &m : cur->members())
                if (m.key != QLatin1String("type"))
                    m_memory.set(m.key, m.value);
        JsonValue e = JsonValue::object();
        e.set(QStringLiteral("type"), JsonValue::fromString(type));
        for (const QString &k : eventFields(type))
            e.set(k, m_memory.contains(k) ? m_memory.value(k) : JsonValue::fromString(QString()));
        m_ctx->setValue(QStringLiteral("/trigger/event"), e, tr("Change event to %1").arg(type), false);
    }
    void refresh() override
    {
        const JsonValue *v = current();
        const QString t = v ? v->toString() : QString();
        int i = m_combo->findText(t);
        if (i < 0 && !t.isEmpty()) {
            m_combo->addItem(t);
            i = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(i);
    }
    QWidget *focusTarget() override { return m_combo; }
    QComboBox *m_combo;
    JsonValue m_memory = JsonValue::object();
};

// condition {"type":"JQ","expressions":[...],"combinator":"and"|"or"} as an editable list.
class ExpressionsField : public FieldWidget {
    Q_DECLARE_TR_FUNCTIONS(ad::app::ExpressionsField)  // lupdate's context; without it tr() would use FieldWidget's
public:
    ExpressionsField(FormContext *ctx, QWidget *parent)
        : FieldWidget(ctx, QStringLiteral("/trigger/condition"), parent), m_list(new QListWidget(this)),
          m_combinator(new QComboBox(this))
    {
        setLabel(tr("Condition"));
        auto *l = new QVBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        auto *row = new QHBoxLayout;
        row->addWidget(m_list, 1);
        auto *buttons = new QVBoxLayout;
        auto *add = new QToolButton(this);
        add->setText(QStringLiteral("+"));
        add->setToolTip(tr("Add an expression"));
        auto *remove = new QToolButton(this);
        remove->setText(QStringLiteral("\u2212"));
        remove->setToolTip(tr("Remove the selected expression"));
        for (QToolButton *b : {add, remove}) {
            b->setFocusPolicy(Qt::StrongFocus);
            buttons->addWidget(b);
        }
        buttons->addStretch(1);
        row->addLayout(buttons);
        l->addLayout(row);
        auto *comb = new QHBoxLayout;
        auto *cl = new QLabel(tr("Com&bine with:"), this);
        cl->setBuddy(m_combinator);
        comb->addWidget(cl);
        comb->addWidget(m_combinator);
        comb->addStretch(1);
        l->addLayout(comb);
        m_combinator->addItem(tr("(default)"), QString());
        m_combinator->addItem(QStringLiteral("and"), QStringLiteral("and"));
        m_combinator->addItem(QStringLiteral("or"), QStringLiteral("or"));
        m_list->setMaximumHeight(140);
        m_list->setToolTip(tr("jq expressions over the event (root: action, resourceType, trigger, context, diff), "
                              "e.g. .diff.after.properties.status == \"Active\". Each must yield a boolean."));
        m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
                                | QAbstractItemView::AnyKeyPressed);
        setFocusProxy(m_list);
        connect(add, &QToolButton::clicked, this, [this] {
            auto *it = new QListWidgetItem(QStringLiteral(".diff.after != null"));
            it->setFlags(it->flags() | Qt::ItemIsEditable);
            m_list->addItem(it);
            commit();
            m_list->setCurrentItem(it);
            m_list->editItem(it);
        });
        connect(remove, &QToolButton::clicked, this, [this] {
            delete m_list->currentItem();
            commit();
        });
        connect(m_list, &QListWidget::itemChanged, this, [this] {
            if (!m_updating)
                commit();
        });
        connect(m_combinator, &QComboBox::activated, this, [this](int i) {
            m_combinator->setCurrentIndex(i);
            commit();
        });
        refresh();
    }
    void commit()
    {
        if (m_updating)
            return;
        JsonValue exprs = JsonValue::array();
        for (int i = 0; i < m_list->count(); ++i)
            exprs.append(JsonValue::fromString(m_list->item(i)->text()));
        const QString comb = m_combinator->currentData().toString();
        if (exprs.isEmpty() && comb.isEmpty()) {
            erase();  // Terraform omits an empty condition, and so do we
            return;
        }
        const JsonValue *cur = current();
        JsonValue c = cur && cur->isObject() ? *cur : JsonValue::object();
        c.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("JQ")));
        c.set(QStringLiteral("expressions"), exprs);
        if (comb.isEmpty())
            c.remove(u"combinator");
        else
            c.set(QStringLiteral("combinator"), JsonValue::fromString(comb));
        write(c);
    }
    void refresh() override
    {
        if (m_updating)
            return;
        m_updating = true;
        const JsonValue *v = current();
        const JsonValue ex = v ? v->value(u"expressions") : JsonValue();
        QStringList now;
        for (int i = 0; i < m_list->count(); ++i)
            now << m_list->item(i)->text();
        QStringList want;
        for (const JsonValue &e : ex.items())
            want << (e.isString() ? e.toString() : compactJson(e));
        if (now != want) {
            const int row = m_list->currentRow();
            m_list->clear();
            for (const QString &s : want) {
                auto *it = new QListWidgetItem(s);
                it->setFlags(it->flags() | Qt::ItemIsEditable);
                m_list->addItem(it);
            }
            m_list->setCurrentRow(qMin(row, m_list->count() - 1));
        }
        const int ci = m_combinator->findData(v ? v->value(u"combinator").toString() : QString());
        m_combinator->setCurrentIndex(qMax(0, ci));
        m_updating = false;
    }
    QWidget *focusTarget() override { return m_list; }
    QListWidget *m_list;
    QComboBox *m_combinator;
};

QFormLayout *newForm(QWidget *host)
{
    auto *f = new QFormLayout(host);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    f->setContentsMargins(0, 0, 0, 0);
    return f;
}
}  // namespace

TriggerEditor::TriggerEditor(QWidget *parent)
    : FormPart(QStringLiteral("trigger"), tr("Trigger"), parent), m_kind(new QComboBox(this)),
      m_pages(new QStackedWidget(this))
{
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *kl = new QLabel(tr("&Kind:"), this);
    kl->setBuddy(m_kind);
    m_kind->setObjectName(QStringLiteral("kind"));
    m_kind->addItem(tr("Self-service action"), kSelf);
    m_kind->addItem(tr("Automation"), kAuto);
    m_kind->setToolTip(tr("Self-service: users run it from Port's UI or API. Automation: Port runs it when an "
                          "event happens. Switching keeps the other trigger in memory."));
    top->addRow(kl, m_kind);
    body()->addLayout(top);
    m_pages->addWidget(buildSelfService());
    m_pages->addWidget(buildAutomation());
    body()->addWidget(m_pages);
    body()->addStretch(1);
    connect(m_kind, &QComboBox::activated, this, [this](int i) { switchKind(m_kind->itemData(i).toString()); });
}

QWidget *TriggerEditor::buildSelfService()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("selfServicePage"));
    auto *form = newForm(page);

    auto *op = new EnumField(m_ctx, QStringLiteral("/trigger/operation"),
                             {QStringLiteral("CREATE"), QStringLiteral("DAY-2"), QStringLiteral("DELETE")}, false,
                             QString(), page);
    op->setObjectName(QStringLiteral("operation"));
    op->setLabel(tr("Operation"));
    addFieldRow(form, tr("&Operation"), op,
                tr("CREATE: not tied to an entity. DAY-2: changes an existing entity. DELETE: deletes one."), true);
    auto *bp = new StringField(m_ctx, QStringLiteral("/trigger/blueprintIdentifier"), TemplateLineEdit::Mode::Plain,
                               false, page);
    bp->setObjectName(QStringLiteral("blueprintIdentifier"));
    bp->setLabel(tr("Blueprint"));
    addFieldRow(form, tr("&Blueprint"), bp,
                tr("Ties the action to a blueprint; DAY-2 and DELETE actions run on its entities."), false);

    auto *condBox = new QGroupBox(tr("Condition (which entities offer the action)"), page);
    auto *cl = new QVBoxLayout(condBox);
    m_conditionNote = new QLabel(condBox);
    m_conditionNote->setWordWrap(true);
    cl->addWidget(m_conditionNote);
    m_condition = new JsonField(m_ctx, QStringLiteral("/trigger/condition"), false, true, condBox);
    m_condition->setObjectName(QStringLiteral("condition"));
    m_condition->setLabel(tr("Condition"));
    m_condition->setToolTip(tr("A Port search query, not jq: {\"type\": \"SEARCH\", \"combinator\": \"and\", "
                               "\"rules\": [{\"property\": \"$team\", \"operator\": \"=\", \"value\": \"x\"}]}"));
    m_condition->setCheck([](const JsonValue &v) -> QString {
        if (!v.isObject())
            return QObject::tr("The condition must be an object");
        if (v.value(u"type").toString() != QLatin1String("SEARCH"))
            return QObject::tr("The condition needs \"type\": \"SEARCH\"");
        if (!v.value(u"rules").isArray())
            return QObject::tr("The condition needs a \"rules\" array");
        return QString();
    });
    cl->addWidget(m_condition);
    auto *buttons = new QHBoxLayout;
    m_newCondition = new QPushButton(tr("Add a &condition"), condBox);
    m_removeCondition = new QPushButton(tr("&Remove the condition"), condBox);
    buttons->addWidget(m_newCondition);
    buttons->addWidget(m_removeCondition);
    buttons->addStretch(1);
    cl->addLayout(buttons);
    connect(m_newCondition, &QPushButton::clicked, this, [this] {
        m_ctx->setValue(QStringLiteral("/trigger/condition"),
                        parsed("{\"type\": \"SEARCH\", \"combinator\": \"and\", \"rules\": []}"), tr("Add condition"),
                        false);
        m_condition->focusTarget()->setFocus();
    });
    connect(m_removeCondition, &QPushButton::clicked, this,
            [this] { m_ctx->removeValue(QStringLiteral("/trigger/condition"), tr("Remove condition")); });
    form->addRow(condBox);

    const TextFieldSpec btns[] = {
        {"actionCardButtonText", tr("Card &button text"), tr("Label of the action card's button (1-15 characters).")},
        {"executeActionButtonText", tr("&Execute button text"), tr("Label of the form's submit button (1-15 characters).")},
    };
    for (const TextFieldSpec &b : btns) {
        const QString ptr = QStringLiteral("/trigger/") + QLatin1String(b.key);
        auto *f = new StringField(m_ctx, ptr, TemplateLineEdit::Mode::Plain, false, page);
        f->setObjectName(QLatin1String(b.key));
        f->setLabel(QString(b.label).remove(QLatin1Char('&')));
        f->edit()->setMaxLength(40);
        addFieldRow(form, b.label, f, b.help, false);
        auto *hint = new HintLabel(m_ctx, ptr, buttonHint, page);
        hint->setObjectName(QLatin1String(b.key) + QStringLiteral("Hint"));
        form->addRow(QString(), hint);
    }
    auto *inputsNote = new QLabel(tr("User inputs are edited in the User inputs part."), page);
    setMuted(inputsNote);
    form->addRow(inputsNote);
    return page;
}

QWidget *TriggerEditor::buildAutomation()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("automationPage"));
    auto *form = newForm(page);
    m_eventForm = form;
    auto *type = new EventTypeField(m_ctx, page);
    type->setObjectName(QStringLiteral("eventType"));
    addFieldRow(form, tr("E&vent"), type, type->m_combo->toolTip(), true);
    const TextFieldSpec fields[] = {
        {"blueprintIdentifier", tr("Bl&ueprint"), tr("The blueprint whose entities fire the event.")},
        {"propertyIdentifier", tr("&Timer property"), tr("The timer property whose expiry fires the event.")},
        {"actionIdentifier", tr("&Action"), tr("The action (or automation) whose runs fire the event.")},
    };
    for (const TextFieldSpec &f : fields) {
        auto *w = new StringField(m_ctx, QStringLiteral("/trigger/event/") + QLatin1String(f.key),
                                  TemplateLineEdit::Mode::Plain, true, page);
        w->setObjectName(QStringLiteral("event.") + QLatin1String(f.key));
        w->setLabel(QString(f.label).remove(QLatin1Char('&')));
        addFieldRow(form, f.label, w, f.help, true);
        m_eventRows.insert(QLatin1String(f.key), w);
    }
    auto *cond = new ExpressionsField(m_ctx, page);
    cond->setObjectName(QStringLiteral("expressions"));
    addFieldRow(form, tr("Con&dition"), cond, cond->m_list->toolTip(), false, true);
    auto *note = new QLabel(tr("Expressions see the event itself: write .diff.after.properties.x, not "
                               ".event.diff... (payload templates see it under .event)."),
                            page);
    note->setWordWrap(true);
    setMuted(note);
    form->addRow(note);
    // Publish has one switch, in Details (it is the action's, not the trigger's).
    return page;
}

void TriggerEditor::setDocument(Document *doc)
{
    m_stash.clear();
    FormPart::setDocument(doc);
}

void TriggerEditor::switchKind(const QString &type)
{
    const JsonValue *cur = m_ctx->value(QStringLiteral("/trigger"));
    const QString from = cur ? cur->value(u"type").toString() : QString();
    if (!m_doc || from == type)
        return;
    if (cur && !from.isEmpty())
        m_stash.insert(from, *cur);
    JsonValue next;
    if (m_stash.contains(type))
        next = m_stash.value(type);
    else if (type == kAuto)
        next = parsed("{\"type\": \"automation\", \"event\": {\"type\": \"ENTITY_CREATED\", \"blueprintIdentifier\": \"\"}}");
    else
        next = parsed("{\"type\": \"self-service\", \"operation\": \"CREATE\", \"userInputs\": {\"properties\": {}}}");
    // Keep the blueprint when there is one to keep.
    if (!m_stash.contains(type) && cur) {
        const QString bp = type == kAuto ? cur->value(u"blueprintIdentifier").toString()
                                         : cur->value(u"event").value(u"blueprintIdentifier").toString();
        if (!bp.isEmpty()) {
            if (type == kAuto) {
                JsonValue e = next.value(u"event");
                e.set(QStringLiteral("blueprintIdentifier"), JsonValue::fromString(bp));
                next.set(QStringLiteral("event"), e);
            } else {
                next.set(QStringLiteral("blueprintIdentifier"), JsonValue::fromString(bp));
            }
        }
    }
    m_ctx->setValue(QStringLiteral("/trigger"), next,
                    type == kAuto ? tr("Make it an automation") : tr("Make it a self-service action"), false);
}

void TriggerEditor::rebuild()
{
    updateState();
}

void TriggerEditor::documentChanged(const QString &pointer)
{
    FormPart::documentChanged(pointer);
    if (pointer.isEmpty() || pointer == QLatin1String("/trigger") || pointer.startsWith(QLatin1String("/trigger/type"))
        || pointer.startsWith(QLatin1String("/trigger/operation")) || pointer.startsWith(QLatin1String("/trigger/condition"))
        || pointer.startsWith(QLatin1String("/trigger/event")))
        updateState();
}

void TriggerEditor::updateState()
{
    const JsonValue *t = m_ctx->value(QStringLiteral("/trigger/type"));
    const bool automation = t && t->toString() == kAuto;
    m_kind->setCurrentIndex(automation ? 1 : 0);
    m_pages->setCurrentIndex(automation ? 1 : 0);

    const JsonValue *op = m_ctx->value(QStringLiteral("/trigger/operation"));
    const bool create = !op || op->toString() == QLatin1String("CREATE");
    const bool hasCondition = m_ctx->value(QStringLiteral("/trigger/condition")) != nullptr;
    m_condition->setEnabled(!create);
    m_condition->setVisible(hasCondition);  // "Add a condition" creates one
    m_newCondition->setVisible(!create && !hasCondition);
    m_removeCondition->setVisible(hasCondition);
    if (create && hasCondition) {
        m_conditionNote->setText(tr("Port rejects a condition on a CREATE action: remove it, or make the action "
                                    "DAY-2 or DELETE."));
        setErrorText(m_conditionNote, true);
    } else {
        m_conditionNote->setText(create ? tr("Only DAY-2 and DELETE actions take a condition.")
                                        : tr("A Port search query (not jq) choosing the entities that offer this "
                                             "action. Empty: all entities of the blueprint."));
        setMuted(m_conditionNote);
    }

    const JsonValue *et = m_ctx->value(QStringLiteral("/trigger/event/type"));
    const QStringList need = eventFields(et ? et->toString() : QString());
    for (auto it = m_eventRows.cbegin(); it != m_eventRows.cend(); ++it)
        m_eventForm->setRowVisible(it.value(), need.contains(it.key()));
}

void TriggerEditor::revealPointer(const QString &pointer)
{
    Q_UNUSED(pointer);
    updateState();
}

}  // namespace ad::app
