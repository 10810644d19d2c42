#pragma once

#include "config/AppConfig.h"

#include <QList>
#include <QPair>
#include <QProcessEnvironment>
#include <QString>

// Reads the settings in effect from every layer, later ones winning:
//   1. build-time defaults (the branding),
//   2. the system's layers, which only an administrator controls (applySystemLayers(), one
//      file per platform: SystemLayers_unix.cpp, SystemLayers_win.cpp),
//   3. the user's desklogin.conf, or the file named with --config,
//   4. the person's choices in the window (Preferences),
//   5. DESKLOGIN_* environment variables,
//   6. the command line's setting options.
// The one place that knows this order: the app, its command-line modes and the tests use it.
namespace ConfigLayers {

struct Sources {
    QString configFile; // --config FILE; empty for the user's file
    QList<QPair<QString, QString>> commandLine; // (key, value) of the setting options given
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
};

struct Result {
    AppConfig config;
    QList<ConfigProblem> problems; // in the order found
    // A value on the command line, or the --config file, was bad: the app does not start.
    bool commandLineRejected = false;
};

AppConfig buildTimeDefaults();
Result read(const Sources &sources, const AppConfig &defaults = buildTimeDefaults());

} // namespace ConfigLayers

// The system's layers of this platform (layer 2 above), applied to `loader` in order.
void applySystemLayers(AppConfigLoader &loader);
