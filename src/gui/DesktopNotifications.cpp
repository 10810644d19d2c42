#include "DesktopNotifications.h"

#include "config/BuildConfig.h"
#include "support/Logging.h"

#include <QDBusConnection>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QVariantMap>

namespace {
const QString Service = QStringLiteral("org.freedesktop.Notifications");
const QString Path = QStringLiteral("/org/freedesktop/Notifications");
const QString Interface = QStringLiteral("org.freedesktop.Notifications");
} // namespace

DesktopNotifications::DesktopNotifications(QObject *parent) : QObject(parent)
{
    QDBusConnection bus = QDBusConnection::sessionBus();
    m_available = bus.isConnected();
    if (m_available)
        bus.connect(Service, Path, Interface, QStringLiteral("ActionInvoked"), this,
                    SLOT(onActionInvoked(uint, QString)));
}

void DesktopNotifications::show(const QString &title, const QString &body, Urgency urgency,
                                std::function<void()> fallback)
{
    if (!m_available) {
        fallback();
        return;
    }
    QDBusMessage call =
        QDBusMessage::createMethodCall(Service, Path, Interface, QStringLiteral("Notify"));
    const QString appId = QString::fromUtf8(BuildConfig::AppId);
    QVariantMap hints;
    hints.insert(QStringLiteral("desktop-entry"), appId);
    hints.insert(QStringLiteral("urgency"),
                 QVariant::fromValue(uchar(urgency == Urgency::Critical ? 2 : 1)));
    // The body may be read as markup by the service: the text is escaped, never interpreted.
    call << title << m_lastId << appId << title << body.toHtmlEscaped()
         << QStringList {QStringLiteral("default"), title} << hints << int(-1);
    auto *watcher =
        new QDBusPendingCallWatcher(QDBusConnection::sessionBus().asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, fallback = std::move(fallback)](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcApp).noquote() << "no desktop notification service ("
                                            << reply.error().name() << "): using the tray's";
                    m_available = false;
                    fallback();
                    return;
                }
                m_lastId = reply.value();
            });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    if (id == m_lastId && id != 0 && action == QLatin1String("default"))
        emit clicked();
}
