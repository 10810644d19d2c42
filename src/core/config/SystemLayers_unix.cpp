// The system's configuration layers on Linux and macOS: desklogin.conf in the system's
// application config folders (on Linux the XDG ones, /etc/xdg/<organisation>/<app> among them).
#include "config/ConfigLayers.h"

#include <QStandardPaths>

void applySystemLayers(AppConfigLoader &loader)
{
    // QStandardPaths::AppConfigLocation but the user's own (a later layer), the least
    // important first.
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::AppConfigLocation);
    if (!folders.isEmpty())
        folders.removeFirst();
    for (auto it = folders.crbegin(); it != folders.crend(); ++it)
        loader.applyFile(*it + QLatin1Char('/') + AppConfigLoader::fileName(), false,
                         AppConfigLoader::FileLayer::System);
}
