// Window placement as rectangle arithmetic: restored geometry clamped to the
// available screen area, new windows cascading from the current one and
// starting again at the area's corner.
#include "app/util/placement.h"

#include <QTest>

using namespace ad::app;

class TstPlacement : public QObject {
    Q_OBJECT
private slots:
    void clamp_data()
    {
        QTest::addColumn<QRect>("geometry");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QRect laptop(0, 0, 1280, 770);  // 1280x800 minus a 30 px panel
        QTest::newRow("fits: unchanged") << QRect(100, 50, 800, 600) << laptop << QRect(100, 50, 800, 600);
        QTest::newRow("from a 1920x1080 session: shrunk and moved in")
            << QRect(300, 200, 1600, 900) << laptop << QRect(0, 0, 1280, 770);
        QTest::newRow("too tall only: height shrunk, x kept")
            << QRect(40, 10, 1000, 820) << laptop << QRect(40, 0, 1000, 770);
        QTest::newRow("off the right edge: moved left")
            << QRect(1000, 100, 800, 600) << laptop << QRect(480, 100, 800, 600);
        QTest::newRow("on a detached monitor left of the screen")
            << QRect(-1900, 100, 800, 600) << laptop << QRect(0, 100, 800, 600);
        QTest::newRow("above the top") << QRect(200, -300, 800, 600) << laptop << QRect(200, 0, 800, 600);
        QTest::newRow("second monitor with an offset origin")
            << QRect(0, 0, 800, 600) << QRect(1920, 24, 1280, 1000) << QRect(1920, 24, 800, 600);
        QTest::newRow("empty geometry left alone") << QRect() << laptop << QRect();
        QTest::newRow("no screen: unchanged") << QRect(5, 5, 10, 10) << QRect() << QRect(5, 5, 10, 10);
    }
    void clamp()
    {
        QFETCH(QRect, geometry);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        const QRect r = clampToAvailable(geometry, available);
        QCOMPARE(r, expected);
        if (!available.isEmpty() && !geometry.isEmpty())
            QVERIFY(available.contains(r));
    }

    void cascade_data()
    {
        QTest::addColumn<QRect>("current");
        QTest::addColumn<QRect>("available");
        QTest::addColumn<QRect>("expected");
        const QRect screen(0, 0, 1920, 1050);
        QTest::newRow("steps 30 px down and right")
            << QRect(100, 100, 1000, 700) << screen << QRect(130, 130, 1000, 700);
        QTest::newRow("would cross the bottom: restarts at the origin")
            << QRect(100, 340, 1000, 700) << screen << QRect(0, 0, 1000, 700);
        QTest::newRow("would cross the right: restarts at the origin")
            << QRect(900, 100, 1000, 700) << screen << QRect(0, 0, 1000, 700);
        QTest::newRow("exactly fits after the step")
            << QRect(890, 320, 1000, 700) << screen << QRect(920, 350, 1000, 700);
        QTest::newRow("full-size window: origin, clamped")
            << QRect(0, 0, 1920, 1050) << screen << QRect(0, 0, 1920, 1050);
        QTest::newRow("origin of an offset screen")
            << QRect(2500, 700, 1000, 700) << QRect(1920, 24, 1280, 1000) << QRect(1920, 24, 1000, 700);
        QTest::newRow("current window off-screen: starts at the origin")
            << QRect(-800, 100, 600, 400) << screen << QRect(0, 0, 600, 400);
    }
    void cascade()
    {
        QFETCH(QRect, current);
        QFETCH(QRect, available);
        QFETCH(QRect, expected);
        QCOMPARE(cascadeFrom(current, available), expected);
    }

    void cascadeChainStaysOnScreen()
    {
        // Opening many windows in a row: each one on screen, and the chain wraps to
        // the origin.
        const QRect screen(0, 0, 1280, 770);
        QRect r(0, 0, 900, 600);
        bool wrapped = false;
        for (int i = 0; i < 20; ++i) {
            const QRect next = cascadeFrom(r, screen);
            QVERIFY(screen.contains(next));
            wrapped = wrapped || next.topLeft() == screen.topLeft();
            r = next;
        }
        QVERIFY(wrapped);
    }
};

QTEST_APPLESS_MAIN(TstPlacement)
#include "tst_placement.moc"
