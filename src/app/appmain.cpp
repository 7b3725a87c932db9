#include "app/appmain.h"

#include "app/designerapp.h"
#include "app/firstpaintprobe.h"
#include "app/i18n/language.h"
#include "app/mainwindow.h"
#include "app/settings/appsettings.h"
#include "app/util/bringforward.h"
#include "app/util/contraststyle.h"

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
    // Wayland compositors match windows to the installed .desktop file (name, icon) by this id.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.action_designer.ActionDesigner"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Design, validate and test Port actions."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("files"), QStringLiteral("Action files to open."), QStringLiteral("[FILE...]"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
                                        QStringLiteral("UI language for this run (en, de); overrides the setting and $AD_LANG."),
                                        QStringLiteral("code"));
    parser.addOption(langOption);
    const QCommandLineOption restoreOption(QStringLiteral("restore"),
                                           QStringLiteral("Restore unsaved work left by a crashed or killed session without asking."));
    parser.addOption(restoreOption);
    const QCommandLineOption showOption(
        QStringLiteral("show"),
        QStringLiteral("Bring the pane or tab with this object name forward at start and focus its first field, "
                       "e.g. jqPlayground (the Try jq tab) or portForm (the Form tab)."),
        QStringLiteral("name"));
    parser.addOption(showOption);
    parser.process(app);

    // Before any window: widgets take their texts when they are built.
    installTranslators(resolveLanguage(parser.value(langOption)));

    QApplication::setStyle(new ContrastStyle);  // wraps the platform's style; owned by the app
    AppSettings::instance().applyTheme();
    DesignerApp designer;
    if (parser.isSet(restoreOption))
        designer.restoreAll();
    designer.start(parser.positionalArguments(), !parser.isSet(restoreOption));
    if (parser.isSet(showOption)) {
        const QString name = parser.value(showOption);
        if (designer.windows().isEmpty() || !bringForward(designer.windows().constLast(), name))
            qWarning("--show: no pane or tab named %s", qPrintable(name));
    }
    return app.exec();
}

}  // namespace ad::app
