#include "config/AppConfig.h"
#include "config/Setting.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSslCertificate>

#include <algorithm>
#include <optional>

using std::chrono::seconds;

namespace {

// Longest value any duration setting may take: beyond it a timer or warning makes no sense.
constexpr seconds MaxDuration {366LL * 24 * 3600};

// "90", "90s", "15m", "1h", "7d".
std::optional<seconds> parseDuration(const QString &text)
{
    QString number = text.trimmed().toLower();
    qint64 unit = 1;
    if (number.endsWith(QLatin1Char('s'))) {
        number.chop(1);
    } else if (number.endsWith(QLatin1Char('m'))) {
        unit = 60;
        number.chop(1);
    } else if (number.endsWith(QLatin1Char('h'))) {
        unit = 3600;
        number.chop(1);
    } else if (number.endsWith(QLatin1Char('d'))) {
        unit = 24 * 3600;
        number.chop(1);
    }
    bool ok = false;
    const qint64 value = number.trimmed().toLongLong(&ok);
    if (!ok || value <= 0 || value > MaxDuration.count() / unit)
        return std::nullopt;
    return seconds(value * unit);
}

QString showDuration(seconds duration)
{
    const qint64 s = duration.count();
    if (s % (24 * 3600) == 0)
        return QString::number(s / (24 * 3600)) + QLatin1Char('d');
    if (s % 3600 == 0)
        return QString::number(s / 3600) + QLatin1Char('h');
    if (s % 60 == 0)
        return QString::number(s / 60) + QLatin1Char('m');
    return QString::number(s) + QLatin1Char('s');
}

std::optional<bool> parseBool(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("true") || t == QLatin1String("yes") || t == QLatin1String("1")
        || t == QLatin1String("on"))
        return true;
    if (t == QLatin1String("false") || t == QLatin1String("no") || t == QLatin1String("0")
        || t == QLatin1String("off"))
        return false;
    return std::nullopt;
}

// A true/false setting kept in `Member`: read with parseBool(), shown as true or false.
template<bool AppConfig::*Member> bool readFlag(AppConfig &c, const QString &v)
{
    const auto flag = parseBool(v);
    if (!flag)
        return false;
    c.*Member = *flag;
    return true;
}

template<bool AppConfig::*Member> QString showFlag(const AppConfig &c)
{
    return c.*Member ? QStringLiteral("true") : QStringLiteral("false");
}

bool isHttpUrl(const QUrl &url)
{
    return url.isValid() && !url.host().isEmpty()
        && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && url.userInfo().isEmpty() && !url.hasQuery() && !url.hasFragment();
}

bool applyTimeout(seconds &target, const QString &value)
{
    const auto duration = parseDuration(value);
    if (!duration || *duration > seconds(3600))
        return false;
    target = *duration;
    return true;
}

// Text a person reads as it stands (a region's name, whom to call for help): one line of at most
// `longest` characters, nothing invisible or controlling in it.
bool isPlainLine(const QString &text, qsizetype longest)
{
    return !text.isEmpty() && text.size() <= longest
        && std::none_of(text.begin(), text.end(), [](QChar ch) {
               return ch.category() == QChar::Other_Control || ch.category() == QChar::Other_Format;
           });
}

// One of the company's pages, kept in `Member`: an https:// address on a named host, with
// {lang} where the language goes; empty for none.
template<QString AppConfig::*Member> bool readLink(AppConfig &c, const QString &v)
{
    const QString pattern = v.trimmed();
    if (!pattern.isEmpty()) {
        const QUrl url = AppConfig::link(pattern, QStringLiteral("zh-CN"));
        if (!url.isValid() || url.scheme() != QLatin1String("https") || url.host().isEmpty()
            || !url.userInfo().isEmpty() || !isPlainLine(pattern, 2000))
            return false;
    }
    c.*Member = pattern;
    return true;
}

template<QString AppConfig::*Member> QString showText(const AppConfig &c)
{
    return c.*Member;
}

// A path on the server or an http(s) address, kept in `Member` (the token goes there: whether it
// is on the server that issued it is checked once every layer is read, AppConfigLoader::finish()).
template<QString AppConfig::*Member> bool readEndpoint(AppConfig &c, const QString &v)
{
    const QString endpoint = v.trimmed();
    const QUrl url(endpoint);
    if (!endpoint.isEmpty() && !url.scheme().isEmpty() && !isHttpUrl(url))
        return false;
    c.*Member = endpoint;
    return true;
}

QString showSecret(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(empty)") : QStringLiteral("(set)");
}

const QList<Setting> table {
    Setting(SettingId::Server, "server")
        .withOption("server", "url")
        .byDefault("the demo server")
        .means("`https://…`; plain `http://` only to this computer unless `allow_insecure_http`")
        .expects("an https:// address such as https://login.example.com")
        .forExample("https://login.example.com")
        .readBy([](AppConfig &c, const QString &v) {
            const QUrl url(v.trimmed(), QUrl::StrictMode);
            if (!isHttpUrl(url))
                return false;
            c.serverUrl = url;
            return true;
        })
        .shownBy([](const AppConfig &c) { return c.serverUrl.toString(); }),
    Setting(SettingId::ClientId, "client_id")
        .withOption("client-id", "id")
        .byDefault("the demo client")
        .means("the OAuth client id issued by the backend (a dedicated Passport client)")
        .expects("a client id that is not empty")
        .forExample("7")
        .readBy([](AppConfig &c, const QString &v) {
            if (v.trimmed().isEmpty())
                return false;
            c.clientId = v.trimmed();
            return true;
        })
        .shownBy([](const AppConfig &c) { return c.clientId; }),
    Setting(SettingId::ClientSecret, "client_secret")
        .withOption("client-secret", "secret")
        .byDefault("the demo client's")
        .means("the OAuth client secret; empty for a public client, which sends none (prefer "
               "`DESKLOGIN_CLIENT_SECRET` to the command line, which other users can see)")
        .expects("any text")
        .forExample("s3cr3t-example")
        .secret()
        .readBy([](AppConfig &c, const QString &v) {
            c.clientSecret = v.trimmed();
            return true;
        })
        .shownBy([](const AppConfig &c) { return showSecret(c.clientSecret); }),
    Setting(SettingId::Scope, "scope")
        .byDefault("empty")
        .means("sent as `scope`; left out of the request when empty")
        .expects("any text")
        .forExample("profile")
        .readBy([](AppConfig &c, const QString &v) {
            c.scope = v.trimmed();
            return true;
        })
        .shownBy([](const AppConfig &c) { return c.scope; }),
    Setting(SettingId::PhoneRegion, "phone_region")
        .byDefault("`CN`")
        .means("region for numbers typed without a country code")
        .expects("a region code such as CN, HK, MO or TW")
        .forExample("TW")
        .readBy([](AppConfig &c, const QString &v) {
            if (!PhoneNumber::isSupportedRegion(v.trimmed()))
                return false;
            c.phoneRegion = v.trimmed().toUpper();
            c.phoneRegionSet = true;
            return true;
        })
        .shownBy([](const AppConfig &c) { return c.phoneRegion; }),
    Setting(SettingId::PhoneRegions, "phone_regions")
        .byDefault("`phone_region` alone")
        .means("the regions whose mobile numbers are accepted, chosen beside the phone field; more "
               "than "
               "one needs `username_format = e164`")
        .expects("region codes separated by commas, such as CN, HK, MO, TW")
        .forExample("CN, HK, MO, TW")
        .readBy([](AppConfig &c, const QString &v) {
            QStringList regions;
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const QString region = part.trimmed().toUpper();
                if (!PhoneNumber::isSupportedRegion(region))
                    return false;
                if (!regions.contains(region))
                    regions.append(region);
            }
            if (regions.isEmpty())
                return false;
            c.phoneRegions = regions;
            return true;
        })
        .shownBy([](const AppConfig &c) { return c.acceptedRegions().join(QStringLiteral(", ")); }),
    Setting(SettingId::RegionNames, "region_names")
        .byDefault("the app's own (Chinese mainland, Hong Kong (China), Macao (China), Taiwan "
                   "(China)), CLDR's for the others")
        .means("a region's name in the list beside the phone field and in messages, in every "
               "language (`TW=…`) or in one (`TW/zh_TW=…`)")
        .expects("`REGION=name` or `REGION/LANGUAGE=name` (LANGUAGE: en, zh_CN or zh_TW), "
                 "separated by semicolons")
        .forExample("TW/en=Taiwan; TW/zh_TW=臺灣")
        .readBy([](AppConfig &c, const QString &v) {
            static const QStringList languages {QStringLiteral("en"), QStringLiteral("zh_CN"),
                                                QStringLiteral("zh_TW")};
            QMap<QString, QString> names;
            for (const QString &entry : v.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
                const auto equals = entry.indexOf(QLatin1Char('='));
                if (equals < 0)
                    return false;
                const QString name = entry.mid(equals + 1).simplified();
                const QStringList key = entry.left(equals).trimmed().split(QLatin1Char('/'));
                const QString region = key.first().trimmed().toUpper();
                if (!isPlainLine(name, 60) || key.size() > 2
                    || !PhoneNumber::isSupportedRegion(region)
                    || (key.size() == 2 && !languages.contains(key.last().trimmed())))
                    return false;
                names.insert(key.size() == 2 ? region + QLatin1Char('/') + key.last().trimmed()
                                             : region,
                             name);
            }
            if (names.isEmpty())
                return false;
            c.regionNames = names;
            return true;
        })
        .shownBy([](const AppConfig &c) {
            QStringList entries;
            for (auto it = c.regionNames.cbegin(); it != c.regionNames.cend(); ++it)
                entries.append(it.key() + QLatin1Char('=') + it.value());
            return entries.join(QStringLiteral("; "));
        }),
    Setting(SettingId::UsernameFormat, "username_format")
        .byDefault("`national`")
        .means("`national` (13800138000) or `e164` (+8613800138000)")
        .expects("national or e164")
        .forExample("e164")
        .readBy([](AppConfig &c, const QString &v) {
            const QString format = v.trimmed().toLower();
            if (format == QLatin1String("national"))
                c.usernameFormat = PhoneNumber::UsernameFormat::NationalDigits;
            else if (format == QLatin1String("e164"))
                c.usernameFormat = PhoneNumber::UsernameFormat::E164;
            else
                return false;
            return true;
        })
        .shownBy([](const AppConfig &c) {
            return c.usernameFormat == PhoneNumber::UsernameFormat::E164
                ? QStringLiteral("e164")
                : QStringLiteral("national");
        }),
    Setting(SettingId::IdleTimeout, "idle_timeout")
        .byDefault("`15s`")
        .means("no data for this long ends a request")
        .expects("a duration of at most 1h, such as 15s or 2m")
        .forExample("20s")
        .readBy([](AppConfig &c, const QString &v) { return applyTimeout(c.idleTimeout, v); })
        .shownBy([](const AppConfig &c) { return showDuration(c.idleTimeout); }),
    Setting(SettingId::RequestTimeout, "request_timeout")
        .byDefault("`30s`")
        .means("the longest one request may take")
        .expects("a duration of at most 1h, such as 30s or 2m")
        .forExample("1m")
        .readBy([](AppConfig &c, const QString &v) { return applyTimeout(c.requestTimeout, v); })
        .shownBy([](const AppConfig &c) { return showDuration(c.requestTimeout); }),
    Setting(SettingId::ExpiryWarnings, "expiry_warnings")
        .byDefault("`7d,1d,1h,5m`")
        .means("when to warn before the session ends")
        .expects("durations separated by commas, such as 1d,1h,5m")
        .forExample("2d,10m")
        .readBy([](AppConfig &c, const QString &v) {
            QList<seconds> warnings;
            for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                const auto duration = parseDuration(part);
                if (!duration)
                    return false;
                warnings.append(*duration);
            }
            std::sort(warnings.begin(), warnings.end(), std::greater<>());
            warnings.erase(std::unique(warnings.begin(), warnings.end()), warnings.end());
            c.expiryWarnings = warnings;
            return true;
        })
        .shownBy([](const AppConfig &c) {
            QStringList parts;
            for (const seconds warning : c.expiryWarnings)
                parts.append(showDuration(warning));
            return parts.join(QLatin1Char(','));
        }),
    Setting(SettingId::ProfileEndpoint, "profile_endpoint")
        .byDefault("empty")
        .means("e.g. `/api/user`: the name it returns is shown on the session page")
        .expects("a path on the server such as /api/user, or an https:// address on the server")
        .forExample("/api/user")
        .readBy(readEndpoint<&AppConfig::profileEndpoint>)
        .shownBy(showText<&AppConfig::profileEndpoint>),
    Setting(SettingId::SignOutEndpoint, "sign_out_endpoint")
        .byDefault("empty")
        .means("where a token is revoked on signing out and after a renewal replaced it, e.g. "
               "`/api/logout` (see `sign_out_form`); empty: a token stays valid on the server "
               "until it expires")
        .expects("a path on the server such as /api/logout, or an https:// address on the server")
        .forExample("/api/logout")
        .readBy(readEndpoint<&AppConfig::signOutEndpoint>)
        .shownBy(showText<&AppConfig::signOutEndpoint>),
    Setting(SettingId::SignOutForm, "sign_out_form")
        .byDefault("`bearer`")
        .means("`bearer` (the token sent as the bearer, as a Passport app's own logout route "
               "takes it) or `rfc7009` (`token` and `token_type_hint` with the client's "
               "credentials, RFC 7009)")
        .expects("bearer or rfc7009")
        .forExample("rfc7009")
        .readBy([](AppConfig &c, const QString &v) {
            const QString form = v.trimmed().toLower();
            if (form == QLatin1String("bearer"))
                c.signOutForm = AppConfig::SignOutForm::Bearer;
            else if (form == QLatin1String("rfc7009"))
                c.signOutForm = AppConfig::SignOutForm::Rfc7009;
            else
                return false;
            return true;
        })
        .shownBy([](const AppConfig &c) {
            return c.signOutForm == AppConfig::SignOutForm::Rfc7009 ? QStringLiteral("rfc7009")
                                                                    : QStringLiteral("bearer");
        }),
    Setting(SettingId::AllowInsecureHttp, "allow_insecure_http")
        .byDefault("`false`")
        .means("allow `http://` to other hosts (test networks only)")
        .expects("true or false")
        .forExample("true")
        .readBy(readFlag<&AppConfig::allowInsecureHttp>)
        .shownBy(showFlag<&AppConfig::allowInsecureHttp>),
    Setting(SettingId::Proxy, "proxy")
        .withOption("proxy", "proxy")
        .byDefault("`system`")
        .means("`system` (the system's proxy, PAC included where supported), `none`, or "
               "`http://[user@]host:port` or `socks5://[user@]host:port`; its password is asked "
               "for in the "
               "window and kept in the keychain")
        .expects("system, none, or a proxy such as http://proxy.example.com:3128")
        .forExample("http://alice@proxy.example.com:3128")
        .choosableInWindow()
        .readBy([](AppConfig &c, const QString &v) {
            const auto proxy = ProxySettings::parse(v);
            if (!proxy)
                return false;
            c.proxy = *proxy;
            return true;
        })
        .shownBy([](const AppConfig &c) { return c.proxy.toString(); }),
    Setting(SettingId::KeepSignedIn, "keep_signed_in")
        .byDefault("`true`")
        .means("the sign-in page's \"Keep me signed in\" to start with; `false` (and `locked`) for "
               "shared "
               "computers, where a session then lives in memory only")
        .expects("true or false")
        .forExample("false")
        .choosableInWindow()
        .readBy(readFlag<&AppConfig::keepSignedIn>)
        .shownBy(showFlag<&AppConfig::keepSignedIn>),
    Setting(SettingId::CaCertificates, "ca_certificates")
        .withOption("ca-certificates", "file")
        .byDefault("empty")
        .means("a PEM file of extra certificate authorities to trust, for this app only (a "
               "company's CA "
               "for a network whose proxy re-signs secure connections)")
        .expects("a readable PEM file with at least one certificate")
        .forExample("/etc/ssl/certs/ca-certificates.crt")
        .readBy([](AppConfig &c, const QString &v) {
            const QString path = v.trimmed();
            if (path.isEmpty()) {
                c.caCertificatesFile.clear();
                c.caCertificates.clear();
                return true;
            }
            // A regular file of a sensible size: a CA bundle is a few hundred KiB, and a pipe or a
            // device would hold up the start.
            constexpr qint64 MaxBytes = 16 * 1024 * 1024;
            const QFileInfo info(path);
            QFile file(path);
            if (!info.isFile() || info.size() > MaxBytes || !file.open(QIODevice::ReadOnly))
                return false;
            const QList<QSslCertificate> certificates =
                QSslCertificate::fromData(file.read(MaxBytes), QSsl::Pem);
            if (certificates.isEmpty())
                return false;
            for (const QSslCertificate &certificate : certificates) {
                if (certificate.isNull())
                    return false;
            }
            c.caCertificatesFile = path;
            c.caCertificates = certificates;
            return true;
        })
        .shownBy([](const AppConfig &c) { return c.caCertificatesFile; }),
    Setting(SettingId::StartAtLogin, "start_at_login")
        .byDefault("`true`")
        .means("start with the computer: at login the app starts hidden in the tray and restores "
               "the session, or shows the sign-in window if there is none; `false` starts nothing")
        .expects("true or false")
        .forExample("false")
        .choosableInWindow()
        .readBy(readFlag<&AppConfig::startAtLogin>)
        .shownBy(showFlag<&AppConfig::startAtLogin>),
    Setting(SettingId::ForgotPasswordUrl, "forgot_password_url")
        .byDefault("empty")
        .means("the company's page for a forgotten password: \"Forgot password?\" under the "
               "password field and in the wrong-password message; `{lang}` in an address becomes "
               "`en`, `zh-CN` or `zh-TW`")
        .expects("an https:// address, which may hold {lang}")
        .forExample("https://login.example.com/{lang}/password/reset")
        .readBy(readLink<&AppConfig::forgotPasswordUrl>)
        .shownBy(showText<&AppConfig::forgotPasswordUrl>),
    Setting(SettingId::SignUpUrl, "sign_up_url")
        .byDefault("empty")
        .means("where a new person creates an account: \"Create an account\" on the sign-in page")
        .expects("an https:// address, which may hold {lang}")
        .forExample("https://login.example.com/register?lang={lang}")
        .readBy(readLink<&AppConfig::signUpUrl>)
        .shownBy(showText<&AppConfig::signUpUrl>),
    Setting(SettingId::PrivacyUrl, "privacy_url")
        .byDefault("empty")
        .means("the privacy policy: at the foot of the sign-in page, in the agreement and in About")
        .expects("an https:// address, which may hold {lang}")
        .forExample("https://example.com/{lang}/privacy")
        .readBy(readLink<&AppConfig::privacyUrl>)
        .shownBy(showText<&AppConfig::privacyUrl>),
    Setting(SettingId::TermsUrl, "terms_url")
        .byDefault("empty")
        .means(
            "the terms of service: at the foot of the sign-in page, in the agreement and in About")
        .expects("an https:// address, which may hold {lang}")
        .forExample("https://example.com/{lang}/terms")
        .readBy(readLink<&AppConfig::termsUrl>)
        .shownBy(showText<&AppConfig::termsUrl>),
    Setting(SettingId::SupportUrl, "support_url")
        .byDefault("empty")
        .means("the company's help pages: in Help, in the messages that say whom to contact, in "
               "the diagnostic report")
        .expects("an https:// address, which may hold {lang}")
        .forExample("https://help.example.com/{lang}/")
        .readBy(readLink<&AppConfig::supportUrl>)
        .shownBy(showText<&AppConfig::supportUrl>),
    Setting(SettingId::SupportContact, "support_contact")
        .byDefault("empty")
        .means("whom to ask for help, as people there say it (`IT service desk, ext. 1234`): in "
               "Help, in the messages that say whom to contact, in the diagnostic report")
        .expects("one line of at most 100 characters")
        .forExample("IT service desk, ext. 1234")
        .readBy([](AppConfig &c, const QString &v) {
            const QString contact = v.simplified();
            if (!contact.isEmpty() && !isPlainLine(contact, 100))
                return false;
            c.supportContact = contact;
            return true;
        })
        .shownBy(showText<&AppConfig::supportContact>),
    Setting(SettingId::ConsentRequired, "consent_required")
        .byDefault("`false`")
        .means(
            "ask the person to agree to the terms of service and the privacy policy (`terms_url`, "
            "`privacy_url`) before the first sign-in; the agreement is remembered for "
            "`consent_version`, except on a shared computer")
        .expects("true or false")
        .forExample("true")
        .readBy(readFlag<&AppConfig::consentRequired>)
        .shownBy(showFlag<&AppConfig::consentRequired>),
    Setting(SettingId::ConsentVersion, "consent_version")
        .byDefault("`1`")
        .means("the version of the terms and policy agreed to: a new version asks again")
        .expects("one line of at most 40 characters")
        .forExample("2026-12")
        .readBy([](AppConfig &c, const QString &v) {
            const QString version = v.trimmed();
            if (!isPlainLine(version, 40))
                return false;
            c.consentVersion = version;
            return true;
        })
        .shownBy(showText<&AppConfig::consentVersion>),
    Setting(SettingId::AccentColor, "accent_color")
        .byDefault("the branding's (`DESKLOGIN_ACCENT_COLOR`), else the theme's highlight colour")
        .means("the company's colour for the Sign in button and the avatar; their text is the "
               "theme's where it reads at 4.5:1 or better on it, else black or white")
        .expects("a colour written #RRGGBB, such as #0A66C2, or empty for the theme's")
        .forExample("#0A66C2")
        .readBy([](AppConfig &c, const QString &v) {
            const QString color = v.trimmed();
            static const QRegularExpression rgb(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
            if (!color.isEmpty() && !rgb.match(color).hasMatch())
                return false;
            c.accentColor = color.toUpper();
            return true;
        })
        .shownBy(showText<&AppConfig::accentColor>),
};

} // namespace

QString Setting::environmentName() const
{
    return AppConfigLoader::environmentName(QString::fromLatin1(key));
}

const QList<Setting> &Settings::all()
{
    return table;
}

const Setting &Settings::get(SettingId id)
{
    // The table lists the settings in the enum's order (tst_settings checks it).
    const Setting &setting = table.at(int(id));
    Q_ASSERT(setting.id == id);
    return setting;
}

const Setting *Settings::find(const QString &key)
{
    for (const Setting &setting : table) {
        if (key == QLatin1String(setting.key))
            return &setting;
    }
    return nullptr;
}

QString Settings::markdownTable()
{
    QString text = QStringLiteral("| key | default | meaning |\n| --- | --- | --- |\n");
    for (const Setting &setting : table)
        text += QStringLiteral("| `%1` | %2 | %3 |\n")
                    .arg(QLatin1String(setting.key), QString::fromUtf8(setting.defaultText),
                         QString::fromUtf8(setting.help));
    return text;
}

QStringList Settings::inEffect(const AppConfig &config)
{
    QStringList lines;
    for (const Setting &setting : table) {
        QString line = QLatin1String(setting.key) + QStringLiteral(" = ") + setting.show(config);
        if (config.isLocked(setting.id))
            line += QStringLiteral(" (locked)");
        lines.append(line);
    }
    return lines;
}
