#include "AppConfig.h"

#include "ConfigFile.h"
#include "Setting.h"

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
        m_problems.append({ConfigProblem::Kind::UnknownKey, source, key, line, {}});
        return false;
    }
    if (!setting->apply(m_config, value)) {
        m_problems.append({ConfigProblem::Kind::InvalidValue, source, key, line,
                           QString::fromUtf8(setting->expected)});
        return false;
    }
    return true;
}

void AppConfigLoader::applyFile(const QString &path, bool mustExist)
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
        if (problem.expected.isEmpty())
            return QStringLiteral("%1: invalid value for \"%2\"").arg(where, problem.key);
        return QStringLiteral("%1: invalid value for \"%2\": expected %3")
            .arg(where, problem.key, problem.expected);
    case ConfigProblem::Kind::SyntaxError:
        return QStringLiteral("%1: not a \"key = value\" line").arg(where);
    case ConfigProblem::Kind::FileUnreadable:
        return QStringLiteral("%1: cannot be read").arg(where);
    }
    return where;
}
