#include "CliApplication.h"
#include "Console.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sbsctl"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SBS_VERSION));

    // Messages follow the system locale. Only the project's catalogue is loaded: the option
    // list that QCommandLineParser prints keeps Qt's own words, which help output relies on.
    QTranslator translator;
    if (translator.load(QLocale::system(), QStringLiteral("sbs"), QStringLiteral("_"),
                        QStringLiteral(":/i18n")))
        QCoreApplication::installTranslator(&translator);

    sbs::cli::Console console;
    sbs::cli::CliApplication cli(console);
    return cli.run(QCoreApplication::arguments(), QDir::currentPath());
}
