#include "app/forms/inputseditor.h"

#include "app/document/document.h"
#include "app/forms/declform.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"
#include "app/forms/inputids.h"
#include "app/forms/jsonfield.h"
#include "app/forms/stepsfield.h"
#include "app/parteditor.h"
#include "json/jsonpointer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ad::app {

using namespace userinputs;

InputsEditor::InputsEditor(QWidget *parent)
    : FormPart(parts::UserInputs, tr("User inputs"), parent), m_list(new QListWidget(this)),
      m_detailHost(new QWidget(this)), m_mode(new QComboBox(this))
{
    m_notSelfService = new QLabel(tr("Automations have no user inputs: their data comes from the event."), this);
    m_notSelfService->setWordWrap(true);
    m_notSelfService->hide();
    body()->addWidget(m_notSelfService);

    auto *listBox = new QGroupBox(tr("Inputs"), this);
    auto *lrow = new QHBoxLayout(listBox);
    lrow->addWidget(m_list, 1);
    m_list->setObjectName(QStringLiteral("inputList"));
    m_list->setDragDropMode(QAbstractItemView::InternalMove);
    m_list->setDefaultDropAction(Qt::MoveAction);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setMinimumHeight(120);
    m_list->setMaximumHeight(200);
    m_list->setToolTip(tr("Drag, or Alt+Up / Alt+Down, to reorder. Ins adds, Del removes, Ctrl+D duplicates."));
    auto *buttons = new QVBoxLayout;
    m_add = new QPushButton(tr("&Add"), listBox);
    m_duplicate = new QPushButton(tr("D&uplicate"), listBox);
    m_remove = new QPushButton(tr("Re&move"), listBox);
    m_up = new QPushButton(tr("Move u&p"), listBox);
    m_down = new QPushButton(tr("Move do&wn"), listBox);
    for (QPushButton *b : {m_add, m_duplicate, m_remove, m_up, m_down})
        buttons->addWidget(b);
    buttons->addStretch(1);
    lrow->addLayout(buttons);
    body()->addWidget(listBox);

    // Keys on the list itself (an event filter, so they work whatever the window's shortcut state).
    m_list->installEventFilter(this);
    connect(m_add, &QPushButton::clicked, this, &InputsEditor::addInput);
    connect(m_duplicate, &QPushButton::clicked, this, &InputsEditor::duplicateInput);
    connect(m_remove, &QPushButton::clicked, this, &InputsEditor::removeInput);
    connect(m_up, &QPushButton::clicked, this, [this] { moveInput(m_list->currentRow(), m_list->currentRow() - 1); });
    connect(m_down, &QPushButton::clicked, this, [this] { moveInput(m_list->currentRow(), m_list->currentRow() + 1); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this] {
        if (!m_listUpdating)
            rebuildDetail();
    });
    connect(m_list->model(), &QAbstractItemModel::rowsMoved, this,
            [this](const QModelIndex &, int start, int, const QModelIndex &, int row) {
                if (m_listUpdating)
                    return;
                // The drop already moved the item in the widget; make the document follow.
                const int to = row > start ? row - 1 : row;
                QMetaObject::invokeMethod(this, [this, start, to] { moveInput(start, to); }, Qt::QueuedConnection);
            });

    auto *vl = new QVBoxLayout(m_detailHost);
    vl->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(m_detailHost);

    auto *layoutBox = new QGroupBox(tr("Layout"), this);
    auto *lf = newFieldForm(layoutBox);
    m_layoutForm = lf;
    m_mode->setObjectName(QStringLiteral("layoutMode"));
    m_mode->addItem(tr("In the order of the inputs"));
    m_mode->addItem(tr("Custom order (order)"));
    m_mode->addItem(tr("Steps (steps)"));
    m_mode->setToolTip(tr("order and steps exclude each other. Switching keeps the other in memory."));
    auto *ml = new QLabel(tr("&Arrange:"), layoutBox);
    ml->setBuddy(m_mode);
    lf->addRow(ml, m_mode);
    connect(m_mode, &QComboBox::activated, this, &InputsEditor::setLayoutMode);
    auto *order = new ListField(m_ctx, kUI + QStringLiteral("/order"), ListField::Shape::Array, layoutBox);
    order->setObjectName(QStringLiteral("order"));
    order->setLabel(tr("Order"));
    m_orderRow = order;
    addFieldRow(lf, tr("&Order"), order, tr("Input ids and title ids, in display order."), false);
    auto *steps = new StepsField(m_ctx, kUI + QStringLiteral("/steps"), layoutBox);
    steps->setObjectName(QStringLiteral("steps"));
    m_stepsRow = steps;
    addFieldRow(lf, tr("&Steps"), steps, tr("Each step has a title (25 characters at most) and its inputs in order."),
                false, true);
    auto *titles = new JsonField(m_ctx, kUI + QStringLiteral("/titles"), false, true, layoutBox);
    titles->setObjectName(QStringLiteral("titles"));
    titles->setLabel(tr("Titles"));
    titles->setCheck([](const JsonValue &v) { return v.isObject() ? QString() : QObject::tr("Must be an object"); });
    addFieldRow(lf, tr("Section &titles"), titles,
                tr("{\"<titleId>\": {\"title\": \"Section\", \"description\": \"...\", \"visible\": true}}; put the "
                   "title id in order or a step to place it."),
                false, true);
    body()->addWidget(layoutBox);
    body()->addStretch(1);
}

QString InputsEditor::currentId() const
{
    const QListWidgetItem *it = m_list->currentItem();
    return it ? it->data(Qt::UserRole).toString() : QString();
}

void InputsEditor::selectInput(const QString &id)
{
    for (int i = 0; i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole).toString() == id)
            m_list->setCurrentRow(i);
}

QStringList InputsEditor::ids() const
{
    const JsonValue *p = m_ctx->value(kProps);
    return p && p->isObject() ? p->keys() : QStringList();
}

JsonValue InputsEditor::container() const
{
    const JsonValue *c = m_ctx->value(kUI);
    JsonValue out = c && c->isObject() ? *c : JsonValue::object();
    if (!out.value(u"properties").isObject())
        out.set(QStringLiteral("properties"), JsonValue::object());
    return out;
}

void InputsEditor::commitContainer(const JsonValue &c, const QString &undoText)
{
    m_ctx->setValue(kUI, c, undoText, false);
}

bool InputsEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_list && event->type() == QEvent::KeyPress) {
        auto *k = static_cast<QKeyEvent *>(event);
        const int row = m_list->currentRow();
        if (k->modifiers() == Qt::AltModifier && (k->key() == Qt::Key_Up || k->key() == Qt::Key_Down)) {
            moveInput(row, k->key() == Qt::Key_Up ? row - 1 : row + 1);
            return true;
        }
        if (k->modifiers() == Qt::NoModifier && k->key() == Qt::Key_Delete) {
            removeInput();
            return true;
        }
        if (k->modifiers() == Qt::NoModifier && k->key() == Qt::Key_Insert) {
            addInput();
            return true;
        }
        if (k->modifiers() == Qt::ControlModifier && k->key() == Qt::Key_D) {
            duplicateInput();
            return true;
        }
    }
    return FormPart::eventFilter(watched, event);
}

void InputsEditor::addInput()
{
    JsonValue c = container();
    JsonValue &props = *c.find(u"properties");
    QString id;
    for (int n = props.size() + 1;; ++n) {
        id = QStringLiteral("input%1").arg(n);
        if (!props.contains(id))
            break;
    }
    JsonValue in = JsonValue::object();
    in.set(QStringLiteral("type"), JsonValue::fromString(QStringLiteral("string")));
    in.set(QStringLiteral("title"), JsonValue::fromString(tr("Input %1").arg(props.size() + 1)));
    const int at = m_list->currentRow() >= 0 ? m_list->currentRow() + 1 : int(props.size());
    JsonMember m;
    m.key = id;
    m.value = in;
    props.members().insert(props.members().begin() + qMin<qsizetype>(at, props.members().size()), m);
    if (JsonValue *o = c.find(u"order"); o && o->isArray())
        o->append(JsonValue::fromString(id));
    if (JsonValue *s = c.find(u"steps"); s && s->isArray() && s->size() > 0) {
        JsonValue &last = (*s)[s->size() - 1];
        JsonValue o = last.value(u"order").isArray() ? last.value(u"order") : JsonValue::array();
        o.append(JsonValue::fromString(id));
        last.set(QStringLiteral("order"), o);
    }
    commitContainer(c, tr("Add input %1").arg(id));
    selectInput(id);
    if (m_idEdit) {
        m_idEdit->setFocus();
        m_idEdit->selectAll();
    }
}

void InputsEditor::duplicateInput()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    JsonValue c = container();
    JsonValue &props = *c.find(u"properties");
    QString copy = id + QStringLiteral("_copy");
    for (int n = 2; props.contains(copy); ++n)
        copy = id + QStringLiteral("_copy%1").arg(n);
    auto &members = props.members();
    qsizetype at = 0;
    for (; at < qsizetype(members.size()); ++at)
        if (members[at].key == id)
            break;
    if (at >= qsizetype(members.size()))
        return;
    JsonMember m;
    m.key = copy;
    m.value = members[at].value;
    m.value.clearSourceInfo();
    members.insert(members.begin() + at + 1, m);
    // The copy sits right after the original wherever the original is listed.
    auto insertAfter = [&](JsonValue *arr) {
        if (!arr || !arr->isArray())
            return;
        for (qsizetype i = 0; i < arr->size(); ++i)
            if (arr->at(i).toString() == id) {
                arr->insert(i + 1, JsonValue::fromString(copy));
                return;
            }
    };
    insertAfter(c.find(u"required"));
    insertAfter(c.find(u"order"));
    if (JsonValue *s = c.find(u"steps"); s && s->isArray())
        for (JsonValue &step : s->items())
            insertAfter(step.find(u"order"));
    commitContainer(c, tr("Duplicate input %1").arg(id));
    selectInput(copy);
}

void InputsEditor::removeInput()
{
    const QString id = currentId();
    if (id.isEmpty())
        return;
    const int row = m_list->currentRow();
    JsonValue c = container();
    c.find(u"properties")->remove(id);
    renameEverywhere(c, id, QString());
    if (JsonValue *r = c.find(u"required"); r && r->isArray() && r->isEmpty())
        c.remove(u"required");
    commitContainer(c, tr("Remove input %1").arg(id));
    if (m_list->count())
        m_list->setCurrentRow(qMin(row, m_list->count() - 1));
}

void InputsEditor::moveInput(int from, int to)
{
    const QStringList list = ids();
    if (from < 0 || to < 0 || from >= list.size() || to >= list.size() || from == to) {
        refreshList();  // a drop outside the list: put the widget back in document order
        return;
    }
    const QString id = list.at(from);
    JsonValue c = container();
    auto &members = c.find(u"properties")->members();
    JsonMember m = members[from];
    members.erase(members.begin() + from);
    members.insert(members.begin() + to, m);
    // With a custom order, the neighbour swapped in the list swaps there too.
    if (JsonValue *o = c.find(u"order"); o && o->isArray()) {
        const int step = to > from ? 1 : -1;
        for (int i = from; i != to; i += step) {
            const QString a = list.at(i), b = list.at(i + step);
            qsizetype ia = -1, ib = -1;
            for (qsizetype k = 0; k < o->size(); ++k) {
                if (o->at(k).toString() == a)
                    ia = k;
                if (o->at(k).toString() == b)
                    ib = k;
            }
            if (ia >= 0 && ib >= 0 && (ia - ib == 1 || ib - ia == 1)) {
                std::swap((*o)[ia], (*o)[ib]);
            }
        }
    }
    commitContainer(c, tr("Move input %1").arg(id));
    selectInput(id);
    m_list->setFocus();
}

bool InputsEditor::renameInput(const QString &from, const QString &to, QString *error)
{
    if (from == to)
        return true;
    if (!validId(to)) {
        if (error)
            *error = tr("Letters, digits and @ _ = - only.");
        return false;
    }
    if (ids().contains(to)) {
        if (error)
            *error = tr("Another input is called %1.").arg(to);
        return false;
    }
    JsonValue c = container();
    for (JsonMember &m : c.find(u"properties")->members())
        if (m.key == from) {
            m.key = to;
            m.rawKey.clear();
        }
    renameEverywhere(c, from, to);
    commitContainer(c, tr("Rename input %1 to %2").arg(from, to));
    selectInput(to);
    return true;
}

void InputsEditor::setLayoutMode(int mode)
{
    JsonValue c = container();
    const JsonValue *order = c.find(u"order");
    const JsonValue *steps = c.find(u"steps");
    if (order)
        m_layoutStash.insert(QStringLiteral("order"), *order);
    if (steps)
        m_layoutStash.insert(QStringLiteral("steps"), *steps);
    JsonValue idArray = JsonValue::array();
    for (const QString &id : ids())
        idArray.append(JsonValue::fromString(id));
    c.remove(u"order");
    c.remove(u"steps");
    if (mode == 1) {
        c.set(QStringLiteral("order"), m_layoutStash.value(QStringLiteral("order"), idArray));
    } else if (mode == 2) {
        JsonValue def = JsonValue::array();
        JsonValue step = JsonValue::object();
        step.set(QStringLiteral("title"), JsonValue::fromString(tr("Step 1")));
        step.set(QStringLiteral("order"), idArray);
        def.append(step);
        c.set(QStringLiteral("steps"), m_layoutStash.value(QStringLiteral("steps"), def));
    }
    commitContainer(c, tr("Change input layout"));
}

void InputsEditor::refreshList()
{
    const QStringList now = ids();
    const JsonValue *props = m_ctx->value(kProps);
    const QString keep = currentId();
    m_listUpdating = true;
    QStringList shown;
    for (int i = 0; i < m_list->count(); ++i)
        shown << m_list->item(i)->data(Qt::UserRole).toString();
    if (shown != now) {
        m_list->clear();
        for (const QString &id : now) {
            auto *it = new QListWidgetItem(m_list);
            it->setData(Qt::UserRole, id);
        }
    }
    for (int i = 0; i < m_list->count(); ++i) {
        QListWidgetItem *it = m_list->item(i);
        const QString id = it->data(Qt::UserRole).toString();
        const JsonValue in = props ? props->value(id) : JsonValue();
        const QString title = in.value(u"title").toString();
        QString type = in.value(u"type").toString();
        const QString format = in.value(u"format").toString();
        if (!format.isEmpty())
            type += QLatin1Char('/') + format;
        it->setText(title.isEmpty() ? QStringLiteral("%1  [%2]").arg(id, type)
                                    : QStringLiteral("%1 \u2014 %2  [%3]").arg(id, title, type));
    }
    int row = now.indexOf(keep);
    if (row < 0 && !now.isEmpty())
        row = qMin(qMax(0, m_list->currentRow()), int(now.size()) - 1);
    m_list->setCurrentRow(row);
    m_listUpdating = false;
    const bool has = m_list->currentRow() >= 0;
    m_duplicate->setEnabled(has);
    m_remove->setEnabled(has);
    m_up->setEnabled(has && m_list->currentRow() > 0);
    m_down->setEnabled(has && m_list->currentRow() < m_list->count() - 1);
}

void InputsEditor::updateLayoutSection()
{
    const JsonValue *ui = m_ctx->value(kUI);
    int mode = 0;
    if (ui && ui->contains(u"steps"))
        mode = 2;
    else if (ui && ui->contains(u"order"))
        mode = 1;
    m_mode->setCurrentIndex(mode);
    m_layoutForm->setRowVisible(m_orderRow, mode == 1);
    m_layoutForm->setRowVisible(m_stepsRow, mode == 2);
    const JsonValue *t = m_ctx->value(QStringLiteral("/trigger/type"));
    const bool automation = t && t->toString() == QLatin1String("automation");
    m_notSelfService->setVisible(automation);
}

void InputsEditor::rebuild()
{
    refreshList();
    rebuildDetail(true);
    updateLayoutSection();
}

void InputsEditor::documentChanged(const QString &pointer)
{
    if (pointer.isEmpty() || FormContext::related(pointer, kProps) || pointer == QLatin1String("/trigger")
        || pointer == kUI) {
        refreshList();
        rebuildDetail();
    }
    FormPart::documentChanged(pointer);
    updateLayoutSection();
}

void InputsEditor::revealPointer(const QString &pointer)
{
    if (!pointer.startsWith(kProps + QLatin1Char('/')))
        return;
    const QStringList tokens = jsonPointerTokens(pointer);
    if (tokens.size() >= 4)
        selectInput(tokens.at(3));
}

}  // namespace ad::app
