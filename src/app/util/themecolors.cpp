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
enum class TextRole { Normal, Error, Muted };

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

    void setRole(TextRole role)
    {
        m_role = role;
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
        const QColor c = colourFor(m_role, QApplication::palette(m_label));
        QPalette pal = m_label->palette();
        pal.setColor(QPalette::Active, QPalette::WindowText, c);
        pal.setColor(QPalette::Inactive, QPalette::WindowText, c);
        m_label->setPalette(pal);
        m_applying = false;
    }

    QWidget *m_label;
    TextRole m_role = TextRole::Normal;
    bool m_applying = false;
    bool m_queued = false;
};

void setRole(QWidget *label, TextRole role)
{
    // No Q_OBJECT (no moc for a file-local class): found by its object name.
    auto *keeper = static_cast<TextColourKeeper *>(
        label->findChild<QObject *>(QString::fromLatin1(TextColourKeeper::kName), Qt::FindDirectChildrenOnly));
    if (!keeper)
        keeper = new TextColourKeeper(label);
    keeper->setRole(role);
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

}  // namespace ad::app
