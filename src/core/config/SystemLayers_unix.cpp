// The system's configuration layers on Linux and macOS: desklogin.conf in the system's
// application config folders (on Linux the XDG ones, /etc/xdg/<organisation>/<app> among them).
#include "config/ConfigLayers.h"

void applySystemLayers(AppConfigLoader &loader)
{
    applySystemFiles(loader);
}
