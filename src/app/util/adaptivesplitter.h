#pragma once
// A two-pane splitter that follows the shape of its dock: panes side by side when it is wide,
// stacked when it is narrow (decided on resize by splitOrientation(), with hysteresis). The
// sizes the user drags are remembered per orientation (QSettings, under the splitter's key) and
// re-applied as proportions whenever the splitter is resized or turned.

#include <QSplitter>

namespace ad::app {

class AdaptiveSplitter : public QSplitter {
    Q_OBJECT
public:
    // `settingsKey` names the remembered sizes ("preview", "runner").
    explicit AdaptiveSplitter(const QString &settingsKey, QWidget *parent = nullptr);

    // The least each pane should get: below twice its width the panes stack.
    void setMinimumPane(const QSize &size) { m_minPane = size; }
    QSize minimumPane() const { return m_minPane; }
    // The first pane's share of the space until the user drags the handle, per orientation.
    void setDefaultShares(double horizontal, double vertical);
    // Forgets the dragged sizes and takes the orientation the current size calls for (Reset Layout).
    void resetLayout();
    // Re-decides the orientation and re-applies the proportions now (normally on resize).
    void adapt();

protected:
    void resizeEvent(QResizeEvent *e) override;

private:
    QString settingsPath(Qt::Orientation o) const;
    QList<int> &saved(Qt::Orientation o) { return o == Qt::Horizontal ? m_savedH : m_savedV; }
    void applySizes();

    QString m_key;
    QSize m_minPane{200, 120};
    double m_shareH = 0.5;
    double m_shareV = 0.5;
    QList<int> m_savedH;  // the dragged sizes, as in QSettings
    QList<int> m_savedV;
    bool m_applying = false;
};

}  // namespace ad::app
