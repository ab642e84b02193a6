#include "MainWindow.h"
#include "Resources.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <cstdio>
#include <cstdlib>

namespace {

void describe(QCoreApplication& app)
{
    app.setOrganizationName(QStringLiteral("sbs-desktop"));
    app.setApplicationName(QStringLiteral("sbs-desktop"));
    app.setApplicationVersion(QStringLiteral(SBS_VERSION));
}

// --help and --version print and exit here, before anything needs a display.
QStringList parseArguments(int& argc, char** argv)
{
    QCoreApplication app(argc, argv);
    describe(app);
    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop workbench for the Secure Build Server."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("FILE.json"),
                                 QCoreApplication::translate("main", "The sbs-config.json file to open."),
                                 QStringLiteral("[FILE.json]"));
    parser.process(app);
    if (parser.positionalArguments().size() > 1) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QCoreApplication::translate("main", "sbs-desktop: give at most one FILE.json.")));
        std::exit(2);
    }
    return parser.positionalArguments();
}

} // namespace

int main(int argc, char** argv)
{
    const QStringList files = parseArguments(argc, argv);

    QApplication app(argc, argv);
    describe(app);
    app.setApplicationDisplayName(QStringLiteral("SBS Desktop"));
    app.setDesktopFileName(QStringLiteral("io.github.sbs_desktop.sbs_desktop"));
    sbs::gui::initResources();

    QTranslator qtTranslator;
    if (qtTranslator.load(QLocale::system(), QStringLiteral("qtbase"), QStringLiteral("_"),
                          QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(&qtTranslator);
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("sbs"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        app.installTranslator(&translator);

    sbs::gui::MainWindow window;
    window.show();
    window.startUp(files.value(0));
    return app.exec();
}
