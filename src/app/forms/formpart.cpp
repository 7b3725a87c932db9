#include "app/forms/formpart.h"

#include "app/document/document.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/formcontext.h"

#include <QEvent>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace ad::app {

FormPart::FormPart(const QString &id, const QString &title, QWidget *parent)
    : PartEditor(parent), m_ctx(new FormContext(this)), m_id(id), m_scroll(new QScrollArea(this)),
      m_content(new QWidget), m_body(new QVBoxLayout(m_content))
{
    setObjectName(id);
    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(0, 0, 0, 0);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setWidget(m_content);
    l->addWidget(m_scroll);
    auto *heading = new QLabel(title, m_content);
    QFont f = heading->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    heading->setFont(f);
    m_body->addWidget(heading);
    m_body->setContentsMargins(12, 10, 12, 10);
    m_body->setSpacing(8);
    m_scroll->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_content->setMaximumWidth(readableWidth());
    setEnabled(false);  // until a document is set
}

int FormPart::readableWidth() const
{
    const QMargins m = m_body->contentsMargins();
    return kReadableChars * fontMetrics().averageCharWidth() + m.left() + m.right();
}

void FormPart::changeEvent(QEvent *e)
{
    PartEditor::changeEvent(e);
    if (e->type() == QEvent::FontChange)
        m_content->setMaximumWidth(readableWidth());
}

void FormPart::setDocument(Document *doc)
{
    for (const auto &c : m_connections)
        disconnect(c);
    m_connections.clear();
    m_doc = doc;
    m_ctx->setDocument(doc);
    setEnabled(doc != nullptr);
    if (doc) {
        m_connections << connect(doc, &Document::changed, this, [this](const QString &p) {
            if (p.isEmpty())
                rebuild();
            documentChanged(p);
        });
        m_connections << connect(doc, &Document::currentActionChanged, this, [this] {
            rebuild();
            m_ctx->refreshAll();
        });
        m_connections << connect(doc, &Document::parseStateChanged, this,
                                 [this](bool parses) { m_content->setEnabled(parses); });
        // The document may die with the window that owns both: forget it, build nothing.
        m_connections << connect(doc, &QObject::destroyed, this, [this] {
            m_doc = nullptr;
            m_ctx->setDocument(nullptr);
        });
        m_content->setEnabled(!doc->hasPendingText() || !doc->parseError().isError());
    }
    if (!doc)
        return;
    rebuild();
    m_ctx->refreshAll();
}

void FormPart::documentChanged(const QString &pointer)
{
    m_ctx->refreshFor(pointer);
}

void FormPart::retire(QWidget *old)
{
    if (!old)
        return;
    m_ctx->forgetUnder(old);
    old->hide();
    old->deleteLater();
}

bool FormPart::focusPointer(const QString &pointer)
{
    revealPointer(pointer);
    FieldWidget *w = m_ctx->widgetFor(pointer);
    if (!w)
        return false;
    QWidget *t = w->focusTarget();
    m_scroll->ensureWidgetVisible(t);
    t->setFocus(Qt::OtherFocusReason);
    return true;
}

}  // namespace ad::app
