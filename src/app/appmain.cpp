#include "app/appmain.h"

#include <QApplication>
#include <QFile>
#include <QMainWindow>
#include <QPlainTextEdit>

namespace ad::app {

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("action-designer"));
    QApplication::setOrganizationName(QStringLiteral("action-designer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Action Designer"));

    // Placeholder until the designer window lands: the bundled sample, read-only.
    QMainWindow w;
    auto *view = new QPlainTextEdit(&w);
    view->setReadOnly(true);
    QFile f(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral(":/samples/default-action.json"));
    if (f.open(QIODevice::ReadOnly))
        view->setPlainText(QString::fromUtf8(f.readAll()));
    w.setCentralWidget(view);
    w.resize(1100, 750);
    w.show();
    return app.exec();
}

}  // namespace ad::app
