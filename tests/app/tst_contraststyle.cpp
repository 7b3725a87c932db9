// The dark theme's check boxes and radio buttons keep a visible outline (Fusion drew it in the
// colour of the box itself, so an unchecked box vanished).
#include "app/settings/appsettings.h"
#include "app/util/contraststyle.h"

#include <QApplication>
#include <QCheckBox>
#include <QRadioButton>
#include <QStyleFactory>
#include <QStyleOptionButton>
#include <QTest>

using namespace ad::app;

namespace {
int luminance(QRgb c)
{
    return (qRed(c) * 299 + qGreen(c) * 587 + qBlue(c) * 114) / 1000;
}

// Largest brightness step between the indicator's centre and any pixel of its outer ring.
int edgeContrast(QAbstractButton *b, QStyle::SubElement indicator)
{
    QStyleOptionButton opt;
    opt.initFrom(b);
    const QRect r = b->style()->subElementRect(indicator, &opt, b);
    const QImage img = b->grab().toImage();
    const int dpr = qRound(img.devicePixelRatio());
    const int inside = luminance(img.pixel(r.center() * dpr));
    int best = 0;
    for (int x = r.left(); x <= r.right(); ++x)
        for (int y : {r.top(), r.center().y(), r.bottom()})
            best = qMax(best, qAbs(luminance(img.pixel(QPoint(x, y) * dpr)) - inside));
    return best;
}
}  // namespace

class TstContrastStyle : public QObject {
    Q_OBJECT
private slots:
    void uncheckedIndicatorsStayVisibleInDark()
    {
        QApplication::setStyle(new ContrastStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
        QApplication::setPalette(AppSettings::darkPalette());
        QCheckBox check(QStringLiteral("Through the Port agent"));
        QRadioButton radio(QStringLiteral("Option"));
        check.resize(check.sizeHint());
        radio.resize(radio.sizeHint());
        // A step of 60 of 255 in brightness reads as an edge; Fusion alone gave 6 (box) and 13 (radio).
        if (const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR"); !dir.isEmpty())
            check.grab().save(dir + QStringLiteral("/dark-checkbox.png"));
        QVERIFY2(edgeContrast(&check, QStyle::SE_CheckBoxIndicator) >= 60, "check box outline too faint");
        QVERIFY2(edgeContrast(&radio, QStyle::SE_RadioButtonIndicator) >= 60, "radio button outline too faint");
    }
};

QTEST_MAIN(TstContrastStyle)
#include "tst_contraststyle.moc"
