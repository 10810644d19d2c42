// Test helper for tst_testmain: a test program on TestMain whose functions pass, skip or fail as
// the environment variable DESKLOGIN_PROBE asks ("pass", "skip", "fail" or "fail-and-skip").
#include "TestMain.h"

#include <QTest>

class Probe : public QObject {
    Q_OBJECT
private slots:
    void passes() { QVERIFY(true); }
    void skipsWhenAsked()
    {
        if (qEnvironmentVariable("DESKLOGIN_PROBE").contains(QLatin1String("skip")))
            QSKIP("asked to");
    }
    void failsWhenAsked()
    {
        if (qEnvironmentVariable("DESKLOGIN_PROBE").contains(QLatin1String("fail")))
            QFAIL("asked to");
    }
};

DESKLOGIN_TEST_GUILESS_MAIN(Probe)
#include "testmain_probe.moc"
