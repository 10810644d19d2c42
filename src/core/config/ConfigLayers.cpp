#include "config/ConfigLayers.h"

#include "config/BuildConfig.h"
#include "config/Preferences.h"

#include <QStandardPaths>

AppConfig ConfigLayers::buildTimeDefaults()
{
    AppConfig config;
    config.serverUrl = QUrl(QString::fromUtf8(BuildConfig::ServerUrl));
    config.clientId = QString::fromUtf8(BuildConfig::ClientId);
    config.clientSecret = QString::fromUtf8(BuildConfig::ClientSecret);
    config.accentColor = QString::fromUtf8(BuildConfig::AccentColor);
    return config;
}

ConfigLayers::Result ConfigLayers::read(const Sources &sources, const AppConfig &defaults)
{
    AppConfigLoader loader(defaults);
    applySystemLayers(loader);
    if (!sources.configFile.isEmpty()) {
        loader.applyFile(sources.configFile, true);
    } else {
        const QString userDir = QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation);
        if (!userDir.isEmpty())
            loader.applyFile(userDir + QLatin1Char('/') + AppConfigLoader::fileName());
    }
    Preferences::applyTo(loader);
    loader.applyEnvironment(sources.environment);
    const qsizetype before = loader.problems().size();
    for (const auto &[key, value] : sources.commandLine)
        loader.apply(QStringLiteral("command line"), key, value);
    Result result;
    result.commandLineRejected = loader.problems().size() > before
        || (!sources.configFile.isEmpty() && !loader.problems().isEmpty());
    if (!result.commandLineRejected)
        loader.finish();
    result.config = loader.config();
    result.problems = loader.problems();
    return result;
}
