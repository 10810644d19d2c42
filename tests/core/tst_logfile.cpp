#include "TestMain.h"
#include "support/LogFile.h"

#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTest>

Q_LOGGING_CATEGORY(lcTest, "desklogin.test", QtInfoMsg)

// The support log: bounded on disk, phone numbers masked as a second line of defence.
class TestLogFile : public QObject {
    Q_OBJECT
private slots:
    void masksLongRunsOfDigitsButNotDatesOrPorts_data();
    void masksLongRunsOfDigitsButNotDatesOrPorts();
    void staysWithinItsBoundAndKeepsTheNewestLines();

private:
    QTemporaryDir m_folder;
};

void TestLogFile::masksLongRunsOfDigitsButNotDatesOrPorts_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<QString>("written");
    QTest::newRow("national") << "user 13800138000 signed in"
                              << "user 138…00 signed in";
    QTest::newRow("E.164") << "+8613800138000"
                           << "861…00";
    QTest::newRow("as typed") << "138 0013 8000"
                              << "138…00";
    QTest::newRow("Hong Kong, 8 digits") << "5123 4567"
                                         << "512…67";
    QTest::newRow("date") << "ends 2027-11-27T09:18:07Z"
                          << "ends 2027-11-27T09:18:07Z";
    QTest::newRow("port and status") << "http://127.0.0.1:38127 HTTP 200 in 12 ms"
                                     << "http://127.0.0.1:38127 HTTP 200 in 12 ms";
    QTest::newRow("seven digits") << "1234567"
                                  << "1234567";
}

void TestLogFile::masksLongRunsOfDigitsButNotDatesOrPorts()
{
    QFETCH(QString, line);
    QFETCH(QString, written);
    QCOMPARE(LogFile::scrub(line), written);
}

void TestLogFile::staysWithinItsBoundAndKeepsTheNewestLines()
{
    QVERIFY(m_folder.isValid());
    QVERIFY(LogFile::install(m_folder.path()));
    QCOMPARE(QFileInfo(LogFile::path()).dir().absolutePath(), QDir(m_folder.path()).absolutePath());
    // Six times what the files may hold in all.
    const QString filler(200, QLatin1Char('x'));
    const qint64 bound = (LogFile::MaxOldFiles + 1) * LogFile::MaxFileBytes;
    int written = 0;
    // A logging thread never waits for the disk: lines beyond what the writer can take are
    // dropped rather than queued without bound. Let it catch up now and then (a slow disk, or
    // Wine, would otherwise see most lines dropped and the files never fill), and before the
    // line looked for.
    for (qint64 bytes = 0; bytes < 6 * bound; bytes += filler.size() + 60) {
        qCInfo(lcTest).noquote() << "line" << ++written << filler;
        if (written % 1000 == 0)
            LogFile::flush();
    }
    LogFile::flush();
    qCInfo(lcTest).noquote() << "the last line";
    LogFile::flush();

    const QFileInfoList files = QDir(m_folder.path()).entryInfoList(QDir::Files);
    QCOMPARE(files.size(), LogFile::MaxOldFiles + 1);
    qint64 total = 0;
    for (const QFileInfo &file : files) {
        QVERIFY2(file.size() <= LogFile::MaxFileBytes, qPrintable(file.fileName()));
        total += file.size();
    }
    QVERIFY(total <= bound);
    QVERIFY(total > bound / 2); // the old files are kept, not thrown away early
    const QStringList last = LogFile::lastLines(3);
    QCOMPARE(last.size(), 3);
    QVERIFY2(last.last().endsWith(QLatin1String("info desklogin.test: the last line")),
             qPrintable(last.last()));
    QVERIFY(last.at(1).contains(QStringLiteral("line %1 ").arg(written)));
}

DESKLOGIN_TEST_GUILESS_MAIN(TestLogFile)
#include "tst_logfile.moc"
