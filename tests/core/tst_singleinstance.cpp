#include "TestMain.h"
#include "support/SingleInstance.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

class TestSingleInstance : public QObject {
    Q_OBJECT
private slots:
    void aSecondLaunchActivatesTheFirst();
    void takesOverANameLeftByACrash();
};

void TestSingleInstance::aSecondLaunchActivatesTheFirst()
{
    const QString id =
        QStringLiteral("org.desklogin.test.") + QUuid::createUuid().toString(QUuid::Id128);
    SingleInstance first(id);
    QVERIFY(first.claim());
    QSignalSpy activated(&first, &SingleInstance::activationRequested);
    SingleInstance second(id);
    QVERIFY(!second.claim());
    QVERIFY(activated.wait(5000));
    QCOMPARE(activated.size(), 1);
}

void TestSingleInstance::takesOverANameLeftByACrash()
{
    const QString id =
        QStringLiteral("org.desklogin.test.") + QUuid::createUuid().toString(QUuid::Id128);
    SingleInstance probe(id);
    const QString name = probe.serverName();
    if (!name.startsWith(QLatin1Char('/')))
        QSKIP("names are not files on this platform");
    QFile stale(name); // what a killed instance leaves behind: a socket file nobody listens on
    QVERIFY(stale.open(QIODevice::WriteOnly));
    stale.close();
    SingleInstance next(id);
    QVERIFY(next.claim());
}

DESKLOGIN_TEST_GUILESS_MAIN(TestSingleInstance)
#include "tst_singleinstance.moc"
