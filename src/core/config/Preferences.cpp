#include "config/Preferences.h"

#include "config/AppConfig.h"

#include <QSettings>

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
const QString RemovalPendingKey = QStringLiteral("session/removal_pending");

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

bool Preferences::sessionRemovalPending()
{
    return QSettings().value(RemovalPendingKey, false).toBool();
}

void Preferences::setSessionRemovalPending(bool pending)
{
    QSettings settings;
    if (pending)
        settings.setValue(RemovalPendingKey, true);
    else
        settings.remove(RemovalPendingKey);
}
