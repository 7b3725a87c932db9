// The selected input's form (InputsEditor's detail): id, type and format, texts, default and
// choices, constraints by type, entity settings and behaviour.
#include "app/forms/inputseditor.h"

#include "app/forms/declform.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"
#include "app/forms/inputids.h"
#include "app/forms/jsonfield.h"
#include "app/forms/mapfield.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTableWidget>

namespace ad::app {

using namespace userinputs;

namespace {
// Whether the id is in `required` (an array); the checkbox edits that membership.
class RequiredField : public FieldWidget {
    Q_DECLARE_TR_FUNCTIONS(ad::app::RequiredField)  // lupdate's context; without it tr() would use FieldWidget's
public:
    RequiredField(FormContext *ctx, const QString &id, QWidget *parent)
        : FieldWidget(ctx, kUI + QStringLiteral("/required"), parent), m_id(id),
          m_check(new QCheckBox(tr("Re&quired"), this))
    {
        auto *l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_check);
        l->addStretch(1);
        setFocusProxy(m_check);
        setLabel(tr("Required"));
        connect(m_check, &QCheckBox::toggled, this, [this](bool on) {
            if (m_updating)
                return;
            const JsonValue *cur = current();
            JsonValue a = cur && cur->isArray() ? renamedIds(*cur, m_id, QString()) : JsonValue::array();
            if (on)
                a.append(JsonValue::fromString(m_id));
            if (a.isEmpty())
                erase();
            else
                write(a);
        });
        refresh();
    }
    void refresh() override
    {
        if (m_updating)
            return;
        m_updating = true;
        const JsonValue *v = current();
        const bool jq = v && v->isObject();
        bool on = false;
        if (v && v->isArray())
            for (const JsonValue &i : v->items())
                on = on || i.toString() == m_id;
        m_check->setChecked(on);
        m_check->setEnabled(!jq);
        m_check->setToolTip(jq ? tr("Required is computed by a jqQuery: %1").arg(v->value(u"jqQuery").toString())
                               : tr("The form cannot be submitted without a value."));
        m_updating = false;
    }
    QWidget *focusTarget() override { return m_check; }
    QString m_id;
    QCheckBox *m_check;
};

StringField *text(FormContext *ctx, const QString &ptr, const QString &label, QWidget *parent)
{
    auto *f = new StringField(ctx, ptr, TemplateLineEdit::Mode::Plain, false, parent);
    f->setLabel(label);
    f->setObjectName(ptr.section(QLatin1Char('/'), -1));
    return f;
}

NumberField *number(FormContext *ctx, const QString &ptr, bool integer, QWidget *parent)
{
    auto *f = new NumberField(ctx, ptr, integer, parent);
    f->setLabel(ptr.section(QLatin1Char('/'), -1));
    f->setObjectName(ptr.section(QLatin1Char('/'), -1));
    return f;
}

const QStringList kFormats = {QStringLiteral("date-time"), QStringLiteral("url"),        QStringLiteral("email"),
                              QStringLiteral("ipv4"),      QStringLiteral("ipv6"),       QStringLiteral("yaml"),
                              QStringLiteral("entity"),    QStringLiteral("user"),       QStringLiteral("team"),
                              QStringLiteral("proto"),     QStringLiteral("markdown"),   QStringLiteral("multi-line"),
                              QStringLiteral("labeled-url")};
const QStringList kTypes = {QStringLiteral("string"), QStringLiteral("number"), QStringLiteral("boolean"),
                            QStringLiteral("object"), QStringLiteral("array")};
}  // namespace

QString InputsEditor::detailKey() const
{
    const QString id = currentId();
    const JsonValue *in = m_ctx->value(propPointer(id));
    if (!in)
        return id;
    return id + QLatin1Char('|') + in->value(u"type").toString() + QLatin1Char('|') + in->value(u"format").toString()
           + QLatin1Char('|') + in->value(u"items").value(u"type").toString() + QLatin1Char('|')
           + in->value(u"items").value(u"format").toString();
}

void InputsEditor::rebuildDetail(bool force)
{
    const QString key = detailKey();
    if (!force && key == m_detailKey && m_detail)
        return;
    const bool idHadFocus = m_idEdit && m_idEdit->hasFocus();
    m_detailKey = key;
    retire(m_detail);
    m_detail = nullptr;
    m_idEdit = nullptr;
    m_idHint = nullptr;
    const QString id = currentId();
    const JsonValue *in = id.isEmpty() ? nullptr : m_ctx->value(propPointer(id));
    if (!in)
        return;
    const QString P = propPointer(id);
    const QString type = in->value(u"type").toString();
    const QString format = in->value(u"format").toString();
    const QString itemsFormat = in->value(u"items").value(u"format").toString();

    auto *box = new QGroupBox(tr("Input \u201c%1\u201d").arg(id), m_detailHost);
    m_detail = box;
    auto *form = newFieldForm(box);

    m_idEdit = new QLineEdit(id, box);
    m_idEdit->setObjectName(QStringLiteral("inputId"));
    m_idHint = new QLabel(box);
    m_idHint->setStyleSheet(QStringLiteral("color: #c62828;"));
    m_idHint->hide();
    auto *idLabel = new QLabel(tr("&Id:"), box);
    idLabel->setBuddy(m_idEdit);
    idLabel->setToolTip(tr("The key under .inputs; renaming updates required, order, steps and dependsOn. "
                           "Press Enter to apply."));
    form->addRow(idLabel, m_idEdit);
    form->addRow(QString(), m_idHint);
    connect(m_idEdit, &QLineEdit::textEdited, this, [this](const QString &t) {
        const bool ok = validId(t) && (t == currentId() || !ids().contains(t));
        m_idHint->setText(ok ? QString() : validId(t) ? tr("Another input has this id.") : tr("Letters, digits and @ _ = - only."));
        m_idHint->setVisible(!ok);
    });
    connect(m_idEdit, &QLineEdit::editingFinished, this, [this] {
        QString err;
        const QString from = currentId();
        const QString to = m_idEdit->text().trimmed();
        if (!renameInput(from, to, &err)) {
            m_idHint->setText(err);
            m_idHint->show();
        }
    });

    auto *typeF = new EnumField(m_ctx, P + QStringLiteral("/type"), kTypes, false, QString(), box);
    typeF->setObjectName(QStringLiteral("type"));
    typeF->setLabel(tr("Type"));
    addFieldRow(form, tr("T&ype"), typeF, tr("The value's JSON type."), true);
    if (type == QLatin1String("string") || type.isEmpty()) {
        auto *fmt = new EnumField(m_ctx, P + QStringLiteral("/format"), kFormats, false, tr("(none)"), box);
        fmt->setObjectName(QStringLiteral("format"));
        fmt->setLabel(tr("Format"));
        addFieldRow(form, tr("&Format"), fmt, tr("entity: pick an entity of a blueprint; user/team: pick one; "
                                                 "multi-line, markdown, yaml: larger editors."), false);
    }
    addFieldRow(form, tr("&Title"), text(m_ctx, P + QStringLiteral("/title"), tr("Title"), box), tr("Label shown in the form."), false);
    addFieldRow(form, tr("&Description"), text(m_ctx, P + QStringLiteral("/description"), tr("Description"), box),
                tr("Help text under the field."), false);
    addFieldRow(form, tr("&Icon"), text(m_ctx, P + QStringLiteral("/icon"), tr("Icon"), box), tr("Icon name."), false);
    form->addRow(QString(), new RequiredField(m_ctx, id, box));

    const bool isString = type == QLatin1String("string");
    auto *def = new LiteralOrJqField(
        m_ctx, P + QStringLiteral("/default"),
        [isString](const QString &t) { return isString ? JsonValue::fromString(t) : jsonOrString(t); },
        [](const JsonValue &v) { return compactJson(v); }, box);
    def->setObjectName(QStringLiteral("default"));
    def->setLabel(tr("Default"));
    addFieldRow(form, tr("Defa&ult"), def,
                tr("A value of the input's type, or (jq) a jqQuery such as .user.email computed in the form."), false);

    auto *en = new LiteralOrJqField(
        m_ctx, P + QStringLiteral("/enum"),
        [isString](const QString &t) {
            JsonValue a = JsonValue::array();
            for (const QString &p : t.split(QLatin1Char(','))) {
                const QString s = p.trimmed();
                if (!s.isEmpty())
                    a.append(isString ? JsonValue::fromString(s) : jsonOrString(s));
            }
            return a;
        },
        [](const JsonValue &v) { return ListField::toText(v); }, box);
    en->setObjectName(QStringLiteral("enum"));
    en->setLabel(tr("Choices"));
    en->edit()->setPlaceholderText(tr("a, b, c"));
    addFieldRow(form, tr("C&hoices (enum)"), en, tr("Comma-separated allowed values, or a jqQuery returning an array."),
                false);
    auto *colors = new MapField(m_ctx, P + QStringLiteral("/enumColors"), false, box);
    colors->setObjectName(QStringLiteral("enumColors"));
    colors->setLabel(tr("Choice colors"));
    colors->table()->setHorizontalHeaderLabels({tr("Choice"), tr("Color")});
    colors->setToolTip(tr("Colors such as red, green, blue, yellow, orange, pink, lightGray."));
    addFieldRow(form, tr("Choice co&lors"), colors, colors->toolTip(), false, true);

    // Constraints by type.
    auto *cons = new QGroupBox(tr("Constraints"), box);
    auto *cf = newFieldForm(cons);
    if (isString) {
        addFieldRow(cf, tr("Min length"), number(m_ctx, P + QStringLiteral("/minLength"), true, cons), {}, false);
        addFieldRow(cf, tr("Max length"), number(m_ctx, P + QStringLiteral("/maxLength"), true, cons), {}, false);
        addFieldRow(cf, tr("Pattern"), text(m_ctx, P + QStringLiteral("/pattern"), tr("Pattern"), cons),
                    tr("A regular expression the value must match."), false);
    } else if (type == QLatin1String("number")) {
        addFieldRow(cf, tr("Minimum"), number(m_ctx, P + QStringLiteral("/minimum"), false, cons), {}, false);
        addFieldRow(cf, tr("Maximum"), number(m_ctx, P + QStringLiteral("/maximum"), false, cons), {}, false);
    } else if (type == QLatin1String("array")) {
        addFieldRow(cf, tr("Min items"), number(m_ctx, P + QStringLiteral("/minItems"), true, cons), {}, false);
        addFieldRow(cf, tr("Max items"), number(m_ctx, P + QStringLiteral("/maxItems"), true, cons), {}, false);
        auto *it = new EnumField(m_ctx, P + QStringLiteral("/items/type"), kTypes, false, tr("(any)"), cons);
        it->setObjectName(QStringLiteral("itemsType"));
        it->setLabel(tr("Item type"));
        addFieldRow(cf, tr("Item type"), it, tr("Type of each item."), false);
        auto *ifmt = new EnumField(m_ctx, P + QStringLiteral("/items/format"), kFormats, false, tr("(none)"), cons);
        ifmt->setObjectName(QStringLiteral("itemsFormat"));
        ifmt->setLabel(tr("Item format"));
        addFieldRow(cf, tr("Item format"), ifmt, tr("entity: a list of entities."), false);
    }
    if (cf->rowCount())
        form->addRow(cons);
    else
        delete cons;

    // Entity settings.
    const bool entity = format == QLatin1String("entity");
    const bool entityItems = type == QLatin1String("array") && itemsFormat == QLatin1String("entity");
    if (entity || entityItems) {
        const QString base = entity ? P : P + QStringLiteral("/items");
        auto *eb = new QGroupBox(tr("Entity"), box);
        auto *ef = newFieldForm(eb);
        auto *bp = text(m_ctx, base + QStringLiteral("/blueprint"), tr("Blueprint"), eb);
        addFieldRow(ef, tr("&Blueprint"), bp, tr("The entities offered come from this blueprint."), true);
        auto *ds = new JsonField(m_ctx, base + QStringLiteral("/dataset"), false, true, eb);
        ds->setObjectName(QStringLiteral("dataset"));
        ds->setLabel(tr("Dataset"));
        ds->setCheck([](const JsonValue &v) {
            return v.isObject() && v.value(u"rules").isArray() ? QString()
                                                              : QObject::tr("A dataset is {\"combinator\": ..., \"rules\": [...]}");
        });
        addFieldRow(ef, tr("Data&set"), ds, tr("Filters the entities offered: {\"combinator\": \"and\", \"rules\": [...]}"),
                    false, true);
        addFieldRow(ef, tr("Sort by"), text(m_ctx, P + QStringLiteral("/sort/property"), tr("Sort property"), eb),
                    tr("A property identifier (not object/array properties). Default: title."), false);
        auto *so = new EnumField(m_ctx, P + QStringLiteral("/sort/order"), {QStringLiteral("ASC"), QStringLiteral("DESC")},
                                 false, tr("(not set)"), eb);
        so->setObjectName(QStringLiteral("sortOrder"));
        so->setLabel(tr("Sort order"));
        addFieldRow(ef, tr("Sort order"), so, tr("ASC or DESC."), false);
        form->addRow(eb);
    }

    auto *beh = new QGroupBox(tr("Behaviour"), box);
    auto *bf = newFieldForm(beh);
    auto *vis = new BoolField(m_ctx, P + QStringLiteral("/visible"), tr("&Visible"), true, BoolField::Alt::JqQuery, beh);
    vis->setObjectName(QStringLiteral("visible"));
    vis->setLabel(tr("Visible"));
    bf->addRow(QString(), vis);
    auto *dis = new BoolField(m_ctx, P + QStringLiteral("/disabled"), tr("Disa&bled"), false, BoolField::Alt::JqQuery, beh);
    dis->setObjectName(QStringLiteral("disabled"));
    dis->setLabel(tr("Disabled"));
    bf->addRow(QString(), dis);
    auto *dep = new ListField(m_ctx, P + QStringLiteral("/dependsOn"), ListField::Shape::Array, beh);
    dep->setObjectName(QStringLiteral("dependsOn"));
    dep->setLabel(tr("Depends on"));
    addFieldRow(bf, tr("Depends &on"), dep, tr("Input ids that must have a value before this one is enabled."), false);
    auto *enc = new EnumField(m_ctx, P + QStringLiteral("/encryption"), {QStringLiteral("aes256-gcm")}, false,
                              tr("(none)"), beh);
    enc->setObjectName(QStringLiteral("encryption"));
    enc->setLabel(tr("Encryption"));
    addFieldRow(bf, tr("E&ncryption"), enc,
                tr("aes256-gcm: a secret input, encrypted with your client secret; backends receive base64 "
                   "ciphertext."),
                false);
    form->addRow(beh);

    m_detailHost->layout()->addWidget(box);
    if (idHadFocus)
        m_idEdit->setFocus();
}


}  // namespace ad::app
