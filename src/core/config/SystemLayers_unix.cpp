// The system's configuration layers on Linux and macOS: desklogin.conf in the system's
// application config folders (on Linux the XDG ones, /etc/xdg/<organisation>/<app> among them).
//
// On Linux XDG_CONFIG_DIRS is the person's own to set. The folders it names are read, but as the
// person's own files are: they may set values and may not lock them. /etc/xdg, which only an
// administrator can write, is always read, last of these layers, and is the one that may lock,
// so that what it sets and locks stands whatever the environment says.
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
    const auto apply = [&loader](const QString &folder, AppConfigLoader::FileLayer layer) {
        loader.applyFile(folder + QLatin1Char('/') + AppConfigLoader::fileName(), false, layer);
    };
#ifdef Q_OS_MACOS
    for (const QString &folder : std::as_const(folders))
        apply(folder, AppConfigLoader::FileLayer::System);
#else
    // "<organisation>/<app>", as QStandardPaths appends it to every folder.
    const QString relative =
        QDir(QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation))
            .relativeFilePath(own);
    const QString fixed = QDir::cleanPath(QStringLiteral("/etc/xdg/") + relative);
    for (const QString &folder : std::as_const(folders)) {
        if (QDir::cleanPath(folder) != fixed)
            apply(folder, AppConfigLoader::FileLayer::User);
    }
    apply(fixed, AppConfigLoader::FileLayer::System);
#endif
}
