#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class AppMenus;
class DesktopNotifications;

// The app's icon in the system tray, where the desktop has one (the Windows notification area,
// an XEmbed tray or a StatusNotifierItem host on Linux, the macOS menu bar). Its menu opens the
// window, signs in again or out while signed in, switches the start with the computer and
// quits; a click opens the window. It carries the notifications about the session (on Linux
// through the desktop's notification service, tray or not; elsewhere, or without that service,
// as the tray icon's own message) and says what a click on the last one should do.
class TrayIcon : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    // What a click on a notification leads to.
    enum class Click { Open, Renew };

    TrayIcon(AppMenus *menus, QWidget *window);

    QSystemTrayIcon *icon() const { return m_icon; } // null where there can be no tray
    void notify(const QString &text,
                QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information,
                Click click = Click::Open);
    // The tool tip: the product's name and the session's state.
    void setStatus(const QString &status);

signals:
    void activated(); // the icon or a notification that opens was clicked
    void renewRequested(); // a notification that offers "Sign in again" was clicked

private:
    void onClicked();

    QSystemTrayIcon *m_icon = nullptr;
    DesktopNotifications *m_desktop = nullptr; // Linux: the desktop's notification service
    Click m_lastClick = Click::Open;
};
