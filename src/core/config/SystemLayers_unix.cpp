// The system's configuration layers on Linux and macOS: desklogin.conf in the system's
// application config folders (on Linux the XDG ones, /etc/xdg/<organisation>/<app> among them).
//
// XDG_CONFIG_DIRS is the person's own to set: the folders it names are read, but it cannot take
// /etc/xdg away. That folder, which only an administrator can write, is always read, last of the
// system's layers, so that what it sets and locks stands whatever the environment says.
#include "config/ConfigLayers.h"

#include <QDir>
#include <QStandardPaths>

#include <algorithm>

void applySystemLayers(AppConfigLoader &loader)
{
    // QStandardPaths::AppConfigLocation but the user's own (a later layer), the least
    // important first.
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation);
    if (folders.isEmpty())
        return;
    const QString own = folders.takeFirst();
    std::reverse(folders.begin(), folders.end());
#ifndef Q_OS_MACOS
    // "<organisation>/<app>", as QStandardPaths appends it to every folder.
    const QString relative =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .relativeFilePath(own);
    const QString fixed = QDir::cleanPath(QStringLiteral("/etc/xdg/") + relative);
    folders.removeIf([&](const QString &folder) { return QDir::cleanPath(folder) == fixed; });
    folders.append(fixed);
#endif
    for (const QString &folder : std::as_const(folders))
        loader.applyFile(folder + QLatin1Char('/') + AppConfigLoader::fileName(), false,
                         AppConfigLoader::FileLayer::System);
}
