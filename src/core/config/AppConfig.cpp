#include "config/AppConfig.h"

#include "net/Transport.h"

#include "config/ConfigFile.h"
#include "config/Setting.h"

#include <QFile>

namespace {

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
    return {idleTimeout, requestTimeout, allowInsecureHttp, caCertificates};
}

bool AppConfig::isLocked(SettingId id) const
{
    return lockedKeys.contains(QLatin1String(Settings::get(id).key));
}

QUrl AppConfig::link(const QString &pattern, const QString &language)
{
    if (pattern.isEmpty())
        return {};
    QString text = pattern;
    text.replace(QLatin1String("{lang}"), language);
    return QUrl(text, QUrl::StrictMode);
}

QUrl AppConfig::profileUrl() const
{
    return endpointUrl(profileEndpoint);
}

QUrl AppConfig::signOutUrl() const
{
    return endpointUrl(signOutEndpoint);
}

QUrl AppConfig::endpointUrl(const QString &endpoint) const
{
    if (endpoint.isEmpty())
        return {};
    const QUrl absolute(endpoint);
    if (absolute.isValid() && !absolute.scheme().isEmpty())
        return absolute;
    return resolveOnServer(serverUrl, endpoint);
}

namespace {
constexpr char LockKey[] = "locked";
} // namespace

AppConfigLoader::AppConfigLoader(AppConfig defaults) : m_config(std::move(defaults)) { }

QStringList AppConfigLoader::keys()
{
    QStringList keys;
    for (const Setting &setting : Settings::all())
        keys.append(QString::fromLatin1(setting.key));
    return keys;
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
    const Setting *setting = Settings::find(key);
    if (!setting) {
        m_problems.append({key == QLatin1String(LockKey)
                               ? ConfigProblem::Kind::LockOutsideSystemFile
                               : ConfigProblem::Kind::UnknownKey,
                           source,
                           key,
                           line,
                           {}});
        return false;
    }
    if (m_config.lockedKeys.contains(key)) {
        m_problems.append({ConfigProblem::Kind::Locked, source, key, line, {}});
        return false;
    }
    if (!setting->apply(m_config, value)) {
        m_problems.append({ConfigProblem::Kind::InvalidValue, source, key, line,
                           QString::fromUtf8(setting->expected)});
        return false;
    }
    return true;
}

void AppConfigLoader::applyPreference(SettingId id, const QString &value)
{
    const Setting &setting = Settings::get(id);
    Q_ASSERT(setting.isChoosableInWindow);
    if (m_config.isLocked(id))
        return;
    apply(QStringLiteral("preferences"), QLatin1String(setting.key), value);
}

void AppConfigLoader::applyFile(const QString &path, bool mustExist, FileLayer layer)
{
    QFile file(path);
    if (!file.exists() && !mustExist)
        return;
    if (!file.open(QIODevice::ReadOnly) || file.size() > ConfigFile::MaxFileBytes) {
        m_problems.append({ConfigProblem::Kind::FileUnreadable, path, {}, 0, {}});
        return;
    }
    const ConfigFile::Parsed parsed = ConfigFile::parse(file.read(ConfigFile::MaxFileBytes));
    for (const int line : parsed.badLines)
        m_problems.append({ConfigProblem::Kind::SyntaxError, path, {}, line, {}});
    applyEntries(path, parsed.entries, layer);
}

void AppConfigLoader::applySystemPolicy(const QString &source,
                                        const QList<ConfigFile::Entry> &entries)
{
    applyEntries(source, entries, FileLayer::System);
}

void AppConfigLoader::applyEntries(const QString &source, const QList<ConfigFile::Entry> &entries,
                                   FileLayer layer)
{
    QStringList locks;
    for (const auto &entry : entries) {
        if (layer == FileLayer::System && entry.key == QLatin1String(LockKey)) {
            for (const QString &key : entry.value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                if (Settings::find(key.trimmed()))
                    locks.append(key.trimmed());
                else
                    m_problems.append(
                        {ConfigProblem::Kind::UnknownKey, source, key.trimmed(), entry.line, {}});
            }
            continue;
        }
        apply(source, entry.key, entry.value, entry.line);
    }
    // Locked once the whole file is read, so that the file's own values for them count.
    for (const QString &key : std::as_const(locks)) {
        if (!m_config.lockedKeys.contains(key))
            m_config.lockedKeys.append(key);
    }
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

void AppConfigLoader::finish()
{
    AppConfig &c = m_config;
    // National numbers do not say which region they are of: a backend that receives them
    // can only be serving one region.
    if (c.phoneRegions.size() > 1
        && c.usernameFormat == PhoneNumber::UsernameFormat::NationalDigits) {
        m_problems.append({ConfigProblem::Kind::Conflict, QStringLiteral("settings"),
                           QStringLiteral("phone_regions"), 0,
                           QStringLiteral("username_format = e164 when more than one region is "
                                          "accepted (national numbers do not say which region "
                                          "they belong to); only %1 is accepted")
                               .arg(c.phoneRegion)});
        c.phoneRegions.clear();
    }
    if (c.phoneRegionSet && !c.acceptedRegions().contains(c.phoneRegion)) {
        m_problems.append({ConfigProblem::Kind::Conflict, QStringLiteral("settings"),
                           QStringLiteral("phone_region"), 0,
                           QStringLiteral("one of the regions in phone_regions (%1)")
                               .arg(c.phoneRegions.join(QStringLiteral(", ")))});
        c.phoneRegion = c.phoneRegions.constFirst();
        c.phoneRegionSet = false;
    }
    // The token goes to the server that issued it and nowhere else (ApiClient).
    const QString server = Transport::originOf(c.serverUrl);
    if (!c.profileEndpoint.isEmpty() && Transport::originOf(c.profileUrl()) != server) {
        m_problems.append({ConfigProblem::Kind::Conflict, QStringLiteral("settings"),
                           QStringLiteral("profile_endpoint"), 0,
                           QStringLiteral("a path on the server, or an address on %1 (the "
                                          "token is sent to no other server)")
                               .arg(server)});
        c.profileEndpoint.clear();
    }
    if (!c.signOutEndpoint.isEmpty() && Transport::originOf(c.signOutUrl()) != server) {
        m_problems.append({ConfigProblem::Kind::Conflict, QStringLiteral("settings"),
                           QStringLiteral("sign_out_endpoint"), 0,
                           QStringLiteral("a path on the server, or an address on %1 (the "
                                          "token is sent to no other server)")
                               .arg(server)});
        c.signOutEndpoint.clear();
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
        if (problem.expected.isEmpty())
            return QStringLiteral("%1: invalid value for \"%2\"").arg(where, problem.key);
        return QStringLiteral("%1: invalid value for \"%2\": expected %3")
            .arg(where, problem.key, problem.expected);
    case ConfigProblem::Kind::Conflict:
        return QStringLiteral("%1: \"%2\" does not fit the other settings: expected %3")
            .arg(where, problem.key, problem.expected);
    case ConfigProblem::Kind::SyntaxError:
        return QStringLiteral("%1: not a \"key = value\" line").arg(where);
    case ConfigProblem::Kind::FileUnreadable:
        return QStringLiteral("%1: cannot be read").arg(where);
    case ConfigProblem::Kind::Locked:
        return QStringLiteral("%1: \"%2\" is locked by the system-wide settings; ignored")
            .arg(where, problem.key);
    case ConfigProblem::Kind::LockOutsideSystemFile:
        return QStringLiteral("%1: \"locked\" is read only from a system-wide settings file")
            .arg(where);
    }
    return where;
}
