#include "LanguageManager.h"

#include "Messages.h"

#include "config/Preferences.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QLibraryInfo>
#include <QTranslator>

LanguageManager::LanguageManager(QObject *parent)
    : QObject(parent), m_appTranslator(new QTranslator(this)), m_qtTranslator(new QTranslator(this))
{
}

LanguageManager::~LanguageManager() = default;

QStringList LanguageManager::available()
{
    return {QLatin1String(English), QLatin1String(SimplifiedChinese),
            QLatin1String(TraditionalChinese)};
}

QString LanguageManager::nativeName(const QString &language)
{
    if (language == QLatin1String(SimplifiedChinese))
        return QStringLiteral("简体中文");
    if (language == QLatin1String(TraditionalChinese))
        return QStringLiteral("繁體中文");
    return QStringLiteral("English");
}

QString LanguageManager::languageFor(const QLocale &locale)
{
    if (locale.language() != QLocale::Chinese)
        return QLatin1String(English);
    if (locale.script() == QLocale::TraditionalHanScript)
        return QLatin1String(TraditionalChinese);
    if (locale.script() == QLocale::SimplifiedHanScript)
        return QLatin1String(SimplifiedChinese);
    switch (locale.territory()) {
    case QLocale::Taiwan:
    case QLocale::HongKong:
    case QLocale::Macau:
        return QLatin1String(TraditionalChinese);
    default:
        return QLatin1String(SimplifiedChinese);
    }
}

QString LanguageManager::initialLanguage() const
{
    const QString stored = Preferences::language();
    if (available().contains(stored))
        return stored;
    // The first preferred language of the system decides (zh-Hant-HK, zh-Hans-CN, en-GB, …).
    const QStringList preferred = QLocale::system().uiLanguages();
    return languageFor(preferred.isEmpty() ? QLocale::system() : QLocale(preferred.first()));
}

void LanguageManager::setLanguage(const QString &language, bool remember)
{
    const QString chosen = available().contains(language) ? language : QLatin1String(English);
    if (remember)
        Preferences::setLanguage(chosen);
    if (chosen == m_language)
        return;
    m_language = chosen;

    // Dates and numbers follow the language: the system's own locale where it speaks the
    // chosen language (keeping, say, British date order for English), else the language's.
    const QLocale system = QLocale::system();
    QLocale::setDefault(languageFor(system) == chosen ? system : QLocale(chosen));
    // The product's name in the language (the branding's), for the window's title, the tray
    // and the notifications, before the widgets hear of the change.
    QGuiApplication::setApplicationDisplayName(Messages::productName());

    // Removing and installing translators sends LanguageChange to every widget; the default
    // locale is set first so that they write dates in the new language too.
    QCoreApplication::removeTranslator(m_appTranslator);
    QCoreApplication::removeTranslator(m_qtTranslator);
    if (m_appTranslator->load(QStringLiteral(":/i18n/desklogin_") + chosen))
        QCoreApplication::installTranslator(m_appTranslator);
    if (chosen != QLatin1String(English)) {
        if (m_qtTranslator->load(QStringLiteral(":/i18n/qtbase_") + chosen)
            || m_qtTranslator->load(QStringLiteral("qtbase_") + chosen,
                                    QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
            QCoreApplication::installTranslator(m_qtTranslator);
    }
    emit languageChanged(chosen);
}
