#include "app/forms/fieldwidgets.h"
#include "app/forms/backendeditor.h"

#include "app/document/document.h"
#include "backend/backends.h"
#include "app/forms/declform.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/formcontext.h"
#include "app/forms/typeswitch.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ad::app {

namespace {
const QString kMethod = QStringLiteral("/invocationMethod");
}

BackendEditor::BackendEditor(QWidget *parent)
    : FormPart(QStringLiteral("backend"), tr("Backend"), parent), m_type(new QComboBox(this)),
      m_help(new QLabel(this)), m_note(new QLabel(this))
{
    auto *top = new QFormLayout;
    top->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *label = new QLabel(tr("&Type:"), this);
    label->setBuddy(m_type);
    m_type->setObjectName(QStringLiteral("type"));
    m_type->setToolTip(tr("What runs when the action is executed. Switching keeps the other type's fields in "
                          "memory: switch back to get them again."));
    top->addRow(label, m_type);
    body()->addLayout(top);
    m_help->setWordWrap(true);
    setMuted(m_help);
    body()->addWidget(m_help);
    m_note->setWordWrap(true);
    m_note->setObjectName(QStringLiteral("carryNote"));
    m_note->setStyleSheet(QStringLiteral("background: palette(alternate-base); border: 1px solid palette(mid); "
                                         "padding: 4px;"));
    m_note->hide();
    body()->addWidget(m_note);
    body()->addStretch(1);
    fillTypeCombo();
    connect(m_type, &QComboBox::activated, this, [this](int i) { switchType(m_type->itemData(i).toString()); });
}

void BackendEditor::fillTypeCombo()
{
    m_type->clear();
    for (const BackendDecl &b : backends()) {
        if (b.inSchema)
            m_type->addItem(QStringLiteral("%1  (%2)").arg(b.label, b.type), b.type);
    }
}

void BackendEditor::setDocument(Document *doc)
{
    m_stash.clear();
    m_note->hide();
    m_built = false;
    FormPart::setDocument(doc);
}

QString BackendEditor::currentType() const
{
    const JsonValue *t = m_ctx->value(kMethod + QStringLiteral("/type"));
    return t ? t->toString(QStringLiteral("?")) : QString();
}

void BackendEditor::switchType(const QString &type)
{
    if (!m_doc || type == currentType())
        return;
    const JsonValue *cur = m_ctx->value(kMethod);
    const JsonValue current = cur ? *cur : JsonValue::object();
    const QString fromType = current.value(u"type").toString();
    const auto stashed = m_stash.constFind(type);
    const TypeSwitch sw = switchBackendType(current, type, stashed == m_stash.constEnd() ? nullptr : &*stashed);
    if (!fromType.isEmpty())
        m_stash.insert(fromType, current);
    const BackendDecl *from = findBackend(fromType);
    const BackendDecl *to = findBackend(type);
    m_ctx->setValue(kMethod, sw.method, tr("Change backend type to %1").arg(to ? to->label : type), false);
    QString note;
    if (!sw.dropped.isEmpty())
        note = tr("Not carried over from %1: %2. They are kept in memory: switch back to %1 to get them again "
                  "(until the file is closed).")
                   .arg(from ? from->label : fromType, sw.dropped.join(QStringLiteral(", ")));
    if (!sw.carried.isEmpty())
        note += (note.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Carried over: %1.").arg(sw.carried.join(QStringLiteral(", ")));
    if (stashed != m_stash.constEnd())
        note += (note.isEmpty() ? QString() : QStringLiteral("\n")) + tr("Restored what %1 held before.").arg(to ? to->label : type);
    m_note->setText(note);
    m_note->setVisible(!note.isEmpty());
}

void BackendEditor::rebuild()
{
    const QString type = currentType();
    if (m_built && type == m_builtType)
        return;
    m_built = true;
    m_builtType = type;
    retire(m_form);
    m_form = new QWidget(this);
    m_form->setObjectName(QStringLiteral("backendForm"));
    auto *form = new QFormLayout(m_form);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    // Before the stretch at the end.
    body()->insertWidget(body()->count() - 1, m_form);

    const BackendDecl *b = findBackend(type);
    int i = m_type->findData(type);
    if (i < 0 && !type.isEmpty()) {
        m_type->addItem(b ? QStringLiteral("%1  (%2)").arg(b->label, b->type) : tr("%1 (unknown type)").arg(type), type);
        i = m_type->count() - 1;
    }
    m_type->setCurrentIndex(i);
    QString help = b ? b->help : (type.isEmpty() ? tr("This action has no invocationMethod yet: pick a type.")
                                                 : tr("Port does not know the type \"%1\".").arg(type));
    if (b && !b->inSchema)
        help += QLatin1Char(' ') + tr("Switch to %1 to keep it working.").arg(b->suggestInstead);
    m_help->setText(help);
    QString used = QStringLiteral("t");  // Alt+T is the type chooser
    if (b)
        addDeclaredRows(m_ctx, form, b->fields, kMethod, m_form, &used);
}

void BackendEditor::documentChanged(const QString &pointer)
{
    if (FormContext::related(pointer, kMethod + QStringLiteral("/type")))
        rebuild();
    FormPart::documentChanged(pointer);
    // The workflow-input count depends on the user inputs too.
    if (pointer.startsWith(QLatin1String("/trigger")))
        for (FieldWidget *w : m_form ? m_form->findChildren<FieldWidget *>() : QList<FieldWidget *>())
            if (w->objectName() == QLatin1String("workflowInputsLimit"))
                w->refresh();
}

}  // namespace ad::app
