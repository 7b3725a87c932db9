#include "app/forms/approvaleditor.h"

#include "app/forms/declform.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace ad::app {

namespace {
// requiredApproval: false | true | {"type": "ANY"} | {"type": "ALL"}.
class ApprovalChoice : public FieldWidget {
public:
    ApprovalChoice(FormContext *ctx, QWidget *parent)
        : FieldWidget(ctx, QStringLiteral("/requiredApproval"), parent), m_combo(new QComboBox(this))
    {
        auto *l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_combo, 1);
        setFocusProxy(m_combo);
        setLabel(tr("Required approval"));
        m_combo->addItem(tr("Not required"), QStringLiteral("false"));
        m_combo->addItem(tr("Required (true)"), QStringLiteral("true"));
        m_combo->addItem(tr("Any approver (ANY)"), QStringLiteral("ANY"));
        m_combo->addItem(tr("All approvers (ALL)"), QStringLiteral("ALL"));
        m_combo->setToolTip(tr("Approvers are set in the action's permissions, not here. ANY: one approval "
                               "suffices; ALL: every approver must approve."));
        connect(m_combo, &QComboBox::activated, this, [this](int i) {
            const QString d = m_combo->itemData(i).toString();
            if (d == QLatin1String("false") || d == QLatin1String("true")) {
                write(JsonValue::fromBool(d == QLatin1String("true")));
            } else if (!d.isEmpty()) {
                JsonValue o = JsonValue::object();
                o.set(QStringLiteral("type"), JsonValue::fromString(d));
                write(o);
            }
        });
        refresh();
    }
    void refresh() override
    {
        const JsonValue *v = current();
        QString key = QStringLiteral("false");
        if (v && v->isBool())
            key = v->toBool() ? QStringLiteral("true") : QStringLiteral("false");
        else if (v && v->isObject())
            key = v->value(u"type").toString();
        else if (v && !v->isNull())
            key = compactJson(*v);
        int i = m_combo->findData(key);
        if (i < 0) {
            m_combo->addItem(tr("Other: %1").arg(key), QString());  // shown, not lost; the validator says why
            i = m_combo->count() - 1;
        }
        m_combo->setCurrentIndex(i);
    }
    QWidget *focusTarget() override { return m_combo; }
    QComboBox *m_combo;
};

// approvalNotification/type: (default email) | email | webhook. Switching keeps url/format.
class NotificationType : public FieldWidget {
public:
    NotificationType(FormContext *ctx, QWidget *parent)
        : FieldWidget(ctx, QStringLiteral("/approvalNotification"), parent), m_combo(new QComboBox(this))
    {
        auto *l = new QHBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_combo, 1);
        setFocusProxy(m_combo);
        setLabel(tr("Notification"));
        m_combo->addItem(tr("Default (email)"), QString());
        m_combo->addItem(tr("Email"), QStringLiteral("email"));
        m_combo->addItem(tr("Webhook"), QStringLiteral("webhook"));
        connect(m_combo, &QComboBox::activated, this, [this](int i) {
            const QString t = m_combo->itemData(i).toString();
            if (t.isEmpty()) {
                erase();
                return;
            }
            const JsonValue *cur = current();
            JsonValue o = cur && cur->isObject() ? *cur : JsonValue::object();
            if (t == QLatin1String("email")) {
                if (o.contains(u"url"))
                    m_stash = o;
                o = JsonValue::object();
            } else if (!o.contains(u"url")) {
                o = m_stash.isObject() ? m_stash : JsonValue::object();
                if (!o.contains(u"url"))
                    o.set(QStringLiteral("url"), JsonValue::fromString(QStringLiteral("https://")));
                if (!o.contains(u"format"))
                    o.set(QStringLiteral("format"), JsonValue::fromString(QStringLiteral("json")));
            }
            JsonValue out = JsonValue::object();
            out.set(QStringLiteral("type"), JsonValue::fromString(t));
            for (const JsonMember &m : o.members())
                if (m.key != QLatin1String("type"))
                    out.set(m.key, m.value);
            write(out);
        });
        refresh();
    }
    void refresh() override
    {
        const JsonValue *v = current();
        const QString t = v ? v->value(u"type").toString() : QString();
        const int i = m_combo->findData(t);
        m_combo->setCurrentIndex(qMax(0, i));
    }
    QWidget *focusTarget() override { return m_combo; }
    QComboBox *m_combo;
    JsonValue m_stash;
};
}  // namespace

ApprovalEditor::ApprovalEditor(QWidget *parent) : FormPart(QStringLiteral("approval"), tr("Approval"), parent)
{
    auto *host = new QWidget(this);
    auto *form = new QFormLayout(host);
    form->setContentsMargins(0, 0, 0, 0);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *choice = new ApprovalChoice(m_ctx, host);
    choice->setObjectName(QStringLiteral("requiredApproval"));
    addFieldRow(form, tr("&Required approval"), choice, choice->m_combo->toolTip(), false);
    body()->addWidget(host);

    auto *box = new QGroupBox(tr("Approval notification"), this);
    m_notification = box;
    auto *nform = new QFormLayout(box);
    nform->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    auto *type = new NotificationType(m_ctx, box);
    type->setObjectName(QStringLiteral("approvalNotification"));
    addFieldRow(nform, tr("&Send by"), type, tr("Who is told that a run waits for approval, and how."), false);
    auto *url = new StringField(m_ctx, QStringLiteral("/approvalNotification/url"), TemplateLineEdit::Mode::Plain,
                                true, box);
    url->setObjectName(QStringLiteral("url"));
    url->setLabel(tr("Webhook URL"));
    url->edit()->setPlaceholderText(QStringLiteral("https://hooks.slack.com/services/..."));
    addFieldRow(nform, tr("Webhook &URL"), url, tr("Where Port posts the approval request."), false);
    auto *format = new EnumField(m_ctx, QStringLiteral("/approvalNotification/format"),
                                 {QStringLiteral("json"), QStringLiteral("slack")}, false, tr("(not set)"), box);
    format->setObjectName(QStringLiteral("format"));
    format->setLabel(tr("Format"));
    addFieldRow(nform, tr("&Format"), format, tr("json: Port's JSON message; slack: a Slack incoming-webhook message."),
                false);
    body()->addWidget(box);
    auto *note = new QLabel(tr("Approvers themselves are configured in the action's permissions in Port."), this);
    note->setWordWrap(true);
    setMuted(note);
    body()->addWidget(note);
    body()->addStretch(1);
}

void ApprovalEditor::documentChanged(const QString &pointer)
{
    FormPart::documentChanged(pointer);
    updateEnabled();
}

void ApprovalEditor::updateEnabled()
{
    const JsonValue *a = m_ctx->value(QStringLiteral("/requiredApproval"));
    const bool required = a && ((a->isBool() && a->toBool()) || a->isObject());
    const JsonValue *n = m_ctx->value(QStringLiteral("/approvalNotification/type"));
    const bool webhook = n && n->toString() == QLatin1String("webhook");
    m_notification->setEnabled(required || (n != nullptr));
    for (const char *name : {"url", "format"})
        if (auto *w = m_notification->findChild<QWidget *>(QLatin1String(name)))
            w->setEnabled(webhook);
}

}  // namespace ad::app
