#include "app/util/themedicon.h"

#include <QApplication>
#include <QFile>
#include <QIconEngine>
#include <QPainter>
#include <QPalette>
#include <QPixmapCache>
#include <QSvgRenderer>

namespace ad::app {

namespace {

class ThemedSvgEngine : public QIconEngine {
public:
    explicit ThemedSvgEngine(const QString &name) : m_name(name)
    {
        QFile f(QStringLiteral(":/icons/%1.svg").arg(name));
        if (f.open(QIODevice::ReadOnly))
            m_svg = f.readAll();
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State state) override
    {
        painter->drawPixmap(rect, pixmap(rect.size() * painter->device()->devicePixelRatio(), mode, state));
    }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State) override
    {
        const QColor c = themedIconColor(QApplication::palette(), mode);
        const QString key = QStringLiteral("ad-icon-%1-%2x%3-%4")
                                .arg(m_name)
                                .arg(size.width())
                                .arg(size.height())
                                .arg(c.name(QColor::HexArgb));
        QPixmap pm;
        if (QPixmapCache::find(key, &pm))
            return pm;
        pm = QPixmap(size);
        pm.fill(Qt::transparent);
        QByteArray svg = m_svg;
        svg.replace("currentColor", c.name(QColor::HexRgb).toLatin1());
        QSvgRenderer renderer(svg);
        QPainter p(&pm);
        renderer.render(&p, QRectF(QPointF(0, 0), QSizeF(size)));
        p.end();
        if (c.alpha() < 255) {
            // SVG fill has no alpha in this form: fade the whole pixmap instead.
            QPixmap faded(size);
            faded.fill(Qt::transparent);
            QPainter fp(&faded);
            fp.setOpacity(c.alphaF());
            fp.drawPixmap(0, 0, pm);
            fp.end();
            pm = faded;
        }
        QPixmapCache::insert(key, pm);
        return pm;
    }

    QSize actualSize(const QSize &size, QIcon::Mode, QIcon::State) override { return size; }
    QString key() const override { return QStringLiteral("ad-themed-svg"); }
    QIconEngine *clone() const override { return new ThemedSvgEngine(*this); }

private:
    QString m_name;
    QByteArray m_svg;
};

}  // namespace

QColor themedIconColor(const QPalette &palette, QIcon::Mode mode)
{
    switch (mode) {
    case QIcon::Disabled:
        return palette.color(QPalette::Disabled, QPalette::ButtonText);
    case QIcon::Selected:
        return palette.color(QPalette::Active, QPalette::HighlightedText);
    default:
        return palette.color(QPalette::Active, QPalette::ButtonText);
    }
}

QIcon themedIcon(const QString &name)
{
    return QIcon(new ThemedSvgEngine(name));
}

}  // namespace ad::app
