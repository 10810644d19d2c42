#include "TestMain.h"
#include "config/AppConfig.h"
#include "config/Setting.h"

#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// The settings table against every place that lists settings: the config file, the
// environment, the README. (tst_commandline checks the command line and --help; tst_appconfig
// what a bad value is told.)
class TestSettings : public QObject {
    Q_OBJECT
private slots:
    void everySettingIsReadFromAFile_data() { settingRows(); }
    void everySettingIsReadFromAFile();
    void everySettingIsReadFromTheEnvironment_data() { settingRows(); }
    void everySettingIsReadFromTheEnvironment();
    void theStatedDefaultsAreTheDefaults();
    void secretsAreNeverShown();
    void theReadmeTableIsTheDeclaration();

private:
    static void settingRows();
};

void TestSettings::settingRows()
{
    QTest::addColumn<QString>("key");
    for (const Setting &setting : Settings::all())
        QTest::newRow(setting.key) << QString::fromLatin1(setting.key);
}

void TestSettings::everySettingIsReadFromAFile()
{
    QFETCH(QString, key);
    const Setting *setting = Settings::find(key);
    QVERIFY(setting);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desklogin.conf"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(key.toUtf8() + " = " + QByteArray(setting->example) + '\n');
    file.close();
    AppConfigLoader loader;
    loader.applyFile(path, true);
    QCOMPARE(loader.problems().size(), 0);
    QVERIFY2(setting->show(loader.config()) != setting->show(AppConfig {}),
             "the example must change the value");
    if (!setting->isSecret)
        QCOMPARE(setting->show(loader.config()), QString::fromUtf8(setting->example));
}

void TestSettings::everySettingIsReadFromTheEnvironment()
{
    QFETCH(QString, key);
    const Setting *setting = Settings::find(key);
    QProcessEnvironment environment;
    environment.insert(setting->environmentName(), QString::fromUtf8(setting->example));
    QCOMPARE(setting->environmentName(), AppConfigLoader::environmentName(key));
    AppConfigLoader loader;
    loader.applyEnvironment(environment);
    QCOMPARE(loader.problems().size(), 0);
    QVERIFY(setting->show(loader.config()) != setting->show(AppConfig {}));
}

void TestSettings::theStatedDefaultsAreTheDefaults()
{
    // A default written as `literal` (or "empty") is AppConfig's own; the others are set at
    // build time by the branding (the demo server and client).
    const AppConfig defaults;
    int checked = 0;
    for (const Setting &setting : Settings::all()) {
        const QString stated = QString::fromUtf8(setting.defaultText);
        if (stated == QLatin1String("empty")) {
            QCOMPARE(setting.show(defaults), QString());
        } else if (stated.startsWith(QLatin1Char('`')) && stated.endsWith(QLatin1Char('`'))) {
            QCOMPARE(setting.show(defaults), stated.mid(1, stated.size() - 2));
        } else {
            continue;
        }
        ++checked;
    }
    QVERIFY(checked >= 8);
}

void TestSettings::secretsAreNeverShown()
{
    AppConfigLoader loader;
    for (const Setting &setting : Settings::all()) {
        if (setting.isSecret)
            QVERIFY(loader.apply(QStringLiteral("test"), QString::fromLatin1(setting.key),
                                 QStringLiteral("top-secret-value")));
    }
    for (const Setting &setting : Settings::all())
        QVERIFY(!setting.show(loader.config()).contains(QLatin1String("top-secret-value")));
}

void TestSettings::theReadmeTableIsTheDeclaration()
{
    QFile readme(QStringLiteral(DESKLOGIN_SOURCE_DIR "/README.md"));
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const QString begin = QStringLiteral("<!-- settings table: begin -->\n");
    const QString end = QStringLiteral("<!-- settings table: end -->");
    const auto from = text.indexOf(begin);
    const auto to = text.indexOf(end);
    QVERIFY2(from >= 0 && to > from, "README.md lacks the settings table's markers");
    const QString table = text.mid(from + begin.size(), to - from - begin.size());
    if (table == Settings::markdownTable())
        return;
    // QTest cuts long messages short: the whole table goes to a file beside the build.
    QFile expected(QStringLiteral("settings-table.md"));
    QVERIFY(expected.open(QIODevice::WriteOnly | QIODevice::Truncate));
    expected.write(Settings::markdownTable().toUtf8());
    QFAIL(qPrintable(QStringLiteral("README.md's settings table differs from the declaration in "
                                    "src/core/Settings.cpp; paste %1 between its markers")
                         .arg(QFileInfo(expected).absoluteFilePath())));
}

DESKLOGIN_TEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
