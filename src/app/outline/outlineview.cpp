#include "app/outline/outlineview.h"

#include "app/document/document.h"
#include "app/parteditor.h"

#include <QLabel>
#include <QListWidget>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace ad::app {

OutlineView::OutlineView(QWidget *parent) : QWidget(parent)
{
    auto *lay = new QVBoxLayout(this);
    lay->setContentsMargins(0, 0, 0, 0);
    lay->setSpacing(2);
    m_actionsLabel = new QLabel(tr("&Actions in this file"), this);
    m_actionsLabel->setContentsMargins(6, 4, 6, 0);
    m_actions = new QListWidget(this);
    m_actions->setAccessibleName(tr("Actions in this file"));
    m_actionsLabel->setBuddy(m_actions);
    auto *partsLabel = new QLabel(tr("&Parts"), this);
    partsLabel->setContentsMargins(6, 4, 6, 0);
    m_parts = new QListWidget(this);
    m_parts->setAccessibleName(tr("Parts of the action"));
    partsLabel->setBuddy(m_parts);
    for (const QString &id : partIds()) {
        auto *item = new QListWidgetItem(partTitle(id), m_parts);
        item->setData(Qt::UserRole, id);
    }
    m_parts->setCurrentRow(0);
    lay->addWidget(m_actionsLabel);
    lay->addWidget(m_actions);
    lay->addWidget(partsLabel);
    lay->addWidget(m_parts, 1);

    connect(m_parts, &QListWidget::currentItemChanged, this, [this](QListWidgetItem *item) {
        if (item)
            emit partActivated(item->data(Qt::UserRole).toString());
    });
    connect(m_actions, &QListWidget::currentRowChanged, this, [this](int row) {
        if (m_doc && row >= 0)
            m_doc->setCurrentAction(row);
    });
    refreshActions();
}

void OutlineView::setDocument(Document *doc)
{
    if (m_doc)
        disconnect(m_doc, nullptr, this, nullptr);
    m_doc = doc;
    if (doc) {
        connect(doc, &Document::changed, this, &OutlineView::refreshActions);
        connect(doc, &Document::currentActionChanged, this, &OutlineView::refreshActions);
    }
    refreshActions();
}

void OutlineView::updateParts()
{
    // User inputs and approval do not apply to automations: their parts are hidden, not empty.
    const bool automation = m_doc && m_doc->action().value(u"trigger").value(u"type").toString() == QLatin1String("automation");
    bool currentHidden = false;
    for (int i = 0; i < m_parts->count(); ++i) {
        QListWidgetItem *item = m_parts->item(i);
        const QString id = item->data(Qt::UserRole).toString();
        const bool hide = automation && (id == QLatin1String("userInputs") || id == QLatin1String("approval"));
        item->setHidden(hide);
        currentHidden = currentHidden || (hide && item == m_parts->currentItem());
    }
    if (currentHidden)
        setCurrentPart(QStringLiteral("trigger"));
}

void OutlineView::refreshActions()
{
    updateParts();
    const int n = m_doc ? m_doc->actionCount() : 0;
    const bool multi = n > 1;
    m_actionsLabel->setVisible(multi);
    m_actions->setVisible(multi);
    const QSignalBlocker block(m_actions);
    if (!multi) {
        m_actions->clear();
        return;
    }
    while (m_actions->count() > n)
        delete m_actions->takeItem(m_actions->count() - 1);
    for (int i = 0; i < n; ++i) {
        QListWidgetItem *item = i < m_actions->count() ? m_actions->item(i) : new QListWidgetItem(m_actions);
        item->setText(m_doc->actionTitle(i));
    }
    m_actions->setCurrentRow(m_doc->currentAction());
    // As tall as its rows (up to 8), so the parts below keep their room.
    const int rows = qMin(n, 8);
    m_actions->setMaximumHeight(m_actions->sizeHintForRow(0) * rows + 2 * m_actions->frameWidth() + 2);
}

QString OutlineView::currentPart() const
{
    const QListWidgetItem *item = m_parts->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void OutlineView::setCurrentPart(const QString &partId)
{
    for (int i = 0; i < m_parts->count(); ++i)
        if (m_parts->item(i)->data(Qt::UserRole).toString() == partId)
            m_parts->setCurrentRow(i);
}

}  // namespace ad::app
