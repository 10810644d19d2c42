// The system's configuration layers on Windows: desklogin.conf in the folder the program is
// installed in, then string values named like the file's keys under
// HKLM\Software\Policies\<organisation>\<app name>, where the MSI writes what an administrator
// passed to msiexec (SERVER_URL, CLIENT_ID) and where Group Policy may add more (`locked` too).
//
// Both are places only administrators can write (the MSI installs per machine, under Program
// Files). The system's other application config folder, C:\ProgramData\<organisation>\<app>, is
// not read: any local user may create folders under ProgramData, and a file there would apply
// to every other user of the computer (a server or proxy of that user's choosing, locked).
#include "config/BuildConfig.h"
#include "config/ConfigLayers.h"

#include <QFileInfo>
#include <QSettings>

#include <string>

#include <windows.h>

namespace {

// The folder of this program's executable. (Settings are read before QCoreApplication exists,
// so not QCoreApplication::applicationDirPath().)
QString programFolder()
{
    std::wstring path(MAX_PATH, L'\0');
    for (;;) {
        const DWORD length = GetModuleFileNameW(nullptr, path.data(), DWORD(path.size()));
        if (length == 0)
            return {};
        if (length < path.size())
            return QFileInfo(QString::fromWCharArray(path.data(), int(length))).absolutePath();
        path.resize(path.size() * 2);
    }
}

} // namespace

void applySystemLayers(AppConfigLoader &loader)
{
    const QString folder = programFolder();
    if (!folder.isEmpty())
        loader.applyFile(folder + QLatin1Char('/') + AppConfigLoader::fileName(), false,
                         AppConfigLoader::FileLayer::System);

    const QString key = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\%1\\%2")
                            .arg(QString::fromUtf8(BuildConfig::Organization),
                                 QString::fromUtf8(BuildConfig::AppName));
    QSettings policy(key, QSettings::NativeFormat);
    QList<ConfigFile::Entry> entries;
    for (const QString &name : policy.childKeys()) {
        const QVariant value = policy.value(name);
        // A REG_MULTI_SZ (how Group Policy writes a list) reads as a list: one item a line, as
        // the file's comma-separated lists. Value names are compared as Windows compares them,
        // without regard to case (the settings' keys are lower case).
        const QString text = value.typeId() == QMetaType::QStringList
            ? value.toStringList().join(QLatin1Char(','))
            : value.toString();
        entries.append({name.toLower(), text, 0});
    }
    if (!entries.isEmpty())
        loader.applySystemPolicy(key, entries);
}
