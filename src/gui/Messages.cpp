#include "Messages.h"

#include "LanguageManager.h"
#include "config/BuildConfig.h"

#include <QLocale>
#include <QRegularExpression>

namespace {
// One of three branded strings for the current language.
QString branded(const char *english, const char *zhCn, const char *zhTw)
{
    const QString language = LanguageManager::languageFor(QLocale());
    const char *chosen = language == QLatin1String("zh_CN") ? zhCn
        : language == QLatin1String("zh_TW")                ? zhTw
                                                            : english;
    return QString::fromUtf8(chosen);
}
} // namespace

QString Messages::productName()
{
    return branded(BuildConfig::AppName, BuildConfig::AppNameZhCn, BuildConfig::AppNameZhTw);
}

QString Messages::subtitle()
{
    const QString line =
        branded(BuildConfig::Subtitle, BuildConfig::SubtitleZhCn, BuildConfig::SubtitleZhTw);
    return line.isEmpty() ? tr("Sign in with your phone number") : line;
}

QString Messages::forError(const AuthError &error)
{
    using Kind = AuthError::Kind;
    QString text;
    switch (error.kind) {
    case Kind::WrongCredentials:
        return tr("The phone number or password is wrong. Check them and try again.");
    case Kind::InvalidPhoneNumber:
        return tr("That is not a valid mobile number. Check the number and try again.");
    case Kind::ClientMisconfigured:
        text = tr("This app is not set up correctly for the server.") + QLatin1Char('\n')
            + contactAdvice();
        break;
    case Kind::GrantNotEnabled:
        text = tr("The server does not accept sign-in with a password.") + QLatin1Char('\n')
            + contactAdvice();
        break;
    case Kind::UnauthorizedClient:
        text = tr("This app is not allowed to sign in with a password on this server.")
            + QLatin1Char('\n') + contactAdvice();
        break;
    case Kind::InvalidScope:
        text = tr("The server does not allow the access this app asks for (its scope setting).")
            + QLatin1Char('\n') + contactAdvice();
        break;
    case Kind::InvalidRequest:
        text = tr("The server could not understand the sign-in request. Check the phone number "
                  "and try again.")
            + QLatin1Char('\n') + contactAdvice(IfItContinues);
        break;
    case Kind::AccessDenied:
        text = tr("The server refused to sign you in.");
        break;
    case Kind::RateLimited:
        return retryCountdown(error.retryAfter);
    case Kind::ServerError:
        text = tr("The server had a problem. Please try again in a few minutes.");
        break;
    case Kind::BadResponse:
        text = tr("The server's answer could not be understood. If you are on a public network, "
                  "you may need to open a web page and accept its terms first.");
        break;
    case Kind::Connection:
        if (error.connection != Net::Failure::ResponseTooLarge)
            return forConnection(error.connection, error.tls);
        text = tr("The server's answer was far too large and was refused.");
        break;
    }
    if (!error.serverText.isEmpty())
        text += QLatin1Char('\n') + tr("The server said: %1").arg(error.serverText);
    else if (error.httpStatus != 0)
        text += QLatin1Char('\n') + tr("(HTTP status %1)").arg(error.httpStatus);
    return text;
}

QString Messages::forConnection(Net::Failure failure, const TlsProblem &tls)
{
    switch (failure) {
    case Net::Failure::Offline:
    case Net::Failure::None:
        break;
    case Net::Failure::Timeout:
        return tr("The server took too long to answer. Check your connection and try again.");
    case Net::Failure::Tls:
        return forTls(tls);
    case Net::Failure::RedirectRefused:
        return tr("The server tried to send the sign-in elsewhere. For your safety nothing was "
                  "sent there.")
            + QLatin1Char('\n') + contactAdvice();
    case Net::Failure::InsecureUrl:
        return tr("The server address is not secure (it does not use https), so nothing was "
                  "sent.")
            + QLatin1Char('\n') + contactAdvice();
    case Net::Failure::ProxyAuthenticationRequired:
        return tr("Your network's proxy wants a user name and password, or refused the ones "
                  "given. Enter them in Network settings, then try again.");
    case Net::Failure::ProxyUnreachable:
        return tr("The proxy server could not be reached, so nothing was sent. Check the proxy "
                  "in Network settings, or ask your IT staff.");
    case Net::Failure::ResponseTooLarge:
        return tr("The server's answer was far too large and was refused.");
    case Net::Failure::Cancelled:
        return tr("Sign-in cancelled.");
    }
    return tr("The server could not be reached. Check your internet connection and try again.");
}

QString Messages::forTls(const TlsProblem &problem)
{
    switch (problem.kind) {
    case TlsProblem::Kind::Untrusted:
        if (!problem.issuer.isEmpty())
            return tr("A secure connection could not be made, so nothing was sent: the server's "
                      "certificate was issued by “%1”, which this computer does not "
                      "trust. If your organisation's network inspects secure connections, ask "
                      "its IT staff to set up their certificate for this app.")
                .arg(problem.issuer);
        break;
    case TlsProblem::Kind::Expired:
        return tr("A secure connection could not be made, so nothing was sent: the server's "
                  "certificate has expired or is not valid yet. Check that this computer's date "
                  "and time are right.");
    case TlsProblem::Kind::WrongHost:
        return tr("A secure connection could not be made, so nothing was sent: the server's "
                  "certificate is for a different address.")
            + QLatin1Char('\n') + contactAdvice();
    case TlsProblem::Kind::None:
    case TlsProblem::Kind::Other:
        break;
    }
    return tr("A secure connection to the server could not be made, so nothing was sent. "
              "Your network may be intercepting connections.");
}

QString Messages::forApiError(const ApiResult &result)
{
    switch (result.error.value_or(ApiError::Kind::NoSession)) {
    case ApiError::Kind::Connection:
        switch (result.connection) {
        case Net::Failure::Offline:
        case Net::Failure::Timeout:
        case Net::Failure::ProxyUnreachable:
            return tr("The server cannot be reached right now. You are still signed in.");
        case Net::Failure::ProxyAuthenticationRequired:
            return tr("Your network's proxy wants a user name and password before the server can "
                      "be reached. You are still signed in.");
        case Net::Failure::Tls:
            return tr("A secure connection to the server could not be made. You are still "
                      "signed in.");
        case Net::Failure::None:
        case Net::Failure::InsecureUrl:
        case Net::Failure::RedirectRefused:
        case Net::Failure::ResponseTooLarge:
        case Net::Failure::Cancelled:
            break;
        }
        break;
    case ApiError::Kind::HttpError:
        if (result.httpStatus >= 500)
            return tr("The server has a problem right now. You are still signed in.");
        break;
    case ApiError::Kind::NoSession:
    case ApiError::Kind::OtherServer: // a setting's mistake, in the log
    case ApiError::Kind::SessionEnded:
    case ApiError::Kind::Unauthorized: // the session ends, and the sign-in page says why
        break;
    }
    return {};
}

QString Messages::keychainName()
{
#if defined(Q_OS_WIN)
    return tr("Windows Credential Manager");
#elif defined(Q_OS_MACOS)
    return tr("the keychain", "macOS's Keychain");
#else
    return tr("the keyring", "Linux: the Secret Service (GNOME Keyring, KWallet)");
#endif
}

QString Messages::forNotice(AuthManager::Notice notice)
{
    switch (notice) {
    case AuthManager::Notice::SessionNotRemembered:
        return tr("This session could not be saved in %1, so it will not be remembered: you "
                  "will need to sign in again next time.")
            .arg(keychainName());
    case AuthManager::Notice::StoredSessionUnreadable:
        return tr("Your saved session could not be read and has been removed. Please sign in "
                  "again.");
    case AuthManager::Notice::SignOutIncomplete:
        return tr("You are signed out, but the saved session could not be removed from %1.")
            .arg(keychainName());
    case AuthManager::Notice::RenewalNotStored:
        return tr("The new session could not be saved in %1, so your current session stays as "
                  "it was. Please try again.")
            .arg(keychainName());
    }
    return {};
}

QString Messages::forEnd(AuthManager::EndReason reason)
{
    switch (reason) {
    case AuthManager::EndReason::SignedOut:
        return tr("You have signed out.");
    case AuthManager::EndReason::Expired:
        return tr("Your session has ended. Please sign in again.");
    case AuthManager::EndReason::Revoked:
        return tr("The server ended your session. Please sign in again.");
    }
    return {};
}

QString Messages::endedAt(const QDateTime &end)
{
    return tr("Your session ended on %1. Please sign in again.").arg(dateTime(end));
}

namespace {
QMap<QString, QString> deployedRegionNames;
QString supportContact;
} // namespace

void Messages::setSupportContact(const QString &contact)
{
    supportContact = contact;
}

QString Messages::contactAdvice(ContactWhen when)
{
    if (supportContact.isEmpty())
        return when == IfItContinues ? tr("If this continues, please contact your provider.")
                                     : tr("Please contact your provider.");
    return when == IfItContinues ? tr("If this continues, please contact %1.").arg(supportContact)
                                 : tr("Please contact %1.").arg(supportContact);
}

bool Messages::advisesContact(const AuthError &error)
{
    using Kind = AuthError::Kind;
    switch (error.kind) {
    case Kind::ClientMisconfigured:
    case Kind::GrantNotEnabled:
    case Kind::UnauthorizedClient:
    case Kind::InvalidScope:
    case Kind::InvalidRequest:
        return true;
    case Kind::Connection:
        return error.connection == Net::Failure::RedirectRefused
            || error.connection == Net::Failure::InsecureUrl
            || (error.connection == Net::Failure::Tls
                && error.tls.kind == TlsProblem::Kind::WrongHost);
    case Kind::WrongCredentials:
    case Kind::InvalidPhoneNumber:
    case Kind::AccessDenied:
    case Kind::RateLimited:
    case Kind::ServerError:
    case Kind::BadResponse:
        break;
    }
    return false;
}

QString Messages::linkLanguage()
{
    const QString language = LanguageManager::languageFor(QLocale());
    return language == QLatin1String("zh_CN") ? QStringLiteral("zh-CN")
        : language == QLatin1String("zh_TW")  ? QStringLiteral("zh-TW")
                                              : QStringLiteral("en");
}

QString Messages::forgotPassword()
{
    return tr("Forgot password?");
}

QString Messages::createAccount()
{
    return tr("Create an account");
}

QString Messages::consent(const QUrl &terms, const QUrl &privacy)
{
    // The translation marks the two titles with href="terms" and href="privacy"; they become
    // links to the company's pages, or plain titles where a page is not set.
    QString sentence = tr("I have read and agree to the <a href=\"terms\">Terms of Service</a> "
                          "and the <a href=\"privacy\">Privacy Policy</a>");
    const std::pair<QLatin1String, QUrl> targets[] = {{QLatin1String("terms"), terms},
                                                      {QLatin1String("privacy"), privacy}};
    for (const auto &[name, url] : targets) {
        const QRegularExpression anchor(QStringLiteral("<a href=\"%1\">(.*?)</a>").arg(name));
        sentence.replace(anchor,
                         url.isEmpty()
                             ? QStringLiteral("\\1")
                             : QStringLiteral("<a href=\"%1\">\\1</a>")
                                   .arg(url.toString(QUrl::FullyEncoded).toHtmlEscaped()));
    }
    return sentence;
}

QString Messages::consentMissing()
{
    return tr("To sign in, first agree to the Terms of Service and the Privacy Policy.");
}

QString Messages::termsTitle()
{
    return tr("Terms of Service");
}

QString Messages::privacyTitle()
{
    return tr("Privacy Policy");
}

QString Messages::getHelp()
{
    return tr("Get help");
}

void Messages::setRegionNames(const QMap<QString, QString> &names)
{
    deployedRegionNames = names;
}

QString Messages::regionName(const QString &region)
{
    const QString language = LanguageManager::languageFor(QLocale());
    const QString keys[] = {region + QLatin1Char('/') + language, region};
    for (const QString &key : keys) {
        const auto found = deployedRegionNames.constFind(key);
        if (found != deployedRegionNames.cend())
            return *found;
    }
    // As apps in the mainland name them, in every language (CLDR lists Taiwan as a country
    // beside China, and says "Hong Kong SAR China").
    if (region == QLatin1String("CN"))
        return tr("Chinese mainland");
    if (region == QLatin1String("HK"))
        return tr("Hong Kong (China)");
    if (region == QLatin1String("MO"))
        return tr("Macao (China)");
    if (region == QLatin1String("TW"))
        return tr("Taiwan (China)");
    return PhoneNumber::regionName(region, QLocale().bcp47Name());
}

QString Messages::forPhoneProblem(PhoneNumber::Problem problem, const QStringList &accepted)
{
    switch (problem) {
    case PhoneNumber::Problem::None:
        return {};
    case PhoneNumber::Problem::Empty:
        return tr("Enter your mobile phone number.");
    case PhoneNumber::Problem::TooShort:
        return tr("This number is too short for a mobile number.");
    case PhoneNumber::Problem::TooLong:
        return tr("This number is too long for a mobile number.");
    case PhoneNumber::Problem::OtherRegion: {
        QStringList names;
        for (const QString &region : accepted)
            names.append(regionName(region));
        //: %1: the accepted regions, e.g. "Chinese mainland, Hong Kong (China) and Taiwan (China)"
        return tr("Only mobile numbers from %1 can be used here.")
            .arg(QLocale().createSeparatedList(names));
    }
    case PhoneNumber::Problem::NotANumber:
    case PhoneNumber::Problem::NotMobile:
        break;
    }
    return tr("This is not a valid mobile number.");
}

QString Messages::dateTime(const QDateTime &moment)
{
    const QLocale locale;
    // CLDR gives some locales (zh_TW among them) a day-period field "B" that Qt 6.4 does not
    // implement and would print as a letter B; morning/afternoon (AP) says the same.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (time.contains(QLatin1Char('B')) && !time.contains(QLatin1String("AP")))
        time.replace(QLatin1Char('B'), QLatin1String("AP"));
    // Chinese long dates end in the weekday with nothing between ("2026年12月2日星期三"): a
    // date reads better without it there, as Chinese apps write it.
    QString date = locale.dateFormat(QLocale::LongFormat);
    if (locale.language() == QLocale::Chinese)
        date.remove(QLatin1String("dddd")).remove(QLatin1String("ddd"));
    const QDateTime local = moment.toLocalTime();
    return locale.toString(local.date(), date.trimmed()) + QLatin1Char(' ')
        + locale.toString(local.time(), time);
}

QString Messages::signingIn()
{
    return tr("Signing in…");
}

QString Messages::passwordPrompt()
{
    return tr("Password:");
}

QString Messages::retryCountdown(std::chrono::seconds left)
{
    if (left.count() <= 0)
        return canRetryNow();
    return tr("Too many attempts. You can try again in %1.").arg(duration(left));
}

QString Messages::retryButton(std::chrono::seconds left)
{
    return tr("Try again in %1 s").arg(std::max<qint64>(left.count(), 1));
}

QString Messages::canRetryNow()
{
    return tr("You can try to sign in again now.");
}

QString Messages::expiryWarning(std::chrono::seconds left)
{
    return tr("Your session ends in %1. Then you will need to sign in again.").arg(duration(left));
}

QString Messages::expiryWarningNotification(std::chrono::seconds left)
{
    return tr("Your session ends in %1. Click here to sign in again.").arg(duration(left));
}

QString Messages::renewIntro(const QString &phone, const QDateTime &end)
{
    return tr("To stay signed in as %1, enter your password. Your current session ends on %2.")
        .arg(phone, dateTime(end));
}

QString Messages::renewed(const QDateTime &end)
{
    return tr("You are signed in again. Your session now ends on %1.").arg(dateTime(end));
}

QString Messages::enterPassword()
{
    return tr("Enter your password.");
}

QString Messages::stillRunning()
{
    return tr("%1 is still running, so that it can remind you before your session ends. To "
              "quit, choose Quit in its menu here.")
        .arg(productName());
}

QString Messages::trayStatus(const std::optional<Session> &session)
{
    if (!session)
        return tr("%1: signed out").arg(productName());
    return tr("%1: signed in until %2").arg(productName(), dateTime(session->expiresAt));
}

namespace {
// The unit duration() speaks in for a span: the largest of which there are at least two.
qint64 unitFor(qint64 s)
{
    if (s >= 2 * 24 * 3600)
        return 24 * 3600;
    if (s >= 2 * 3600)
        return 3600;
    if (s >= 2 * 60)
        return 60;
    return 1;
}
} // namespace

std::chrono::seconds Messages::durationChangesIn(std::chrono::seconds span)
{
    const qint64 s = std::max<qint64>(span.count(), 0);
    const qint64 unit = unitFor(s);
    // The number shown is span / unit rounded to the nearest: it drops once the span falls
    // below the half-unit under it, or once the span leaves the unit's range (2 units).
    const qint64 toHalf = (s + unit / 2) % unit + 1;
    const qint64 toSmallerUnit = unit > 1 ? s - 2 * unit + 1 : toHalf;
    return std::chrono::seconds(std::max<qint64>(std::min(toHalf, toSmallerUnit), 1));
}

QString Messages::duration(std::chrono::seconds span)
{
    // Rounded to the nearest unit, as people say it: a session of a year that began a second
    // ago ends in 365 days, not 364.
    const qint64 s = std::max<qint64>(span.count(), 0);
    const qint64 unit = unitFor(s);
    const int count = int((s + unit / 2) / unit);
    if (unit == 24 * 3600)
        return tr("%n day(s)", nullptr, count);
    if (unit == 3600)
        return tr("%n hour(s)", nullptr, count);
    if (unit == 60)
        return tr("%n minute(s)", nullptr, count);
    return tr("%n second(s)", nullptr, count);
}
