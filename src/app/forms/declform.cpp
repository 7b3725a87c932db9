#include "app/forms/declform.h"

#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"
#include "app/forms/jsonfield.h"
#include "app/forms/limitlabel.h"
#include "app/forms/mapfield.h"
#include "app/i18n/language.h"
#include "json/jsonparser.h"
#include "json/jsonpointer.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QVBoxLayout>

namespace ad::app {

namespace {
// "\"POST\"" -> POST; "false" -> false.
QString defaultText(const FieldDecl &d)
{
    if (d.defaultJson.isEmpty())
        return {};
    const JsonParseResult r = parseJson(d.defaultJson);
    return r.ok() ? compactJson(r.value) : d.defaultJson;
}

class GroupField : public FieldWidget {
public:
    GroupField(FormContext *ctx, const FieldDecl &decl, const QString &pointer, QWidget *parent, QString *used)
        : FieldWidget(ctx, pointer, parent)
    {
        auto *l = new QVBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        auto *box = new QGroupBox(declText(decl.label) + (decl.required ? QStringLiteral(" *") : QString()), this);
        box->setToolTip(declText(decl.help));
        l->addWidget(box);
        auto *form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        addDeclaredRows(ctx, form, decl.children, pointer, box, used);
    }
    void refresh() override {}  // the children refresh themselves
};
}  // namespace

QString withMnemonic(const QString &label, QString *used)
{
    if (!used)
        return label;
    for (int i = 0; i < label.size(); ++i) {
        const QChar c = label.at(i).toLower();
        if (c.isLetter() && c.unicode() < 128 && !used->contains(c)) {
            used->append(c);
            return label.left(i) + QLatin1Char('&') + label.mid(i);
        }
    }
    return label;
}

namespace {
FieldWidget *createField(FormContext *ctx, const FieldDecl &d, const QString &pointer, QWidget *parent, QString *used);
}

FieldWidget *createFieldWidget(FormContext *ctx, const FieldDecl &d, const QString &pointer, QWidget *parent)
{
    return createField(ctx, d, pointer, parent, nullptr);
}

namespace {
FieldWidget *createField(FormContext *ctx, const FieldDecl &d, const QString &pointer, QWidget *parent, QString *used)
{
    FieldWidget *w = nullptr;
    const auto mode = d.templatable ? TemplateLineEdit::Mode::Template : TemplateLineEdit::Mode::Plain;
    switch (d.kind) {
    case FieldKind::String: {
        auto *s = new StringField(ctx, pointer, mode, d.required, parent);
        s->edit()->setPlaceholderText(defaultText(d));
        w = s;
        break;
    }
    case FieldKind::Enum: {
        auto *e = new EnumField(ctx, pointer, d.choices, d.templatable, QString(), parent);
        e->setDefaultText(defaultText(d));
        e->refresh();
        w = e;
        break;
    }
    case FieldKind::BoolOrTemplate:
        w = new BoolField(ctx, pointer, QString(), defaultText(d) == QLatin1String("true"),
                          d.templatable ? BoolField::Alt::Template : BoolField::Alt::None, parent);
        break;
    case FieldKind::StringMap:
        w = new MapField(ctx, pointer, false, parent);
        break;
    case FieldKind::JsonBody:
        w = new JsonField(ctx, pointer, false, !d.required, parent);
        break;
    case FieldKind::JsonObject: {
        auto *j = new JsonField(ctx, pointer, true, !d.required, parent);
        if (!d.templatable)
            j->setCheck([](const JsonValue &v) {
                return v.isObject() ? QString() : QObject::tr("Must be an object");
            });
        w = j;
        break;
    }
    case FieldKind::StringOrList:
        w = new ListField(ctx, pointer, ListField::Shape::StringOrList, parent);
        break;
    case FieldKind::Group:
        w = new GroupField(ctx, d, pointer, parent, used);
        break;
    }
    w->setLabel(declText(d.label));
    w->setToolTip(declText(d.help));
    w->focusTarget()->setToolTip(declText(d.help));
    w->setObjectName(d.key);  // tests and focusPointer find fields by key
    return w;
}
}  // namespace

QFormLayout *newFieldForm(QWidget *host)
{
    auto *f = new QFormLayout(host);
    f->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    return f;
}

void addFieldRow(QFormLayout *form, const QString &label, FieldWidget *w, const QString &help, bool required,
                 bool wide)
{
    auto *l = new QLabel(label + (required ? QStringLiteral(" *") : QString()) + QLatin1Char(':'));
    l->setToolTip(help + (required ? QObject::tr("\nRequired.") : QString()));
    l->setBuddy(w->focusTarget());
    if (wide) {
        form->addRow(l);
        form->addRow(w);
    } else {
        form->addRow(l, w);
    }
}

void addDeclaredRows(FormContext *ctx, QFormLayout *form, const QList<FieldDecl> &fields, const QString &base,
                     QWidget *parent, QString *used)
{
    for (const FieldDecl &d : fields) {
        const QString ptr = jsonPointerAppend(base, d.key);
        FieldWidget *w = createField(ctx, d, ptr, parent, used);
        if (d.kind == FieldKind::Group) {
            form->addRow(w);
            continue;
        }
        const bool wide = d.kind == FieldKind::JsonBody || d.kind == FieldKind::JsonObject
                          || d.kind == FieldKind::StringMap;
        addFieldRow(form, withMnemonic(declText(d.label), used), w, declText(d.help), d.required, wide);
        if (QWidget *extra = createLimitLabel(ctx, d, ptr, parent))
            form->addRow(extra);
    }
}

}  // namespace ad::app
