#include "app/firststartguide.h"

#include "app/mainwindow.h"
#include "ui_firststartguide.h"

#include <QAction>
#include <QEvent>
#include <QLabel>
#include <QPushButton>
#include <QSettings>

namespace ad::app {

namespace {
const QString kDismissed = QStringLiteral("firstStart/guideDismissed");
constexpr int kMargin = 12;
constexpr int kWidth = 440;
}  // namespace

bool FirstStartGuide::wasDismissed()
{
    return QSettings().value(kDismissed, false).toBool();
}

FirstStartGuide *FirstStartGuide::showIn(MainWindow *window)
{
    QWidget *host = window->centralWidget();
    if (!host || wasDismissed() || host->findChild<FirstStartGuide *>(QString(), Qt::FindDirectChildrenOnly))
        return nullptr;
    auto *guide = new FirstStartGuide(host);
    // About the sample only: another file in this window makes it moot (not
    // dismissed for good).
    connect(window, &MainWindow::fileLoaded, guide, &QObject::deleteLater);
    connect(guide->m_runLocal, &QPushButton::clicked, window, [window] {
        if (auto *run = window->findChild<QAction *>(QStringLiteral("runner.runLocalBackend")))
            run->trigger();
    });
    guide->show();
    guide->raise();
    return guide;
}

FirstStartGuide::FirstStartGuide(QWidget *host) : QFrame(host)
{
    Ui::FirstStartGuide ui;  // ui/firststartguide.ui
    ui.setupUi(this);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);
    for (QLabel *l : {ui.title, ui.panes, ui.tries})
        l->setForegroundRole(QPalette::ToolTipText);
    m_dismiss = ui.dismissGuide;
    m_runLocal = ui.guideRunLocal;
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QSettings().setValue(kDismissed, true);
        hide();
        deleteLater();
    });

    host->installEventFilter(this);
    place();
}

bool FirstStartGuide::eventFilter(QObject *watched, QEvent *e)
{
    if (watched == parent() && e->type() == QEvent::Resize)
        place();
    return QFrame::eventFilter(watched, e);
}

void FirstStartGuide::place()
{
    const QWidget *host = parentWidget();
    const int w = qMin(kWidth, host->width() - 2 * kMargin);
    const int h = heightForWidth(w) > 0 ? heightForWidth(w) : sizeHint().height();
    setGeometry(host->width() - w - kMargin, qMax(kMargin, host->height() - h - kMargin), w, h);
}

}  // namespace ad::app
