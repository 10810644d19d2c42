#pragma once

#include "config/ConfigFile.h"
#include "config/Setting.h"
#include "net/ProxySettings.h"
#include "net/Transport.h"
#include "phone/PhoneNumber.h"

#include <QList>
#include <QMap>
#include <QProcessEnvironment>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <chrono>

// Everything the app needs to know about the server it talks to and how it behaves. A value
// type, built once at start-up by AppConfigLoader from layered sources.
struct AppConfig {
    QUrl serverUrl;
    QString clientId;
    QString clientSecret;
    QString scope;
    QString phoneRegion = QLatin1String(PhoneNumber::DefaultRegion);
    bool phoneRegionSet = false; // phone_region set by a layer, not the built-in default
    // The regions whose numbers are accepted; empty for phoneRegion's alone.
    QStringList phoneRegions;
    // A deployment's own names for regions, by "TW" (every language) or "TW/zh_TW" (one).
    QMap<QString, QString> regionNames;
    PhoneNumber::UsernameFormat usernameFormat = PhoneNumber::UsernameFormat::NationalDigits;
    std::chrono::seconds idleTimeout {15}; // no bytes for this long ends a request
    std::chrono::seconds requestTimeout {30}; // the overall deadline of one request
    // Distances before expiry at which the person is warned, longest first.
    QList<std::chrono::seconds> expiryWarnings {std::chrono::hours(24 * 7), std::chrono::hours(24),
                                                std::chrono::hours(1), std::chrono::minutes(5)};
    QString profileEndpoint; // a path on the server or an absolute URL; empty for none
    // Where a token the app is done with is revoked (TokenRevoker), as profileEndpoint; empty
    // for nowhere: the token then stays valid on the server until it expires.
    QString signOutEndpoint;
    enum class SignOutForm {
        Bearer, // POST with the token as the bearer (a Passport app's own logout route)
        Rfc7009, // POST token and token_type_hint, the client authenticated (RFC 7009)
    };
    SignOutForm signOutForm = SignOutForm::Bearer;
    bool allowInsecureHttp = false; // plain http to hosts other than this computer
    // Extra trusted authorities (PEM), for a network whose proxy re-signs secure connections.
    QString caCertificatesFile;
    QList<QSslCertificate> caCertificates; // read from caCertificatesFile
    ProxySettings proxy; // the system's proxy unless configured or chosen otherwise
    // Whether a session is kept in the keychain after signing in (the sign-in page's choice).
    bool keepSignedIn = true;
    // Whether the app starts (hidden, in the tray) when the person logs in to the computer: the
    // installers register `--background` once, and the app honours this at each start.
    bool startAtLogin = true;
    // The company's own pages, each an https:// address that may hold {lang} (see link()); empty
    // for none, and then the window shows no link to it.
    QString forgotPasswordUrl;
    QString signUpUrl;
    QString privacyUrl;
    QString termsUrl;
    QString supportUrl;
    // Whom to ask for help, in the company's words ("IT service desk, ext. 1234"); empty for
    // the app's general advice.
    QString supportContact;
    // Whether the person must agree to the terms and the privacy policy before signing in; the
    // agreement is remembered for consentVersion and asked again for another.
    bool consentRequired = false;
    QString consentVersion = QStringLiteral("1");
    // The company's colour for the Sign in button and the avatar, "#RRGGBB"; empty for the
    // theme's highlight colour.
    QString accentColor;
    // Keys a system-wide settings file locked: no later layer, and no control in the window,
    // may change them.
    QStringList lockedKeys;

    bool isLocked(SettingId id) const;
    // A computer several people use, as an administrator says by locking keep_signed_in off:
    // no session is kept or restored, and the window leaves no trace of the last person.
    bool isSharedComputer() const { return !keepSignedIn && isLocked(SettingId::KeepSignedIn); }
    QStringList acceptedRegions() const
    {
        return phoneRegions.isEmpty() ? QStringList {phoneRegion} : phoneRegions;
    }

    // One of the company's pages for a language ("en", "zh-CN", "zh-TW"): {lang} in `pattern`
    // becomes the language. Empty for an empty pattern.
    static QUrl link(const QString &pattern, const QString &language);

    QUrl tokenUrl() const;
    Transport::Policy transportPolicy() const;
    QUrl profileUrl() const; // empty when no profile endpoint is configured
    QUrl signOutUrl() const; // empty when no sign-out endpoint is configured
    // An endpoint setting as a URL: a path resolved on the server, or the absolute URL given.
    QUrl endpointUrl(const QString &endpoint) const;
};

// Something wrong with one setting, said with where it came from. Values are never repeated
// here: one of them may be the client secret.
struct ConfigProblem {
    enum class Kind {
        UnknownKey,
        InvalidValue,
        SyntaxError, // a line of a file that is not `key = value`
        FileUnreadable,
        Locked, // the key is locked by a system-wide settings file; the value was ignored
        LockOutsideSystemFile, // `locked` may only be written in a system-wide settings file
        // Settings that cannot hold together (finish()): `expected` says what would; the
        // later one named in `key` is set back to its default.
        Conflict,
    };
    Kind kind = Kind::InvalidValue;
    QString source; // a file path, "environment" or "command line"
    QString key; // the key, or the environment variable's name
    int line = 0; // for files
    QString expected; // InvalidValue: what a valid value looks like (never the value given)
};

// Builds an AppConfig from layers applied in order, later ones winning: build-time defaults,
// system config file, user config file, DESKLOGIN_* environment, command line. Which keys exist
// and how each is read is declared once, in the settings table (Setting.h). A bad value is
// reported and leaves the earlier layer's value in place.
class AppConfigLoader {
public:
    explicit AppConfigLoader(AppConfig defaults = {});

    // Keys as written in files; the environment uses DESKLOGIN_ plus the key in capitals.
    static QStringList keys();
    static QString environmentName(const QString &key);
    static const QString &fileName(); // "desklogin.conf"

    // A system-wide file (one of the administrator's) may also lock keys:
    //   locked = proxy, keep_signed_in
    // and whatever it sets for them then stands against every later layer.
    enum class FileLayer { User, System };
    void applyFile(const QString &path, bool mustExist = false, FileLayer layer = FileLayer::User);
    // Machine-wide values that are not in a file (on Windows the registry's Policies key, where
    // the MSI writes what an administrator passed to msiexec), read like a system-wide file:
    // `locked` included. `source` names the place in problems.
    void applySystemPolicy(const QString &source, const QList<ConfigFile::Entry> &entries);
    // A choice the person made in the window (a setting the table marks choosableInWindow,
    // kept by Preferences), between the user's file and the environment. A preference for a
    // locked setting is passed over silently.
    void applyPreference(SettingId id, const QString &value);
    void applyEnvironment(const QProcessEnvironment &environment);
    // Returns false (and records a problem) when the key is unknown or the value bad.
    bool apply(const QString &source, const QString &key, const QString &value, int line = 0);

    // After the last layer: checks the settings against each other (a problem of kind
    // Conflict for each pair that cannot hold together, which falls back to what can).
    void finish();

    const AppConfig &config() const { return m_config; }
    const QList<ConfigProblem> &problems() const { return m_problems; }

private:
    void applyEntries(const QString &source, const QList<ConfigFile::Entry> &entries,
                      FileLayer layer);

    AppConfig m_config;
    QList<ConfigProblem> m_problems;
};

QString toString(const ConfigProblem &problem); // for logs and stderr, in English
