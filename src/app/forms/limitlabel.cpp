#include "app/forms/limitlabel.h"

#include "app/forms/fieldwidget.h"
#include "app/forms/fieldwidgets.h"
#include "app/forms/formcontext.h"

#include <QCoreApplication>
#include <QLabel>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace ad::app {

namespace {
constexpr int kGithubMaxInputs = 10;  // GitHub's workflow_dispatch limit (PORT-SPEC §6.2)

class LimitLabel : public FieldWidget {
    Q_DECLARE_TR_FUNCTIONS(ad::app::LimitLabel)  // lupdate's context; without it tr() would use FieldWidget's
public:
    LimitLabel(FormContext *ctx, const QString &pointer, QWidget *parent)
        : FieldWidget(ctx, pointer, parent), m_label(new QLabel(this))
    {
        auto *l = new QVBoxLayout(this);
        l->setContentsMargins(0, 0, 0, 0);
        l->addWidget(m_label);
        m_label->setWordWrap(true);
        setFocusPolicy(Qt::NoFocus);
        refresh();
    }
    void refresh() override
    {
        const JsonValue *v = current();
        if (!v || !v->isObject()) {
            m_label->setText(tr("Workflow inputs: GitHub accepts at most %1.").arg(kGithubMaxInputs));
            setMuted(m_label);
            return;
        }
        bool exact = true;
        const int n = countWorkflowInputs(*v, m_ctx->value(QStringLiteral("/trigger/userInputs/properties")), &exact);
        const bool over = n > kGithubMaxInputs;
        m_label->setText(tr("%1%2 of %3 workflow inputs (ref not counted)%4")
                             .arg(exact ? QString() : tr("at least "))
                             .arg(n)
                             .arg(kGithubMaxInputs)
                             .arg(over ? tr(" \u2014 GitHub rejects more than %1; nest them in one JSON input.")
                                             .arg(kGithubMaxInputs)
                                       : QString()));
        QFont f = m_label->font();
        f.setBold(over);
        m_label->setFont(f);
        if (over)
            setErrorText(m_label, true);
        else
            setMuted(m_label);
    }
    QLabel *m_label;
};
}  // namespace

int countWorkflowInputs(const JsonValue &inputs, const JsonValue *userProps, bool *exact)
{
    static const QRegularExpression spread(QStringLiteral("^\\{\\{\\s*spreadValue\\(\\s*\\)\\s*\\}\\}$"));
    static const QRegularExpression allInputs(QStringLiteral("^\\{\\{\\s*\\.inputs\\s*\\}\\}$"));
    int n = 0;
    *exact = true;
    QStringList counted;
    for (const JsonMember &m : inputs.members()) {
        if (spread.match(m.key.trimmed()).hasMatch()) {
            if (m.value.isString() && allInputs.match(m.value.toString().trimmed()).hasMatch() && userProps) {
                for (const QString &k : userProps->keys())
                    if (k != QLatin1String("ref") && !counted.contains(k)) {
                        counted << k;
                        ++n;
                    }
            } else {
                *exact = false;
            }
            continue;
        }
        if (m.key == QLatin1String("ref") || counted.contains(m.key))
            continue;
        counted << m.key;
        ++n;
    }
    return n;
}

QWidget *createLimitLabel(FormContext *ctx, const FieldDecl &decl, const QString &pointer, QWidget *parent)
{
    if (decl.key == QLatin1String("workflowInputs")) {
        auto *l = new LimitLabel(ctx, pointer, parent);
        l->setObjectName(QStringLiteral("workflowInputsLimit"));
        return l;
    }
    return nullptr;
}

}  // namespace ad::app
