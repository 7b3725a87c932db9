#include "app/firstpaintprobe.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QEvent>
#include <QMainWindow>
#include <QTimer>

#include <sys/resource.h>

#include <cstdio>

namespace ad::app {

namespace {
class FirstPaintProbe : public QObject {
public:
    explicit FirstPaintProbe(QObject *parent) : QObject(parent) { m_clock.start(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint) {
            auto *w = qobject_cast<QWidget *>(watched);
            if (w && qobject_cast<QMainWindow *>(w->window())) {
                m_done = true;
                // Report after this paint (and its siblings in the same pass) has been delivered.
                QTimer::singleShot(0, this, [this] {
                    rusage ru{};
                    getrusage(RUSAGE_SELF, &ru);
                    std::fprintf(stderr, "first-paint-ms=%lld max-rss-kb=%ld\n",
                                 static_cast<long long>(m_clock.elapsed()), ru.ru_maxrss);
                    QCoreApplication::quit();
                });
            }
        }
        return false;
    }

private:
    QElapsedTimer m_clock;
    bool m_done = false;
};
}  // namespace

void installFirstPaintProbe()
{
    if (qEnvironmentVariableIsEmpty("AD_QUIT_AFTER_FIRST_PAINT"))
        return;
    qApp->installEventFilter(new FirstPaintProbe(qApp));
}

}  // namespace ad::app
