#include "app/firststartguide.h"

#include "app/mainwindow.h"

#include <QAction>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

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

FirstStartGuide::FirstStartGuide(QWidget *host)
    : QFrame(host),
      m_dismiss(new QPushButton(tr("Got it"), this)),
      m_runLocal(new QPushButton(tr("Run against the local test backend"), this))
{
    setObjectName(QStringLiteral("firstStartGuide"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    setForegroundRole(QPalette::ToolTipText);

    auto *title = new QLabel(tr("<b>Welcome — this is a sample action</b>"), this);
    auto *panes = new QLabel(tr("<b>Outline</b> (left): the parts of the file; pick one to edit it in "
                                "the <b>form</b> "
                                "(middle; Ctrl+J shows its JSON). <b>Preview</b> (right): the "
                                "scenario — mock "
                                "inputs, user and entity — and the request Port would send. "
                                "<b>Problems</b> and "
                                "<b>Runner</b> (bottom): what is wrong, and the test runs you send."),
                             this);
    auto *tries = new QLabel(tr("Three things to try:<ol style=\"margin-left: -20px\">"
                                "<li><b>Edit a template</b>: select <i>Backend</i> in the Outline and "
                                "change "
                                "the body's <tt>summary</tt>; the Preview follows as you type.</li>"
                                "<li><b>Change a mock input</b>: in the Preview's scenario, set "
                                "<i>Version</i> "
                                "to 2.0.0 and watch the request change.</li>"
                                "<li><b>Run against the local test backend</b> (button below, or Run "
                                "menu): a receiver on 127.0.0.1 gets the request instead of the "
                                "action's URL (the action is not changed), checks its signature, "
                                "and reports its logs and SUCCESS to the Runner as a real backend "
                                "would.</li></ol>"),
                             this);
    for (QLabel *l : {title, panes, tries}) {
        l->setWordWrap(true);
        l->setTextFormat(Qt::RichText);
        l->setForegroundRole(QPalette::ToolTipText);
    }
    m_dismiss->setObjectName(QStringLiteral("dismissGuide"));
    m_dismiss->setToolTip(tr("Close this guide; it does not come back"));
    connect(m_dismiss, &QPushButton::clicked, this, [this] {
        QSettings().setValue(kDismissed, true);
        hide();
        deleteLater();
    });

    auto *l = new QVBoxLayout(this);
    l->setContentsMargins(12, 10, 12, 10);
    l->addWidget(title);
    l->addWidget(panes);
    l->addWidget(tries);
    m_runLocal->setObjectName(QStringLiteral("guideRunLocal"));
    m_runLocal->setToolTip(tr("Run > Run Against Local Test Backend"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_runLocal);
    row->addStretch(1);
    row->addWidget(m_dismiss);
    l->addLayout(row);

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
