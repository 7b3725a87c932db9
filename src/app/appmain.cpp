#include "app/appmain.h"

#include "app/designerapp.h"
#include "app/firstpaintprobe.h"
#include "app/settings/appsettings.h"

#include <QApplication>
#include <QCommandLineParser>

namespace ad::app {

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    installFirstPaintProbe();
    QApplication::setApplicationName(QStringLiteral("action-designer"));
    QApplication::setOrganizationName(QStringLiteral("action-designer"));
    QApplication::setApplicationDisplayName(QStringLiteral("Action Designer"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design, validate and test Port actions."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Action files to open."), QStringLiteral("[FILE...]"));
    parser.process(app);

    AppSettings::instance().applyTheme();
    DesignerApp designer;
    designer.start(parser.positionalArguments());
    return app.exec();
}

}  // namespace ad::app
