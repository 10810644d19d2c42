#include "support/LoginStart.h"

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

bool LoginStart::isRegistered(const QString &appId, const QString &appName)
{
#if defined(Q_OS_WIN)
    Q_UNUSED(appId)
    const QSettings run(
        QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Microsoft\\Windows\\CurrentVersion\\Run"),
        QSettings::NativeFormat);
    return run.contains(appName);
#elif defined(Q_OS_MACOS)
    // A login item is the bundle's own (written, not built here): always offered.
    Q_UNUSED(appId)
    Q_UNUSED(appName)
    return true;
#else
    Q_UNUSED(appName)
    // The XDG autostart folders, the user's first, then the system's (/etc/xdg/autostart).
    for (const QString &folder :
         QStandardPaths::standardLocations(QStandardPaths::GenericConfigLocation)) {
        if (QFileInfo::exists(folder + QStringLiteral("/autostart/") + appId
                              + QStringLiteral(".desktop")))
            return true;
    }
    return false;
#endif
}
