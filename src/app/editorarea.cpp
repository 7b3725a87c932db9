#include "app/editorarea.h"
#include "app/util/themecolors.h"

#include "app/document/document.h"
#include "app/jsonview/jsoneditor.h"
#include "app/jsonview/jsonview.h"
#include "app/parteditor.h"

#include "json/jsonpointer.h"
#include "model/legacy.h"
#include "model/migrate.h"

#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace ad::app {

EditorArea::EditorArea(QWidget *parent) : QTabWidget(parent)
{
    setDocumentMode(true);
    m_formPage = new QWidget(this);
    auto *lay = new QVBoxLayout(m_formPage);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(0);
    m_banner = new QFrame(m_formPage);
    m_banner->setObjectName(QStringLiteral("readOnlyBanner"));
    m_banner->setAutoFillBackground(true);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_readOnlyBanner = new QLabel(m_banner);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_migrateButton = new QPushButton(tr("&Migrate…"), m_banner);
    m_migrateButton->setToolTip(tr("Convert this file to Port's current format (one undo step) and show what changed"));
    bannerLayout->addWidget(m_readOnlyBanner, 1);
    bannerLayout->addWidget(m_migrateButton, 0, Qt::AlignVCenter);
    connect(m_migrateButton, &QPushButton::clicked, this, &EditorArea::migrateRequested);
    m_banner->hide();
    m_stack = new QStackedWidget(m_formPage);
    lay->addWidget(m_banner);
    lay->addWidget(m_stack, 1);

    for (PartEditor *e : createPartEditors(m_stack)) {
        if (!e || m_editors.contains(e->partId()))
            continue;
        // The part editors scroll their own content (FormPart holds a scroll area).
        m_stack->addWidget(e);
        m_editors.insert(e->partId(), e);
    }
    m_json = new JsonView(this);
    addTab(m_formPage, tr("&Form"));
    addTab(m_json, tr("&JSON"));
    setTabToolTip(0, tr("The form for the part selected in the outline"));
    setTabToolTip(1, tr("The whole file as JSON (Ctrl+J toggles)"));
    // However the JSON page comes forward (Ctrl+J, a click on its tab), it opens on the part the
    // form showed; callers that go somewhere precise (a problem's position) move the caret after.
    connect(this, &QTabWidget::currentChanged, this, [this] {
        if (isJsonShown())
            revealPartInJson();
    });
}

void EditorArea::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    for (PartEditor *e : std::as_const(m_editors))
        e->setDocument(doc);
    m_json->setDocument(doc);
    if (doc) {
        // Every change: the parse error moves while the text stays broken, and an edit in the JSON
        // view can make the action legacy or current.
        connect(doc, &Document::parseStateChanged, this, &EditorArea::updateReadOnly);
        connect(doc, &Document::changed, this, &EditorArea::updateReadOnly);
        connect(doc, &Document::currentActionChanged, this, &EditorArea::updateReadOnly);
    }
    updateReadOnly();
}

void EditorArea::showPart(const QString &partId)
{
    if (PartEditor *e = m_editors.value(partId))
        m_stack->setCurrentWidget(e);
}

QString EditorArea::currentPart() const
{
    const auto *e = qobject_cast<const PartEditor *>(m_stack->currentWidget());
    return e ? e->partId() : QString();
}

bool EditorArea::isJsonShown() const
{
    return currentWidget() == m_json;
}

void EditorArea::showJson()
{
    setCurrentWidget(m_json);
}

void EditorArea::showForm()
{
    setCurrentWidget(m_formPage);
}

void EditorArea::toggleJson()
{
    if (isJsonShown())
        showForm();
    else
        showJson();
    currentWidget()->setFocus(Qt::ShortcutFocusReason);
}

void EditorArea::revealPartInJson(bool force)
{
    if (!m_doc || m_doc->hasPendingText())
        return;  // positions belong to the last parsed text, not to what the editor shows
    const QStringList actions = m_doc->file().actionPointers();
    const int index = m_doc->currentAction();
    if (index < 0 || index >= actions.size())
        return;
    QString pointer = actions.at(index) + pointerForPart(currentPart());
    const JsonValue *value = resolvePointer(m_doc->file().root(), pointer);
    while (!value && !pointer.isEmpty()) {
        pointer.truncate(pointer.lastIndexOf(QLatin1Char('/')));
        value = resolvePointer(m_doc->file().root(), pointer);
    }
    if (!value || !value->pos().isValid())
        return;
    const int caret = m_json->editor()->caretLine();
    const bool inside = value->endPos().isValid() && caret >= value->pos().line && caret <= value->endPos().line;
    if (!force && inside)
        return;
    m_json->goTo(value->pos().line, value->pos().column);
}

bool EditorArea::formsReadOnly() const
{
    return !m_stack->isEnabled();
}

void EditorArea::updateReadOnly()
{
    const bool pending = m_doc && m_doc->hasPendingText();
    QStringList legacy, flat;
    if (m_doc && !pending) {
        isLegacyV1Action(m_doc->action(), &legacy);
        isFlatIntegrationAction(m_doc->action(), &flat);
    }
    const bool readOnly = pending || !legacy.isEmpty() || !flat.isEmpty();
    m_stack->setEnabled(!readOnly);
    if (!readOnly) {
        m_banner->hide();
        return;
    }
    setBanner(m_banner, Tone::Warning);
    m_migrateButton->setVisible(!pending);
    QString text;
    if (pending) {
        const JsonParseError &e = m_doc->parseError();
        text = tr("Read-only: the JSON text does not parse (line %1, column %2: %3). "
                  "This form shows the last valid state; fix the text in the JSON view.")
                   .arg(e.pos.line)
                   .arg(e.pos.column)
                   .arg(e.message);
    } else if (!legacy.isEmpty()) {
        text = tr("Read-only: this is a legacy v1 action (%1). The forms edit Port's current format only; "
                  "editing them would mix the two formats. Migrate converts the file (one undo step), "
                  "or edit it in the JSON view.")
                   .arg(legacy.join(QStringLiteral("; ")));
    } else {
        QStringList quoted;
        for (const QString &k : std::as_const(flat))
            quoted << QLatin1Char('\'') + k + QLatin1Char('\'');
        text = tr("Read-only: this INTEGRATION_ACTION has %1 flat under invocationMethod, which Port's API "
                  "rejects; the form edits them inside integrationActionExecutionProperties. Migrate moves "
                  "them there (one undo step), or edit them in the JSON view.")
                   .arg(quoted.join(QStringLiteral(", ")));
    }
    m_readOnlyBanner->setText(text);
    m_banner->show();
}

}  // namespace ad::app
