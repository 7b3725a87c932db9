#pragma once
// What the GUI tests share: a throw-away config with the real jq worker, a main window that goes away
// without questions, fixture files and screenshots (AD_SCREENSHOT_DIR).

#include "app/document/document.h"
#include "app/editorarea.h"
#include "app/forms/fieldwidget.h"
#include "app/forms/templatelineedit.h"
#include "app/mainwindow.h"
#include "app/preview/previewdock.h"

#include <QFile>
#include <QStandardPaths>
#include <QTest>
#include <QUndoStack>
#include <QWidget>

namespace guifixture {

constexpr int kWait = 60000;  // generous: the machine running the suite may be busy

inline QByteArray readFile(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

// The initTestCase of a window test: test-mode settings (never the user's), and previews rendered by
// the real jq worker, not by this test binary.
inline void useTestSettingsAndWorker()
{
    QStandardPaths::setTestModeEnabled(true);
    ad::app::PreviewDock::setDefaultWorkerBinary(QStringLiteral(AD_BINARY));
}

// Saves `w` as AD_SCREENSHOT_DIR/name when that is set.
inline void shoot(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    QTest::qWait(100);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

// The same for a dialog or another widget of its own, shown first so it is laid out.
inline void shootShown(QWidget *w, const QString &name)
{
    const QString dir = qEnvironmentVariable("AD_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w->show();
    QTest::qWait(100);
    QVERIFY(w->grab().save(dir + QLatin1Char('/') + name));
}

inline void discardOnClose(ad::app::MainWindow *w)
{
    w->setCloseAsker([](const QString &) { return ad::app::CloseAnswer::Discard; });
}

// The line edit of the form field for `pointer` (e.g. "/invocationMethod/url"), for typing into it as
// a user would; nullptr when the forms show no such field.
inline ad::app::TemplateLineEdit *fieldEdit(ad::app::MainWindow *w, const QString &pointer)
{
    for (ad::app::FieldWidget *f : w->editorArea()->findChildren<ad::app::FieldWidget *>())
        if (f->pointer() == pointer)
            if (auto *e = f->findChild<ad::app::TemplateLineEdit *>())
                return e;
    return nullptr;
}

// A main window that discards its changes on close; deleted (unchanged, hidden) with the fixture.
struct WindowFixture {
    ad::app::MainWindow *window = new ad::app::MainWindow(nullptr);

    WindowFixture() { discardOnClose(window); }
    ~WindowFixture()
    {
        window->document()->undoStack()->setClean();
        window->hide();
        delete window;
    }
    WindowFixture(const WindowFixture &) = delete;
    WindowFixture &operator=(const WindowFixture &) = delete;
    ad::app::Document *doc() const { return window->document(); }
};

}  // namespace guifixture
