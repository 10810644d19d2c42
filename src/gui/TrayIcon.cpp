#include "TrayIcon.h"

#include "AppMenus.h"
#include "support/Logging.h"
#ifdef DESKLOGIN_DESKTOP_NOTIFICATIONS
#include "DesktopNotifications.h"
#endif

#include <QApplication>
#include <QMenu>

namespace {
// Where there is a tray, or may be one soon: on X11 the icon docks when a tray appears (started
// with the computer, the app may be up before the desktop's panel). Not on a platform without
// any (offscreen, for tests).
bool mayHaveTray()
{
    return QSystemTrayIcon::isSystemTrayAvailable()
        || QGuiApplication::platformName() == QLatin1String("xcb");
}
} // namespace

TrayIcon::TrayIcon(AppMenus *menus, QWidget *window) : QObject(window)
{
#ifdef DESKLOGIN_DESKTOP_NOTIFICATIONS
    if (QGuiApplication::platformName() != QLatin1String("offscreen")) {
        m_desktop = new DesktopNotifications(this);
        connect(m_desktop, &DesktopNotifications::clicked, this, &TrayIcon::onClicked);
    }
#endif
    if (!mayHaveTray())
        return;
    m_icon = new QSystemTrayIcon(QApplication::windowIcon(), this);
    auto *menu = new QMenu(window);
    menu->setObjectName(QStringLiteral("trayMenu"));
    menu->addAction(menus->showAction);
    menu->addSeparator();
    menu->addAction(menus->renewAction);
    menu->addAction(menus->signOutAction);
    menu->addSeparator();
    menu->addAction(menus->startAtLoginAction);
    menu->addSeparator();
    menu->addAction(menus->quitAction);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](auto reason) {
        if (reason == QSystemTrayIcon::Trigger || reason == QSystemTrayIcon::DoubleClick)
            emit activated();
    });
    connect(m_icon, &QSystemTrayIcon::messageClicked, this, &TrayIcon::onClicked);
    m_icon->show();
}

void TrayIcon::onClicked()
{
    if (m_lastClick == Click::Renew)
        emit renewRequested();
    else
        emit activated();
}

void TrayIcon::notify(const QString &text, QSystemTrayIcon::MessageIcon icon, Click click)
{
    m_lastClick = click;
    const QString title = QApplication::applicationDisplayName();
    // A balloon needs an icon in a tray to point at: without one (no tray yet, or none at all)
    // it would pop up in a corner of the screen, so the window itself says it instead.
    const auto inTray = [this, title, text, icon] {
        if (m_icon && QSystemTrayIcon::isSystemTrayAvailable()) {
            m_icon->showMessage(title, text, icon);
            qCInfo(lcApp) << "notification: in the notification area";
        }
    };
#ifdef DESKLOGIN_DESKTOP_NOTIFICATIONS
    if (m_desktop) {
        qCInfo(lcApp) << "notification: to the desktop's notification service";
        m_desktop->show(title, text,
                        icon == QSystemTrayIcon::Warning ? DesktopNotifications::Urgency::Critical
                                                         : DesktopNotifications::Urgency::Normal,
                        inTray);
        return;
    }
#endif
    inTray();
}

void TrayIcon::setStatus(const QString &status)
{
    if (m_icon)
        m_icon->setToolTip(status);
}
