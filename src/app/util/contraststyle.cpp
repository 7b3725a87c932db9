#include "app/util/contraststyle.h"

#include "app/util/themecolors.h"

#include <QPainter>
#include <QStyleOption>

namespace ad::app {

void ContrastStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                  const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    const bool check = element == PE_IndicatorCheckBox || element == PE_IndicatorItemViewItemCheck;
    if (!(check || element == PE_IndicatorRadioButton) || !option || !isDarkPalette(option->palette))
        return;
    QColor edge = option->palette.color(QPalette::WindowText);
    edge.setAlpha(option->state & State_Enabled ? 150 : 70);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, !check);
    painter->setPen(QPen(edge, 1));
    painter->setBrush(Qt::NoBrush);
    const QRect r = option->rect.adjusted(0, 0, -1, -1);
    if (check)
        painter->drawRect(r);
    else
        painter->drawEllipse(QRectF(r).adjusted(0.5, 0.5, -0.5, -0.5));
    painter->restore();
}

}  // namespace ad::app
