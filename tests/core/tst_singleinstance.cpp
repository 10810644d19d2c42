#include "TestMain.h"
#include "support/SingleInstance.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QUuid>

#include <memory>

#ifndef Q_OS_WIN
#include <unistd.h>
#endif

// One copy of the app per user and session (SingleInstance), under a name no other user can
// hold; run on Linux and, under Wine, on Windows.
class TestSingleInstance : public QObject {
    Q_OBJECT
private slots:
    void aSecondLaunchActivatesTheFirst();
    void takesOverANameLeftByACrash();
    void theNameIsOneOnlyThisUserCanHold();
    void aNameThatCannotBeClaimedIsLoggedAndTheAppStartsAnyway();
};

namespace {
QString uniqueId()
{
    return QStringLiteral("org.desklogin.test.") + QUuid::createUuid().toString(QUuid::Id128);
}
} // namespace

void TestSingleInstance::aSecondLaunchActivatesTheFirst()
{
    const QString id = uniqueId();
    SingleInstance first(id);
    QVERIFY(first.claim());
    QVERIFY(first.isClaimed());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    // The second copy on a thread of its own, as in a process of its own: it waits for the
    // first to have read its message while the first's event loop runs.
    bool secondWentOn = true;
    std::unique_ptr<QThread> second(QThread::create([&id, &secondWentOn] {
        SingleInstance instance(id);
        secondWentOn = instance.claim();
    }));
    second->start();
    QVERIFY(activated.wait(5000));
    QVERIFY(second->wait(5000));
    QVERIFY(!secondWentOn);
    QCOMPARE(activated.size(), 1);
}

void TestSingleInstance::takesOverANameLeftByACrash()
{
    const QString id = uniqueId();
    {
        SingleInstance gone(id); // a copy that has quit
        QVERIFY(gone.claim());
    }
#ifndef Q_OS_WIN
    // What a killed copy leaves behind on Linux: a socket file nobody listens on. (A Windows
    // pipe goes with the process that held it.)
    QFile stale(SingleInstance::nameFor(id));
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
#endif
    SingleInstance next(id);
    QVERIFY(next.claim());
    QVERIFY(next.isClaimed());
}

void TestSingleInstance::theNameIsOneOnlyThisUserCanHold()
{
#ifdef Q_OS_WIN
    // Pipe names are machine-wide: the name carries the session and the user's SID.
    const QString name = SingleInstance::nameFor(QStringLiteral("org.example.App"));
    QVERIFY2(
        name.contains(QRegularExpression(QStringLiteral("^org\\.example\\.App-\\d+-S-1-\\d+-"))),
        qPrintable(name));
#else
    // Without XDG_RUNTIME_DIR Qt stands in a folder in /tmp named after the user; another user
    // who created that folder first must not get the name, nor be able to hold it.
    if (geteuid() != 0)
        QSKIP("needs root, to make a folder another user owns (CI runs it)");
    QTemporaryDir tmp;
    const QString squatted = tmp.path() + QStringLiteral("/runtime-root");
    QVERIFY(QDir().mkpath(squatted));
    QVERIFY(::chown(QFile::encodeName(squatted).constData(), 65534, 65534) == 0); // nobody
    QFile::setPermissions(squatted, QFile::Permissions(0x7777));
    const QByteArray runtime = qgetenv("XDG_RUNTIME_DIR");
    const QByteArray tmpdir = qgetenv("TMPDIR");
    qunsetenv("XDG_RUNTIME_DIR");
    qputenv("TMPDIR", QFile::encodeName(tmp.path()));
    const QString name = SingleInstance::nameFor(QStringLiteral("org.example.App"));
    SingleInstance instance(uniqueId());
    const bool claimed = instance.claim() && instance.isClaimed();
    qputenv("XDG_RUNTIME_DIR", runtime);
    qputenv("TMPDIR", tmpdir);
    QVERIFY2(!name.startsWith(tmp.path()) && name.startsWith(QLatin1Char('/')), qPrintable(name));
    const QFileInfo folder(QFileInfo(name).absolutePath());
    QVERIFY(folder.isDir());
    QCOMPARE(folder.ownerId(), uint(geteuid()));
    QCOMPARE(folder.permissions() & QFile::Permissions(0x0077), QFile::Permissions());
    QVERIFY(claimed); // and it works there
#endif
}

void TestSingleInstance::aNameThatCannotBeClaimedIsLoggedAndTheAppStartsAnyway()
{
    // A name longer than any socket path or pipe name can be.
    SingleInstance instance(uniqueId() + QString(300, QLatin1Char('x')));
    QTest::ignoreMessage(
        QtWarningMsg,
        QRegularExpression(QStringLiteral("^the single-instance name cannot be "
                                          "claimed \\(.+\\); starting without it$")));
    QVERIFY(instance.claim()); // goes on
    QVERIFY(!instance.isClaimed());
}

DESKLOGIN_TEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
