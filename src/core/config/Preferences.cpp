#include "config/Preferences.h"

#include "config/AppConfig.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace {

QString choiceKey(const Setting &setting)
{
    return QStringLiteral("preferences/") + QLatin1String(setting.key);
}

const QString LanguageKey = QStringLiteral("ui/language");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString PhoneKey = QStringLiteral("signin/phone");
const QString RegionKey = QStringLiteral("signin/region");
const QString TrayNoticeKey = QStringLiteral("tray/notice_shown");
const QString ConsentKey = QStringLiteral("signin/consent_version");

} // namespace

void Preferences::setChoice(SettingId id, const QString &value)
{
    const Setting &setting = Settings::get(id);
    Q_ASSERT(setting.isChoosableInWindow);
    QSettings().setValue(choiceKey(setting), value);
}

void Preferences::applyTo(AppConfigLoader &loader)
{
    const QSettings settings;
    for (const Setting &setting : Settings::all()) {
        if (!setting.isChoosableInWindow)
            continue;
        const QString key = choiceKey(setting);
        if (settings.contains(key))
            loader.applyPreference(setting.id, settings.value(key).toString());
    }
}

QString Preferences::language()
{
    return QSettings().value(LanguageKey).toString();
}

void Preferences::setLanguage(const QString &language)
{
    QSettings().setValue(LanguageKey, language);
}

bool Preferences::trayNoticeShown()
{
    return QSettings().value(TrayNoticeKey, false).toBool();
}

void Preferences::setTrayNoticeShown()
{
    QSettings().setValue(TrayNoticeKey, true);
}

QByteArray Preferences::windowGeometry()
{
    return QSettings().value(GeometryKey).toByteArray();
}

void Preferences::setWindowGeometry(const QByteArray &geometry)
{
    QSettings().setValue(GeometryKey, geometry);
}

QString Preferences::phone()
{
    return QSettings().value(PhoneKey).toString();
}

QString Preferences::region()
{
    return QSettings().value(RegionKey).toString();
}

void Preferences::setPhone(const QString &e164, const QString &region)
{
    QSettings settings;
    settings.setValue(PhoneKey, e164);
    settings.setValue(RegionKey, region);
}

void Preferences::forgetPhone()
{
    QSettings settings;
    settings.remove(PhoneKey);
    settings.remove(RegionKey);
}

QString Preferences::consentVersion()
{
    return QSettings().value(ConsentKey).toString();
}

void Preferences::setConsentVersion(const QString &version)
{
    QSettings().setValue(ConsentKey, version);
}

// A file of its own, not a QSettings value: QSettings writes its whole file through QSaveFile,
// which waits for the disk (fsync), and this is written on the GUI thread at every sign-out.
// Creating or removing an empty file does not wait.
static QString removalMarkPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/session-removal-pending");
}

static void setMark(const QString &path, bool on)
{
    if (!on) {
        QFile::remove(path);
        return;
    }
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile mark(path);
    if (!mark.open(QIODevice::WriteOnly))
        qWarning("a mark file could not be written");
}

static QString revocationMarkPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppLocalDataLocation)
        + QStringLiteral("/revocation-pending");
}

bool Preferences::revocationPending()
{
    return QFile::exists(revocationMarkPath());
}

void Preferences::setRevocationPending(bool pending)
{
    setMark(revocationMarkPath(), pending);
}

bool Preferences::sessionRemovalPending()
{
    return QFile::exists(removalMarkPath());
}

void Preferences::setSessionRemovalPending(bool pending)
{
    setMark(removalMarkPath(), pending);
}
