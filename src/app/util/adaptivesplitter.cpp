#include "app/util/adaptivesplitter.h"

#include "app/util/placement.h"

#include <QResizeEvent>
#include <QSettings>

namespace ad::app {

AdaptiveSplitter::AdaptiveSplitter(const QString &settingsKey, QWidget *parent)
    : QSplitter(Qt::Vertical, parent),
      m_key(settingsKey)
{
    // A collapsed pane is a pane the user cannot find again; the minimum sizes keep both in view.
    setChildrenCollapsible(false);
    const QSettings settings;
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical})
        for (const QVariant &v : settings.value(settingsPath(o)).toList())
            saved(o) << v.toInt();
    connect(this, &QSplitter::splitterMoved, this, [this] {
        if (m_applying)
            return;
        saved(orientation()) = sizes();
        QVariantList list;
        for (int s : sizes())
            list << s;
        QSettings().setValue(settingsPath(orientation()), list);
    });
}

void AdaptiveSplitter::setDefaultShares(double horizontal, double vertical)
{
    m_shareH = qBound(0.1, horizontal, 0.9);
    m_shareV = qBound(0.1, vertical, 0.9);
}

QString AdaptiveSplitter::settingsPath(Qt::Orientation o) const
{
    return QStringLiteral("layout/splitters/%1/%2")
        .arg(m_key, o == Qt::Horizontal ? QStringLiteral("horizontal") : QStringLiteral("vertical"));
}

void AdaptiveSplitter::resetLayout()
{
    QSettings s;
    for (Qt::Orientation o : {Qt::Horizontal, Qt::Vertical}) {
        s.remove(settingsPath(o));
        saved(o).clear();
    }
    adapt();
}

void AdaptiveSplitter::resizeEvent(QResizeEvent *e)
{
    QSplitter::resizeEvent(e);
    adapt();
}

void AdaptiveSplitter::adapt()
{
    if (m_applying || count() != 2)
        return;
    const Qt::Orientation o = splitOrientation(size(), orientation(), m_minPane);
    if (o != orientation())
        setOrientation(o);
    applySizes();
}

void AdaptiveSplitter::applySizes()
{
    const int extent = orientation() == Qt::Horizontal ? width() : height();
    if (extent <= 0)
        return;
    QList<int> wanted = saved(orientation());
    if (wanted.size() != 2 || wanted.at(0) <= 0 || wanted.at(1) <= 0) {
        const double share = orientation() == Qt::Horizontal ? m_shareH : m_shareV;
        const int first = int(extent * share);
        wanted = {first, extent - first};
    }
    m_applying = true;
    setSizes(wanted);  // taken as proportions of the space there is
    m_applying = false;
}

}  // namespace ad::app
