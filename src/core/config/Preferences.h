#pragma once

#include "config/Setting.h"

#include <QByteArray>
#include <QString>

class AppConfigLoader;

// Everything the app keeps in its own settings store (QSettings), declared here and nowhere
// else: the settings the person may choose in the window (the table's choosableInWindow rows,
// under preferences/<key>, read back as a layer of the configuration), and what the window
// remembers between runs (the language, the window's place, the number, the agreement to the
// terms; the mark of a pending removal, as a file of its own).
// Nothing secret is ever kept here.
class Preferences {
public:
    // A setting the person chose in the window.
    static void setChoice(SettingId id, const QString &value);
    // Applies every choice kept to the loader (as its preferences layer).
    static void applyTo(AppConfigLoader &loader);

    // The interface language the person picked ("en", "zh_CN", …); empty when none.
    static QString language();
    static void setLanguage(const QString &language);

    // Whether the person has been told once that closing the window leaves the app in the tray.
    static bool trayNoticeShown();
    static void setTrayNoticeShown();

    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray &geometry);

    // The phone number (E.164) and region of the last sign-in, when the person asked for the
    // number to be remembered; empty otherwise.
    static QString phone();
    static QString region();
    static void setPhone(const QString &e164, const QString &region);
    static void forgetPhone();

    // The version of the terms and privacy policy (AppConfig::consentVersion) the person agreed
    // to; empty when none.
    static QString consentVersion();
    static void setConsentVersion(const QString &version);

    // Set while the stored session is being removed (signing out, a session that ended): a
    // removal the keychain had not finished when the app quit is finished at the next start.
    // (An empty file in the app's data folder, not a QSettings value: see Preferences.cpp.)
    // Set while a token waits in the keychain to be revoked (TokenRevoker): a start without it
    // does not ask the keychain. (An empty file, as the mark above.)
    static bool revocationPending();
    static void setRevocationPending(bool pending);

    static bool sessionRemovalPending();
    static void setSessionRemovalPending(bool pending);
};
