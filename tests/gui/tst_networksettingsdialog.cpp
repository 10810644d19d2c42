#include "NetworkSettingsDialog.h"
#include "ProxyFor.h"
#include "TestMain.h"
#include "WindowTest.h"
#include "net/NetworkSettings.h"

#include <QLineEdit>
#include <QNetworkProxy>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

// The network settings dialog (NetworkSettingsDialog), opened from the window's foot: applied at
// once and remembered, or shown and not changed when the administrator locked it.
class TestNetworkSettingsDialog : public WindowTest {
    Q_OBJECT
private slots:
    void networkSettingsApplyAtOnceAndAreRemembered();
    void aLockedProxyIsShownNotChanged();
};

namespace {

// Where the proxy is asked for: not this computer, whose addresses are never proxied.
QUrl serverElsewhere()
{
    return QUrl(QStringLiteral("https://login.example.com/"));
}

} // namespace

void TestNetworkSettingsDialog::networkSettingsApplyAtOnceAndAreRemembered()
{
    auto *button = find<QToolButton>("networkButton");
    QVERIFY(!button->isVisible()); // nothing to show without network settings
    NetworkSettings &settings = m_app->networkSettings; // the graph's: it keeps the choice
    m_window->setNetworkSettings(&settings);
    QVERIFY(button->isVisible());
    QTest::mouseClick(button, Qt::LeftButton);
    NetworkSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NetworkSettingsDialog *>()) && dialog->isVisible());
    const auto dialogFind = [dialog](const char *name) {
        return findWidget<QWidget>(dialog, name);
    };
    QVERIFY(findWidget<QRadioButton>(dialog, "systemProxyRadio")->isChecked());
    QVERIFY(!dialogFind("proxyHostEdit")->isEnabled());
    QWidget *manual = dialogFind("manualProxyRadio");
    QTest::mouseClick(manual, Qt::LeftButton, {}, QPoint(8, manual->height() / 2)); // on its circle
    QVERIFY(dialogFind("proxyHostEdit")->isEnabled());
    QVERIFY(!dialogFind("proxyPasswordEdit")->isEnabled()); // no user, no password
    // A host that is not one is said, and nothing changes.
    QTest::keyClicks(dialogFind("proxyHostEdit"), QStringLiteral("not a host"));
    dialog->accept();
    QVERIFY(dialog->isVisible());
    QVERIFY(dialogFind("proxyProblemLabel")->isVisible());
    QCOMPARE(settings.proxy().mode, ProxySettings::Mode::System);

    findWidget<QLineEdit>(dialog, "proxyHostEdit")->clear();
    QTest::keyClicks(dialogFind("proxyHostEdit"), QStringLiteral("proxy.corp.example"));
    findWidget<QSpinBox>(dialog, "proxyPortSpin")->setValue(8080);
    QTest::keyClicks(dialogFind("proxyUserEdit"), QStringLiteral("alice"));
    QVERIFY(dialogFind("proxyPasswordEdit")->isEnabled());
    QTest::keyClicks(dialogFind("proxyPasswordEdit"), QStringLiteral("pw"));
    QTest::keyClick(dialogFind("proxyPasswordEdit"), Qt::Key_Return);
    QTRY_VERIFY(!m_window->findChild<NetworkSettingsDialog *>());
    // Applied at once, to the network the app's requests use.
    const QNetworkProxy applied = proxyFor(m_network.get(), serverElsewhere());
    QCOMPARE(applied.type(), QNetworkProxy::HttpProxy);
    QCOMPARE(applied.hostName(), QStringLiteral("proxy.corp.example"));
    QCOMPARE(applied.port(), quint16(8080));
    QCOMPARE(applied.user(), QStringLiteral("alice"));
    QCOMPARE(applied.password(), QStringLiteral("pw"));
    // Remembered without the password.
    QCOMPARE(QSettings().value(QStringLiteral("preferences/proxy")).toString(),
             QStringLiteral("http://alice@proxy.corp.example:8080"));
    m_window->setNetworkSettings(nullptr);
}

void TestNetworkSettingsDialog::aLockedProxyIsShownNotChanged()
{
    m_adjustConfig = [](AppConfig &config) {
        config.proxy = *ProxySettings::parse(QStringLiteral("http://proxy.corp.example:3128"));
        config.lockedKeys = {QStringLiteral("proxy")};
    };
    makeWindow(m_demo.url());
    NetworkSettings &settings = m_app->networkSettings;
    settings.start();
    m_window->setNetworkSettings(&settings);
    m_window->showNetworkSettings();
    NetworkSettingsDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<NetworkSettingsDialog *>()));
    for (const char *name : {"systemProxyRadio", "noProxyRadio", "manualProxyRadio",
                             "proxyHostEdit", "proxyPortSpin", "proxyUserEdit"}) {
        auto *widget = dialog->findChild<QWidget *>(QLatin1String(name));
        QVERIFY2(widget && !widget->isEnabled(), name);
    }
    QVERIFY(findWidget<QWidget>(dialog, "proxyLockedLabel")->isVisible());
    dialog->accept();
    QCOMPARE(proxyFor(m_network.get(), serverElsewhere()).hostName(),
             QStringLiteral("proxy.corp.example"));
    QVERIFY(!QSettings().contains(QStringLiteral("preferences/proxy")));
    m_window->setNetworkSettings(nullptr);
}

DESKLOGIN_TEST_MAIN(TestNetworkSettingsDialog)
#include "tst_networksettingsdialog.moc"
