#include "app/forms/formcontext.h"

#include "app/document/document.h"
#include "app/forms/fieldwidget.h"
#include "json/jsonpointer.h"

namespace ad::app {

FormContext::FormContext(QObject *parent) : QObject(parent) {}

void FormContext::setDocument(Document *doc)
{
    m_doc = doc;
}

const JsonValue *FormContext::value(const QString &pointer) const
{
    return m_doc ? m_doc->value(pointer) : nullptr;
}

void FormContext::setValue(const QString &pointer, const JsonValue &v, const QString &undoText, bool typing)
{
    if (!m_doc)
        return;
    const QStringList tokens = jsonPointerTokens(pointer);
    // The deepest ancestor that exists decides where the (possibly nested) value is attached.
    int have = 0;
    for (int i = tokens.size() - 1; i >= 0; --i) {
        if (m_doc->value(jsonPointer(tokens.mid(0, i)))) {
            have = i;
            break;
        }
    }
    const JsonValue *anc = m_doc->value(jsonPointer(tokens.mid(0, have)));
    int attach = have;  // index of the first token to create
    if (have > 0 && anc && !anc->isContainer())
        attach = have - 1;  // a scalar where an object must be: replace it
    if (attach >= tokens.size() - 1) {
        m_doc->setValue(pointer, v, undoText, typing ? pointer : QString());
        return;
    }
    JsonValue built = v;
    for (int i = tokens.size() - 1; i > attach; --i) {
        JsonValue o = JsonValue::object();
        o.set(tokens.at(i), built);
        built = o;
    }
    m_doc->setValue(jsonPointer(tokens.mid(0, attach + 1)), built, undoText, typing ? pointer : QString());
}

void FormContext::removeValue(const QString &pointer, const QString &undoText)
{
    if (m_doc && m_doc->value(pointer))
        m_doc->removeValue(pointer, undoText);
}

void FormContext::add(FieldWidget *w)
{
    m_widgets.append(w);
}

void FormContext::forget(FieldWidget *w)
{
    for (qsizetype i = m_widgets.size() - 1; i >= 0; --i)
        if (m_widgets.at(i) == w || m_widgets.at(i).isNull())
            m_widgets.removeAt(i);
}

void FormContext::forgetUnder(QObject *container)
{
    const auto children = container->findChildren<FieldWidget *>();
    for (FieldWidget *w : children)
        forget(w);
    if (auto *fw = qobject_cast<FieldWidget *>(container))
        forget(fw);
}

bool FormContext::related(const QString &changed, const QString &field)
{
    if (changed.isEmpty() || changed == field)
        return true;
    return field.startsWith(changed + QLatin1Char('/')) || changed.startsWith(field + QLatin1Char('/'));
}

void FormContext::refreshFor(const QString &pointer)
{
    const auto widgets = m_widgets;  // a refresh may rebuild parts of the form
    for (const QPointer<FieldWidget> &w : widgets)
        if (w && m_widgets.contains(w) && related(pointer, w->pointer()))
            w->refresh();
}

void FormContext::refreshAll()
{
    refreshFor(QString());
}

FieldWidget *FormContext::widgetFor(const QString &pointer) const
{
    FieldWidget *best = nullptr;
    for (const QPointer<FieldWidget> &w : m_widgets) {
        if (!w)
            continue;
        const QString &p = w->pointer();
        if ((pointer == p || pointer.startsWith(p + QLatin1Char('/')))
            && (!best || p.size() > best->pointer().size()))
            best = w;
    }
    return best;
}

namespace {
QStringList inputIds(const Document *doc)
{
    const JsonValue *props = doc ? doc->value(QStringLiteral("/trigger/userInputs/properties")) : nullptr;
    return props && props->isObject() ? props->keys() : QStringList();
}
}  // namespace

QStringList FormContext::templateCompletions() const
{
    QStringList out;
    const JsonValue *type = value(QStringLiteral("/trigger/type"));
    const bool automation = type && type->toString() == QLatin1String("automation");
    if (automation) {
        out << QStringLiteral(".event.diff.after") << QStringLiteral(".event.diff.after.identifier")
            << QStringLiteral(".event.diff.after.title") << QStringLiteral(".event.diff.after.properties")
            << QStringLiteral(".event.diff.after.relations") << QStringLiteral(".event.diff.after.status")
            << QStringLiteral(".event.diff.after.response") << QStringLiteral(".event.diff.before")
            << QStringLiteral(".event.diff.before.properties") << QStringLiteral(".event.context")
            << QStringLiteral(".event.context.blueprintIdentifier")
            << QStringLiteral(".event.context.entityIdentifier") << QStringLiteral(".event.action")
            << QStringLiteral(".event.resourceType") << QStringLiteral(".event.trigger.by.userId");
    } else {
        out << QStringLiteral(".inputs");
        for (const QString &id : inputIds(m_doc))
            out << QStringLiteral(".inputs.") + id;
        out << QStringLiteral(".entity") << QStringLiteral(".entity.identifier") << QStringLiteral(".entity.title")
            << QStringLiteral(".entity.properties") << QStringLiteral(".entity.relations")
            << QStringLiteral(".entity.team") << QStringLiteral(".trigger.operation")
            << QStringLiteral(".action.blueprint");
    }
    out << QStringLiteral(".trigger.by.user.email") << QStringLiteral(".trigger.by.userId")
        << QStringLiteral(".trigger.by.orgId") << QStringLiteral(".trigger.at") << QStringLiteral(".trigger.origin")
        << QStringLiteral(".run.id") << QStringLiteral(".action.identifier") << QStringLiteral(".secrets.");
    return out;
}

QStringList FormContext::jqCompletions() const
{
    QStringList out;
    for (const QString &id : inputIds(m_doc))
        out << QStringLiteral(".form.") + id;
    out << QStringLiteral(".entity") << QStringLiteral(".entity.identifier") << QStringLiteral(".entity.properties")
        << QStringLiteral(".entity.relations") << QStringLiteral(".user.email") << QStringLiteral(".user.name")
        << QStringLiteral(".user.teams") << QStringLiteral(".user.roles");
    return out;
}

}  // namespace ad::app
