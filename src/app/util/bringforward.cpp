#include "app/util/bringforward.h"

#include <QDockWidget>
#include <QStackedWidget>
#include <QTabWidget>
#include <QWidget>

namespace ad::app {

namespace {
QWidget *firstFocusable(QWidget *w)
{
    if (w->focusPolicy() & Qt::TabFocus)
        return w;
    const QList<QWidget *> children = w->findChildren<QWidget *>();
    for (QWidget *c : children) {
        if ((c->focusPolicy() & Qt::TabFocus) && c->isEnabled() && c->isVisibleTo(w))
            return c;
    }
    return nullptr;
}
}  // namespace

QWidget *bringForward(QWidget *root, const QString &objectName)
{
    if (!root || objectName.isEmpty())
        return nullptr;
    auto *target = root->findChild<QWidget *>(objectName);
    if (!target)
        return nullptr;
    for (QWidget *w = target; w && w != root; w = w->parentWidget()) {
        QWidget *parent = w->parentWidget();
        if (auto *dock = qobject_cast<QDockWidget *>(w)) {
            dock->show();
            dock->raise();  // the front tab when docks are tabified
        } else if (auto *stack = qobject_cast<QStackedWidget *>(parent)) {
            if (auto *tabs = qobject_cast<QTabWidget *>(stack->parentWidget()))
                tabs->setCurrentWidget(w);
            else
                stack->setCurrentWidget(w);
        }
    }
    if (QWidget *field = firstFocusable(target))
        field->setFocus(Qt::OtherFocusReason);
    return target;
}

}  // namespace ad::app
