#include "AppConfig.h"
#include "Setting.h"

#include <QFile>
#include <QFileInfo>
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

QString showSecret(const QString &value)
{
    return value.isEmpty() ? QStringLiteral("(empty)") : QStringLiteral("(set)");
}

const QList<Setting> table {
    {"server", "server", "url", "the demo server",
     "`https://…`; plain `http://` only to this computer unless `allow_insecure_http`",
     "an https:// address such as https://login.example.com", "https://login.example.com", false,
     [](AppConfig &c, const QString &v) {
         const QUrl url(v.trimmed(), QUrl::StrictMode);
         if (!isHttpUrl(url))
             return false;
         c.serverUrl = url;
         return true;
     },
     [](const AppConfig &c) { return c.serverUrl.toString(); }},
    {"client_id", "client-id", "id", "the demo client",
     "the OAuth client id issued by the backend (a dedicated Passport client)",
     "a client id that is not empty", "7", false,
     [](AppConfig &c, const QString &v) {
         if (v.trimmed().isEmpty())
             return false;
         c.clientId = v.trimmed();
         return true;
     },
     [](const AppConfig &c) { return c.clientId; }},
    {"client_secret", "client-secret", "secret", "the demo client's",
     "the OAuth client secret; empty for a public client, which sends none (prefer "
     "`DESKLOGIN_CLIENT_SECRET` to the command line, which other users can see)",
     "any text", "s3cr3t-example", true,
     [](AppConfig &c, const QString &v) {
         c.clientSecret = v.trimmed();
         return true;
     },
     [](const AppConfig &c) { return showSecret(c.clientSecret); }},
    {"scope", nullptr, nullptr, "empty", "sent as `scope`; left out of the request when empty",
     "any text", "profile", false,
     [](AppConfig &c, const QString &v) {
         c.scope = v.trimmed();
         return true;
     },
     [](const AppConfig &c) { return c.scope; }},
    {"phone_region", nullptr, nullptr, "`CN`", "region for numbers typed without a country code",
     "a region code such as CN, HK, MO or TW", "TW", false,
     [](AppConfig &c, const QString &v) {
         if (!PhoneNumber::isSupportedRegion(v.trimmed()))
             return false;
         c.phoneRegion = v.trimmed().toUpper();
         c.phoneRegionSet = true;
         return true;
     },
     [](const AppConfig &c) { return c.phoneRegion; }},
    {"phone_regions", nullptr, nullptr, "`phone_region` alone",
     "the regions whose mobile numbers are accepted, chosen beside the phone field; more than "
     "one needs `username_format = e164`",
     "region codes separated by commas, such as CN, HK, MO, TW", "CN, HK, MO, TW", false,
     [](AppConfig &c, const QString &v) {
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
     },
     [](const AppConfig &c) { return c.acceptedRegions().join(QStringLiteral(", ")); }},
    {"username_format", nullptr, nullptr, "`national`",
     "`national` (13800138000) or `e164` (+8613800138000)", "national or e164", "e164", false,
     [](AppConfig &c, const QString &v) {
         const QString format = v.trimmed().toLower();
         if (format == QLatin1String("national"))
             c.usernameFormat = PhoneNumber::UsernameFormat::NationalDigits;
         else if (format == QLatin1String("e164"))
             c.usernameFormat = PhoneNumber::UsernameFormat::E164;
         else
             return false;
         return true;
     },
     [](const AppConfig &c) {
         return c.usernameFormat == PhoneNumber::UsernameFormat::E164 ? QStringLiteral("e164")
                                                                      : QStringLiteral("national");
     }},
    {"idle_timeout", nullptr, nullptr, "`15s`", "no data for this long ends a request",
     "a duration of at most 1h, such as 15s or 2m", "20s", false,
     [](AppConfig &c, const QString &v) { return applyTimeout(c.idleTimeout, v); },
     [](const AppConfig &c) { return showDuration(c.idleTimeout); }},
    {"request_timeout", nullptr, nullptr, "`30s`", "the longest one request may take",
     "a duration of at most 1h, such as 30s or 2m", "1m", false,
     [](AppConfig &c, const QString &v) { return applyTimeout(c.requestTimeout, v); },
     [](const AppConfig &c) { return showDuration(c.requestTimeout); }},
    {"expiry_warnings", nullptr, nullptr, "`7d,1d,1h,5m`", "when to warn before the session ends",
     "durations separated by commas, such as 1d,1h,5m", "2d,10m", false,
     [](AppConfig &c, const QString &v) {
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
     },
     [](const AppConfig &c) {
         QStringList parts;
         for (const seconds warning : c.expiryWarnings)
             parts.append(showDuration(warning));
         return parts.join(QLatin1Char(','));
     }},
    {"profile_endpoint", nullptr, nullptr, "empty",
     "e.g. `/api/user`: the name it returns is shown on the session page",
     "a path on the server such as /api/user, or an https:// address", "/api/user", false,
     [](AppConfig &c, const QString &v) {
         const QString endpoint = v.trimmed();
         const QUrl url(endpoint);
         if (!endpoint.isEmpty() && !url.scheme().isEmpty() && !isHttpUrl(url))
             return false;
         c.profileEndpoint = endpoint;
         return true;
     },
     [](const AppConfig &c) { return c.profileEndpoint; }},
    {"allow_insecure_http", nullptr, nullptr, "`false`",
     "allow `http://` to other hosts (test networks only)", "true or false", "true", false,
     [](AppConfig &c, const QString &v) {
         const auto flag = parseBool(v);
         if (!flag)
             return false;
         c.allowInsecureHttp = *flag;
         return true;
     },
     [](const AppConfig &c) {
         return c.allowInsecureHttp ? QStringLiteral("true") : QStringLiteral("false");
     }},
    {"proxy", "proxy", "proxy", "`system`",
     "`system` (the system's proxy, PAC included where supported), `none`, or "
     "`http://[user@]host:port` or `socks5://[user@]host:port`; its password is asked for in the "
     "window and kept in the keychain",
     "system, none, or a proxy such as http://proxy.example.com:3128",
     "http://alice@proxy.example.com:3128", false,
     [](AppConfig &c, const QString &v) {
         const auto proxy = ProxySettings::parse(v);
         if (!proxy)
             return false;
         c.proxy = *proxy;
         return true;
     },
     [](const AppConfig &c) { return c.proxy.toString(); }},
    {"keep_signed_in", nullptr, nullptr, "`true`",
     "the sign-in page's \"Keep me signed in\" to start with; `false` (and `locked`) for shared "
     "computers, where a session then lives in memory only",
     "true or false", "false", false,
     [](AppConfig &c, const QString &v) {
         const auto flag = parseBool(v);
         if (!flag)
             return false;
         c.keepSignedIn = *flag;
         return true;
     },
     [](const AppConfig &c) {
         return c.keepSignedIn ? QStringLiteral("true") : QStringLiteral("false");
     }},
    {"ca_certificates", "ca-certificates", "file", "empty",
     "a PEM file of extra certificate authorities to trust, for this app only (a company's CA "
     "for a network whose proxy re-signs secure connections)",
     "a readable PEM file with at least one certificate", "/etc/ssl/certs/ca-certificates.crt",
     false,
     [](AppConfig &c, const QString &v) {
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
     },
     [](const AppConfig &c) { return c.caCertificatesFile; }},
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
        if (config.lockedKeys.contains(QLatin1String(setting.key)))
            line += QStringLiteral(" (locked)");
        lines.append(line);
    }
    return lines;
}
