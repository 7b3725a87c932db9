#include "app/editorarea.h"

#include "app/document/document.h"
#include "app/jsonview/jsonview.h"
#include "app/parteditor.h"

#include <QLabel>
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
    m_readOnlyBanner = new QLabel(m_formPage);
    m_readOnlyBanner->setWordWrap(true);
    m_readOnlyBanner->setContentsMargins(8, 4, 8, 4);
    m_readOnlyBanner->setAutoFillBackground(true);
    m_readOnlyBanner->hide();
    m_stack = new QStackedWidget(m_formPage);
    lay->addWidget(m_readOnlyBanner);
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
}

void EditorArea::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    for (PartEditor *e : std::as_const(m_editors))
        e->setDocument(doc);
    m_json->setDocument(doc);
    if (doc)
        connect(doc, &Document::parseStateChanged, this, &EditorArea::updateReadOnly);
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

bool EditorArea::formsReadOnly() const
{
    return !m_stack->isEnabled();
}

void EditorArea::updateReadOnly()
{
    const bool pending = m_doc && m_doc->hasPendingText();
    m_stack->setEnabled(!pending);
    if (!pending) {
        m_readOnlyBanner->hide();
        return;
    }
    QPalette pal = m_readOnlyBanner->palette();
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    pal.setColor(QPalette::Window, dark ? QColor(0x5a, 0x4a, 0x1d) : QColor(0xff, 0xf4, 0xd0));
    m_readOnlyBanner->setPalette(pal);
    const JsonParseError &e = m_doc->parseError();
    m_readOnlyBanner->setText(tr("Read-only: the JSON text does not parse (line %1, column %2: %3). "
                                 "This form shows the last valid state; fix the text in the JSON view.")
                                  .arg(e.pos.line)
                                  .arg(e.pos.column)
                                  .arg(e.message));
    m_readOnlyBanner->show();
}

}  // namespace ad::app
