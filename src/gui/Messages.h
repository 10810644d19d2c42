#pragma once

#include "api/ApiReply.h"
#include "auth/AuthError.h"
#include "auth/AuthManager.h"
#include "phone/PhoneNumber.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QMap>
#include <QString>

#include <chrono>

// Turns core's typed results into sentences in the person's language. Core never builds
// user-facing text; this is the one place that does.
class Messages {
    Q_DECLARE_TR_FUNCTIONS(Messages)
public:
    // The product's name and the line under it on the sign-in page, in the current language:
    // the branding's where it gives them, else the app's own.
    static QString productName();
    static QString subtitle();
    static QString forError(const AuthError &error);
    static QString forNotice(AuthManager::Notice notice);
    // Where secrets are kept, by the platform's own name ("Windows Credential Manager", "the
    // keyring"), to write into a sentence.
    static QString keychainName();
    // Why a secure connection failed, with what to check.
    static QString forTls(const TlsProblem &problem);
    // Why a request got no answer (the sign-in's words).
    static QString forConnection(Net::Failure failure, const TlsProblem &tls);
    // What the session page says when a request to the API failed while signed in: the person
    // stays signed in, and is told so. Empty when there is nothing worth saying.
    static QString forApiError(const ApiResult &result);
    static QString forEnd(AuthManager::EndReason reason);
    // An expired session with the moment it ended (found on start, or ended while away).
    static QString endedAt(const QDateTime &end);
    // `accepted`: the regions whose numbers are accepted, named when the number is of another.
    static QString forPhoneProblem(PhoneNumber::Problem problem, const QStringList &accepted);
    // A region's name in the current language: the deployment's (region_names) where it gives
    // one, else the app's for the four regions of China ("Hong Kong (China)", "中国香港"), else
    // CLDR's, which needs the phone number module (PhoneNumber::isReady()).
    static QString regionName(const QString &region);
    // The deployment's names (AppConfig::regionNames), set once at start.
    static void setRegionNames(const QMap<QString, QString> &names);
    // Whom to contact for help (AppConfig::supportContact), set once at start; empty for the
    // app's general advice.
    static void setSupportContact(const QString &contact);
    enum ContactWhen { Now, IfItContinues };
    // "Please contact IT service desk, ext. 1234." (or the general advice): the last line of a
    // message about something only the company can put right.
    static QString contactAdvice(ContactWhen when = Now);
    // Whether forError() ends with contactAdvice(): a link to the company's help pages belongs
    // beside it.
    static bool advisesContact(const AuthError &error);
    // What {lang} becomes in the company's addresses: "en", "zh-CN" or "zh-TW".
    static QString linkLanguage();
    // The names of the links to the company's pages.
    static QString forgotPassword();
    static QString termsTitle();
    static QString privacyTitle();
    static QString getHelp();
    static QString createAccount();
    // The sentence beside the agreement's box, as rich text: the two titles link to `terms` and
    // `privacy` (plain where empty).
    static QString consent(const QUrl &terms, const QUrl &privacy);
    // Said beside the box when the person tries to sign in without agreeing.
    static QString consentMissing();
    // A moment in local time, as the current language writes it: long date, short time.
    static QString dateTime(const QDateTime &moment);
    static QString signingIn();
    // --check-sign-in's prompt when the password is typed at a terminal.
    static QString passwordPrompt();
    static QString retryCountdown(std::chrono::seconds left);
    static QString canRetryNow();
    // The sign-in button while it waits: "Try again in 42 s".
    static QString retryButton(std::chrono::seconds left);
    static QString expiryWarning(std::chrono::seconds left);
    // The same warning as a notification, which opens "Sign in again" when clicked.
    static QString expiryWarningNotification(std::chrono::seconds left);
    // The renewal dialog's words: who stays signed in, and until when the session lasts now.
    static QString renewIntro(const QString &phone, const QDateTime &end);
    static QString renewed(const QDateTime &end);
    static QString enterPassword();
    // The tray's notifications and tool tip.
    static QString stillRunning();
    static QString trayStatus(const std::optional<Session> &session);
    // "3 days", "5 hours", "12 minutes": the largest whole unit, for "ends in …".
    static QString duration(std::chrono::seconds span);
    // When duration(span) will read differently as the span shrinks: for updating a display
    // exactly when it changes, instead of on a busy timer.
    static std::chrono::seconds durationChangesIn(std::chrono::seconds span);
};
