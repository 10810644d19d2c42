// The system's configuration layers on Windows: desklogin.conf in the system's application
// config folders, then string values named like the file's keys under
// HKLM\Software\Policies\<organisation>\<app name>, where the MSI writes what an administrator
// passed to msiexec (SERVER_URL, CLIENT_ID) and where Group Policy may add more (`locked` too).
#include "config/BuildConfig.h"
#include "config/ConfigLayers.h"

#include <QSettings>

void applySystemLayers(AppConfigLoader &loader)
{
    applySystemFiles(loader);

    const QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\%1\\%2")
                            .arg(QString::fromUtf8(BuildConfig::Organization),
                                 QString::fromUtf8(BuildConfig::AppName));
    QSettings policy(key, QSettings::NativeFormat);
    QList<ConfigFile::Entry> entries;
    for (const QString &name : policy.childKeys())
        entries.append({name, policy.value(name).toString(), 0});
    if (!entries.isEmpty())
        loader.applySystemPolicy(key, entries);
}
