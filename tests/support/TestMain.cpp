#include "TestMain.h"

#include "phone/PhoneNumber.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QStringList>
#include <QTemporaryFile>
#include <QThread>

#include <cstdio>

namespace {

// QTest's own arguments, with a second log in QTest's plain text added to `totalsPath`: the
// totals are read from it afterwards. The output that was asked for is kept as it was. (QTest
// takes "-o name,format" loggers, or else one logger from "-o name" and a format option; once a
// logger of the first kind is given, the others are ignored, so they are turned into one.)
QStringList withTotalsLog(int argc, char **argv, const QString &totalsPath)
{
    static const QStringList formats {QStringLiteral("txt"),      QStringLiteral("csv"),
                                      QStringLiteral("xml"),      QStringLiteral("lightxml"),
                                      QStringLiteral("junitxml"), QStringLiteral("teamcity"),
                                      QStringLiteral("tap")};
    QStringList arguments {QString::fromLocal8Bit(argv[0])};
    QStringList loggers;
    QString file = QStringLiteral("-");
    QString format = QStringLiteral("txt");
    for (int i = 1; i < argc; ++i) {
        const QString argument = QString::fromLocal8Bit(argv[i]);
        if (argument == QLatin1String("-o") && i + 1 < argc) {
            const QString value = QString::fromLocal8Bit(argv[++i]);
            if (value.contains(QLatin1Char(',')))
                loggers << QStringLiteral("-o") << value;
            else
                file = value;
        } else if (argument.startsWith(QLatin1Char('-')) && formats.contains(argument.mid(1))) {
            format = argument.mid(1);
        } else {
            arguments << argument;
        }
    }
    if (loggers.isEmpty())
        loggers << QStringLiteral("-o") << file + QLatin1Char(',') + format;
    return arguments + loggers
        + QStringList {QStringLiteral("-o"), totalsPath + QStringLiteral(",txt")};
}

} // namespace

void TestMain::prepare()
{
    PhoneNumber::setModulePath(qEnvironmentVariable("DESKLOGIN_PHONENUMBER_MODULE"));
}

int TestMain::exec(QObject *test, int argc, char **argv)
{
    QTemporaryFile totals(QDir::tempPath() + QStringLiteral("/desklogin-test-XXXXXX.txt"));
    if (!totals.open() || totals.fileName().contains(QLatin1Char(','))) {
        std::fprintf(stderr, "TestMain: no file for the totals in %s\n",
                     qPrintable(QDir::tempPath()));
        return 1;
    }
    totals.close(); // QTest writes it
    const int failures = QTest::qExec(test, withTotalsLog(argc, argv, totals.fileName()));
    if (failures != 0)
        return failures;

    // "Totals: 3 passed, 0 failed, 1 skipped, 0 blacklisted, 12ms"
    static const QRegularExpression line(
        QStringLiteral("^Totals: \\d+ passed, (\\d+) failed, (\\d+) skipped"),
        QRegularExpression::MultilineOption);
    QFile log(totals.fileName());
    const QRegularExpressionMatch match = log.open(QIODevice::ReadOnly)
        ? line.match(QString::fromUtf8(log.readAll()))
        : QRegularExpressionMatch();
    if (!match.hasMatch()) {
        // Then whether anything was skipped is not known: not a pass.
        std::fprintf(stderr, "TestMain: no totals in %s\n", qPrintable(totals.fileName()));
        return 1;
    }
    if (match.captured(1).toInt() != 0)
        return 1;
    return match.captured(2).toInt() != 0 ? SkippedExitCode : 0;
}

void TestMain::awaitEndedThreads()
{
#ifdef Q_OS_LINUX
    // A QThread's system thread is named after its object (QThread by default; Linux keeps the
    // first 15 bytes; ThreadedSessionStore names its own). By now their owners are gone, so each
    // one left is on its way out.
    static const QStringList names {QStringLiteral("QThread"), QStringLiteral("QNetworkAccessM"),
                                    QStringLiteral("session store")};
    const auto anyLeft = [] {
        const QDir tasks(QStringLiteral("/proc/self/task"));
        for (const QString &task : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
            QFile comm(tasks.filePath(task + QStringLiteral("/comm")));
            if (comm.open(QIODevice::ReadOnly)
                && names.contains(QString::fromUtf8(comm.readAll().trimmed())))
                return true;
        }
        return false;
    };
    const QDeadlineTimer deadline(2000);
    while (anyLeft() && !deadline.hasExpired())
        QThread::msleep(1);
#endif
}
