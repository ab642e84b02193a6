#include "Icons.h"

#include "config/ConfigValidator.h"

#include <QHash>

namespace sbs::gui::Icons {

QIcon bundled(const QString& name)
{
    return QIcon(QStringLiteral(":/icons/%1.svg").arg(name));
}

QIcon themed(const QString& themeName, const QString& bundledName)
{
    return QIcon::fromTheme(themeName, bundled(bundledName));
}

QIcon severity(int severity)
{
    switch (config::Finding::Severity(severity)) {
    case config::Finding::Severity::Error:
        return bundled(QStringLiteral("error"));
    case config::Finding::Severity::Warning:
        return bundled(QStringLiteral("warning"));
    case config::Finding::Severity::Info:
        return bundled(QStringLiteral("info"));
    }
    return {};
}

QIcon group(const QString& groupId)
{
    // Group ids of config::ConfigSchema; an unknown one falls back to the generic icon.
    static const QHash<QString, QString> names {
        { QStringLiteral("server"), QStringLiteral("server") },
        { QStringLiteral("source"), QStringLiteral("source") },
        { QStringLiteral("registry"), QStringLiteral("registry") },
        { QStringLiteral("base"), QStringLiteral("trust") },
        { QStringLiteral("build"), QStringLiteral("build") },
        { QStringLiteral("storage"), QStringLiteral("storage") },
        { QStringLiteral("certificates"), QStringLiteral("certificate") },
    };
    return bundled(names.value(groupId, QStringLiteral("other")));
}

} // namespace sbs::gui::Icons
