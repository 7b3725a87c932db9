#include "app/util/themecolors.h"

#include <QApplication>
#include <QEvent>
#include <QPalette>
#include <QWidget>

namespace ad::app {

bool isDarkPalette(const QPalette &p)
{
    return p.color(QPalette::Base).lightness() < 128;
}

QColor errorTextColor(const QPalette &p)
{
    return isDarkPalette(p) ? QColor(0xff, 0x80, 0x80) : QColor(0xb0, 0x20, 0x20);
}

QColor warningTextColor(const QPalette &p)
{
    return isDarkPalette(p) ? QColor(0xff, 0xc0, 0x60) : QColor(0x90, 0x60, 0x00);
}

namespace {
struct ToneColours {
    QRgb lightBackground, lightText, darkBackground, darkText;
};

// In Tone's order. Each text colour is at least 4.5:1 on its background (tst_themebanners).
constexpr ToneColours kTones[] = {
    {0xe3f4e1, 0x1d4a1f, 0x1d3f22, 0xc8ecc8},  // Success
    {0xfff4d0, 0x5a4a1d, 0x4a3d16, 0xffe8b0},  // Warning
    {0xfbe3e3, 0x5a1d1d, 0x5a1d1d, 0xffd0d0},  // Error
    {0xececec, 0x202020, 0x3a3a3a, 0xe8e8e8},  // Neutral
};
}  // namespace

QColor toneBackground(const QPalette &p, Tone tone)
{
    const ToneColours &c = kTones[int(tone)];
    return QColor(isDarkPalette(p) ? c.darkBackground : c.lightBackground);
}

QColor toneText(const QPalette &p, Tone tone)
{
    const ToneColours &c = kTones[int(tone)];
    return QColor(isDarkPalette(p) ? c.darkText : c.lightText);
}

namespace {
enum class TextRole { Normal, Error, Muted, Banner };

QColor colourFor(TextRole role, const QPalette &base)
{
    const QColor t = base.color(QPalette::Active, QPalette::WindowText);
    switch (role) {
    case TextRole::Error:
        return errorTextColor(base);
    case TextRole::Muted: {
        const QColor w = base.color(QPalette::Active, QPalette::Window);
        return QColor::fromRgbF(t.redF() * 0.62 + w.redF() * 0.38, t.greenF() * 0.62 + w.greenF() * 0.38,
                                t.blueF() * 0.62 + w.blueF() * 0.38);
    }
    case TextRole::Normal:
    case TextRole::Banner:
        break;
    }
    return t;
}

// Keeps a label's text colour right for the theme: the colour is an explicit palette entry, which a
// theme switch would otherwise leave as it was (light-theme red on the dark background). Derived from
// the application palette, so calling again never compounds a previous colour.
class TextColourKeeper : public QObject {
public:
    static constexpr const char *kName = "adTextColourKeeper";
    explicit TextColourKeeper(QWidget *label) : QObject(label), m_label(label)
    {
        setObjectName(QString::fromLatin1(kName));
        label->installEventFilter(this);
    }

    void setRole(TextRole role, Tone tone = Tone::Neutral)
    {
        m_role = role;
        m_tone = tone;
        apply();
    }

protected:
    bool eventFilter(QObject *, QEvent *e) override
    {
        // Later, not inside the event: a palette change also comes while a style sheet is being
        // applied to the label, and touching the label's style then crashes Qt.
        if (!m_applying && e->type() == QEvent::PaletteChange && !m_queued) {
            m_queued = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_queued = false;
                    apply();
                },
                Qt::QueuedConnection);
        }
        return false;
    }

private:
    void apply()
    {
        m_applying = true;
        const QPalette base = QApplication::palette(m_label);
        const bool banner = m_role == TextRole::Banner;
        const QColor c = banner ? toneText(base, m_tone) : colourFor(m_role, base);
        QPalette pal = m_label->palette();
        pal.setColor(QPalette::Active, QPalette::WindowText, c);
        pal.setColor(QPalette::Inactive, QPalette::WindowText, c);
        if (banner) {
            pal.setColor(QPalette::Window, toneBackground(base, m_tone));
            m_label->setAutoFillBackground(true);
        } else if (m_filled) {
            // Was a banner: back to the window's own background.
            pal.setColor(QPalette::Window, base.color(QPalette::Window));
            m_label->setAutoFillBackground(false);
        }
        m_filled = banner;
        m_label->setPalette(pal);
        m_applying = false;
    }

    QWidget *m_label;
    TextRole m_role = TextRole::Normal;
    Tone m_tone = Tone::Neutral;
    bool m_filled = false;
    bool m_applying = false;
    bool m_queued = false;
};

void setRole(QWidget *label, TextRole role, Tone tone = Tone::Neutral)
{
    // No Q_OBJECT (no moc for a file-local class): found by its object name.
    auto *keeper = static_cast<TextColourKeeper *>(
        label->findChild<QObject *>(QString::fromLatin1(TextColourKeeper::kName), Qt::FindDirectChildrenOnly));
    if (!keeper)
        keeper = new TextColourKeeper(label);
    keeper->setRole(role, tone);
}
}  // namespace

void setErrorText(QWidget *label, bool error)
{
    setRole(label, error ? TextRole::Error : TextRole::Normal);
}

void setMuted(QWidget *label)
{
    setRole(label, TextRole::Muted);
}

void setBanner(QWidget *label, Tone tone) { setRole(label, TextRole::Banner, tone); }

}  // namespace ad::app
