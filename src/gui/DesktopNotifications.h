#pragma once

#include <QObject>

#include <functional>

// Notifications through the Linux desktop's own service (org.freedesktop.Notifications on the
// session bus: GNOME Shell, KDE Plasma, dunst, …). Used whether or not there is a tray: a
// desktop without a tray still shows them, and they look like every other app's. Nothing here
// waits for an answer; a desktop without the service answers with an error, and from then on
// show() returns false so that the caller uses the tray's balloon instead.
class DesktopNotifications : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DesktopNotifications)

public:
    enum class Urgency { Normal, Critical };

    explicit DesktopNotifications(QObject *parent = nullptr);

    // Whether the service may be there (true until it has failed once).
    bool isAvailable() const { return m_available; }
    // Shows `body` under `title`, replacing the previous notification of this app. `fallback`
    // runs if the service turns out not to be there. The notification's click (its default
    // action) is reported through clicked().
    void show(const QString &title, const QString &body, Urgency urgency,
              std::function<void()> fallback);

signals:
    void clicked();

private slots:
    void onActionInvoked(uint id, const QString &action);

private:
    bool m_available = true;
    uint m_lastId = 0;
};
