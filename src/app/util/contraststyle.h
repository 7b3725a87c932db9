#pragma once
// The platform style with one repair for the dark theme: Fusion outlines check boxes and radio
// buttons in the window colour darkened, which on our dark palette is the colour of the box itself,
// so an unchecked box disappeared. This draws a visible outline over them in dark palettes.

#include <QProxyStyle>

namespace ad::app {

class ContrastStyle : public QProxyStyle {
public:
    using QProxyStyle::QProxyStyle;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
};

}  // namespace ad::app
