// Status banners follow the theme: each tone's text keeps a readable contrast on its background in the
// light and the dark theme, a banner recolours after a theme switch, and the preview's "Port payload"
// line is drawn in those colours (grabbed in both themes). Set AD_SCREENSHOT_DIR to also write
// port-payload-{light,dark}.png (the line) and port-payload-dock-{light,dark}.png (the preview dock).
#include "app/preview/previewdock.h"
#include "app/settings/appsettings.h"
#include "app/util/themecolors.h"

#include "../common/guifixture.h"
#include "../common/runscenariofixture.h"

#include <QApplication>
#include <QDockWidget>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QTemporaryDir>
#include <QTest>

#include <cmath>

using namespace ad;
using namespace ad::app;
using guifixture::kWait;

namespace {

// WCAG 2 relative luminance and contrast ratio (4.5 is the bar for body text).
double luminance(const QColor &c)
{
    const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
    return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
}

double contrast(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// The strongest contrast any pixel of `image` has with `background`: the core of the glyphs.
double bestTextContrast(const QImage &image, const QColor &background)
{
    double best = 1;
    for (int y = 0; y < image.height(); ++y)
        for (int x = 0; x < image.width(); ++x)
            best = std::max(best, contrast(image.pixelColor(x, y), background));
    return best;
}

const QList<Tone> kTones{Tone::Success, Tone::Warning, Tone::Error, Tone::Neutral};

}  // namespace

class TstThemeBanners : public QObject {
    Q_OBJECT
private slots:
    void initTestCase() { guifixture::useTestSettingsAndWorker(); }
    void cleanupTestCase() { AppSettings::instance().setTheme(AppSettings::Theme::System); }
    void tonesKeepTheirContrast_data();
    void tonesKeepTheirContrast();
    void bannerRecoloursOnThemeSwitch();
    void portPayloadLineInBothThemes();
};

void TstThemeBanners::tonesKeepTheirContrast_data()
{
    QTest::addColumn<QPalette>("palette");
    QTest::newRow("light") << QApplication::style()->standardPalette();
    QTest::newRow("dark") << AppSettings::darkPalette();
}

void TstThemeBanners::tonesKeepTheirContrast()
{
    QFETCH(QPalette, palette);
    for (const Tone t : kTones) {
        const double c = contrast(toneText(palette, t), toneBackground(palette, t));
        QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("tone %1: contrast %2").arg(int(t)).arg(c)));
    }
    QVERIFY(contrast(errorTextColor(palette), palette.color(QPalette::Base)) >= 4.5);
}

void TstThemeBanners::bannerRecoloursOnThemeSwitch()
{
    QLabel label(QStringLiteral("✓ equals Port's payload"));
    label.resize(300, 30);
    label.show();
    AppSettings::instance().setTheme(AppSettings::Theme::Light);
    setBanner(&label, Tone::Success);
    const QColor light = toneBackground(QApplication::palette(&label), Tone::Success);
    QCOMPARE(label.palette().color(QPalette::Window), light);
    QCOMPARE(label.grab().toImage().pixelColor(1, 1), light);

    AppSettings::instance().setTheme(AppSettings::Theme::Dark);
    const QColor dark = toneBackground(QApplication::palette(&label), Tone::Success);
    QVERIFY(dark != light);
    QTRY_COMPARE(label.palette().color(QPalette::Window), dark);
    QCOMPARE(label.palette().color(QPalette::WindowText), toneText(QApplication::palette(&label), Tone::Success));
    QCOMPARE(label.grab().toImage().pixelColor(1, 1), dark);

    // Back to plain text: no banner background left behind.
    setErrorText(&label, false);
    QVERIFY(!label.autoFillBackground());
    QCOMPARE(label.palette().color(QPalette::Window), QApplication::palette(&label).color(QPalette::Window));
}

void TstThemeBanners::portPayloadLineInBothThemes()
{
    runscenariofixture::PayloadWindow fx;
    if (QTest::currentTestFailed())
        return;
    PreviewDock *preview = fx.preview;
    QLabel *line = preview->portPayloadLabel();

    const struct {
        AppSettings::Theme theme;
        const char *name;
    } themes[] = {{AppSettings::Theme::Light, "light"}, {AppSettings::Theme::Dark, "dark"}};
    for (const auto &theme : themes) {
        AppSettings::instance().setTheme(theme.theme);
        for (const char *run : {"r_same", "r_diff"}) {
            const Tone tone = qstrcmp(run, "r_same") == 0 ? Tone::Success : Tone::Error;
            preview->setActiveScenario(QStringLiteral("run ") + QLatin1String(run));
            QTRY_VERIFY_WITH_TIMEOUT(!preview->isRendering() && preview->requestText().contains(QLatin1String(run)) &&
                                         line->isVisible() &&
                                         line->text().startsWith(tone == Tone::Success ? u'✓' : u'✗'),
                                     kWait);
            const QColor background = toneBackground(QApplication::palette(line), tone);
            QTRY_COMPARE(line->palette().color(QPalette::Window), background);
            QVERIFY(line->styleSheet().isEmpty());
            const QImage image = line->grab().toImage();
            QCOMPARE(image.pixelColor(1, 1), background);
            const double c = bestTextContrast(image, background);
            QVERIFY2(c >= 4.5, qPrintable(QStringLiteral("%1 %2: text contrast %3")
                                              .arg(QLatin1String(theme.name), QLatin1String(run))
                                              .arg(c)));
            if (tone == Tone::Error) {
                guifixture::shoot(line, QStringLiteral("port-payload-%1.png").arg(QLatin1String(theme.name)));
                guifixture::shoot(fx.window->previewDock(),
                                  QStringLiteral("port-payload-dock-%1.png").arg(QLatin1String(theme.name)));
            }
        }
    }
}

QTEST_MAIN(TstThemeBanners)
#include "tst_themebanners.moc"
