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

    void firstWindow()
    {
        // Laptop and 1080p: the whole available area (the docks need the room).
        QCOMPARE(firstWindowGeometry(QRect(0, 0, 1280, 770)), QRect(0, 0, 1280, 770));
        QCOMPARE(firstWindowGeometry(QRect(0, 24, 1920, 1056)), QRect(0, 24, 1920, 1056));
        // A 4K screen: capped and centred.
        const QRect big = firstWindowGeometry(QRect(0, 0, 3840, 2160));
        QVERIFY(big.width() < 3840 && big.height() < 2160);
        QCOMPARE(big.center(), QRect(0, 0, 3840, 2160).center());
        QCOMPARE(firstWindowGeometry(QRect()), QRect());
    }

    void dockPlan()
    {
        const int em = 6;  // DejaVu Sans at 9 pt, the tests' and the sample screenshots' font
        const int sideBySide = 900;
        const DockPlan small = defaultDockPlan(QSize(1280, 800), em, 300, sideBySide);
        const DockPlan large = defaultDockPlan(QSize(1920, 1080), em, 300, sideBySide);
        const auto central = [](const QSize &s, const DockPlan &p) { return s.width() - p.left - p.right; };
        // Everything has room at 1280, the form included.
        QVERIFY(small.left > 0 && small.right > 0 && central(QSize(1280, 800), small) >= 60 * em);
        // The 640 px more of a 1920 window go to the preview, not to the form.
        QVERIFY(large.right - small.right > 640 / 2);
        QVERIFY(central(QSize(1920, 1080), large) - central(QSize(1280, 800), small) < 640 / 3);
        // The bottom dock gets what it asks for within a share of the height.
        QCOMPARE(small.bottom, 300);
        QCOMPARE(defaultDockPlan(QSize(1280, 800), em, 2000, sideBySide).bottom, 800 * 45 / 100);
        QCOMPARE(defaultDockPlan(QSize(1280, 800), em, 10, sideBySide).bottom, 800 / 4);
        // A narrow preview stacks its panes and keeps the full height; a wide one leaves the
        // bottom corner to the runner.
        QVERIFY(!small.bottomFullWidth);
        QVERIFY(large.bottomFullWidth);
        // A preview a little short of side by side (German labels) takes the difference from the
        // form while the form keeps 80 characters; past that, and at 1280, the form keeps its width.
        const DockPlan wider = defaultDockPlan(QSize(1920, 1080), em, 300, large.right + 60);
        QCOMPARE(wider.right, large.right + 60);
        QVERIFY(wider.bottomFullWidth);
        QVERIFY(central(QSize(1920, 1080), wider) >= 80 * em);
        const DockPlan tooWide = defaultDockPlan(QSize(1920, 1080), em, 300, 1920 - large.left - 80 * em + 1);
        QCOMPARE(tooWide.right, large.right);
        QVERIFY(!tooWide.bottomFullWidth);
        QCOMPARE(defaultDockPlan(QSize(1280, 800), em, 300, small.right + 200).right, small.right);
    }

    void orientation_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::addColumn<int>("current");
        QTest::addColumn<int>("expected");
        const int h = Qt::Horizontal;
        const int v = Qt::Vertical;
        // Minimum pane 200 x 100: side by side from 400 px, with 25 px of hysteresis either way.
        QTest::newRow("wide: side by side") << QSize(600, 600) << v << h;
        QTest::newRow("narrow: stacked") << QSize(300, 600) << h << v;
        QTest::newRow("just under the threshold: stays side by side") << QSize(390, 600) << h << h;
        QTest::newRow("just over the threshold: stays stacked") << QSize(410, 600) << v << v;
        QTest::newRow("clearly over: turns") << QSize(430, 600) << v << h;
        QTest::newRow("clearly under: turns") << QSize(370, 600) << h << v;
        QTest::newRow("too short to stack: side by side though narrow") << QSize(300, 150) << v << h;
    }
    void orientation()
    {
        QFETCH(QSize, size);
        QFETCH(int, current);
        QFETCH(int, expected);
        QCOMPARE(int(splitOrientation(size, Qt::Orientation(current), QSize(200, 100))), expected);
    }
};

QTEST_APPLESS_MAIN(TstPlacement)
#include "tst_placement.moc"
