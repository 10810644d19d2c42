#include "TestMain.h"
#include "config/AppConfig.h"
#include "config/ConfigFile.h"
#include "config/ConfigLayers.h"
#include "config/Setting.h"
#include "support/LoginStart.h"

#include <QDir>
#include <QFile>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace std::chrono;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        QTest::qFail(qPrintable(QStringLiteral("cannot write ") + path), __FILE__, __LINE__);
    return path;
}

AppConfig defaults()
{
    AppConfig config;
    config.serverUrl = QUrl(QStringLiteral("https://built-in.example.com"));
    config.clientId = QStringLiteral("built-in-id");
    config.clientSecret = QStringLiteral("built-in-secret");
    return config;
}

} // namespace

class TestAppConfig : public QObject {
    Q_OBJECT
private slots:
#ifdef Q_OS_LINUX
    void theStartAtLoginIsRegisteredByAnAutostartEntry();
    void whatEtcXdgLocksStandsWhateverXdgConfigDirsSays();
#endif
    void parsesTheFileFormat();
    void laterLayersWin();
    void aSystemFileLocksKeysAgainstEveryLaterLayer();
    void onlyASystemFileMayLock();
    void aSystemPolicyIsReadLikeASystemFile();
    void badValuesAreReportedWithSourceAndKeyAndIgnored_data();
    void badValuesAreReportedWithSourceAndKeyAndIgnored();
    void problemsNeverRepeatTheValue();
    void readsDurationsAndWarnings();
    void buildsUrlsOnTheServer();
    void theCompanysPagesTakeTheLanguage();
    void aProfileAddressOnAnotherServerIsAConflict();
    void missingOptionalFileIsFineButRequiredOneIsNot();
    void severalRegionsNeedE164Usernames();
};

void TestAppConfig::parsesTheFileFormat()
{
    const auto parsed = ConfigFile::parse("\xEF\xBB\xBF# comment\n; also a comment\n\n"
                                          "server = https://a.example.com\r\n"
                                          "  Client_ID=7  \n"
                                          "not a setting\n"
                                          "=value\n"
                                          "client_secret = has = signs\n");
    QCOMPARE(parsed.entries.size(), 3);
    QCOMPARE(parsed.entries.at(0).key, QStringLiteral("server"));
    QCOMPARE(parsed.entries.at(0).value, QStringLiteral("https://a.example.com"));
    QCOMPARE(parsed.entries.at(0).line, 4);
    QCOMPARE(parsed.entries.at(1).key, QStringLiteral("client_id"));
    QCOMPARE(parsed.entries.at(1).value, QStringLiteral("7"));
    QCOMPARE(parsed.entries.at(2).value, QStringLiteral("has = signs"));
    QCOMPARE(parsed.badLines, (QList<int> {6, 7}));
}

void TestAppConfig::laterLayersWin()
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("system.conf"),
                                     "server = https://system.example.com\n"
                                     "client_id = system-id\nphone_region = TW\n");
    const QString user = writeFile(dir, QStringLiteral("user.conf"),
                                   "client_id = user-id\nusername_format = e164\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DESKLOGIN_CLIENT_ID"), QStringLiteral("env-id"));
    environment.insert(QStringLiteral("DESKLOGIN_SCOPE"), QStringLiteral("profile"));

    AppConfigLoader loader(defaults());
    loader.applyFile(system);
    loader.applyFile(user);
    loader.applyEnvironment(environment);
    QVERIFY(loader.apply(QStringLiteral("command line"), QStringLiteral("server"),
                         QStringLiteral("https://cli.example.com")));

    const AppConfig &c = loader.config();
    QVERIFY(loader.problems().isEmpty());
    QCOMPARE(c.serverUrl, QUrl(QStringLiteral("https://cli.example.com")));
    QCOMPARE(c.clientId, QStringLiteral("env-id"));
    QCOMPARE(c.clientSecret, QStringLiteral("built-in-secret"));
    QCOMPARE(c.phoneRegion, QStringLiteral("TW"));
    QCOMPARE(int(c.usernameFormat), int(PhoneNumber::UsernameFormat::E164));
    QCOMPARE(c.scope, QStringLiteral("profile"));
}

// A company presets "Keep me signed in" off for shared computers and locks it: the person's own
// file, their choice in the window, the environment and the command line cannot turn it on.
void TestAppConfig::aSystemFileLocksKeysAgainstEveryLaterLayer()
{
    QTemporaryDir dir;
    const QString system = writeFile(dir, QStringLiteral("system.conf"),
                                     "keep_signed_in = false\n"
                                     "locked = keep_signed_in, scope\n"
                                     "scope = profile\n"); // set after the lock line: still counts
    const QString user =
        writeFile(dir, QStringLiteral("user.conf"), "keep_signed_in = true\nclient_id = user-id\n");
    QProcessEnvironment environment;
    environment.insert(QStringLiteral("DESKLOGIN_KEEP_SIGNED_IN"), QStringLiteral("true"));

    AppConfigLoader loader(defaults());
    loader.applyFile(system, false, AppConfigLoader::FileLayer::System);
    loader.applyFile(user);
    loader.applyPreference(SettingId::KeepSignedIn, QStringLiteral("true"));
    loader.applyEnvironment(environment);
    QVERIFY(!loader.apply(QStringLiteral("command line"), QStringLiteral("scope"),
                          QStringLiteral("admin")));

    const AppConfig &c = loader.config();
    QCOMPARE(c.keepSignedIn, false);
    QCOMPARE(c.scope, QStringLiteral("profile"));
    QCOMPARE(c.clientId, QStringLiteral("user-id")); // what is not locked still layers
    QVERIFY(c.isLocked(SettingId::KeepSignedIn));
    QVERIFY(!c.isLocked(SettingId::ClientId));
    // Told for the file, the environment and the command line; a preference saved before the
    // lock came is passed over without a word.
    QStringList said;
    for (const auto &problem : loader.problems()) {
        QCOMPARE(int(problem.kind), int(ConfigProblem::Kind::Locked));
        said.append(toString(problem));
    }
    QCOMPARE(said,
             QStringList({user
                              + QStringLiteral(":1: \"keep_signed_in\" is locked by the "
                                               "system-wide settings; ignored"),
                          QStringLiteral("environment: \"DESKLOGIN_KEEP_SIGNED_IN\" is locked by "
                                         "the system-wide settings; ignored"),
                          QStringLiteral("command line: \"scope\" is locked by the system-wide "
                                         "settings; ignored")}));
}

void TestAppConfig::onlyASystemFileMayLock()
{
    QTemporaryDir dir;
    const QString user = writeFile(dir, QStringLiteral("user.conf"), "locked = server\n");
    const QString system =
        writeFile(dir, QStringLiteral("system.conf"), "locked = no_such_key, server\n");
    AppConfigLoader loader(defaults());
    loader.applyFile(user);
    QVERIFY(loader.config().lockedKeys.isEmpty());
    QCOMPARE(loader.problems().size(), 1);
    QCOMPARE(toString(loader.problems().first()),
             user + QStringLiteral(":1: \"locked\" is read only from a system-wide settings file"));
    loader.applyFile(system, false, AppConfigLoader::FileLayer::System);
    QCOMPARE(loader.config().lockedKeys, QStringList {QStringLiteral("server")});
    QCOMPARE(int(loader.problems().last().kind), int(ConfigProblem::Kind::UnknownKey));
    QCOMPARE(loader.problems().last().key, QStringLiteral("no_such_key"));
}

void TestAppConfig::aSystemPolicyIsReadLikeASystemFile()
{
    // On Windows, what the MSI wrote under HKLM\Software\Policies (main.cpp reads the values).
    const QString source = QStringLiteral("HKEY_LOCAL_MACHINE\\Software\\Policies\\Org\\App");
    QTemporaryDir dir;
    const QString user = writeFile(dir, QStringLiteral("user.conf"),
                                   "server = https://user.example\nclient_id = user-id\n");
    AppConfigLoader loader(defaults());
    loader.applySystemPolicy(
        source,
        {{QStringLiteral("server"), QStringLiteral("https://policy.example"), 0},
         {QStringLiteral("client_id"), QStringLiteral("7"), 0},
         {QStringLiteral("locked"), QStringLiteral("server"), 0},
         {QStringLiteral("request_timeout"), QStringLiteral("soon"), 0}});
    loader.applyFile(user);
    const AppConfig &c = loader.config();
    QCOMPARE(c.serverUrl, QUrl(QStringLiteral("https://policy.example")));
    QCOMPARE(c.clientId, QStringLiteral("user-id")); // not locked: the person's file wins
    QVERIFY(c.isLocked(SettingId::Server));
    QCOMPARE(loader.problems().size(), 2);
    QCOMPARE(int(loader.problems().at(0).kind), int(ConfigProblem::Kind::InvalidValue));
    QCOMPARE(loader.problems().at(0).source, source);
    QCOMPARE(loader.problems().at(0).key, QStringLiteral("request_timeout"));
    QCOMPARE(int(loader.problems().at(1).kind), int(ConfigProblem::Kind::Locked));
}

void TestAppConfig::badValuesAreReportedWithSourceAndKeyAndIgnored_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("value");

    QTest::newRow("server not a URL") << QStringLiteral("server") << QStringLiteral("not a url");
    QTest::newRow("server ftp") << QStringLiteral("server")
                                << QStringLiteral("ftp://x.example.com");
    QTest::newRow("server with credentials")
        << QStringLiteral("server") << QStringLiteral("https://u:p@x.example.com");
    QTest::newRow("empty client id") << QStringLiteral("client_id") << QStringLiteral(" ");
    QTest::newRow("unknown region") << QStringLiteral("phone_region") << QStringLiteral("XX");
    QTest::newRow("unknown username format")
        << QStringLiteral("username_format") << QStringLiteral("digits");
    QTest::newRow("negative timeout") << QStringLiteral("idle_timeout") << QStringLiteral("-5");
    QTest::newRow("timeout too long") << QStringLiteral("request_timeout") << QStringLiteral("2h");
    QTest::newRow("warning not a duration")
        << QStringLiteral("expiry_warnings") << QStringLiteral("1d,soon");
    QTest::newRow("bool") << QStringLiteral("allow_insecure_http") << QStringLiteral("maybe");
    QTest::newRow("profile endpoint not http")
        << QStringLiteral("profile_endpoint") << QStringLiteral("ftp://x.example.com/me");
    QTest::newRow("region name without a name")
        << QStringLiteral("region_names") << QStringLiteral("HK");
    QTest::newRow("region name of no region")
        << QStringLiteral("region_names") << QStringLiteral("XX=Nowhere");
    QTest::newRow("region name in a language the app does not speak")
        << QStringLiteral("region_names") << QStringLiteral("TW/fr=Taïwan");
    QTest::newRow("region name empty") << QStringLiteral("region_names") << QStringLiteral("TW= ");
    QTest::newRow("region name with a control character")
        << QStringLiteral("region_names") << QStringLiteral("TW=Tai\u200Ewan");
    QTest::newRow("company page over http")
        << QStringLiteral("forgot_password_url") << QStringLiteral("http://id.example.com/reset");
    QTest::newRow("company page with credentials")
        << QStringLiteral("privacy_url") << QStringLiteral("https://u:p@example.com/privacy");
    QTest::newRow("company page not an address")
        << QStringLiteral("terms_url") << QStringLiteral("our terms");
    QTest::newRow("support contact with a control character")
        << QStringLiteral("support_contact") << QStringLiteral("IT desk\u202E4321");
    QTest::newRow("consent version empty")
        << QStringLiteral("consent_version") << QStringLiteral(" ");
    QTest::newRow("unknown key") << QStringLiteral("colour") << QStringLiteral("blue");
}

void TestAppConfig::badValuesAreReportedWithSourceAndKeyAndIgnored()
{
    QFETCH(QString, key);
    QFETCH(QString, value);
    QTemporaryDir dir;
    const QString path = writeFile(dir, QStringLiteral("bad.conf"),
                                   "# first line\n" + key.toUtf8() + " = " + value.toUtf8() + "\n");
    AppConfigLoader loader(defaults());
    loader.applyFile(path);
    QCOMPARE(loader.problems().size(), 1);
    const ConfigProblem &problem = loader.problems().first();
    QCOMPARE(problem.source, path);
    QCOMPARE(problem.key, key);
    QCOMPARE(problem.line, 2);
    QVERIFY(toString(problem).contains(path + QStringLiteral(":2")));
    QVERIFY(toString(problem).contains(key));
    // It says what a valid value looks like (from the settings table), and never repeats the
    // value given (it may be a secret).
    if (const Setting *setting = Settings::find(key))
        QVERIFY2(toString(problem).endsWith(QLatin1String(": expected ")
                                            + QString::fromUtf8(setting->expected)),
                 qPrintable(toString(problem)));
    const QString afterKey = toString(problem).mid(toString(problem).indexOf(key));
    if (!value.trimmed().isEmpty())
        QVERIFY2(!afterKey.contains(value.trimmed()), qPrintable(toString(problem)));
    // The earlier layer's value stays.
    QCOMPARE(loader.config().serverUrl, defaults().serverUrl);
    QCOMPARE(loader.config().clientId, defaults().clientId);
    QCOMPARE(loader.config().phoneRegion, QStringLiteral("CN"));

    QProcessEnvironment environment;
    environment.insert(AppConfigLoader::environmentName(key), value);
    AppConfigLoader fromEnvironment(defaults());
    fromEnvironment.applyEnvironment(environment);
    if (AppConfigLoader::keys().contains(key)) {
        QCOMPARE(fromEnvironment.problems().size(), 1);
        QCOMPARE(fromEnvironment.problems().first().source, QStringLiteral("environment"));
        QCOMPARE(fromEnvironment.problems().first().key, AppConfigLoader::environmentName(key));
    }
}

void TestAppConfig::problemsNeverRepeatTheValue()
{
    AppConfigLoader loader(defaults());
    loader.apply(QStringLiteral("command line"), QStringLiteral("server"),
                 QStringLiteral("s3cr3t-looking-value"));
    QCOMPARE(loader.problems().size(), 1);
    QVERIFY(!toString(loader.problems().first()).contains(QStringLiteral("s3cr3t")));
}

void TestAppConfig::readsDurationsAndWarnings()
{
    AppConfigLoader loader(defaults());
    QVERIFY(
        loader.apply(QStringLiteral("test"), QStringLiteral("idle_timeout"), QStringLiteral("20")));
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("request_timeout"),
                         QStringLiteral("2m")));
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("expiry_warnings"),
                         QStringLiteral("5m, 1d,1h,1d")));
    QCOMPARE(loader.config().idleTimeout, seconds(20));
    QCOMPARE(loader.config().requestTimeout, seconds(120));
    QCOMPARE(loader.config().expiryWarnings, (QList<seconds> {hours(24), hours(1), minutes(5)}));
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("expiry_warnings"), QString()));
    QVERIFY(loader.config().expiryWarnings.isEmpty());
}

void TestAppConfig::buildsUrlsOnTheServer()
{
    AppConfig config;
    config.serverUrl = QUrl(QStringLiteral("https://api.example.com"));
    QCOMPARE(config.tokenUrl(), QUrl(QStringLiteral("https://api.example.com/oauth/token")));
    QVERIFY(config.profileUrl().isEmpty());
    config.profileEndpoint = QStringLiteral("/api/user");
    QCOMPARE(config.profileUrl(), QUrl(QStringLiteral("https://api.example.com/api/user")));
    config.serverUrl = QUrl(QStringLiteral("https://example.com/backend/"));
    QCOMPARE(config.tokenUrl(), QUrl(QStringLiteral("https://example.com/backend/oauth/token")));
    config.profileEndpoint = QStringLiteral("https://example.com/me");
    QCOMPARE(config.profileUrl(), QUrl(QStringLiteral("https://example.com/me")));
}

void TestAppConfig::theCompanysPagesTakeTheLanguage()
{
    AppConfigLoader loader;
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("forgot_password_url"),
                         QStringLiteral(" https://id.example.com/{lang}/reset?from=desk ")));
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("support_contact"),
                         QStringLiteral("IT  service desk,\t ext. 1234\n")));
    const AppConfig &c = loader.config();
    QCOMPARE(AppConfig::link(c.forgotPasswordUrl, QStringLiteral("zh-TW")),
             QUrl(QStringLiteral("https://id.example.com/zh-TW/reset?from=desk")));
    QCOMPARE(c.supportContact, QStringLiteral("IT service desk, ext. 1234"));
    QVERIFY(AppConfig::link(c.signUpUrl, QStringLiteral("en")).isEmpty()); // not set
    // An empty value takes an earlier layer's page away.
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("forgot_password_url"), {}));
    QVERIFY(loader.config().forgotPasswordUrl.isEmpty());
}

// The token goes only to the server that issued it: a profile address elsewhere is a
// conflict, reported, and left out.
void TestAppConfig::aProfileAddressOnAnotherServerIsAConflict()
{
    AppConfigLoader loader;
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("server"),
                         QStringLiteral("https://login.example.com")));
    QVERIFY(loader.apply(QStringLiteral("test"), QStringLiteral("profile_endpoint"),
                         QStringLiteral("https://other.example.com/me")));
    loader.finish();
    QCOMPARE(loader.config().profileEndpoint, QString());
    QCOMPARE(loader.problems().size(), 1);
    QCOMPARE(loader.problems().first().key, QStringLiteral("profile_endpoint"));
}

void TestAppConfig::severalRegionsNeedE164Usernames()
{
    // One region is the default: the seed's backend, which expects national numbers, sees
    // no change.
    QCOMPARE(AppConfig().acceptedRegions(), QStringList {QStringLiteral("CN")});

    AppConfigLoader national;
    QVERIFY(national.apply(QStringLiteral("test"), QStringLiteral("phone_regions"),
                           QStringLiteral("cn, HK,MO , TW, HK")));
    QCOMPARE(national.config().phoneRegions,
             (QStringList {QStringLiteral("CN"), QStringLiteral("HK"), QStringLiteral("MO"),
                           QStringLiteral("TW")}));
    national.finish();
    QCOMPARE(national.problems().size(), 1);
    const QString said = toString(national.problems().constFirst());
    QVERIFY2(said.contains(QStringLiteral("phone_regions"))
                 && said.contains(QStringLiteral("username_format = e164")),
             qPrintable(said));
    QCOMPARE(national.config().acceptedRegions(), QStringList {QStringLiteral("CN")});

    AppConfigLoader e164;
    e164.apply(QStringLiteral("test"), QStringLiteral("phone_regions"), QStringLiteral("HK, TW"));
    e164.apply(QStringLiteral("test"), QStringLiteral("username_format"), QStringLiteral("e164"));
    e164.finish();
    QVERIFY(e164.problems().isEmpty());
    QCOMPARE(e164.config().acceptedRegions(),
             (QStringList {QStringLiteral("HK"), QStringLiteral("TW")}));

    // A region named as the default must be one of those accepted.
    AppConfigLoader outside;
    outside.apply(QStringLiteral("test"), QStringLiteral("phone_regions"),
                  QStringLiteral("HK, TW"));
    outside.apply(QStringLiteral("test"), QStringLiteral("username_format"),
                  QStringLiteral("e164"));
    outside.apply(QStringLiteral("test"), QStringLiteral("phone_region"), QStringLiteral("JP"));
    outside.finish();
    QCOMPARE(outside.problems().size(), 1);
    QCOMPARE(outside.problems().constFirst().key, QStringLiteral("phone_region"));
    QCOMPARE(outside.config().phoneRegion, QStringLiteral("HK"));

    // Not a region at all: refused like any bad value.
    AppConfigLoader bad;
    QVERIFY(!bad.apply(QStringLiteral("test"), QStringLiteral("phone_regions"),
                       QStringLiteral("CN, Narnia")));
    QVERIFY(
        !bad.apply(QStringLiteral("test"), QStringLiteral("phone_regions"), QStringLiteral(" , ")));
}

void TestAppConfig::missingOptionalFileIsFineButRequiredOneIsNot()
{
    AppConfigLoader loader(defaults());
    loader.applyFile(QStringLiteral("/nonexistent/desklogin.conf"));
    QVERIFY(loader.problems().isEmpty());
    loader.applyFile(QStringLiteral("/nonexistent/desklogin.conf"), true);
    QCOMPARE(loader.problems().size(), 1);
    QCOMPARE(int(loader.problems().first().kind), int(ConfigProblem::Kind::FileUnreadable));
}

#ifdef Q_OS_LINUX
void TestAppConfig::theStartAtLoginIsRegisteredByAnAutostartEntry()
{
    // The packages install /etc/xdg/autostart/<id>.desktop; XDG_CONFIG_DIRS stands in for /etc/xdg.
    QTemporaryDir system;
    QTemporaryDir user;
    QVERIFY(system.isValid() && user.isValid());
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(system.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(user.path()));
    const QString id = QStringLiteral("com.example.LoginStartTest");
    QVERIFY(!LoginStart::isRegistered(id, QStringLiteral("Test")));
    QVERIFY(QDir(system.path()).mkpath(QStringLiteral("autostart")));
    QFile entry(system.filePath(QStringLiteral("autostart/") + id + QStringLiteral(".desktop")));
    QVERIFY(entry.open(QIODevice::WriteOnly));
    entry.close();
    QVERIFY(LoginStart::isRegistered(id, QStringLiteral("Test")));
    QVERIFY(!LoginStart::isRegistered(QStringLiteral("com.example.Other"), QStringLiteral("Test")));
}

void TestAppConfig::whatEtcXdgLocksStandsWhateverXdgConfigDirsSays()
{
    // An administrator's file in /etc/xdg sets and locks the server; the person points
    // XDG_CONFIG_DIRS at a folder of their own that sets and locks another, and sets a third in
    // the environment. (The test's own names,
    // so that nothing of a real installation is touched.)
    const QString organization = QStringLiteral("DeskLoginTest");
    const QString app = QStringLiteral("locks-%1").arg(QCoreApplication::applicationPid());
    const QString before[] = {QCoreApplication::organizationName(),
                              QCoreApplication::applicationName()};
    QCoreApplication::setOrganizationName(organization);
    QCoreApplication::setApplicationName(app);
    const QString etc = QStringLiteral("/etc/xdg/") + organization;
    const auto restore = qScopeGuard([&] {
        QCoreApplication::setOrganizationName(before[0]);
        QCoreApplication::setApplicationName(before[1]);
        QDir(etc).removeRecursively();
        qunsetenv("XDG_CONFIG_DIRS");
        qunsetenv("XDG_CONFIG_HOME");
    });
    if (!QDir().mkpath(etc + QLatin1Char('/') + app))
        QSKIP("/etc/xdg cannot be written here (it needs root; CI runs this)");
    QFile admin(etc + QLatin1Char('/') + app + QStringLiteral("/desklogin.conf"));
    QVERIFY(admin.open(QIODevice::WriteOnly));
    admin.write("server = https://admin.example.com\nlocked = server\n");
    admin.close();

    QTemporaryDir elsewhere;
    QTemporaryDir home;
    QVERIFY(QDir(elsewhere.path()).mkpath(organization + QLatin1Char('/') + app));
    writeFile(elsewhere, organization + QLatin1Char('/') + app + QStringLiteral("/desklogin.conf"),
              "server = https://elsewhere.example.com\nlocked = server\n");
    qputenv("XDG_CONFIG_DIRS", QFile::encodeName(elsewhere.path()));
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.path()));
    ConfigLayers::Sources sources;
    sources.environment.insert(QStringLiteral("DESKLOGIN_SERVER"),
                               QStringLiteral("https://environment.example.com"));
    const ConfigLayers::Result result = ConfigLayers::read(sources, defaults());
    QCOMPARE(result.config.serverUrl, QUrl(QStringLiteral("https://admin.example.com")));
    QCOMPARE(result.config.lockedKeys, QStringList {QStringLiteral("server")});
    // The person's folder may set values, not lock them: its `locked` is reported and ignored.
    QVERIFY(std::any_of(
        result.problems.cbegin(), result.problems.cend(), [](const ConfigProblem &problem) {
            return toString(problem).contains(
                QStringLiteral("\"locked\" is read only from a system-wide settings file"));
        }));
}
#endif

DESKLOGIN_TEST_GUILESS_MAIN(TestAppConfig)
#include "tst_appconfig.moc"
