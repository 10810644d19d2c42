#pragma once

#include <QObject>
#include <QSystemTrayIcon>

class AppMenus;

// The app's icon in the system tray (where the desktop has one): its menu opens the window or
// quits, a click opens the window, and it carries the notifications about the session.
class TrayIcon : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TrayIcon)

public:
    TrayIcon(AppMenus *menus, QWidget *window);

    QSystemTrayIcon *icon() const { return m_icon; }
    void notify(const QString &text,
                QSystemTrayIcon::MessageIcon icon = QSystemTrayIcon::Information);
    void retranslate();

signals:
    void activated(); // clicked: the window should come to the front

private:
    QSystemTrayIcon *m_icon;
};
