#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct AppConfig;

// One setting, declared once (Settings.cpp holds the table). Everything else that lists
// settings comes from here: the config file and environment layers (AppConfigLoader), the
// command-line options and --help (main.cpp), the README's table (checked by tst_settings).
struct Setting {
    const char *key; // as written in desklogin.conf; DESKLOGIN_<KEY> in the environment
    const char *option; // the command-line option, without "--"; nullptr when there is none
    const char *valueName; // what --help calls the option's value, e.g. "url"
    const char *defaultText; // the default as the README states it
    const char *help; // one line: what it is for
    const char *expected; // what a valid value looks like, for the message about a bad one
    const char *example; // a valid value other than the default, for tests and docs
    bool secret; // never echoed back; show() reports only whether it is set
    // Parses `value` into `config`; false (and `config` untouched) when the value is bad.
    bool (*apply)(AppConfig &config, const QString &value);
    // The value in effect, as it would be written in a file (secrets: "(set)" or "(empty)").
    QString (*show)(const AppConfig &config);

    QString environmentName() const; // DESKLOGIN_IDLE_TIMEOUT
};

namespace Settings {
// Every setting, in the order the README lists them.
const QList<Setting> &all();
const Setting *find(const QString &key);
// The README's settings table, as Markdown.
QString markdownTable();
// "key = value" for every setting in effect (secrets redacted by show()), " (locked)" after a
// locked one: for the support log and the diagnostic report.
QStringList inEffect(const AppConfig &config);
} // namespace Settings
