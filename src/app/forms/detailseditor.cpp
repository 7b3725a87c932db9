#include "app/forms/detailseditor.h"

#include "app/forms/declform.h"
#include "app/forms/fieldwidgets.h"
#include "app/parteditor.h"

#include <QFormLayout>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ad::app {

DetailsEditor::DetailsEditor(QWidget *parent) : FormPart(parts::Details, tr("Details"), parent)
{
    auto *host = new QWidget(this);
    auto *form = new QFormLayout(host);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setContentsMargins(0, 0, 0, 0);
    body()->addWidget(host);
    body()->addStretch(1);

    auto *id = new StringField(m_ctx, QStringLiteral("/identifier"), TemplateLineEdit::Mode::Plain, true, host);
    id->setObjectName(QStringLiteral("identifier"));
    id->setLabel(tr("Identifier"));
    addFieldRow(form, tr("&Identifier"), id,
                tr("Unique in your organization (actions and automations share one namespace). Letters, digits "
                   "and @ _ . + : = -"),
                true);
    form->addRow(QString(), new HintLabel(m_ctx, QStringLiteral("/identifier"), [](const JsonValue *v, bool *bad) {
        static const QRegularExpression re(QStringLiteral("^(?!\\.{1,2}$)[\\p{L}0-9@_.+:=-]+$"));
        const QString s = v ? v->toString() : QString();
        if (!v || s.isEmpty()) {
            *bad = true;
            return tr("Required.");
        }
        if (!re.match(s).hasMatch()) {
            *bad = true;
            return tr("Only letters, digits and @ _ . + : = - (and not \".\" or \"..\").");
        }
        return QString();
    }, host));

    const TextFieldSpec texts[] = {
        {"title", tr("&Title"), tr("Shown on the action card and in the runs list.")},
        {"icon", tr("I&con"), tr("An icon name from Port's icon list, e.g. Github, Terraform, DefaultProperty.")},
        {"description", tr("&Description"), tr("One line under the title.")},
    };
    for (const TextFieldSpec &t : texts) {
        auto *f = new StringField(m_ctx, QLatin1Char('/') + QLatin1String(t.key), TemplateLineEdit::Mode::Plain,
                                  false, host);
        f->setObjectName(QLatin1String(t.key));
        f->setLabel(QString(t.label).remove(QLatin1Char('&')));
        f->focusTarget()->setToolTip(t.help);
        addFieldRow(form, t.label, f, t.help, false);
    }

    auto *publish = new BoolField(m_ctx, QStringLiteral("/publish"), tr("&Published (active)"), true,
                                  BoolField::Alt::None, host);
    publish->setObjectName(QStringLiteral("publish"));
    publish->setLabel(tr("Published"));
    publish->setToolTip(tr("For automations: off means the automation is inactive. Default on."));
    form->addRow(QString(), publish);
    auto *anyone = new BoolField(m_ctx, QStringLiteral("/allowAnyoneToViewRuns"), tr("&Anyone can view runs"), true,
                                 BoolField::Alt::None, host);
    anyone->setObjectName(QStringLiteral("allowAnyoneToViewRuns"));
    anyone->setLabel(tr("Anyone can view runs"));
    anyone->setToolTip(tr("Off: admins see all runs, approvers the runs they approve, members only their own. "
                          "Default on."));
    form->addRow(QString(), anyone);
}

}  // namespace ad::app
