#include "AppConfig.h"

#include "ConfigFile.h"

#include <QFile>

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

QUrl resolveOnServer(const QUrl &server, const QString &path)
{
    QUrl url = server;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/')))
        base += QLatin1Char('/');
    url.setPath(base + (path.startsWith(QLatin1Char('/')) ? path.mid(1) : path));
    return url;
}

} // namespace

QUrl AppConfig::tokenUrl() const
{
    return resolveOnServer(serverUrl, QStringLiteral("oauth/token"));
}

Transport::Policy AppConfig::transportPolicy() const
{
    return {idleTimeout, requestTimeout, allowInsecureHttp};
}

QUrl AppConfig::profileUrl() const
{
    if (profileEndpoint.isEmpty())
        return {};
    const QUrl absolute(profileEndpoint);
    if (absolute.isValid() && !absolute.scheme().isEmpty())
        return absolute;
    return resolveOnServer(serverUrl, profileEndpoint);
}

AppConfigLoader::AppConfigLoader(AppConfig defaults) : m_config(std::move(defaults)) { }

QStringList AppConfigLoader::keys()
{
    return {QStringLiteral("server"),
            QStringLiteral("client_id"),
            QStringLiteral("client_secret"),
            QStringLiteral("scope"),
            QStringLiteral("phone_region"),
            QStringLiteral("username_format"),
            QStringLiteral("idle_timeout"),
            QStringLiteral("request_timeout"),
            QStringLiteral("expiry_warnings"),
            QStringLiteral("profile_endpoint"),
            QStringLiteral("allow_insecure_http")};
}

QString AppConfigLoader::environmentName(const QString &key)
{
    return QLatin1String("DESKLOGIN_") + key.toUpper();
}

const QString &AppConfigLoader::fileName()
{
    static const QString name = QStringLiteral("desklogin.conf");
    return name;
}

bool AppConfigLoader::apply(const QString &source, const QString &key, const QString &value,
                            int line)
{
    const auto problem = [&](ConfigProblem::Kind kind) {
        m_problems.append({kind, source, key, line});
        return false;
    };
    AppConfig &c = m_config;
    if (key == QLatin1String("server")) {
        QUrl url(value.trimmed(), QUrl::StrictMode);
        if (!isHttpUrl(url))
            return problem(ConfigProblem::Kind::InvalidValue);
        c.serverUrl = url;
    } else if (key == QLatin1String("client_id")) {
        if (value.trimmed().isEmpty())
            return problem(ConfigProblem::Kind::InvalidValue);
        c.clientId = value.trimmed();
    } else if (key == QLatin1String("client_secret")) {
        c.clientSecret = value.trimmed();
    } else if (key == QLatin1String("scope")) {
        c.scope = value.trimmed();
    } else if (key == QLatin1String("phone_region")) {
        if (!PhoneNumber::isSupportedRegion(value.trimmed()))
            return problem(ConfigProblem::Kind::InvalidValue);
        c.phoneRegion = value.trimmed().toUpper();
    } else if (key == QLatin1String("username_format")) {
        const QString v = value.trimmed().toLower();
        if (v == QLatin1String("national"))
            c.usernameFormat = PhoneNumber::UsernameFormat::NationalDigits;
        else if (v == QLatin1String("e164"))
            c.usernameFormat = PhoneNumber::UsernameFormat::E164;
        else
            return problem(ConfigProblem::Kind::InvalidValue);
    } else if (key == QLatin1String("idle_timeout") || key == QLatin1String("request_timeout")) {
        const auto duration = parseDuration(value);
        if (!duration || *duration > seconds(3600))
            return problem(ConfigProblem::Kind::InvalidValue);
        (key == QLatin1String("idle_timeout") ? c.idleTimeout : c.requestTimeout) = *duration;
    } else if (key == QLatin1String("expiry_warnings")) {
        QList<seconds> warnings;
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const auto duration = parseDuration(part);
            if (!duration)
                return problem(ConfigProblem::Kind::InvalidValue);
            warnings.append(*duration);
        }
        std::sort(warnings.begin(), warnings.end(), std::greater<>());
        warnings.erase(std::unique(warnings.begin(), warnings.end()), warnings.end());
        c.expiryWarnings = warnings;
    } else if (key == QLatin1String("profile_endpoint")) {
        const QString v = value.trimmed();
        const QUrl url(v);
        if (!v.isEmpty() && !url.scheme().isEmpty() && !isHttpUrl(url))
            return problem(ConfigProblem::Kind::InvalidValue);
        c.profileEndpoint = v;
    } else if (key == QLatin1String("allow_insecure_http")) {
        const auto flag = parseBool(value);
        if (!flag)
            return problem(ConfigProblem::Kind::InvalidValue);
        c.allowInsecureHttp = *flag;
    } else {
        return problem(ConfigProblem::Kind::UnknownKey);
    }
    return true;
}

void AppConfigLoader::applyFile(const QString &path, bool mustExist)
{
    QFile file(path);
    if (!file.exists() && !mustExist)
        return;
    if (!file.open(QIODevice::ReadOnly) || file.size() > ConfigFile::MaxFileBytes) {
        m_problems.append({ConfigProblem::Kind::FileUnreadable, path, {}, 0});
        return;
    }
    const ConfigFile::Parsed parsed = ConfigFile::parse(file.read(ConfigFile::MaxFileBytes));
    for (const int line : parsed.badLines)
        m_problems.append({ConfigProblem::Kind::SyntaxError, path, {}, line});
    for (const auto &entry : parsed.entries)
        apply(path, entry.key, entry.value, entry.line);
}

void AppConfigLoader::applyEnvironment(const QProcessEnvironment &environment)
{
    for (const QString &key : keys()) {
        const QString name = environmentName(key);
        if (environment.contains(name)) {
            if (!apply(QStringLiteral("environment"), key, environment.value(name)))
                m_problems.last().key = name;
        }
    }
}

QString toString(const ConfigProblem &problem)
{
    QString where = problem.source;
    if (problem.line > 0)
        where += QLatin1Char(':') + QString::number(problem.line);
    switch (problem.kind) {
    case ConfigProblem::Kind::UnknownKey:
        return QStringLiteral("%1: unknown setting \"%2\"").arg(where, problem.key);
    case ConfigProblem::Kind::InvalidValue:
        return QStringLiteral("%1: invalid value for \"%2\"").arg(where, problem.key);
    case ConfigProblem::Kind::SyntaxError:
        return QStringLiteral("%1: not a \"key = value\" line").arg(where);
    case ConfigProblem::Kind::FileUnreadable:
        return QStringLiteral("%1: cannot be read").arg(where);
    }
    return where;
}
