#include "session/WhenIdle.h"

#include "session/SessionStore.h"

#include <QTimer>

#include <memory>
#include <utility>

void whenIdle(SessionStore *store, std::chrono::milliseconds grace,
              const std::function<void()> &action)
{
    if (!store->isBusy())
        return action();
    // Both ways out go through one guard: the first deletes it, which disconnects the other.
    auto *guard = new QObject(store);
    auto done = std::make_shared<bool>(false);
    const auto once = [guard, done, action] {
        if (std::exchange(*done, true))
            return;
        guard->deleteLater();
        action();
    };
    QObject::connect(store, &SessionStore::idle, guard, once);
    QTimer::singleShot(grace, guard, once);
}
