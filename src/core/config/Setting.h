#pragma once

#include <QList>
#include <QString>
#include <QStringList>

struct AppConfig;

// Every setting, by name in the code: locks and preferences are asked for by this, never by a
// key written out as a string.
enum class SettingId {
    Server,
    ClientId,
    ClientSecret,
    Scope,
    PhoneRegion,
    PhoneRegions,
    RegionNames,
    UsernameFormat,
    IdleTimeout,
    RequestTimeout,
    ExpiryWarnings,
    ProfileEndpoint,
    SignOutEndpoint,
    SignOutForm,
    AllowInsecureHttp,
    Proxy,
    KeepSignedIn,
    CaCertificates,
    StartAtLogin,
    ForgotPasswordUrl,
    SignUpUrl,
    PrivacyUrl,
    TermsUrl,
    SupportUrl,
    SupportContact,
    ConsentRequired,
    ConsentVersion,
    AccentColor,
};

// One setting, declared once (Settings.cpp holds the table). Everything else that lists
// settings comes from here: the config file and environment layers (AppConfigLoader), the
// command-line options and --help (main.cpp), the preferences the window keeps (Preferences),
// the README's table (checked by tst_settings).
//
// A row names each field it sets, so that no two of them can be swapped unnoticed:
//   Setting(SettingId::Scope, "scope").byDefault("empty").means("…").expects("…")…
struct Setting {
    SettingId id;
    const char *key; // as written in desklogin.conf; DESKLOGIN_<KEY> in the environment
    const char *option = nullptr; // the command-line option, without "--"; nullptr for none
    const char *valueName = nullptr; // what --help calls the option's value, e.g. "url"
    const char *defaultText = ""; // the default as the README states it
    const char *help = ""; // one line: what it is for
    const char *expected = ""; // what a valid value looks like, for the message about a bad one
    const char *example = ""; // a valid value other than the default, for tests and docs
    bool isSecret = false; // never echoed back; show() reports only whether it is set
    // The person may change it in the window; the choice is kept as a preference
    // (Preferences), a layer of the configuration between the user's file and the environment.
    bool isChoosableInWindow = false;
    // Parses `value` into `config`; false (and `config` untouched) when the value is bad.
    bool (*apply)(AppConfig &config, const QString &value) = nullptr;
    // The value in effect, as it would be written in a file (secrets: "(set)" or "(empty)").
    QString (*show)(const AppConfig &config) = nullptr;

    Setting(SettingId id, const char *key) : id(id), key(key) { }
    Setting &withOption(const char *name, const char *value)
    {
        option = name;
        valueName = value;
        return *this;
    }
    Setting &byDefault(const char *text)
    {
        defaultText = text;
        return *this;
    }
    Setting &means(const char *text)
    {
        help = text;
        return *this;
    }
    Setting &expects(const char *text)
    {
        expected = text;
        return *this;
    }
    Setting &forExample(const char *value)
    {
        example = value;
        return *this;
    }
    Setting &secret()
    {
        isSecret = true;
        return *this;
    }
    Setting &choosableInWindow()
    {
        isChoosableInWindow = true;
        return *this;
    }
    Setting &readBy(bool (*function)(AppConfig &, const QString &))
    {
        apply = function;
        return *this;
    }
    Setting &shownBy(QString (*function)(const AppConfig &))
    {
        show = function;
        return *this;
    }

    QString environmentName() const; // DESKLOGIN_IDLE_TIMEOUT
};

namespace Settings {
// Every setting, in the order the README lists them.
const QList<Setting> &all();
const Setting *find(const QString &key);
const Setting &get(SettingId id);
// The README's settings table, as Markdown.
QString markdownTable();
// "key = value" for every setting in effect (secrets redacted by show()), " (locked)" after a
// locked one: for the support log and the diagnostic report.
QStringList inEffect(const AppConfig &config);
} // namespace Settings
