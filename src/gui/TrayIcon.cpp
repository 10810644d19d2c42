#include "TrayIcon.h"

#include "AppMenus.h"

#include <QApplication>
#include <QMenu>

TrayIcon::TrayIcon(AppMenus *menus, QWidget *window)
    : QObject(window), m_icon(new QSystemTrayIcon(QApplication::windowIcon(), this))
{
    auto *menu = new QMenu(window);
    menu->addAction(menus->showAction);
    menu->addSeparator();
    menu->addAction(menus->quitAction);
    m_icon->setContextMenu(menu);
    connect(m_icon, &QSystemTrayIcon::activated, this, [this](auto reason) {
        if (reason == QSystemTrayIcon::Trigger)
            emit activated();
    });
    m_icon->show();
}

void TrayIcon::notify(const QString &text, QSystemTrayIcon::MessageIcon icon)
{
    m_icon->showMessage(QApplication::applicationDisplayName(), text, icon);
}

void TrayIcon::retranslate()
{
    m_icon->setToolTip(QApplication::applicationDisplayName());
}
