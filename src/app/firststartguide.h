#pragma once
// The first-start guide: a small non-modal card over the bottom-right corner of
// the editor area when the bundled sample opens, saying what the panes are and
// three things to try. Closing it is remembered (QSettings
// "firstStart/guideDismissed"); opening another file only hides it.

#include <QFrame>

class QPushButton;

namespace ad::app {

class MainWindow;

class FirstStartGuide : public QFrame {
    Q_OBJECT
public:
    // Shows the guide in `window` unless it was dismissed before; returns it (or
    // nullptr).
    static FirstStartGuide *showIn(MainWindow *window);
    static bool wasDismissed();

    QPushButton *dismissButton() const { return m_dismiss; }
    // Runs the sample against the local test backend (the window's "runner.runLocalBackend").
    QPushButton *runLocalButton() const { return m_runLocal; }

protected:
    bool eventFilter(QObject *watched, QEvent *e) override;

private:
    explicit FirstStartGuide(QWidget *host);
    void place();
    QPushButton *m_dismiss;
    QPushButton *m_runLocal;
};

}  // namespace ad::app
